"""Which sex a one-letter code means: "M" is Mujer on Mexican and Central American documents, Male elsewhere.

CURP, the INE voter card and the region's passports write H (hombre) and M (mujer); English lists
and Spanish lists that spell out femenino / masculino write F and M, with M the man. So "M" alone
cannot be read: it is read by the file's language where that settles it, and otherwise the
person importing says which (the import window asks, the CLI needs --sex-codes).
"""

from collections.abc import Iterable

from micic_planner.core.column_mapping import normalize_header

HM = "hm"  # H = hombre, M = mujer
MF = "mf"  # M = male / masculino, F = female / femenino
READINGS = (HM, MF)
_ENGLISH_HEADERS = {"sex", "gender"}


def letters(values: Iterable) -> set[str]:
    """The one-letter codes (upper case) among the values of a sex column."""
    found: set[str] = set()
    for value in values:
        text = str(value or "").strip().rstrip(".")
        if len(text) == 1:
            found.add(text.upper())
    return found


def reading(header: str, values: Iterable) -> str | None:
    """HM or MF when the column can be read; None when "M" is ambiguous and the person must say.

    No "M" at all needs no choice (MF is returned). An English header ("Sex", "Gender") means M
    is male unless H also appears. H without F can only be Spanish H/M. A Spanish or unknown
    header with only M, or with M and F, is ambiguous: F/M may be femenino/masculino, M may be mujer.
    """
    found = letters(values)
    if "M" not in found:
        return MF
    if "H" in found:
        return HM if "F" not in found else None
    if normalize_header(header) in _ENGLISH_HEADERS:
        return MF
    return None


def for_mapping(mapping, rows: Iterable[tuple[int, list]]) -> str | None:
    """`reading` of the column mapped to sex, over every row of the file (MF when none is mapped)."""
    index = mapping.index_of("sex")
    if index is None:
        return MF
    header = mapping.headers[index] if index < len(mapping.headers) else ""
    return reading(header, (values[index] for _n, values in rows if index < len(values)))


def letter(value: str | None, lang: str) -> str:
    """A stored sex code as printed: H/M on Spanish sheets (the region's documents), F/M/X otherwise."""
    if lang.startswith("es") and value in ("F", "M"):
        return "M" if value == "F" else "H"
    return "" if value in (None, "U") else value
