"""Page furniture shared by every document: header, footer with "page X of Y", sensitivity marking."""

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from micic_planner.reports.styles import FONT, FONT_BOLD, INK, MARGIN, RESTRICTED, RULE


@dataclass
class PageInfo:
    """What the header and footer of each page say; texts already in the document's language."""

    left_header: str  # the post
    right_header: str  # the document and its version
    footer: str  # date, or other document control text
    marking: str = ""  # sensitivity marking printed at top and bottom, in red
    page_label: str = "Page {page} of {pages}"
    watermark: str = ""  # diagonal text on every page (restricted prints: who and when)
    cover: bool = False  # the first page is a cover: marking only, no header, footer or number


class NumberedCanvas(Canvas):
    """Defers drawing the furniture until the page count is known, so each page says "X of Y"."""

    info: PageInfo  # set by `canvas_maker`

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        info = self.info
        width, height = self._pagesize
        self.saveState()
        if info.watermark:
            self.setFillColor(RESTRICTED, alpha=0.12)
            self.setFont(FONT_BOLD, 28)
            self.translate(width / 2, height / 2)
            self.rotate(35)
            self.drawCentredString(0, 0, info.watermark)
            self.rotate(-35)
            self.translate(-width / 2, -height / 2)
        top = height - MARGIN + 8
        bottom = MARGIN - 14
        if info.cover and self._pageNumber == 1:
            self._draw_marking(info.marking, width, top, bottom)
            self.restoreState()
            return
        self.setFillColor(INK)
        self.setFont(FONT, 8)
        self.drawString(MARGIN, top, info.left_header)
        self.drawRightString(width - MARGIN, top, info.right_header)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, top - 3, width - MARGIN, top - 3)
        self.line(MARGIN, bottom + 9, width - MARGIN, bottom + 9)
        self.drawString(MARGIN, bottom, info.footer)
        self.drawRightString(width - MARGIN, bottom,
                             info.page_label.format(page=self._pageNumber, pages=total))
        self._draw_marking(info.marking, width, top, bottom)
        self.restoreState()

    def _draw_marking(self, marking: str, width: float, top: float, bottom: float) -> None:
        if marking:
            self.setFillColor(RESTRICTED)
            self.setFont(FONT_BOLD, 8)
            self.drawCentredString(width / 2, top + 9, marking)
            self.drawCentredString(width / 2, bottom - 10, marking)


def draw_restricted_band(canvas, text: str) -> None:
    """A red band with `text` across the top of the frame and a red rule at its foot: restricted pages."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(RESTRICTED)
    canvas.rect(MARGIN, height - MARGIN - 16, width - 2 * MARGIN, 14, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT_BOLD, 8.5)
    canvas.drawCentredString(width / 2, height - MARGIN - 12, text)
    canvas.setStrokeColor(RESTRICTED)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, MARGIN + 2, width - MARGIN, MARGIN + 2)
    canvas.restoreState()


def canvas_maker(info: PageInfo):
    """A canvas class for `doc.build(..., canvasmaker=...)` that draws `info` on every page."""
    return type("InfoCanvas", (NumberedCanvas,), {"info": info})
