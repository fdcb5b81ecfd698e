"""The case file: restricted, watermarked with who printed it and when, every detail and the whole timeline."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from micic_planner.core.i18n import Translator
from micic_planner.core.returns.case import Member, Profile, ReturnCase, Step
from micic_planner.reports.crisis_common import build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import stylesheet, table_style


@dataclass
class CaseFileSheet:
    case: ReturnCase
    members: list[Member]
    steps: list[Step]
    post_name: str
    printed_by: str
    copy_no: int = 0
    printed_at: datetime = field(default_factory=datetime.now)


class CaseFileRenderer:
    def __init__(self, lang: str = "es"):
        self.tr = Translator(lang)

    def render(self, sheet: CaseFileSheet, out: str | Path | None = None) -> bytes:
        tr, styles, case = self.tr, stylesheet(), sheet.case
        cell = lambda text: Paragraph(escape(str(text or "—")), styles["Cell"])
        profile = ", ".join(p.label(self.tr.lang) for p in Profile.members() if case.profile & p)
        story = [Paragraph(tr("Return case file {number}").format(number=case.number), styles["H1"]),
                 Paragraph(f"{tr('State')}: {case.state.label(self.tr.lang)}", styles["H2"])]
        rows = [[cell(tr("Person")), cell(tr("Born")), cell(tr("Travel document"))]]
        for m in sheet.members:
            rows.append([cell(m.name + (" ★" if m.principal else "")), cell(m.birth_date),
                         cell(m.etd_number or (tr("passport until {day}").format(day=m.passport_expiry)
                                               if m.passport_expiry else ""))])
        width = frame_width()
        story += [_table(rows, [width * 0.5, width * 0.2, width * 0.3]), Spacer(1, 8)]
        details = [
            (tr("Requested"), f"{case.requested_on} — {case.requested_by}"), (tr("Profile"), profile),
            (tr("Individual assessment"), case.assessment), (tr("Funding programme"), case.programme),
            (tr("Receiving office"), case.receiving_office),
            (tr("Return to"), ", ".join(x for x in (case.return_municipality, case.return_country) if x)),
            (tr("Travel date"), case.travel_date), (tr("Needs on arrival"), case.needs_on_arrival),
            (tr("Protection referral to"), " / ".join(str(x) for x in (
                case.protection_referral_to, case.protection_referral_on, case.protection_referral_closed_on,
                case.protection_referral_outcome) if x)),
            (tr("Best-interests assessment on"), " / ".join(str(x) for x in (case.best_interests_on,
                                                                           case.best_interests_by) if x)),
            (tr("Child protection, host country"), case.child_authority_host),
            (tr("Child protection, at home"), case.child_authority_home),
            (tr("Family traced on"), case.family_traced_on), (tr("Decision to split the household"),
                                                              case.split_decision),
            (tr("Declaration signed on"), case.declaration_signed_on), (tr("Reason if declined"), case.decline_reason),
        ]
        story += [_table([[cell(k), cell(v)] for k, v in details], [width * 0.32, width * 0.68], header=0),
                  Spacer(1, 8), Paragraph(tr("Timeline"), styles["H2"])]
        rows = [[cell(tr("When")), cell(tr("State")), cell(tr("Who")), cell(tr("Note"))]]
        rows += [[cell(s.at[:16].replace("T", " ")), cell(s.state.label(self.tr.lang)), cell(s.by_user), cell(s.note)]
                 for s in sheet.steps]
        story.append(_table(rows, [width * 0.2, width * 0.2, width * 0.15, width * 0.45]))
        stamp = f"{sheet.printed_at:%Y-%m-%d %H:%M}"
        info = PageInfo(sheet.post_name, tr("Return case file {number}").format(number=case.number),
                        f"{tr('Printed')} {stamp} — {tr('copy')} {sheet.copy_no}", tr("RESTRICTED"),
                        tr("Page {page} of {pages}"),
                        watermark=f"{tr('RESTRICTED')} · {sheet.printed_by} · {stamp}")
        return build(story, info, out, title=tr("Return case file {number}").format(number=case.number))


def _table(rows, widths, header: int = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=header)
    table.setStyle(TableStyle(table_style(header_rows=header)))
    return table
