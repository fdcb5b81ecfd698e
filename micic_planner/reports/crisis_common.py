"""What the crisis printouts share: fast paged tables, signature lines, the document frame."""

import io
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from micic_planner.core.atomic_output import write_atomically
from micic_planner.core.enums import Vulnerability
from micic_planner.reports.page import PageInfo, canvas_maker
from micic_planner.reports.styles import FONT, FONT_BOLD, INK, MARGIN, RULE, SHADE, register_fonts
from micic_planner.reports.text_shaping import fit as fit_text

# Short labels for the needs a carrier or a warden may see; sensitive flags are never printed on these lists.
NEEDS = {
    Vulnerability.UNACCOMPANIED_CHILD: "Child alone",
    Vulnerability.SEPARATED_CHILD: "Child separated",
    Vulnerability.MEDICAL_NEED: "Medical",
    Vulnerability.DISABILITY: "Disability",
    Vulnerability.PREGNANT: "Pregnant",
    Vulnerability.OLDER_PERSON: "Older",
}
ROW_HEIGHT = 13.6
HEADER_SIZE = 6.8
ZEBRA = colors.HexColor("#f6f6f6")


def needs_text(flags: int, tr) -> str:
    return ", ".join(tr(label) for flag, label in NEEDS.items() if flags & flag)


def iso_date(value) -> str:
    if value is None or value == "":
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


class TextLines(Flowable):
    """Lines of text drawn straight on the canvas: a heading costs no paragraph layout."""

    def __init__(self, lines: list[tuple[str, float, bool]], width: float):
        super().__init__()
        self.lines = lines  # (text, font size, bold)
        self.width = width
        self.height = sum(size * 1.35 for _t, size, _b in lines)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        y = self.height
        for text, size, bold in self.lines:
            y -= size * 1.35
            self.canv.setFont(FONT_BOLD if bold else FONT, size)
            self.canv.setFillColor(INK)
            self.canv.drawString(0, y + size * 0.3, text)


class SignatureLines(Flowable):
    """Labelled lines to sign on, side by side, at the foot of each page."""

    def __init__(self, labels: list[str], width: float, height: float = 34):
        super().__init__()
        self.labels = labels
        self.width = width
        self.height = height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        gap = 14
        each = (self.width - gap * (len(self.labels) - 1)) / len(self.labels)
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.setFont(FONT, 7.5)
        self.canv.setFillColor(INK)
        for i, label in enumerate(self.labels):
            x = i * (each + gap)
            self.canv.line(x, 12, x + each, 12)
            self.canv.drawString(x, 2, label)


class Grid(Flowable):
    """A one-page table drawn in one text object: the look of `table_style`, many times faster
    than a reportlab Table because cells never wrap, measure or split."""

    def __init__(self, header: list[str], rows: list[list[str]], widths: list[float], *, size: float = 7.6,
                 small_columns: dict[int, float] | None = None, right: tuple[int, ...] = (0,)):
        super().__init__()
        self.header, self.rows, self.widths = header, rows, widths
        self.size = size
        self.small = small_columns or {}
        self.right = right
        self.width = sum(widths)
        self.height = ROW_HEIGHT * (len(rows) + 1)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c = self.canv
        lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        top = self.height
        c.setFillColor(SHADE)
        c.rect(0, top - ROW_HEIGHT, self.width, ROW_HEIGHT, stroke=0, fill=1)
        c.setFillColor(ZEBRA)
        for k in range(1, len(self.rows), 2):
            c.rect(0, top - ROW_HEIGHT * (k + 2), self.width, ROW_HEIGHT, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.25)
        c.lines([(0, top - ROW_HEIGHT * (k + 2), self.width, top - ROW_HEIGHT * (k + 2))
                 for k in range(len(self.rows))])
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(0, top - ROW_HEIGHT, self.width, top - ROW_HEIGHT)
        text = c.beginText()
        text.setFillColor(INK)
        for k, row in enumerate([self.header, *self.rows]):
            font = FONT_BOLD if k == 0 else FONT
            y = top - ROW_HEIGHT * (k + 1) + (ROW_HEIGHT - self.size) / 2 + 1
            for i, cell in enumerate(row):
                if not cell:
                    continue
                size = HEADER_SIZE if k == 0 else self.small.get(i, self.size)
                cell = fit(cell, self.widths[i], size, font)  # a cell never spills into its neighbour
                text.setFont(font, size)
                x = lefts[i] + 3
                if i in self.right and k:
                    x = lefts[i] + self.widths[i] - 3 - stringWidth(cell, font, size)
                text.setTextOrigin(x, y)
                text.textOut(cell)
        c.drawText(text)


def paged_tables(header: list[str], rows: list[list[str]], widths: list[float], per_page: int,
                 before=None, after=None, small_columns: dict[int, float] | None = None) -> list:
    """One fixed-size grid per page: no table splitting, which is what makes long lists slow."""
    story = []
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    for page, chunk in enumerate(chunks):
        if before is not None:
            story.extend(before(page))
        story.append(Grid(header, chunk, widths, small_columns=small_columns))
        if after is not None:
            story.extend(after(page))
        if page < len(chunks) - 1:
            story.append(PageBreak())
    return story


def fit(text: str, width: float, size: float = 7.6, font: str = FONT) -> str:
    """Cut `text` to fit `width` points, with an ellipsis, so a cell never wraps."""
    register_fonts()
    return fit_text(text, width - 5, font, size)


def build(story: list, info: PageInfo, out: str | Path | None, pagesize=A4, title: str = "") -> bytes:
    """Lay out `story` with the shared page furniture; write `out` when given and return the bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=title, author="MICIC Planner")
    doc.build(story, canvasmaker=canvas_maker(info))
    data = buffer.getvalue()
    if out is not None:
        # Written beside and renamed, so a failed print never leaves half a file under the real name.
        write_atomically(out, lambda part: Path(part).write_bytes(data))
    return data


def frame_width(pagesize=A4) -> float:
    return pagesize[0] - 2 * MARGIN


def frame_height(pagesize=A4) -> float:
    return pagesize[1] - 2 * MARGIN
