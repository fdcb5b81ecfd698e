"""Greedy label placement for the printed maps: each label tries a few spots around its point and takes
the first that is clear of every symbol and label already placed; a label with no clear spot is dropped,
and the map lists it in its key instead (a crowded city never prints as a knot of overprinted names).

Boxes are those a reader of the PDF sees: from 0.24 of the size below the baseline to 0.76 above it
(tests/reports/pdf_checks.py measures words the same way).
"""

from reportlab.pdfbase.pdfmetrics import stringWidth

GAP = 1.5  # points of clear paper kept between two labels, or a label and a symbol

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def text_box(x: float, baseline: float, text: str, font: str, size: float) -> Box:
    """The box of `text` drawn from (x, baseline), left-aligned."""
    return x, baseline - 0.24 * size, x + stringWidth(text, font, size), baseline + 0.76 * size


def _cross(a: Box, b: Box, gap: float) -> bool:
    return a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap


class LabelPlacer:
    """The labels of one map frame; `place` returns where a label goes, or None when it cannot go anywhere."""

    def __init__(self, frame: Box):
        self.frame = frame
        self.taken: list[Box] = []

    def block(self, box: Box) -> None:
        """Keep labels off `box` (a symbol, the north arrow, the scale bar)."""
        self.taken.append(box)

    def free(self, box: Box, gap: float = GAP) -> bool:
        x0, y0, x1, y1 = self.frame
        if box[0] < x0 + 2 or box[2] > x1 - 2 or box[1] < y0 + 2 or box[3] > y1 - 2:
            return False
        return not any(_cross(box, other, gap) for other in self.taken)

    def place(self, x: float, y: float, text: str, font: str, size: float, clearance: float = 4.0,
              centred_first: bool = False) -> tuple[float, float] | None:
        """The left end of the baseline of `text` beside the point (x, y), `clearance` away; None if no spot is free."""
        width = stringWidth(text, font, size)
        for c in (clearance, 2 * clearance + 2):  # the spots nearest the point first, then a little further out
            right, left, centre = x + c, x - c - width, x - width / 2
            mid, above, below = y - 0.26 * size, y + c + 0.24 * size, y - c - 0.76 * size
            spots = [(right, mid), (left, mid), (centre, above), (centre, below),
                     (right, above), (right, below), (left, above), (left, below)]
            if centred_first:
                spots.insert(0, (centre, mid))
            for sx, sy in spots:
                box = text_box(sx, sy, text, font, size)
                if self.free(box):
                    self.taken.append(box)
                    return sx, sy
        return None
