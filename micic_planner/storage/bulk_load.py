"""The fast path for loading many nationals at once: one transaction, executemany, derived data rebuilt once."""

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from micic_planner.storage.driver import sqlite3
from micic_planner.storage.records import _IntegrityErrors
from micic_planner.storage.sync import logged_in_bulk

BULK_CHUNK = 50_000
FTS_AUTOMERGE = 4  # FTS5's own default, which the post file never changes


def load_nationals(db, columns: list[str], rows: Iterable[tuple],
                   progress: Callable[[int], None] | None = None, expected: int = 0) -> int:
    """Insert rows of `columns` into nationals in one transaction; return how many.

    When the load is large against what is stored, secondary indexes, triggers and the search
    index are dropped first and rebuilt once at the end, which is several times faster than
    updating them row by row; CHECK constraints are then checked in one pass over the new rows.
    `columns` must include `uuid`.
    """
    sql = f"INSERT INTO nationals ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    existing = db.execute("SELECT count(*) FROM nationals").fetchone()[0]
    rebuild = expected >= 10_000 and expected > existing // 4
    total = 0
    # Logged for sync in one statement at the end: the rows' own triggers are off or dropped meanwhile.
    with _IntegrityErrors(), db.atomic(), logged_in_bulk(db, "nationals"):
        last_id = db.execute("SELECT coalesce(max(id), 0) FROM nationals").fetchone()[0]
        saved = _drop_derived(db) if rebuild else []
        with _checks_deferred(db, rebuild):
            for batch in _batches(rows):
                db.conn.executemany(sql, batch)
                total += len(batch)
                if progress:
                    progress(total)
        if rebuild:
            check_constraints(db, "nationals", after_id=last_id)
            _restore_derived(db, saved)
        if progress:
            progress(total)
    return total


def _batches(rows) -> Iterator[list[tuple]]:
    rows = iter(rows)
    while batch := list(itertools.islice(rows, BULK_CHUNK)):
        yield batch


@contextmanager
def _checks_deferred(db, defer: bool):
    """CHECK constraints off while rows go in: an `x IN (...)` check builds a lookup table per
    row inserted (half the insert time of a national); one SELECT checks them all afterwards."""
    if not defer:
        yield
        return
    db.execute("PRAGMA ignore_check_constraints=ON")
    try:
        yield
    finally:
        db.execute("PRAGMA ignore_check_constraints=OFF")


def check_constraints(db, table: str, after_id: int = 0) -> None:
    """Raise IntegrityError if a row of `table` with id > `after_id` breaks one of its CHECK constraints."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    checks = table_checks(sql)
    if not checks:
        return
    # One pass for all of them. A CHECK fails only when its expression is false; NULL passes, as in SQLite.
    failing = " OR ".join(f"NOT ({c})" for c in checks)
    row = db.execute(f"SELECT id, {', '.join(f'NOT ({c})' for c in checks)} FROM [{table}] "
                     f"WHERE id > ? AND ({failing}) LIMIT 1", [after_id]).fetchone()
    if row is not None:
        broken = next(c for c, bad in zip(checks, row[1:], strict=True) if bad)
        raise sqlite3.IntegrityError(f"CHECK constraint failed: {broken} (row {row[0]})")


def table_checks(sql: str) -> list[str]:
    """The expressions of the CHECK constraints in a CREATE TABLE statement."""
    checks, upper, start = [], sql.upper(), 0
    while (at := upper.find("CHECK", start)) >= 0:
        start = at + 5
        before = upper[at - 1] if at else " "
        rest = sql[start:].lstrip()
        if (before.isalnum() or before == "_") or not rest.startswith("("):
            continue  # part of a longer word, e.g. a column named "checked"
        depth, quote = 0, ""
        opening = len(sql) - len(rest)
        for i in range(opening, len(sql)):
            c = sql[i]
            if quote:
                quote = "" if c == quote else quote
            elif c in "'\"":
                quote = c
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    checks.append(sql[opening + 1:i].strip())
                    start = i
                    break
    return checks


def _drop_derived(db) -> list[str]:
    """Drop the nationals' secondary indexes and triggers; return their SQL to restore.

    The connection's TEMP audit triggers are the caller's to lift (`AuditLog.bulk`).
    """
    saved = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'nationals' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL").fetchall()
    for kind, name, _sql in saved:
        db.execute(f"DROP {kind.upper()} main.[{name}]")
    return [sql for _k, _n, sql in saved]


def _restore_derived(db, saved: list[str]) -> None:
    for sql in saved:
        db.execute(sql)
    # Without automatic merging the rebuild writes its segments once instead of merging them
    # again and again (3.4 -> 2.3 s at 1,000,000); searches measured as fast either way.
    db.execute("INSERT INTO nationals_fts(nationals_fts, rank) VALUES ('automerge', 0)")
    db.execute("INSERT INTO nationals_fts(nationals_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO nationals_fts(nationals_fts, rank) VALUES ('automerge', ?)", [FTS_AUTOMERGE])


@contextmanager
def scratch_file(db, path: str | Path):
    """Load a file that nobody else sees yet without a journal or syncs; then WAL, FULL and one fsync.

    Only for a file built under a temporary name and thrown away if the load fails: without a
    journal a failed load cannot be rolled back. On success the file is back in WAL mode with
    synchronous=FULL and is on disk before the caller renames it into place (`publish`).
    """
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    try:
        yield
    except BaseException:
        # Without a journal the rollback may leave the file unreadable: it is thrown away anyway.
        with suppress(sqlite3.DatabaseError):
            db.execute("PRAGMA synchronous=FULL")
        raise
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA journal_mode=WAL")
    fsync_path(Path(path))


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder's entries, to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(partial: Path, path: Path) -> None:
    """Move a finished file into place under its final name, durably (the rename and its folder synced)."""
    fsync_path(partial)
    partial.replace(path)
    if os.name == "posix":  # a folder cannot be opened for fsync on Windows, where rename is durable on its own
        fsync_path(path.parent)
