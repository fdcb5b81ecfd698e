"""What a write changed, so each front refreshes exactly what it shows (Anki's OpChanges)."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str] = frozenset()
    count: int = 0  # rows written, for messages such as "1,204 nationals imported"
    ids: tuple[int, ...] = field(default=())

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.tables | other.tables, self.count + other.count, self.ids + other.ids)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


def changed(*tables: str, count: int = 0, ids: tuple[int, ...] = ()) -> Changes:
    return Changes(frozenset(tables), count, ids)
