"""The aggregate, anonymised return report: counts only, small cells hidden, in Spanish or English."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from micic_planner.core.enums import Sex
from micic_planner.core.i18n import Translator
from micic_planner.core.returns.case import CaseState, Profile
from micic_planner.core.returns.figures import ReturnFigures
from micic_planner.core.returns.reintegration import Dimension
from micic_planner.core.small_counts import SUPPRESSED, small
from micic_planner.reports.crisis_common import build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import stylesheet, table_style

TITLES = {"sex": "Returnees by sex", "age": "Returnees by age group at departure",
          "profile": "Returned cases by profile", "programme": "Returnees by funding programme",
          "country": "Returnees by country of return", "municipality": "Returnees by municipality of return",
          "state": "Cases by state", "referrals_made": "Referrals made, by dimension",
          "referrals_delivered": "Referrals delivered, by dimension"}


def _shown(count: int, threshold: int) -> str:
    """A published total follows the small-cell rule too: a small total would reveal its only cell."""
    return SUPPRESSED if small(count, threshold) else str(count)


def cell_label(table: str, key: str, lang: str) -> str:
    """A table's row key as the reader sees it, in `lang`."""
    tr = Translator(lang)
    if key == "not_recorded":
        return tr("Not recorded")
    if table == "sex":
        return Sex(key).label(lang)
    if table == "profile":
        return Profile[key.upper()].label(lang)
    if table == "state":
        return CaseState(key).label(lang)
    if table.startswith("referrals"):
        return Dimension(key).label(lang)
    if table == "age":
        return tr("Not recorded") if key == "unknown" else tr("{ages} years").format(ages=key)
    return key


@dataclass
class AggregateSheet:
    figures: ReturnFigures
    post_name: str
    threshold: int = 5
    period: str = ""
    printed_at: datetime = field(default_factory=datetime.now)


class AggregateRenderer:
    def __init__(self, lang: str = "es"):
        self.lang = lang
        self.tr = Translator(lang)

    def render(self, sheet: AggregateSheet, out: str | Path | None = None) -> bytes:
        tr, styles, f = self.tr, stylesheet(), sheet.figures
        cell = lambda text: Paragraph(escape(str(text)), styles["Cell"])
        days = lambda v: "—" if v is None else str(v)
        story = [Paragraph(tr("Assisted voluntary return: aggregate figures"), styles["H1"]),
                 Paragraph(tr("People returned: {people} in {cases} cases.").format(
                     people=_shown(f.people, sheet.threshold), cases=_shown(f.cases, sheet.threshold)),
                           styles["Body"]),
                 Paragraph(tr("Days from request to departure: median {median}, mean {mean}.").format(
                     median=days(f.median_days), mean=days(f.mean_days)), styles["Body"]),
                 Paragraph(tr("Counts from 1 to {n} are shown as * and so is the next smallest count where "
                              "one could be worked out from the total. Victims of trafficking are never counted "
                              "in this report.").format(n=sheet.threshold - 1), styles["Note"])]
        if sheet.period:
            story.append(Paragraph(escape(sheet.period), styles["Body"]))
        width = frame_width()
        for table, title in TITLES.items():
            cells = f.published(table, sheet.threshold)
            if not cells:
                continue
            rows = [[cell(tr(title)), cell(tr("Count"))]]
            rows += [[cell(cell_label(table, k, self.lang)), cell(v)]
                     for k, v in sorted(cells.items(), key=lambda kv: cell_label(table, kv[0], self.lang))]
            grid = Table(rows, colWidths=[width * 0.7, width * 0.3], repeatRows=1)
            grid.setStyle(TableStyle(table_style()))
            story += [Spacer(1, 8), grid]
        info = PageInfo(sheet.post_name, tr("Assisted voluntary return: aggregate figures"),
                        f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d %H:%M}", "", tr("Page {page} of {pages}"))
        return build(story, info, out, title=tr("Assisted voluntary return: aggregate figures"))
