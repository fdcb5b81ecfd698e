"""What a list of nationals is narrowed to: search text and filters, shared by every front."""

from dataclasses import dataclass
from datetime import date

from micic_planner.core.enums import AccountabilityStatus

NO_ZONE = -1  # as `zone_id`: the nationals in no zone (no zone has a negative id)


@dataclass(frozen=True)
class NationalFilter:
    text: str = ""  # accent-insensitive prefix search over names and passport number
    zone_id: int | None = None
    vulnerability: int = 0  # any of these flags
    status: AccountabilityStatus | None = None
    household: str = ""
    documents_expiring_before: date | None = None
    assembly_point_id: int | None = None

    def is_empty(self) -> bool:
        return self == NationalFilter()


def fts_query(text: str) -> str:
    """An FTS5 query that matches every word of `text` as a prefix, quotes escaped.

    Returns "" when the text has no searchable word.
    """
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
