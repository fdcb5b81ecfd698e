"""The after-action report of a crisis: timeline, figures per phase, accountability over time, time to account,
gaps and lessons, with every time in the post's local time."""

from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table

from micic_planner.core.accountability import format_duration
from micic_planner.core.after_action import COUNTED, AfterAction
from micic_planner.core.crisis import ACCOUNTED, LogKind
from micic_planner.core.enums import AccountabilityStatus, AlertPhase
from micic_planner.core.i18n import Translator
from micic_planner.core.local_time import local_time, utc_offset
from micic_planner.core.paper import paper_for
from micic_planner.reports.accountability_chart import accountability_chart
from micic_planner.reports.crisis_common import build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import PAPER, stylesheet
from micic_planner.reports.tables import data_table

# Short column heads for the people counted per phase.
HEADS = {LogKind.STATUS: "Statuses", LogKind.BOARDED: "Boarded", LogKind.ARRIVED: "Arrived",
         LogKind.DOCUMENT: "Documents", LogKind.ASSISTANCE: "Assistance"}


def local(ts, zone: str = "UTC", with_offset: bool = True) -> str:
    """A stored UTC timestamp as "YYYY-MM-DD HH:MM UTC−06:00" in `zone` (no offset where the column says it)."""
    if not ts:
        return "—"
    moment = local_time(ts, zone)
    # A non-breaking space: a column never splits a time from its date, or "12:00" into "1" and "2:00".
    return moment.strftime("%Y-%m-%d\u00a0%H:%M") + (" " + utc_offset(moment) if with_offset else "")


# Blank lines the post writes its lessons on when none are recorded yet.
BLANK_LESSON_LINES = 8


