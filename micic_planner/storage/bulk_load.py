"""The fast path for loading many nationals at once: one transaction, executemany, indexes rebuilt once."""

from collections.abc import Callable, Iterable

from micic_planner.storage.records import _IntegrityErrors

BULK_CHUNK = 50_000


def load_nationals(db, columns: list[str], rows: Iterable[tuple],
                   progress: Callable[[int], None] | None = None, expected: int = 0) -> int:
    """Insert rows of `columns` into nationals in one transaction; return how many.

    When the load is large against what is stored, secondary indexes and the search index
    are dropped first and rebuilt once at the end, which is several times faster than
    updating them row by row. `columns` must include `uuid`.
    """
    sql = f"INSERT INTO nationals ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    existing = db.execute("SELECT count(*) FROM nationals").fetchone()[0]
    rebuild = expected >= 10_000 and expected > existing // 4
    total = 0
    with _IntegrityErrors(), db.atomic():
        saved = _drop_derived(db) if rebuild else []
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BULK_CHUNK:
                db.conn.executemany(sql, batch)
                total += len(batch)
                batch.clear()
                if progress:
                    progress(total)
        if batch:
            db.conn.executemany(sql, batch)
            total += len(batch)
        if rebuild:
            _restore_derived(db, saved)
        if progress:
            progress(total)
    return total


def _drop_derived(db) -> list[str]:
    """Drop the nationals' secondary indexes and search triggers; return their SQL to restore."""
    saved = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'nationals' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL").fetchall()
    for kind, name, _sql in saved:
        db.execute(f"DROP {kind.upper()} {name}")
    return [sql for _k, _n, sql in saved]


def _restore_derived(db, saved: list[str]) -> None:
    for sql in saved:
        db.execute(sql)
    db.execute("INSERT INTO nationals_fts(nationals_fts) VALUES ('rebuild')")
