"""Right-to-left text for reportlab: join Arabic letters and put RTL runs in visual order.

reportlab draws code points one after another, left to right. Without uharfbuzz and rlbidi
(neither is a dependency) an Arabic name prints as isolated letters in reverse order. So every
string that may hold a name is passed through `shape` before it is drawn: arabic-reshaper picks
the joined presentation forms (DejaVu Sans has them) and python-bidi reorders RTL runs.
Text with no RTL character is returned unchanged, at the cost of one scan.
"""

import re
from functools import lru_cache

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Arabic Extended and the presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_TAG = re.compile(r"(<[^>]*>)")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def has_rtl(text: str) -> bool:
    return bool(text) and _RTL.search(text) is not None


@lru_cache(maxsize=4096)
def _shape_plain(text: str) -> str:
    from bidi import get_display

    # Our documents are Spanish or English: a line with any Latin letter ("حداد, نور: Safe") keeps a
    # left-to-right base and only its Arabic runs are reversed; a line wholly in Arabic reads right to left.
    base = "L" if _LATIN.search(text) else "R"
    return get_display(_reshaper().reshape(text), base_dir=base)


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # DejaVu Sans has the lam-alef ligatures but not the single "Allah" ligature (U+FDF2), which
    # would print as a box in names such as نصر الله; spell it with its letters instead.
    return arabic_reshaper.ArabicReshaper(
        configuration={"ARABIC LIGATURE ALLAH": False, "ARABIC LIGATURE ALLAH 2": False})


def shape(text: str) -> str:
    """The string to draw for `text`: unchanged unless it holds right-to-left script."""
    if not isinstance(text, str) or not has_rtl(text):
        return text
    return _shape_plain(text)


def shape_markup(markup: str) -> str:
    """Like `shape`, for Paragraph markup: tags stay where they are, the text between them is shaped."""
    if not has_rtl(markup):
        return markup
    return "".join(part if part.startswith("<") else shape(part) for part in _TAG.split(markup))


def fit(text: str, width: float, font: str, size: float) -> str:
    """`text`, shaped, then cut with an ellipsis so that it fits `width` points on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = shape(text or "")
    full = stringWidth(text, font, size) if text else 0.0
    if full <= width:
        return text
    # Start from a proportional estimate so a long text is not shortened one character at a time.
    n = max(1, int(len(text) * width / full))
    while n > 1 and stringWidth(text[:n] + "…", font, size) > width:
        n -= 1
    return text[:n] + "…"