class AfterActionRenderer:
    def __init__(self, lang: str = "en", paper: str | None = None, country: str = "", zone: str = "UTC"):
        self.lang = lang
        self.zone = zone  # the post's IANA zone (`core.local_time.post_zone`): staff read their own clock
        # The paper of the post's host country unless told (`core.paper`), like every crisis sheet.
        self.pagesize = PAPER[paper_for(country, paper)]
        self.tr = Translator(lang)
        self.styles = {name: stylesheet()[name] for name in ("Body", "Cell", "CellBold", "Title", "Subtitle", "H1",
                                                               "Gap", "Note")}

    def _p(self, text: str, style: str = "Body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def _table(self, rows: list[list], widths: list[float], numeric: tuple = ()) -> Table:
        """The documents' one table builder (`reports.tables`): headings never break inside a word, 8 pt at least."""
        return data_table(rows[0], [[str(c) for c in row] for row in rows[1:]], widths, sum(widths), numeric)

    def render(self, review: AfterAction, post_name: str, out: str | Path | None = None,
               printed_at: datetime | None = None) -> bytes:
        tr = self.tr
        c = review.crisis
        printed_at = printed_at or datetime.now().astimezone()
        width, zone = frame_width(self.pagesize), self.zone
        when = tr("Local time of the post: {zone} ({offset})").format(
            zone=zone, offset=utc_offset(local_time(c.started_at, zone)))
        story = [self._p(tr("After-action report"), "Title"), self._p(c.title, "Subtitle"),
                 self._table([[tr("Item"), tr("Value")],
                              [tr("Hazard"), c.hazard.label(self.lang)],
                              [tr("Opened"), local(c.started_at, zone)],
                              [tr("Closed"), local(c.closed_at, zone) if c.closed_at else tr("Still open")],
                              [tr("Highest alert level"), self._phase(max((p.phase for p in review.phases),
                                                                          default=1))],
                              [tr("Nationals concerned"), str(review.population)],
                              [tr("Accounted for at the time of this report"), str(review.accounted)]],
                             [width * 0.45, width * 0.55]),
                 self._p(when, "Note"),
                 self._p(tr("Time to account for the nationals"), "H1"),
                 self._table([[tr("Share of nationals"), tr("Time after the crisis opened")]] +
                             [[f"{int(t * 100)} %", format_duration(d, tr("not reached"))]
                              for t, d in sorted(review.time_to.items())], [width * 0.45, width * 0.55]),
                 self._p(tr("Figures per alert level"), "H1")]
        kinds = list(COUNTED)
        rows = [[tr("Alert level"), tr("From (local time)"), tr("Actions done"), *[tr(HEADS[k]) for k in kinds]]]
        for p in review.phases:
            rows.append([self._phase(p.phase), local(p.started_at, zone, False),
                         f"{p.actions_done} / {p.actions_planned}",
                         *[str(p.people[k]) for k in kinds]])
        rows.append([tr("Whole crisis"), "", f"{sum(p.actions_done for p in review.phases)} / "
                     f"{sum(p.actions_planned for p in review.phases)}", *[str(review.totals[k]) for k in kinds]])
        story.append(self._table(rows, [width * 0.17, width * 0.14, width * 0.115] + [width * 0.115] * len(kinds),
                                 numeric=tuple(range(3, 3 + len(kinds)))))
        story.append(self._p(tr("Figures count people; a status update line may concern many nationals."), "Note"))
        story += self._over_time(review, width)
        story.append(self._p(tr("Gaps between the plan and what was done"), "H1"))
        if review.gaps:
            story += [Paragraph("• " + escape(g.text(self.lang)), self.styles["Gap"]) for g in review.gaps]
        else:
            story.append(self._p(tr("No gap found."), "Body"))
        story += [self._p(tr("Timeline"), "H1"), Spacer(1, 2)]
        rows = [[tr("When (local time)"), tr("Level"), tr("What"), tr("By")]]
        rows += [[local(line.at, zone, False), str(line.phase or ""), line.text(self.lang), line.by_user]
                 for line in review.timeline]
        story.append(self._table(rows, [width * 0.19, width * 0.08, width * 0.58, width * 0.15]))
        story += self._lessons(c.lessons, width)
        info = PageInfo(post_name, f"{tr('After-action report')} — {c.title}",
                        f"{tr('Printed')} {local(printed_at, zone)}", tr("RESTRICTED"), tr("Page {page} of {pages}"))
        return build(story, info, out, pagesize=self.pagesize, title=f"{tr('After-action report')} {c.title}")

    def _over_time(self, review: AfterAction, width: float) -> list:
        """Counts per accountability status at regular intervals from the crisis's opening."""
        tr, samples = self.tr, review.over_time
        if not samples:
            return []
        statuses = [s for s in AccountabilityStatus if any(x.counts[s.value] for x in samples)]
        rows = [[tr("When (local time)"), *[s.label(self.lang) for s in statuses], tr("Accounted for")]]
        for x in samples:
            accounted = sum(n for status, n in x.counts.items() if status in ACCOUNTED)
            rows.append([local(x.at, self.zone, False), *[str(x.counts[s.value]) for s in statuses],
                         str(accounted)])
        first = width * 0.2
        rest = (width - first) / (len(statuses) + 1)
        step = samples[1].at - samples[0].at if len(samples) > 1 else None
        note = (tr("Every {hours} h from the opening of the crisis, and at its close or at the time of this report.")
                .format(hours=int(step.total_seconds() // 3600)) if step else "")
        accounted = [sum(n for status, n in x.counts.items() if status in ACCOUNTED) for x in samples]
        chart = accountability_chart([local(x.at, self.zone, False)[5:] for x in samples], accounted,
                                     [review.population - a for a in accounted],
                                     (tr("Accounted for"), tr("Not yet accounted for")), width)
        return [self._p(tr("Accountability over time"), "H1"), chart,
                self._table(rows, [first] + [rest] * (len(statuses) + 1),
                            numeric=tuple(range(1, len(statuses) + 2))),
                self._p(note, "Note")]

    def _lessons(self, lessons: str, width: float) -> list:
        """What the post learned; ruled blank lines marked to complete when nothing is recorded yet."""
        tr = self.tr
        story = [self._p(tr("Lessons learned"), "H1")]
        paragraphs = [p.strip() for p in (lessons or "").split("\n\n") if p.strip()]
        if paragraphs:
            return story + [self._p(p) for p in paragraphs]
        story.append(self._p(tr("TO COMPLETE: no lessons are recorded for this crisis. Write what worked, what did "
                                "not and what the plan must change; then record them (crisis window, Timeline, "
                                "\u201cLessons learned\u201d, or \u201cmicic-planner crisis lessons\u201d) so the "
                                "next print carries them."), "Gap"))
        lines = Table([[""] for _ in range(BLANK_LESSON_LINES)], colWidths=[width],
                      rowHeights=[22] * BLANK_LESSON_LINES,
                      style=[("LINEBELOW", (0, 0), (-1, -1), 0.5, "#888888")], hAlign="LEFT")
        return story + [lines]

    def _phase(self, phase: int) -> str:
        return f"{phase} — {AlertPhase(phase).label(self.lang)}"
