"""The referral letter to a service: who refers, to whom, why, the fields the returnee agreed to share, consent."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer

from micic_planner.core.i18n import Translator
from micic_planner.core.returns.referral_letter import ReferralLetter, field_label
from micic_planner.reports.crisis_common import SignatureLines, build, frame_width
from micic_planner.reports.page import PageInfo
from micic_planner.reports.styles import stylesheet


class ReferralLetterRenderer:
    def __init__(self, lang: str = "es"):
        self.lang = lang
        self.tr = Translator(lang)

    def render(self, letter: ReferralLetter, out: str | Path | None = None) -> bytes:
        tr, styles, referral = self.tr, stylesheet(), letter.referral
        line = lambda label, value: Paragraph(f"<b>{escape(label)}:</b> {escape(value or '—')}", styles["Body"])
        story = [Paragraph(tr("Referral letter"), styles["H1"]),
                 line(tr("Date"), letter.printed_on.isoformat()),
                 line(tr("From"), letter.office),
                 line(tr("To"), referral.service)]
        if letter.service is not None:
            s = letter.service
            story += [line(tr("Kind of service"), s.kind.label(self.lang)), line(tr("Run by"), s.run_by),
                      line(tr("Municipality"), s.municipality), line(tr("Contact"), s.contact)]
        story += [Spacer(1, 8), Paragraph(tr("Case {number}").format(number=letter.case_number), styles["H2"]),
                  Paragraph(tr("We refer to your service the person below, for support in the {dimension} "
                               "dimension of their reintegration.").format(
                      dimension=referral.dimension.label(self.lang).lower()), styles["Body"]),
                  Spacer(1, 6), Paragraph(tr("What the returnee agreed to share"), styles["H2"])]
        for name, value in letter.details:
            story.append(line(field_label(name, self.lang), value))
        if not letter.details:
            story.append(Paragraph(tr("The returnee agreed to share no personal detail."), styles["Body"]))
        story += [Spacer(1, 6),
                  Paragraph(tr("The returnee consented on {day} to this referral and to sharing only these "
                               "details. Do not pass them on; tell us whether you accept the referral and, "
                               "later, what your service gave.").format(day=referral.sent_on.isoformat()),
                            styles["Note"]),
                  Spacer(1, 28), SignatureLines([tr("Referring officer (name, signature)"),
                                                 tr("Service, on receipt (name, signature)")], frame_width())]
        info = PageInfo(letter.office, tr("Referral letter"), f"{tr('Printed')} {letter.printed_on.isoformat()}",
                        tr("RESTRICTED"), tr("Page {page} of {pages}"))
        return build(story, info, out, title=tr("Referral letter"))
