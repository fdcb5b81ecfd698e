"""Checks that read a printed PDF as a reader would: words that overlap, leave the page, break or shrink."""

import io
import re
from dataclasses import dataclass

import pdfplumber

MIN_SIZE = 8
# What text must stay inside: the margins, less the room the page header and footer use.
SIDE = 18 * 72 / 25.4 - 1


@dataclass
class Faults:
    overlaps: list
    outside: list
    small: list
    lines: list  # every text line, page by page: (page, text)

    def line_texts(self) -> list[str]:
        return [text for _page, text in self.lines]


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines: same baseline within a point, left to right."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - w["bottom"]) < 1.0:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def read(data: bytes) -> Faults:
    faults = Faults([], [], [], [])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            words = [w for w in page.extract_words(extra_attrs=["size"], keep_blank_chars=False, use_text_flow=False)
                     if w["upright"]]
            for w in words:
                if w["size"] < MIN_SIZE - 0.05:
                    faults.small.append((number, w["text"], round(w["size"], 1)))
                if w["x0"] < SIDE or w["x1"] > page.width - SIDE or w["top"] < 0 or w["bottom"] > page.height:
                    faults.outside.append((number, w["text"]))
            # Two words overlap when their boxes cross by more than a sliver (glyph boxes touch at the edges).
            boxes = sorted(words, key=lambda w: w["x0"])
            for i, a in enumerate(boxes):
                for b in boxes[i + 1:]:
                    if b["x0"] >= a["x1"] - 0.5:
                        break
                    cross_y = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                    if cross_y > 0.3 * min(a["bottom"] - a["top"], b["bottom"] - b["top"]):
                        faults.overlaps.append((number, a["text"], b["text"]))
            for row in _lines(words):
                faults.lines.append((number, " ".join(w["text"] for w in row)))
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
