"""What the crisis printouts share: fast paged tables, signature lines, the document frame."""

import io
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from micic_planner.core.atomic_output import write_atomically
from micic_planner.core.enums import Vulnerability
from micic_planner.reports.page import PageInfo, canvas_maker
from micic_planner.reports.styles import FONT, FONT_BOLD, INK, MARGIN, RULE, register_fonts

# Short labels for the needs a carrier or a warden may see; sensitive flags are never printed on these lists.
NEEDS = {
    Vulnerability.UNACCOMPANIED_CHILD: "Child alone",
    Vulnerability.SEPARATED_CHILD: "Child separated",
    Vulnerability.MEDICAL_NEED: "Medical",
    Vulnerability.DISABILITY: "Disability",
    Vulnerability.PREGNANT: "Pregnant",
    Vulnerability.OLDER_PERSON: "Older",
}


def needs_text(flags: int, tr) -> str:
    return ", ".join(tr(label) for flag, label in NEEDS.items() if flags & flag)


def iso_date(value) -> str:
    if value is None or value == "":
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


class TextLines(Flowable):
    """Lines of text drawn straight on the canvas, each wrapped to the width: no paragraph layout, no cut."""

    def __init__(self, lines: list[tuple[str, float, bool]], width: float):
        from micic_planner.reports.sheet_grid import wrap_text

        super().__init__()
        self.lines = [(part, size, bold) for text, size, bold in lines
                      for part in wrap_text(text, width, FONT_BOLD if bold else FONT, size)]
        self.width = width
        self.height = sum(size * 1.35 for _t, size, _b in self.lines)

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
    """Labelled lines to sign on, side by side, at the foot of each page; a long label wraps under its line."""

    def __init__(self, labels: list[str], width: float, height: float = 34):
        from micic_planner.reports.sheet_grid import wrap_text

        super().__init__()
        self.gap = 14
        each = (width - self.gap * (len(labels) - 1)) / len(labels)
        self.labels = [wrap_text(label, each, FONT, 8) for label in labels]
        self.each = each
        self.width = width
        self.line_y = 2 + max(len(lines) for lines in self.labels) * 9.6
        self.height = max(height, self.line_y + 22)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.setFont(FONT, 8)
        self.canv.setFillColor(INK)
        for i, lines in enumerate(self.labels):
            x = i * (self.each + self.gap)
            self.canv.line(x, self.line_y, x + self.each, self.line_y)
            for n, line in enumerate(lines):
                self.canv.drawString(x, self.line_y - 9.6 * (n + 1) + 1.5, line)


def sheet_pages(header: list[str], rows: list[list[str]], widths: list[float], room: float, before, after,
                right: tuple = (0,)) -> list:
    """The story of a sheet: per page, `before(page)`, that page's rows, `after(page)`; rows dealt by height."""
    from micic_planner.reports.sheet_grid import SheetGrid, SheetRows

    measured = SheetRows(header, rows, widths, right)
    spans = measured.pages(room)
    story = []
    for page, span in enumerate(spans):
        story.extend(before(page))
        story.append(SheetGrid(measured, span))
        story.extend(after(page))
        if page < len(spans) - 1:
            story.append(PageBreak())
    return story


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


FRAME_PADDING = 6  # reportlab's default frame padding, each side: what a flowable may really use


def frame_width(pagesize=A4) -> float:
    return pagesize[0] - 2 * MARGIN - 2 * FRAME_PADDING


def frame_height(pagesize=A4) -> float:
    return pagesize[1] - 2 * MARGIN - 2 * FRAME_PADDING
