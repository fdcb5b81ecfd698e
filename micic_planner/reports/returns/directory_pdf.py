"""The printed referral directory: services at home by municipality, then the programmes that pay for return."""

from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from micic_planner.core.i18n import Translator
from micic_planner.core.returns.directory import Programme, Service
from micic_planner.core.zoning import fold as _fold
from micic_planner.reports.crisis_common import build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import stylesheet, table_style


@dataclass
class DirectorySheet:
    programmes: list[Programme]
    services: list[Service]
    post_name: str
    printed_at: datetime = field(default_factory=datetime.now)


def _place(service: Service) -> tuple[str, str]:
    return service.country.upper(), _fold(service.municipality)


class DirectoryRenderer:
    def __init__(self, lang: str = "es"):
        self.lang = lang
        self.tr = Translator(lang)

    def render(self, sheet: DirectorySheet, out: str | Path | None = None) -> bytes:
        tr, styles, width = self.tr, stylesheet(), frame_width()
        cell = lambda text: Paragraph(escape(str(text or "")), styles["Cell"])
        story = [Paragraph(tr("Referral directory"), styles["H1"]),
                 Paragraph(tr("Services at home by municipality, and the programmes that pay for return. "
                              "The directory names organisations, never a person returned."), styles["Note"])]
        if not sheet.services and not sheet.programmes:
            story.append(Paragraph(tr("The directory is empty."), styles["Body"]))
        if sheet.services:
            story.append(Paragraph(tr("Services at home"), styles["H2"]))
        services = sorted(sheet.services, key=lambda s: (_place(s), s.kind.value, _fold(s.name)))
        for (country, _m), group in groupby(services, key=_place):
            group = list(group)
            where = ", ".join(x for x in (group[0].municipality or tr("Whole country"), country) if x)
            rows = [[cell(tr("Kind of service")), cell(tr("Service")), cell(tr("Run by")), cell(tr("Contact"))]]
            rows += [[cell(s.kind.label(self.lang)), cell(s.name), cell(s.run_by), cell(s.contact)] for s in group]
            grid = Table(rows, colWidths=[width * 0.26, width * 0.28, width * 0.2, width * 0.26], repeatRows=1)
            grid.setStyle(TableStyle(table_style()))
            story += [Spacer(1, 6), Paragraph(escape(where), styles["H3"]),
                      grid]
        if sheet.programmes:
            story += [Spacer(1, 10), Paragraph(tr("Programmes and funds"), styles["H2"])]
            rows = [[cell(tr("Programme")), cell(tr("Run by")), cell(tr("Pays for")), cell(tr("Countries")),
                     cell(tr("Valid"))]]
            for p in sorted(sheet.programmes, key=lambda p: _fold(p.name)):
                rows.append([cell(p.name), cell(p.run_by), cell(p.pays_for),
                             cell(", ".join(p.countries) or tr("Every country")), cell(_validity(p, tr))])
            grid = Table(rows, colWidths=[width * 0.24, width * 0.18, width * 0.28, width * 0.12, width * 0.18],
                         repeatRows=1)
            grid.setStyle(TableStyle(table_style()))
            story.append(grid)
        info = PageInfo(sheet.post_name, tr("Referral directory"), f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d}",
                        "", tr("Page {page} of {pages}"))
        return build(story, info, out, title=tr("Referral directory"))


def _validity(p: Programme, tr) -> str:
    show = lambda d: d.isoformat() if isinstance(d, date) else ""
    if p.valid_from is None and p.valid_until is None:
        return tr("No end date")
    if p.valid_from is None:
        return tr("until {day}").format(day=show(p.valid_until))
    if p.valid_until is None:
        return tr("from {day}").format(day=show(p.valid_from))
    return f"{show(p.valid_from)} – {show(p.valid_until)}"
