"""The after-action report of a crisis: timeline, figures per phase, time to account, gaps."""

from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table

from micic_planner.core.accountability import format_duration, parse_time
from micic_planner.core.after_action import COUNTED, AfterAction
from micic_planner.core.crisis import LogKind
from micic_planner.core.enums import AlertPhase
from micic_planner.core.i18n import Translator
from micic_planner.core.paper import paper_for
from micic_planner.reports.crisis_common import build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import PAPER, stylesheet, table_style

# Short column heads for the people counted per phase.
HEADS = {LogKind.STATUS: "Statuses", LogKind.BOARDED: "Boarded", LogKind.ARRIVED: "Arrived",
         LogKind.DOCUMENT: "Documents", LogKind.ASSISTANCE: "Assistance"}


def local(ts: str | None, zone: bool = True) -> str:
    """A stored UTC timestamp as "YYYY-MM-DD HH:MM UTC" (without "UTC" where the column says it)."""
    if not ts:
        return "—"
    return parse_time(ts).strftime("%Y-%m-%d %H:%M" + (" UTC" if zone else ""))


class AfterActionRenderer:
    def __init__(self, lang: str = "en", paper: str | None = None, country: str = ""):
        self.lang = lang
        # The paper of the post's host country unless told (`core.paper`), like every crisis sheet.
        self.pagesize = PAPER[paper_for(country, paper)]
        self.tr = Translator(lang)
        self.styles = {name: stylesheet()[name] for name in ("Body", "Cell", "CellBold", "Title", "Subtitle", "H1",
                                                               "Gap", "Note")}
        self.styles["SmallHead"] = ParagraphStyle("SmallHead", parent=self.styles["CellBold"], fontSize=6.8,
                                                  leading=8.4)

    def _p(self, text: str, style: str = "Body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def _table(self, rows: list[list], widths: list[float], head: str = "CellBold") -> Table:
        cells = [[c if isinstance(c, Paragraph) else self._p(str(c), head if i == 0 else "Cell") for c in row]
                 for i, row in enumerate(rows)]
        return Table(cells, colWidths=widths, style=table_style(), repeatRows=1, hAlign="LEFT")

    def render(self, review: AfterAction, post_name: str, out: str | Path | None = None,
               printed_at: datetime | None = None) -> bytes:
        tr = self.tr
        c = review.crisis
        printed_at = printed_at or datetime.now()
        width = frame_width(self.pagesize)
        story = [self._p(tr("After-action report"), "Title"), self._p(c.title, "Subtitle"),
                 self._table([[tr("Item"), tr("Value")],
                              [tr("Hazard"), c.hazard.label(self.lang)],
                              [tr("Opened"), local(c.started_at)],
                              [tr("Closed"), local(c.closed_at) if c.closed_at else tr("Still open")],
                              [tr("Highest alert level"), self._phase(max((p.phase for p in review.phases),
                                                                          default=1))],
                              [tr("Nationals concerned"), str(review.population)],
                              [tr("Accounted for at the time of this report"), str(review.accounted)]],
                             [width * 0.45, width * 0.55]),
                 self._p(tr("Time to account for the nationals"), "H1"),
                 self._table([[tr("Share of nationals"), tr("Time after the crisis opened")]] +
                             [[f"{int(t * 100)} %", format_duration(d, tr("not reached"))]
                              for t, d in sorted(review.time_to.items())], [width * 0.45, width * 0.55]),
                 self._p(tr("Figures per alert level"), "H1")]
        kinds = list(COUNTED)
        rows = [[tr("Alert level"), tr("From (UTC)"), tr("Actions done"), *[tr(HEADS[k]) for k in kinds]]]
        for p in review.phases:
            rows.append([self._phase(p.phase), local(p.started_at, False), f"{p.actions_done} / {p.actions_planned}",
                         *[str(p.people[k]) for k in kinds]])
        rows.append([tr("Whole crisis"), "", f"{sum(p.actions_done for p in review.phases)} / "
                     f"{sum(p.actions_planned for p in review.phases)}", *[str(review.totals[k]) for k in kinds]])
        story.append(self._table(rows, [width * 0.17, width * 0.14, width * 0.115] + [width * 0.115] * len(kinds),
                                 head="SmallHead"))
        story.append(self._p(tr("Figures count people; a status update line may concern many nationals."), "Note"))
        story.append(self._p(tr("Gaps between the plan and what was done"), "H1"))
        if review.gaps:
            story += [Paragraph("• " + escape(g.text(self.lang)), self.styles["Gap"]) for g in review.gaps]
        else:
            story.append(self._p(tr("No gap found."), "Body"))
        story += [self._p(tr("Timeline"), "H1"), Spacer(1, 2)]
        rows = [[tr("When (UTC)"), tr("Level"), tr("What"), tr("By")]]
        rows += [[local(line.at, False), str(line.phase or ""), line.text(self.lang), line.by_user]
                 for line in review.timeline]
        story.append(self._table(rows, [width * 0.19, width * 0.08, width * 0.58, width * 0.15]))
        info = PageInfo(post_name, f"{tr('After-action report')} — {c.title}",
                        f"{tr('Printed')} {printed_at:%Y-%m-%d %H:%M}", tr("RESTRICTED"), tr("Page {page} of {pages}"))
        return build(story, info, out, pagesize=self.pagesize, title=f"{tr('After-action report')} {c.title}")

    def _phase(self, phase: int) -> str:
        return f"{phase} — {AlertPhase(phase).label(self.lang)}"
