"""Spreadsheet cells that cannot run: OWASP's rule against formula (CSV) injection, for every export.

A name such as =HYPERLINK("http://…","Ayuda") opened in Excel or LibreOffice would run as a
formula (and =cmd|… as a command). Text that starts with =, +, -, @, a tab or a carriage return
is written to CSV with a leading apostrophe, which spreadsheets show as text; XLSX writes it as
a string cell with Excel's "quote prefix", so the text is unchanged. What is stored never changes.

The one exception is a phone number or a plain number: "+52 962 123 4567" (E.164, as stored)
and "-12.5" must stay usable in the partner's tools, and digits, spaces, dots, hyphens and
parentheses alone cannot call a function or reach outside the sheet.
"""

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-][0-9 ().-]*[0-9][0-9 ().-]*")


def formula_like(value) -> bool:
    """Whether a spreadsheet could read `value` as a formula."""
    return (isinstance(value, str) and value[:1] in FORMULA_START
            and _PLAIN_NUMBER.fullmatch(value) is None)


def csv_safe(value):
    """`value` as written to a CSV cell: formula-like text behind an apostrophe, anything else as it is."""
    return "'" + value if formula_like(value) else value


def csv_row(values) -> list:
    """A row of CSV cells, each `csv_safe`."""
    return [csv_safe(v) for v in values]


def from_csv(text: str) -> str:
    """Undo `csv_safe` when reading a cell back, so a round trip keeps the text exactly."""
    if text[:1] == "'" and formula_like(text[1:]):
        return text[1:]
    return text
