"""The table of the crisis sheets (manifests, call lists): fast like a drawing, exact like a table.

A sheet may run to thousands of pages, so rows are laid out here by hand, not by reportlab's
Table: each cell is measured once, text columns wrap between words (a word wider than its column,
rare, breaks between letters), code columns (phones, documents, dates) are given the width of
their longest value and never wrap, and nothing is ever cut or shortened. Rows have the height of
their tallest cell and are dealt onto pages by height, each page with its own heading row.
"""

from functools import lru_cache

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth as _string_width
from reportlab.platypus import Flowable

from micic_planner.reports.styles import FONT, FONT_BOLD, INK, RULE, SHADE, register_fonts
from micic_planner.reports.tables import fit_columns
from micic_planner.reports.text_shaping import shape

SIZE = 8


@lru_cache(maxsize=1 << 16)
def stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802 - reportlab's name, cached
    # Sheets repeat the same names, places, dates and headings thousands of times: measure each once.
    return _string_width(text, font, size)
LEADING = 9.6
PAD_X, PAD_Y = 3, 2.6
ZEBRA = colors.HexColor("#f6f6f6")


def wrap_text(text: str, width: float, font: str = FONT, size: float = SIZE) -> list[str]:
    """`text` in lines of at most `width` points: between words, or between letters for a longer word."""
    lines: list[str] = []
    for para in (text or "").split("\n"):
        if stringWidth(para, font, size) <= width:
            lines.append(para)
            continue
        line = ""
        for word in para.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while stringWidth(word, font, size) > width and len(word) > 1:
                n = len(word) - 1
                while n > 1 and stringWidth(word[:n], font, size) > width:
                    n -= 1
                lines.append(word[:n])
                word = word[n:]
            line = word
        lines.append(line)
    return lines


class SheetColumns:
    """Column widths for a sheet: code columns as wide as their longest value, the rest by weight."""

    def __init__(self, header: list[str], weights: list[float], codes: tuple[int, ...], width: float,
                 fixed: dict[int, float] | None = None):
        register_fonts()
        self.header, self.weights, self.codes, self.width = header, weights, codes, width
        self.fixed = fixed or {}

    def widths(self, rows: list[list[str]]) -> list[float]:
        mins = [max((stringWidth(w, FONT_BOLD, SIZE) for w in h.split()), default=0) + 2 * PAD_X + 1
                for h in self.header]
        cap = self.width * 0.3
        for i in range(len(self.header)):
            if i in self.codes:
                continue
            # A text column wraps between words, so it needs its longest word (a very long one may break).
            longest = max((stringWidth(w, FONT, SIZE) for row in rows for w in (row[i] or "").split()), default=0)
            mins[i] = max(mins[i], min(longest, cap) + 2 * PAD_X + 1)
        for i in self.codes:
            longest = max((max((stringWidth(x, FONT, SIZE) for x in (row[i] or "").split("\n")), default=0)
                           for row in rows), default=0)
            mins[i] = max(mins[i], longest + 2 * PAD_X + 1)
        for i, w in self.fixed.items():
            mins[i] = max(mins[i], w)
        return fit_columns(self.weights, mins, self.width)


class SheetRows:
    """Rows measured once against `widths`: their lines per cell and their height."""

    def __init__(self, header: list[str], rows: list[list[str]], widths: list[float], right: tuple = (0,)):
        self.widths, self.right = widths, right
        inner = [w - 2 * PAD_X for w in widths]
        self.header = [wrap_text(shape(h), inner[i], FONT_BOLD) for i, h in enumerate(header)]
        self.header_height = max(len(c) for c in self.header) * LEADING + 2 * PAD_Y
        self.cells = [[wrap_text(shape(v or ""), inner[i]) for i, v in enumerate(row)] for row in rows]
        self.heights = [max((len(c) for c in cells), default=1) * LEADING + 2 * PAD_Y for cells in self.cells]

    def pages(self, room: float) -> list[range]:
        """Row ranges, one per page, each fitting `room` points under its heading row."""
        pages, start, used = [], 0, self.header_height
        for k, h in enumerate(self.heights):
            if used + h > room and k > start:
                pages.append(range(start, k))
                start, used = k, self.header_height
            used += h
        pages.append(range(start, len(self.heights)))
        return pages


class SheetGrid(Flowable):
    """One page of a sheet's table, drawn in one text object."""

    def __init__(self, rows: SheetRows, span: range):
        super().__init__()
        self.rows, self.span = rows, span
        self.width = sum(rows.widths)
        self.height = rows.header_height + sum(rows.heights[k] for k in span)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c, r = self.canv, self.rows
        lefts = [sum(r.widths[:i]) for i in range(len(r.widths))]
        y = self.height
        c.setFillColor(SHADE)
        c.rect(0, y - r.header_height, self.width, r.header_height, stroke=0, fill=1)
        tops = []
        top = y - r.header_height
        for n, k in enumerate(self.span):
            tops.append(top)
            if n % 2:
                c.setFillColor(ZEBRA)
                c.rect(0, top - r.heights[k], self.width, r.heights[k], stroke=0, fill=1)
            top -= r.heights[k]
        c.setStrokeColor(RULE)
        c.setLineWidth(0.25)
        c.lines([(0, t - r.heights[k], self.width, t - r.heights[k]) for t, k in zip(tops, self.span)])
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(0, y - r.header_height, self.width, y - r.header_height)
        text = c.beginText()
        text.setFillColor(INK)
        self._cells(text, r.header, y, lefts, FONT_BOLD, header=True)
        for t, k in zip(tops, self.span):
            self._cells(text, r.cells[k], t, lefts, FONT)
        c.drawText(text)

    def _cells(self, text, cells, top: float, lefts, font: str, header: bool = False) -> None:
        text.setFont(font, SIZE)
        for i, lines in enumerate(cells):
            for n, line in enumerate(lines):
                if not line:
                    continue
                x = lefts[i] + PAD_X
                if i in self.rows.right and not header:
                    x = lefts[i] + self.rows.widths[i] - PAD_X - stringWidth(line, font, SIZE)
                text.setTextOrigin(x, top - PAD_Y - (n + 1) * LEADING + 2.2)
                text.textOut(line)
