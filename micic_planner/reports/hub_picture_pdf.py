"""Headquarters' country picture, printed for the ministry: the figures, the posts, the gaps, plan-style.

Counts only, never a name. The zone table follows the small-count rule of every unrestricted output
(counts from 1 to threshold - 1, and what would reveal them, printed as *). Styles come from
reports/styles.py, like every other document.
"""

from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, Spacer

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.i18n import Translator
from micic_planner.core.small_counts import SUPPRESSED, small
from micic_planner.core.sync.picture import RETURN_GROUPS, CountryPicture, days_since, picture_rows, return_rows
from micic_planner.reports.crisis_common import build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import stylesheet
from micic_planner.reports.tables import data_table

PAGE = landscape(A4)  # a row per post and zone, a column per status
SHOWN = ("safe", "needs_help", "injured", "missing", "not_contacted")


def _n(count: int | None, threshold: int) -> str:
    return SUPPRESSED if count is None or small(count, threshold) else f"{count:,}"


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "—"


def _state(key: str, lang: str) -> str:
    from micic_planner.core.returns.case import CaseState

    try:
        return CaseState(key).label(lang)
    except ValueError:
        return key


class PictureRenderer:
    def __init__(self, lang: str = "es"):
        self.lang = lang
        self.tr = Translator(lang)

    def render(self, picture: CountryPicture, threshold: int = 5, out: str | Path | None = None,
               printed_at: datetime | None = None) -> bytes:
        tr, styles, width = self.tr, stylesheet(), frame_width(PAGE)
        printed_at = printed_at or datetime.now()
        title = tr("Country picture")
        status = {s.value: s.label(self.lang) for s in AccountabilityStatus}
        story = [Paragraph(title, styles["H1"]),
                 Paragraph(tr("{hq}, {day}: {posts} posts, {total} nationals, {accounted} accounted for ({share}); "
                              "conflicting edits waiting for review: {review}.").format(
                     hq=escape(picture.name), day=picture.today.isoformat(),
                     posts=sum(p.role == "post" for p in picture.posts),
                     total=f"{picture.total:,}", accounted=f"{picture.accounted:,}",
                     share=_share(picture.accounted, picture.total), review=picture.review), styles["Body"])]
        story += [Paragraph(tr("By post"), styles["H2"])]
        header = [tr("Post"), tr("Last exchange"), tr("Nationals"), tr("Accounted for"), *(status[s] for s in SHOWN)]
        rows = []
        for p in picture.posts:
            days = days_since(p.last_at, picture.today)
            seen = tr("headquarters") if p.role == "hq" else tr("never") if days is None else \
                tr("{n} days ago").format(n=days) if days else tr("today")
            rows.append([p.name, seen, _n(p.total, threshold), _share(p.accounted, p.total),
                         *(_n(p.statuses.get(s, 0), threshold) for s in SHOWN)])
        story.append(data_table(header, rows, [3, 2.2, 1.3, 1.3] + [1.2] * len(SHOWN), width,
                                numeric=tuple(range(2, 4 + len(SHOWN)))))
        story += [Spacer(1, 6), Paragraph(tr("By post and zone"), styles["H2"])]
        zone_rows = [[r["post"], r["zone"], _n(r["total"], threshold), _n(r["accounted"], threshold),
                      *(_n(r[s], threshold) for s in SHOWN)] for r in picture_rows(picture, threshold, self.lang)]
        story.append(data_table([tr("Post"), tr("Zone"), tr("Nationals"), tr("Accounted for"),
                                 *(status[s] for s in SHOWN)], zone_rows, [3, 2.5, 1.3, 1.3] + [1.2] * len(SHOWN),
                                width, numeric=tuple(range(2, 4 + len(SHOWN)))))
        story.append(Paragraph(tr("Counts from 1 to {n} are shown as *, and so is the next smallest count where one "
                                  "could be worked out from a total.").format(n=threshold - 1), styles["Note"]))
        story.append(Paragraph(tr("Returns"), styles["H2"]))
        if not picture.returns_synced:
            story.append(Paragraph(tr("Return cases do not travel between posts and headquarters yet: the counts "
                                      "below are headquarters' own cases only."), styles["Note"]))
        if picture.returns:
            story.append(data_table([tr("State"), tr("Cases")],
                                    [[_state(k, self.lang), _n(v, threshold)] for k, v in
                                     sorted(picture.returns.items())], [3, 1], width * 0.6, numeric=(1,)))
            by_post = return_rows(picture, threshold)
            if by_post:
                story += [Spacer(1, 6), Paragraph(tr("Return cases by post"), styles["H3"])]
                story.append(data_table([tr("Post"), tr("Open cases"), tr("Returned"), tr("In reintegration")],
                                        [[r["post"], *(_n(r[k], threshold) for k in RETURN_GROUPS)] for r in by_post],
                                        [3, 1.3, 1.3, 1.3], width * 0.8, numeric=(1, 2, 3)))
        else:
            story.append(Paragraph(tr("No return cases."), styles["Body"]))
        story.append(Paragraph(tr("Gaps by post"), styles["H2"]))
        gaps = picture.gaps
        for name, gap in gaps:
            story.append(Paragraph(f"<b>{escape(name)}</b>: {escape(gap.text(self.lang))}", styles["Bullet"],
                                   bulletText="•"))
        if not gaps:
            story.append(Paragraph(tr("No gaps found."), styles["Body"]))
        info = PageInfo(picture.name, title, f"{tr('Printed')} {printed_at:%Y-%m-%d %H:%M}", "",
                        tr("Page {page} of {pages}"))
        return build(story, info, out, pagesize=PAGE, title=title)
