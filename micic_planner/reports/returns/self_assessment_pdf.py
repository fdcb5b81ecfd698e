"""The office's self-assessment of its return practice, printed with its gaps first, each with its source."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from micic_planner.core.i18n import Translator
from micic_planner.core.returns.checklist import Mark, PracticeMark, gaps_first
from micic_planner.reports.crisis_common import build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import stylesheet, table_style

TITLE = "Self-assessment of return practice"


@dataclass
class SelfAssessmentSheet:
    marks: list[Mark]
    post_name: str
    printed_at: datetime = field(default_factory=datetime.now)


class SelfAssessmentRenderer:
    def __init__(self, lang: str = "es"):
        self.lang = lang
        self.tr = Translator(lang)

    def render(self, sheet: SelfAssessmentSheet, out: str | Path | None = None) -> bytes:
        tr, styles, width = self.tr, stylesheet(), frame_width()
        cell = lambda text, style="Cell": Paragraph(escape(str(text or "")), styles[style])
        gaps, unrated, in_place = gaps_first(sheet.marks)
        not_yet = sum(1 for m in gaps if m.mark is PracticeMark.NOT_YET)
        story = [Paragraph(tr(TITLE), styles["H1"]),
                 Paragraph(tr("Along the three stages of the UN Network on Migration's Checklist for safe and "
                              "dignified return and sustainable reintegration. The Checklist's own actions could "
                              "not be read; each item here names the document and section it rests on."),
                           styles["Note"]),
                 Paragraph(escape(tr("Gaps: {gaps} (not yet: {not_yet}, partly: {partly}) · not rated: {unrated} "
                                     "· in place: {in_place}").format(
                     gaps=len(gaps), not_yet=not_yet, partly=len(gaps) - not_yet, unrated=len(unrated),
                     in_place=len(in_place))), styles["Body"]),
                 Paragraph(tr("Gaps"), styles["H2"])]
        if gaps:
            rows = [[cell(tr("Item and its source")), cell(tr("Stage")), cell(tr("Rating")), cell(tr("Note"))]]
            for m in gaps:
                rows.append([[cell(m.item.label(self.lang), "CellBold"), cell(m.item.citation(), "Small")],
                             cell(m.item.stage.label(self.lang)), cell(m.mark.label(self.lang)), cell(m.note)])
            story.append(self._grid(rows, (0.46, 0.16, 0.14, 0.24), width))
        elif not in_place:
            # Nothing rated is not "no gap": a blank assessment must not read as a clean one.
            story.append(Paragraph(tr("No item has been rated yet, so the gaps are not known."), styles["Body"]))
        else:
            story.append(Paragraph(tr("No gap: every item rated is in place."), styles["Body"]))
        if unrated:
            story += [Spacer(1, 8), Paragraph(tr("Not rated yet"), styles["H2"])]
            rows = [[cell(tr("Checklist item")), cell(tr("Stage"))]]
            rows += [[cell(m.item.label(self.lang)), cell(m.item.stage.label(self.lang))] for m in unrated]
            story.append(self._grid(rows, (0.74, 0.26), width))
        if in_place:
            story += [Spacer(1, 8), Paragraph(tr("In place"), styles["H2"])]
            rows = [[cell(tr("Checklist item")), cell(tr("Stage")), cell(tr("Note"))]]
            rows += [[cell(m.item.label(self.lang)), cell(m.item.stage.label(self.lang)), cell(m.note)]
                     for m in in_place]
            story.append(self._grid(rows, (0.5, 0.2, 0.3), width))
        info = PageInfo(sheet.post_name, tr(TITLE), f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d}", "",
                        tr("Page {page} of {pages}"))
        return build(story, info, out, title=tr(TITLE))

    @staticmethod
    def _grid(rows: list, shares: tuple[float, ...], width: float) -> Table:
        grid = Table(rows, colWidths=[width * s for s in shares], repeatRows=1)
        grid.setStyle(TableStyle(table_style()))
        return grid
