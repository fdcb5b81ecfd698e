"""The change log's capture: SQL triggers generated from the registry, and set-based logging for bulk jobs.

The triggers are ordinary (not TEMP) triggers of the post file, so a change made by any connection is
captured, whether or not it ran the program's open code. They use only SQLite's own functions, so a
connection without the program's Python functions can still write the file. They are regenerated at
open when the registry changed (`install`), so a later schema step only has to update the registry.

The clock: every change ticks a hybrid logical clock kept in the one row of `sync_state`:
hlc = max(hlc + 1, wall clock << 16). A laptop whose clock is wrong still orders its own changes
(the counter climbs past its last value) and never issues a version older than one it has seen,
because applying a remote change raises the clock to it (`apply`). An hour slow, its edits lose
ties they should win only against edits it has not seen yet; an hour fast, it pulls the others'
clocks forward by that hour, and they keep counting from there. `clock_offset_ms` simulates a wrong
clock in tests and drills.
"""

import re
import time
from contextlib import contextmanager

from micic_planner.core.sync.registry import TABLES, SyncedTable, fingerprint

# The wall clock in milliseconds, read inside the triggers. A test gives its replicas a clock it controls
# by passing another expression to `install` (see tests/storage/sync/replicas.py); the file keeps its own.
WALL_MS = "(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) + clock_offset_ms)"
WALL = f"({WALL_MS} << 16)"
TICK = f"hlc = max(hlc + 1, {WALL}), seq = seq + 1"
# Raised whenever this module's trigger text changes (the registry's fingerprint covers the tables).
# 1: a revived record's field versions are cleared (its values all come back at the revival's version).
# 2: an insert leaves out the fields that hold their column's default.
CAPTURE_VERSION = 2
CAPTURING = "(SELECT capture FROM sync_state)"
NEW_UUID = "lower(hex(randomblob(16)))"


def ordered_uuids(order: str) -> str:
    """SQL for a fresh uuid per row of a set-based INSERT ... SELECT, ordered by `order` and after every
    uuid made earlier (the milliseconds first, as UUIDv7 does), with 56 random bits so sites never collide.

    Random uuids land all over the uuid indexes (the table's own and `sync_record`); 100,000 of them
    into a post that already holds 100,000 cost 0.3 s more than the same rows appended at the end.
    """
    millis = time.time_ns() // 1_000_000
    return f"'{millis:012x}' || printf('%06x', row_number() OVER (ORDER BY {order})) || lower(hex(randomblob(7)))"


def value_sql(t: SyncedTable, column: str, ref: str) -> str:
    """The value a field travels as: a foreign key as the uuid of the row it points at."""
    if column in t.references:
        return f"(SELECT uuid FROM [{t.references[column]}] WHERE id = {ref}.[{column}])"
    return f"{ref}.[{column}]"


def row_json(t: SyncedTable, ref: str, defaults: dict[str, str]) -> str:
    """An inserted row as JSON, without the fields that hold their column's default.

    Most of a national's 24 fields are empty: written out, they made two thirds of a registration's
    change (434 bytes of 640) and of headquarters' copy of a post's log. The receiver puts the defaults
    back (`default_values`), so an insert means the same row at both ends. The JSON is never `{}`,
    which means a record purged before it travelled: the first field is then written out anyway.
    """
    pieces = []
    for c in t.fields:
        value = value_sql(t, c, ref)
        piece = f"',\"{c}\":' || json_quote({value})"
        pieces.append(f"CASE WHEN {value} IS NOT {defaults[c]} THEN {piece} ELSE '' END" if c in defaults else piece)
    first = t.fields[0]
    return (f"'{{' || coalesce(nullif(substr({' || '.join(pieces)}, 2), ''), "
            f"'\"{first}\":' || json_quote({value_sql(t, first, ref)})) || '}}'")


# A column default written as a plain literal: NULL, a number or a quoted string.
LITERAL = re.compile(r"^(NULL|[-+]?\d+(\.\d+)?|'([^']|'')*')$", re.IGNORECASE)


def column_defaults(db, t: SyncedTable) -> dict[str, str]:
    """Each synced field's column default as an SQL literal (a column without one defaults to NULL).

    A default that is an expression is left out: such a field is always written out.
    """
    out = {}
    for _cid, name, _type, _notnull, default, _pk in db.execute(f"PRAGMA table_info([{t.name}])").fetchall():
        if name in t.fields and (default is None or LITERAL.match(default.strip())):
            out[name] = "NULL" if default is None else default.strip()
    return out


