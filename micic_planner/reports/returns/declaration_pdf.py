"""The voluntariness declaration: who returns, where and how, the rights said plainly, and the signatures."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer

from micic_planner.core.i18n import Translator
from micic_planner.core.returns.case import Member, ReturnCase
from micic_planner.core.returns.declaration import RIGHTS
from micic_planner.reports.crisis_common import SignatureLines, build, frame_width, iso_date
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import stylesheet


@dataclass
class DeclarationSheet:
    case: ReturnCase
    members: list[Member]
    post_name: str
    in_own_language: bool = True  # False: no form in the person's language, so it is read to them
    printed_at: datetime = field(default_factory=datetime.now)


class DeclarationRenderer:
    def __init__(self, lang: str = "es"):
        self.tr = Translator(lang)
        self.lang = lang

    def render(self, sheet: DeclarationSheet, out: str | Path | None = None) -> bytes:
        tr, styles, case = self.tr, stylesheet(), sheet.case
        story = [Paragraph(tr("Declaration of voluntary return"), styles["H1"]),
                 Paragraph(tr("Case {number}").format(number=case.number), styles["H2"])]
        for m in sheet.members:
            born = iso_date(m.birth_date.isoformat() if m.birth_date else "")
            story.append(Paragraph(f"{escape(m.name)} — {tr('born')} {born or '—'}", styles["Body"]))
        details = [(tr("Return to"), ", ".join(x for x in (case.return_municipality, case.return_country) if x)),
                   (tr("Funding programme"), case.programme), (tr("Receiving office"), case.receiving_office),
                   (tr("Travel date"), case.travel_date.isoformat() if case.travel_date else "")]
        for label, value in details:
            story.append(Paragraph(f"<b>{label}:</b> {escape(value or '—')}", styles["Body"]))
        story += [Spacer(1, 8), Paragraph(tr("What I declare, and my rights"), styles["H2"])]
        for k, text in enumerate(RIGHTS, 1):
            story.append(Paragraph(tr(text), styles["Bullet"], bulletText=f"{k}."))
        if not sheet.in_own_language:
            story.append(Paragraph(tr("No printed form exists in the person's language: an interpreter read this "
                                      "declaration to them. Interpreter's name and language:"), styles["Note"]))
        story += [Spacer(1, 28), SignatureLines([tr("Person returning (or guardian), signature"),
                                                 tr("Consular officer (name, signature)"),
                                                 tr("Witness or interpreter (name, signature)")], frame_width()),
                  Spacer(1, 12), Paragraph(tr("Place and date: ____________________"), styles["Body"])]
        info = PageInfo(sheet.post_name, tr("Declaration of voluntary return"),
                        f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d %H:%M}", tr("RESTRICTED"),
                        tr("Page {page} of {pages}"))
        return build(story, info, out, title=tr("Declaration of voluntary return"))
