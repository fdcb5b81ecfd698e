"""Snapshots of a record and everything its deletion would cascade to, so an undo puts back the very same rows."""

from dataclasses import dataclass, field

from micic_planner.core.changes import Changes, changed


@dataclass
class Snapshot:
    """A deleted row, the rows deleted with it (ON DELETE CASCADE) and the links cleared (SET NULL)."""

    table: str
    rows: list[tuple[str, list[str], list[tuple]]] = field(default_factory=list)  # (table, columns, rows)
    cleared: list[tuple[str, str, int, list[int]]] = field(default_factory=list)  # (table, column, target, ids)


def _references(db, table: str) -> list[tuple[str, str, str]]:
    """(child table, child column, on_delete) for every foreign key pointing at `table`."""
    refs = []
    for (child,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%REFERENCES%'"):
        for fk in db.execute(f"PRAGMA foreign_key_list({child})").fetchall():
            # id, seq, table, from, to, on_update, on_delete, match
            if fk[2] == table:
                refs.append((child, fk[3], fk[6].upper()))
    return refs


def snapshot(db, table: str, record_ids: list[int]) -> Snapshot:
    """Everything needed to restore the records `record_ids` of `table` after they are deleted."""
    snap = Snapshot(table)
    _collect(db, table, list(record_ids), snap, seen=set())
    return snap


def _collect(db, table, ids, snap, seen) -> None:
    ids = [i for i in ids if (table, i) not in seen]
    if not ids:
        return
    seen.update((table, i) for i in ids)
    marks = ", ".join("?" * len(ids))
    cursor = db.execute(f"SELECT * FROM {table} WHERE rowid IN ({marks})", ids)
    snap.rows.append((table, [d[0] for d in cursor.description], cursor.fetchall()))
    for child, column, on_delete in _references(db, table):
        if on_delete == "CASCADE":
            child_ids = [r[0] for r in db.execute(f"SELECT rowid FROM {child} WHERE {column} IN ({marks})", ids)]
            _collect(db, child, child_ids, snap, seen)
        elif on_delete == "SET NULL":
            for target in ids:
                nulled = [r[0] for r in db.execute(f"SELECT rowid FROM {child} WHERE {column} = ?", [target])]
                if nulled:
                    snap.cleared.append((child, column, target, nulled))


def restore(db, snap: Snapshot) -> Changes:
    """Put the rows back with their own ids and uuids, then the links that the deletion cleared."""
    tables = set()
    ids: list[int] = []
    with db.atomic():
        for table, columns, rows in snap.rows:
            if rows:
                db.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
                tables.add(table)
                if table == snap.table:
                    ids += [r[0] for r in rows]
        for child, column, target, nulled in snap.cleared:
            for start in range(0, len(nulled), 500):
                chunk = nulled[start:start + 500]
                db.execute(f"UPDATE {child} SET {column} = ? WHERE rowid IN ({', '.join('?' * len(chunk))})",
                           [target, *chunk])
            tables.add(child)
    return changed(*tables, count=len(ids), ids=tuple(ids))