def default_values(db, t: SyncedTable) -> dict:
    """The Python values of `column_defaults`, for a receiver to fill in what an insert leaves out."""
    defaults = column_defaults(db, t)
    if not defaults:
        return {}
    row = db.execute("SELECT " + ", ".join(defaults.values())).fetchone()
    return dict(zip(defaults, row, strict=True))


def _current_version(t: SyncedTable, column: str) -> str:
    record = f"tbl = '{t.name}' AND uuid = new.uuid"
    return (f"coalesce((SELECT json_array(hlc, site) FROM sync_field WHERE {record} AND field = '{column}'), "
            f"(SELECT json_array(hlc, site) FROM sync_record WHERE {record}), '')")


def _tick(wall_ms: str) -> str:
    return f"hlc = max(hlc + 1, ({wall_ms}) << 16), seq = seq + 1"


def triggers(t: SyncedTable, defaults: dict[str, str], wall_ms: str = WALL_MS) -> list[str]:
    """The CREATE TRIGGER statements that log every insert, update and delete of `t` (`column_defaults`)."""
    name = t.name
    tick = _tick(wall_ms)
    # A record that comes back under its own uuid (an undone delete) comes back whole at this version.
    revived = "" if t.append_only else f"""DELETE FROM sync_field WHERE tbl = '{name}' AND uuid = new.uuid
    AND (SELECT deleted FROM sync_record WHERE tbl = '{name}' AND uuid = new.uuid);"""
    fill_uuid = (f"UPDATE [{name}] SET uuid = {NEW_UUID} WHERE rowid = new.rowid AND uuid IS NULL;"
                 if t.uuid_added else "")
    statements = [f"""CREATE TRIGGER sync_{name}_ai AFTER INSERT ON [{name}] WHEN {CAPTURING} BEGIN
    {fill_uuid}
    {revived}
    UPDATE sync_state SET {tick};
    INSERT INTO sync_log (site, seq, tbl, uuid, op, fields, base, hlc, by_user)
    SELECT s.site, s.seq, '{name}', r.uuid, 'i', {row_json(t, 'r', defaults)}, NULL, s.hlc, s.user
    FROM sync_state s, [{name}] r WHERE r.rowid = new.rowid;
    INSERT INTO sync_record (tbl, uuid, site, hlc, seq) SELECT '{name}', r.uuid, s.site, s.hlc, s.seq
    FROM sync_state s, [{name}] r WHERE r.rowid = new.rowid
    ON CONFLICT (tbl, uuid) DO UPDATE SET site = excluded.site, hlc = excluded.hlc, seq = excluded.seq,
    deleted = 0; END"""]
    if t.append_only:
        return statements
    changed = " OR ".join(f"old.[{c}] IS NOT new.[{c}]" for c in t.fields)
    # Only the changed fields travel: `,"field":value` for each, the leading comma cut by substr.
    pieces = " || ".join(f"""CASE WHEN old.[{c}] IS NOT new.[{c}] THEN ',"{c}":' || json_quote({value_sql(t, c, 'new')})
        ELSE '' END""" for c in t.fields)
    # An edit of a protected field names the version it was made on top of, so a replica can tell
    # two edits that did not see each other (the review queue) from one made after the other.
    protected = [c for c in t.fields if c in t.protected]
    base = "NULL"
    if protected:
        base_pieces = " || ".join(f"""CASE WHEN old.[{c}] IS NOT new.[{c}] THEN ',"{c}":[' || {_current_version(t, c)}
            || ']' ELSE '' END""" for c in protected)
        base = f"nullif('{{' || substr({base_pieces}, 2) || '}}', '{{}}')"
    statements.append(f"""CREATE TRIGGER sync_{name}_au AFTER UPDATE OF {', '.join(f'[{c}]' for c in t.fields)}
    ON [{name}] WHEN {CAPTURING} AND ({changed}) BEGIN
    UPDATE sync_state SET {tick};
    INSERT INTO sync_log (site, seq, tbl, uuid, op, fields, base, hlc, by_user)
    SELECT site, seq, '{name}', new.uuid, 'u', '{{' || substr({pieces}, 2) || '}}', {base}, hlc, user
    FROM sync_state;
    INSERT INTO sync_field (tbl, uuid, field, hlc, site)
    SELECT '{name}', new.uuid, j.key, s.hlc, s.site FROM sync_state s, sync_log l, json_each(l.fields) j
    WHERE l.site = s.site AND l.seq = s.seq
    ON CONFLICT DO UPDATE SET hlc = excluded.hlc, site = excluded.site; END""")
    # A delete lists the edits its site had seen: an edit not among them was made without knowing of it.
    statements.append(f"""CREATE TRIGGER sync_{name}_ad AFTER DELETE ON [{name}] WHEN {CAPTURING} BEGIN
    UPDATE sync_state SET {tick};
    INSERT INTO sync_log (site, seq, tbl, uuid, op, fields, base, hlc, by_user)
    SELECT s.site, s.seq, '{name}', old.uuid, 'd', '{{}}',
    (SELECT json_group_array(json_array(l.hlc, l.site)) FROM sync_log l
     WHERE l.uuid = old.uuid AND l.tbl = '{name}' AND l.op != 'i' AND l.op = 'u'), s.hlc, s.user FROM sync_state s;
    UPDATE sync_record SET deleted = 1 WHERE tbl = '{name}' AND uuid = old.uuid; END""")
    return statements


