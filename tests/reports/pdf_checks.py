"""Checks that read a printed PDF as a reader would: words that overlap, leave the page, break or shrink."""

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

MIN_SIZE = 8
# What text must stay inside: the margins, less the room the page header and footer use.
SIDE = 18 * 72 / 25.4 - 1


BODY_FOOT = 18 * 72 / 25.4 - 2  # below this, only the page footer


def _is_heading(row: list[dict]) -> bool:
    return all("Bold" in w["fontname"] and w["size"] >= 9.4 for w in row)


@dataclass
class Faults:
    overlaps: list
    outside: list
    small: list
    lines: list  # every text line, page by page: (page, text)
    orphans: list  # headings that end a page: (page, text)
    sparse: list  # pages whose text stops in their top third though their section goes on: (page, last line)

    def line_texts(self) -> list[str]:
        return [text for _page, text in self.lines]


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines: same baseline within a point, left to right."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(-w["baseline"]), w["x0"])):
        if rows and abs(rows[-1][0]["baseline"] - w["baseline"]) < 1.0:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _words(page) -> list[dict]:
    """The words of a page with their boxes (from the top, as a reader looks), size, font and uprightness.

    pdfium is used because it reads a 40-page plan in a fraction of a second (pdfminer takes several).
    A word's box spans its line (descender to ascender) from the glyphs' baseline, so two lines overlap
    only when their text does.
    """
    height = page.get_height()
    text = page.get_textpage()
    raw = text.raw
    words: list[dict] = []
    current = None
    name = ctypes.create_string_buffer(64)
    flags = ctypes.c_int()
    x, y = ctypes.c_double(), ctypes.c_double()
    for i in range(text.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(raw, i))
        if char.isspace() or pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            current = None
            continue
        left, _bottom, right, _top = text.get_charbox(i)
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ctypes.byref(x), ctypes.byref(y))
        size = pdfium_c.FPDFText_GetFontSize(raw, i)
        if (current is None or abs(current["baseline"] - y.value) > 0.5
                or left - current["x1"] > 0.25 * size or left < current["x0"] - 0.5):
            pdfium_c.FPDFText_GetFontInfo(raw, i, name, 64, ctypes.byref(flags))
            current = {"text": "", "x0": left, "x1": right, "baseline": y.value, "size": size,
                       "top": height - (y.value + 0.76 * size), "bottom": height - (y.value - 0.24 * size),
                       "fontname": name.value.decode("latin-1"),
                       "upright": abs(pdfium_c.FPDFText_GetCharAngle(raw, i)) < 0.01}
            words.append(current)
        current["text"] += char
        current["x1"] = max(current["x1"], right)
        current["size"] = min(current["size"], size)
    return words


def read(data: bytes, skip_pages: tuple[str, ...] = (), sparse_ok: tuple[str, ...] = ()) -> Faults:
    """Every fault of the PDF `data`.

    Pages holding one of `skip_pages` (a title) are not checked for overlaps. A page may end high
    when the next one opens a section (a heading of 14 pt or more) or holds one of `sparse_ok` (a
    blank form, whose rows hold no text; a page that stands alone, like a map).
    """
    faults = Faults([], [], [], [], [], [])
    pdf = pdfium.PdfDocument(data)
    pages = []  # (ends in the top third, opens a section or may stand alone, last line)
    for number, page in enumerate(pdf, 1):
        width, height = page.get_size()
        words = [w for w in _words(page) if w["upright"]]
        for w in words:
            if w["size"] < MIN_SIZE - 0.05:
                faults.small.append((number, w["text"], round(w["size"], 1)))
            if w["x0"] < SIDE or w["x1"] > width - SIDE or w["top"] < 0 or w["bottom"] > height:
                faults.outside.append((number, w["text"]))
        rows = _lines(words)
        texts = [" ".join(w["text"] for w in row) for row in rows]
        boxes = [] if any(title in text for title in skip_pages for text in texts) else \
            sorted(words, key=lambda w: w["x0"])
        # Two words overlap when their boxes cross by more than a sliver (neighbouring lines touch).
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if b["x0"] >= a["x1"] - 0.5:
                    break
                cross_y = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                if cross_y > 0.3 * min(a["bottom"] - a["top"], b["bottom"] - b["top"]):
                    faults.overlaps.append((number, a["text"], b["text"]))
        faults.lines += [(number, text) for text in texts]
        body = [row for row in rows if BODY_FOOT < row[0]["top"] and row[0]["bottom"] < height - BODY_FOOT]
        if number > 1 and body and _is_heading(body[-1]):
            faults.orphans.append((number, texts[rows.index(body[-1])]))
        opens = bool(body) and all("Bold" in w["fontname"] and w["size"] >= 14 for w in body[0])
        stands_alone = any(title in text for title in sparse_ok for text in texts)
        short = number > 1 and bool(body) and body[-1][0]["bottom"] < height / 3
        pages.append((short, opens or stands_alone, texts[rows.index(body[-1])] if body else ""))
    pdf.close()
    for number, ((short, _o, last), (_s, next_ok, _l)) in enumerate(zip(pages, pages[1:]), 1):
        if short and not next_ok:
            faults.sparse.append((number, last))
    return faults


def split_values(faults: Faults, values) -> list[str]:
    """The values (phones, e-mails, document numbers) printed broken somewhere: a word that is only their start."""
    values = {v for v in values if v}
    heads = {v.split(" ")[0]: v for v in values}
    # A fragment has a digit or a mark: a plain word ("enlace") that starts an e-mail is no fragment.
    words = {w for line in faults.line_texts() for w in line.split(" ")
             if len(w) >= 5 and w not in heads and not w.rstrip(".,;:)").isalpha()}
    broken = set()
    for word in words:
        for head, value in heads.items():
            if head.startswith(word):
                broken.add(value)
    return sorted(broken)
