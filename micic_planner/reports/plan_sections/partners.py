"""Partners of the post, each with a QR code that puts its contact into a telephone."""

from functools import lru_cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from micic_planner.core.vcard_text import partner_vcard
from micic_planner.reports.plan_sections.common import PlanContext
from micic_planner.reports.styles import RULE

QR_SIZE = 34 * mm


@lru_cache(maxsize=512)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark and light modules of a QR code of `text`, error correction M."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    # One fixed mask instead of scoring all eight: any mask is a valid code, and scoring costs
    # about 0.1 s per partner, which a plan with dozens of partners cannot afford.
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


class QrCode(Flowable):
    """A QR code drawn as one filled path: far faster than a graphics widget of one shape per module."""

    def __init__(self, text: str, size: float = QR_SIZE, quiet: int = 2):
        super().__init__()
        self.modules = qr_modules(text)
        self.size, self.quiet = size, quiet

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        n = len(self.modules)
        box = self.size / (n + 2 * self.quiet)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.quiet + 1) * box
            c = 0
            for dark, run in groupby(row):
                count = len(list(run))
                if dark:
                    path.rect((c + self.quiet) * box, y, count * box, box)
                c += count
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def _details(ctx: PlanContext, partner) -> Paragraph:
    t = ctx.t
    lines = [f"<b>{escape(partner.name)}</b>", f"<i>{escape(partner.kind.label(ctx.lang))}</i>"]
    for label, value in (("Contact person", partner.contact_person), ("24/7 telephone", partner.phone_24h),
                         ("Telephone", partner.phone), ("Email", partner.email), ("Radio", partner.radio),
                         ("Address", partner.address), ("Services", partner.services),
                         ("Agreement", partner.agreement), ("Notes", partner.notes)):
        if value:
            lines.append(f"<b>{escape(t(label))}:</b> {escape(value)}")
    return Paragraph("<br/>".join(lines), ctx.styles["Cell"])


def partners(ctx: PlanContext) -> list:
    story = [ctx.heading("Partners", number="9."),
             ctx.p("Host authorities, international organisations, other countries' missions and local partners "
                   "that the post works with in a crisis. Scan a partner's code with a telephone camera to save "
                   "the contact without typing it.")]
    items = ctx.data.partners
    if not items:
        story.append(ctx.empty("No partner has been recorded."))
    rows = [[QrCode(partner_vcard(p)), _details(ctx, p)] for p in items]
    if rows:
        table = Table(rows, colWidths=[QR_SIZE + 8 * mm, ctx.width - QR_SIZE - 8 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                   ("LEFTPADDING", (0, 0), (0, -1), 0)]))
        story.append(table)
    story.append(PageBreak())
    return story