def install(db, wall_ms: str = WALL_MS) -> bool:
    """(Re)create the capture triggers when the registry changed since they were made; True if it did.

    `wall_ms` is the SQL of the wall clock in milliseconds: a test passes a clock it controls.
    """
    stamp = f"{fingerprint()}.{CAPTURE_VERSION}" + ("" if wall_ms == WALL_MS else f".{hash(wall_ms) & 0xFFFF:x}")
    row = db.execute("SELECT triggers, capture FROM sync_state").fetchone()
    if row is not None and row[0] == stamp and row[1] == 1:
        return False
    with db.atomic():
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name LIKE 'sync\\_%' ESCAPE '\\'").fetchall():
            db.execute(f"DROP TRIGGER main.[{name}]")
        # A table a later migration adds, or a column it adds to a table (m040: a return case's person), is
        # skipped until it exists: a trigger naming a missing column fails every insert into its table. The
        # stamp then stays unfinished, so the triggers are made again at the next open (m030 runs with
        # today's registry).
        present = existing(db)
        ready = [t for t in TABLES if t.name in present and {"uuid", *t.fields} <= columns(db, t.name)]
        for t in ready:
            for statement in triggers(t, column_defaults(db, t), wall_ms):
                db.execute(statement)
        done = len(ready) == len(TABLES)
        # A capture left off by a job that never finished is turned back on: nothing is missed from here.
        db.execute("UPDATE sync_state SET triggers = ?, capture = 1", [stamp if done else ""])
    return True


def columns(db, table: str) -> set[str]:
    return {r[1] for r in db.execute(f"PRAGMA table_info([{table}])")}


def existing(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@contextmanager
def suspended(db):
    """Inside one transaction, row triggers log nothing; the caller logs the job set-based."""
    with db.atomic():
        db.execute("UPDATE sync_state SET capture = 0")
        try:
            yield
        finally:
            db.execute("UPDATE sync_state SET capture = 1")


def log_inserted(db, table: str, after_id: int = 0) -> int:
    """Log every row of `table` with id > `after_id` as inserted, set-based; return how many.

    Three statements whatever the count: the log, the records' versions (read from the new rows, not
    back from the log's JSON), and the clock. The rows are numbered in id order, so the n-th row gets
    sequence seq + n and clock hlc + n - 1, as the row triggers would have given them one by one.
    """
    from micic_planner.core.sync.registry import table as registered

    t = registered(table)
    user = _user_sql(db)
    columns = ", ".join(f"[{c}]" for c in ("id", "uuid", *t.fields))
    first, last, total = db.execute(f"SELECT min(id), max(id), count(*) FROM [{table}] WHERE id > ?",
                                    [after_id]).fetchone()
    # A job's rows usually have consecutive ids, and then the id gives each its number without the
    # window function's sort (0.15 s per 100,000 rows, paid by both statements below).
    number = f"id - {first - 1}" if total and last - first + 1 == total else "row_number() OVER (ORDER BY id)"
    rows = f"(SELECT {columns}, {number} AS n FROM [{table}] WHERE id > ?) r"
    inserted = row_json(t, "r", column_defaults(db, t))
    with db.atomic(), unattributed(db):
        if t.uuid_added:
            db.execute(f"UPDATE [{table}] SET uuid = {NEW_UUID} WHERE id > ? AND uuid IS NULL", [after_id])
        db.execute(f"UPDATE sync_state SET hlc = max(hlc + 1, {WALL})")
        count = db.execute(
            f"""INSERT INTO sync_log (site, seq, tbl, uuid, op, fields, base, hlc, by_user)
            SELECT s.site, s.seq + r.n, '{table}', r.uuid, 'i', {inserted}, NULL, s.hlc + r.n - 1, {user}
            FROM sync_state s, {rows}""", [after_id]).rowcount
        if count > 0:
            if not t.append_only:  # records that come back under their own uuid come back whole (see triggers)
                db.execute(f"""DELETE FROM sync_field WHERE tbl = '{table}' AND uuid IN (SELECT r.uuid FROM [{table}] r
                    JOIN sync_record x ON x.tbl = '{table}' AND x.uuid = r.uuid AND x.deleted = 1 WHERE r.id > ?)""",
                           [after_id])
            db.execute(f"""INSERT INTO sync_record (tbl, uuid, site, hlc, seq)
                SELECT '{table}', r.uuid, s.site, s.hlc + r.n - 1, s.seq + r.n FROM sync_state s, {rows}
                ORDER BY r.uuid ON CONFLICT (tbl, uuid) DO UPDATE SET site = excluded.site, hlc = excluded.hlc,
                seq = excluded.seq, deleted = 0""", [after_id])  # back under its own uuid: a re-import, an undo
            db.execute("UPDATE sync_state SET seq = seq + ?, hlc = hlc + ? - 1", [count, count])
    return max(count, 0)


@contextmanager
def logged_in_bulk(db, table: str):
    """A bulk job's inserts into `table`: not logged row by row, but in one statement at the end.

    The table's own capture triggers are lifted meanwhile (put back before the job's rows are logged,
    in the same transaction): even with capture off, each row would run one, ~3 us of 100,000 rows.
    """
    with db.atomic():
        last = db.execute(f"SELECT coalesce(max(id), 0) FROM [{table}]").fetchone()[0]
        with suspended(db), lifted(db, table):
            yield
        log_inserted(db, table, last)


@contextmanager
def lifted(db, table: str, names: str = "sync\\_%"):
    """`table`'s capture triggers (or those whose names are LIKE `names`) taken off while the block runs and
    put back after it (same transaction): even with capture off, each row would run them. Shared by bulk jobs
    and long runs of applied changes; the bulk status update lifts the board's trigger the same way."""
    saved = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                       "AND name LIKE ? ESCAPE '\\'", [table, names]).fetchall()
    for name, _sql in saved:
        db.execute(f"DROP TRIGGER main.[{name}]")
    try:
        yield
    finally:
        for _name, text in saved:
            db.execute(text)


