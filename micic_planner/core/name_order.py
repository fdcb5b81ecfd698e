"""Names in the order people read lists, for what is sorted below the window (the window uses QCollator).

Accents and case are set aside and runs of digits compare by value: "Ángeles" sorts with the A's, and
"Zona 2" before "Zona 10", where plain string order puts every accented capital after "Z" and "10" before "2".
"""

import re

from micic_planner.core.zoning import fold

DIGITS = re.compile(r"(\d+)")


def natural_key(text: str | None) -> tuple:
    """A sort key: text and numbers alternate (re.split keeps the digits at odd places), so keys compare."""
    return tuple(int(part) if i % 2 else part for i, part in enumerate(DIGITS.split(fold(text or ""))))
