"""The one table builder of the printed documents: columns as wide as their longest unbreakable text.

Why here and not per section: a column heading broken inside a word ("Probabili dad"), a phone
number wrapped in two ("+52962555010 / 2") and a table wider than its frame all come from column
widths chosen by eye. Here every column gets at least the width of its longest heading word and of
its longest token that must never break (a phone, an e-mail, a document number, a plate, a number),
the other columns share what is left, and type never goes below 8 pt.
"""

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from micic_planner.reports.styles import FONT, FONT_BOLD, stylesheet, table_style
from micic_planner.reports.text_shaping import shape

SIZE = 8  # the smallest type any document prints
PAD = 4  # left and right padding of a cell
NBSP = "\u00a0"
# A phone written with spaces or dashes ("+502 2420 3400"), kept on one line by non-breaking spaces.
_PHONE = re.compile(r"\+?\(?\d[\d()\- ]{4,}\d")
# Where a line may break: any white space but the non-breaking one that `protect` puts inside a phone
# (Python's \s matches U+00A0 too, which measured "+502 2420 3400" as three short words).
_SPACE = re.compile(r"[^\S\u00a0]+")
# Longest width an ordinary word may claim; a longer one (a URL in a description) may break instead.
WORD_SHARE = 0.35


def protect(text: str) -> str:
    """`text` with the spaces inside phone numbers made non-breaking."""
    return _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text) if " " in text else text


def token_width(text: str, font: str = FONT, size: float = SIZE) -> float:
    """The widest run of `text` that may not break: its longest word, phones counted whole."""
    return max((stringWidth(w, font, size) for w in _SPACE.split(protect(text)) if w), default=0.0)


def line_width(text: str, font: str = FONT, size: float = SIZE) -> float:
    return max((stringWidth(line, font, size) for line in text.split("\n")), default=0.0)


def fit_columns(weights: list[float], minimums: list[float], total: float) -> list[float]:
    """Widths in proportion to `weights` summing to `total`, none under its minimum when that is possible."""
    if sum(minimums) >= total:
        # Not even the minimums fit: share in proportion to them, so every column loses alike.
        return [m * total / sum(minimums) for m in minimums]
    pinned: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in pinned]
        room = total - sum(pinned.values())
        weight = sum(weights[i] for i in free) or 1.0
        widths = {i: room * weights[i] / weight for i in free}
        short = [i for i in free if widths[i] < minimums[i]]
        if not short:
            return [pinned.get(i, widths.get(i)) for i in range(len(weights))]
        for i in short:
            pinned[i] = minimums[i]


def column_minimums(header: list[str], rows: list[list], numeric: tuple, total: float) -> list[float]:
    """Per column: the longest heading word (bold) and the longest token that never breaks, plus padding."""
    cap = total * WORD_SHARE
    mins = [token_width(h, FONT_BOLD) for h in header]
    for row in rows:
        for i, v in enumerate(row):
            if not isinstance(v, (str, int, float)):
                continue
            text = str(v)
            if i in numeric:
                need = line_width(text)
            else:
                need = min(token_width(text), cap) if not _PHONE.search(text) and "@" not in text \
                    else token_width(text)
            if need > mins[i]:
                mins[i] = need
    return [m + 2 * PAD + 0.5 for m in mins]


def cell(text, style: str = "Cell") -> Paragraph:
    """A wrapping cell: breaks only between words, never inside a phone number; shaped for RTL names."""
    markup = escape(shape(protect(str(text)))).replace("\n", "<br/>")
    return Paragraph(markup, stylesheet()[style])


def data_table(header: list[str], rows: list[list], weights: list[float], total: float, numeric: tuple = (),
               extra_style: list | None = None, repeat: bool = True, row_height: float | None = None) -> Table:
    """A table that fills `total` points, splits across pages with its heading row repeated, never cuts text."""
    widths = fit_columns(weights, column_minimums(header, rows, numeric, total), total)
    body = [[cell(h, "CellBoldRight" if i in numeric else "CellBold") for i, h in enumerate(header)]]
    for row in rows:
        body.append([v if not isinstance(v, (str, int, float)) else
                     cell(v, "CellRight" if i in numeric else "Cell") for i, v in enumerate(row)])
    heights = [None] + [row_height] * len(rows) if row_height else None
    table = Table(body, colWidths=widths, rowHeights=heights, repeatRows=1 if repeat else 0, hAlign="LEFT",
                  splitByRow=1)
    table.setStyle(TableStyle(table_style() + [("LEFTPADDING", (0, 0), (-1, -1), PAD),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), PAD)] + (extra_style or [])))
    return table