def attribute(db) -> None:
    """This connection's own changes carry the signed-in user (the audit log's, kept in a TEMP table).

    The user lives only in this connection, so opening a post writes nothing; a connection of
    another program logs its changes with no user.
    """
    db.execute("""CREATE TEMP TRIGGER IF NOT EXISTS sync_log_by_user AFTER INSERT ON main.sync_log
        WHEN new.by_user = '' AND (SELECT user FROM temp.audit_state) != ''
        AND new.site = (SELECT site FROM main.sync_state) BEGIN
        UPDATE main.sync_log SET by_user = (SELECT user FROM temp.audit_state) WHERE site = new.site AND seq = new.seq;
        END""")


@contextmanager
def unattributed(db):
    """The TEMP trigger that fills in the user is lifted while a set-based INSERT names the user itself, or
    while other sites' changes are copied in: each row would still run it to find nothing to do (0.2 s of
    the bulk status update; 5 s of the two million changes of a million-national first consolidation)."""
    present = db.execute("SELECT count(*) FROM sqlite_temp_master WHERE name = 'sync_log_by_user'").fetchone()[0]
    if present:
        db.execute("DROP TRIGGER temp.sync_log_by_user")
    try:
        yield
    finally:
        if present:
            attribute(db)


def _user_sql(db) -> str:
    """The signed-in user for a set-based INSERT (the TEMP trigger is not asked 100,000 times)."""
    known = db.execute("SELECT count(*) FROM sqlite_temp_master WHERE name = 'audit_state'").fetchone()[0]
    return "(SELECT user FROM temp.audit_state)" if known else "s.user"


def forget_nationals(db, ids_sql: str) -> int:
    """Empty the logged values of the nationals `ids_sql` selects and of their status events, before a purge.

    The changes stay in the log (every site still holds every change, and the purge itself travels
    as their deletes); what they said about the person goes, as the retention rule requires.
    """
    cursor = db.execute(f"""UPDATE sync_log SET fields = '{{}}', base = NULL WHERE (site, seq) IN (
        SELECT r.site, r.seq FROM sync_record r JOIN nationals n ON r.tbl = 'nationals' AND r.uuid = n.uuid
        WHERE n.id IN ({ids_sql})
        UNION ALL SELECT r.site, r.seq FROM sync_record r JOIN status_events e
        ON r.tbl = 'status_events' AND r.uuid = e.uuid WHERE e.national_id IN ({ids_sql}))""")
    count = cursor.rowcount
    count += db.execute(f"""UPDATE sync_log SET fields = '{{}}', base = NULL WHERE op != 'i' AND tbl = 'nationals'
        AND uuid IN (SELECT uuid FROM nationals WHERE id IN ({ids_sql}))""").rowcount
    return count
