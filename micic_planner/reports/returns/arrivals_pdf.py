"""The advance notice to the receiving office: who arrives, when, how, and what each needs on arrival."""

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Table, TableStyle

from micic_planner.core.i18n import Translator
from micic_planner.core.returns.case import CHILD_ALONE, Member, Profile, ReturnCase
from micic_planner.reports.crisis_common import build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import stylesheet, table_style


@dataclass
class ArrivalsSheet:
    cases: list[tuple[ReturnCase, list[Member]]]
    post_name: str
    office: str
    printed_by: str
    copy_no: int = 0
    printed_at: datetime = field(default_factory=datetime.now)


class ArrivalsRenderer:
    def __init__(self, lang: str = "es"):
        self.tr = Translator(lang)

    def render(self, sheet: ArrivalsSheet, out: str | Path | None = None) -> bytes:
        tr, styles = self.tr, stylesheet()
        cell = lambda text: Paragraph(escape(str(text or "—")), styles["Cell"])
        title = tr("Advance notice of arrivals")
        story = [Paragraph(title, styles["H1"]),
                 Paragraph(escape(sheet.office or tr("Every receiving office")), styles["H2"])]
        rows = [[cell(tr("Arrives")), cell(tr("Case")), cell(tr("People")), cell(tr("Return to")),
                 cell(tr("Needs on arrival"))]]
        today = date.today()
        for case, members in sheet.cases:
            people = "\n".join(f"{m.name} ({m.age_on(today) if m.birth_date else '?'})" for m in members)
            needs = [case.needs_on_arrival] if case.needs_on_arrival else []
            if case.profile & CHILD_ALONE or any(m.is_child(today) for m in members):
                needs.append(tr("Child protection at arrival: {authority}").format(
                    authority=case.child_authority_home or "—"))
            needs += [p.label(self.tr.lang) for p in (Profile.HEALTH, Profile.DISABILITY, Profile.PREGNANT)
                      if case.profile & p]
            rows.append([cell(f"{case.travel_date or '—'} {case.travel_mode}"), cell(case.number), cell(people),
                         cell(case.return_municipality), cell("; ".join(needs))])
        width = frame_width()
        table = Table(rows, colWidths=[w * width for w in (0.14, 0.16, 0.28, 0.14, 0.28)], repeatRows=1)
        table.setStyle(TableStyle(table_style()))
        story.append(table)
        stamp = f"{sheet.printed_at:%Y-%m-%d %H:%M}"
        info = PageInfo(sheet.post_name, title, f"{tr('Printed')} {stamp} — {tr('copy')} {sheet.copy_no}",
                        tr("RESTRICTED"), tr("Page {page} of {pages}"),
                        watermark=f"{tr('RESTRICTED')} · {sheet.printed_by} · {stamp}")
        return build(story, info, out, title=title)
