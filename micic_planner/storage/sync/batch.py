"""What applying one bundle reads and writes, held in memory and written in runs of executemany.

`Applier` decides change by change, as before; this class answers its questions from a few set-based
reads made at the start (the records, the rows their foreign keys point at, the field versions, the
changes waiting) and keeps its writes until something needs the file to be current. The answers are
exactly what the file would say: every write of the applier goes through here and updates the memory
first, and a write the memory cannot follow (a delete's cascades) drops what it may have changed.
"""

import json
from contextlib import contextmanager

from micic_planner.core.sync.registry import BY_NAME, TABLES
from micic_planner.storage.sync.capture import lifted

PARENTS = {parent for t in TABLES for parent in t.references.values()}
# A load this large against what the table holds writes the nationals as the registry's bulk load does:
# search index and triggers dropped, rebuilt once (`storage.bulk_load`).
BULK_ROWS = 10_000
LIFT_ROWS = 1_000


class Batch:
    def __init__(self, db):
        self.db = db
        self.records: dict[tuple[str, str], list | None] = {}  # (tbl, uuid) -> [site, deleted, hlc, seq]
        self.ids: dict[tuple[str, str], int | None] = {}  # (table, uuid) -> row id; None: no row
        self.fields: dict[tuple[str, str], dict[str, tuple[int, str]]] = {}  # (tbl, uuid) -> field -> version
        self.waiting: set[str] = set()  # uuids some change in sync_pending waits for
        self.unwritten: set[tuple[str, str]] = set()  # rows inserted in memory only: their id is not known yet
        self.writes: list[tuple[str, tuple]] = []  # statements on the synced tables, in order
        self.record_rows: list[tuple] = []
        self.field_rows: list[tuple] = []

    # -- reading, all at once ----------------------------------------------------------------------
    def load(self, changes: list[list]) -> None:
        """Read what `changes` will ask about, in a few queries joined on a TEMP table of their uuids."""
        db = self.db
        keys = {(c[2], c[3]) for c in changes}
        for c in changes:
            t = BY_NAME[c[2]]
            for column, parent in t.references.items():
                value = c[5].get(column) if isinstance(c[5], dict) else None
                if isinstance(value, str):
                    keys.add((parent, value))
        db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_batch (tbl TEXT, uuid TEXT, PRIMARY KEY (tbl, uuid)) "
                   "WITHOUT ROWID")
        db.execute("DELETE FROM temp.sync_batch")
        db.conn.executemany("INSERT INTO temp.sync_batch VALUES (?, ?)", keys)
        self.records.update(dict.fromkeys(keys))
        for tbl, uuid, *rec in db.execute(
                "SELECT b.tbl, b.uuid, r.site, r.deleted, r.hlc, r.seq FROM temp.sync_batch b "
                "JOIN sync_record r ON r.tbl = b.tbl AND r.uuid = b.uuid"):
            self.records[(tbl, uuid)] = rec
        for table in {tbl for tbl, _uuid in keys} & PARENTS:
            self.ids.update(((table, u), None) for tbl, u in keys if tbl == table)
            self.ids.update(((table, u), i) for u, i in db.execute(
                f"SELECT b.uuid, t.id FROM temp.sync_batch b JOIN [{table}] t ON t.uuid = b.uuid WHERE b.tbl = ?",
                [table]))
        # The field versions of the records edited (an insert's record has none yet).
        db.execute("DELETE FROM temp.sync_batch")
        edited = {(c[2], c[3]) for c in changes if c[4] == "u"}
        db.conn.executemany("INSERT INTO temp.sync_batch VALUES (?, ?)", edited)
        self.fields.update((k, {}) for k in edited)
        for tbl, uuid, field, hlc, site in db.execute(
                "SELECT f.tbl, f.uuid, f.field, f.hlc, f.site FROM temp.sync_batch b "
                "JOIN sync_field f ON f.tbl = b.tbl AND f.uuid = b.uuid"):
            self.fields[(tbl, uuid)][field] = (hlc, site)
        db.execute("DELETE FROM temp.sync_batch")
        self.waiting = {r[0] for r in db.execute("SELECT DISTINCT wait_uuid FROM sync_pending")}

    def record(self, tbl: str, uuid: str) -> list | None:
        key = (tbl, uuid)
        if key not in self.records:
            row = self.db.execute("SELECT site, deleted, hlc, seq FROM sync_record WHERE tbl = ? AND uuid = ?",
                                  [tbl, uuid]).fetchone()
            self.records[key] = None if row is None else list(row)
        return self.records[key]

    def row_id(self, table: str, uuid: str) -> int | None:
        key = (table, uuid)
        if key in self.unwritten:
            self.flush()
        if key not in self.ids:
            row = self.db.execute(f"SELECT id FROM [{table}] WHERE uuid = ?", [uuid]).fetchone()
            self.ids[key] = None if row is None else row[0]
        return self.ids[key]

    def version(self, tbl: str, uuid: str, column: str) -> tuple[int, str]:
        """The version of the field: its last edit, else the record's (re)insertion."""
        known = self.field_versions(tbl, uuid).get(column)
        if known is not None:
            return known
        rec = self.record(tbl, uuid)
        return (rec[2], rec[0])

    def field_versions(self, tbl: str, uuid: str) -> dict[str, tuple[int, str]]:
        key = (tbl, uuid)
        if key not in self.fields:
            self.fields[key] = {f: (h, s) for f, h, s in self.db.execute(
                "SELECT field, hlc, site FROM sync_field WHERE tbl = ? AND uuid = ?", [tbl, uuid])}
        return self.fields[key]

    def delete_bases(self, tbl: str, uuid: str) -> list[list]:
        """The versions each logged delete of the record had seen (one list per delete)."""
        return [json.loads(b or "[]") for (b,) in self.db.execute(
            "SELECT base FROM sync_log WHERE uuid = ? AND tbl = ? AND op != 'i' AND op = 'd'", [uuid, tbl])]

    # -- writing, later ----------------------------------------------------------------------------
    def insert(self, tbl: str, uuid: str, values: dict, rec: list) -> None:
        """A row of a record first known now, with its foreign keys as row ids."""
        columns = ["uuid", *values]
        self.writes.append((f"INSERT INTO [{tbl}] ({', '.join(f'[{k}]' for k in columns)}) "
                            f"VALUES ({', '.join('?' * len(columns))})", (uuid, *values.values())))
        self.new_record(tbl, uuid, rec)
        self.ids.pop((tbl, uuid), None)
        self.unwritten.add((tbl, uuid))

    def new_record(self, tbl: str, uuid: str, rec: list) -> None:
        """A record first known now: [site, deleted, hlc, seq]."""
        self.records[(tbl, uuid)] = rec
        self.fields[(tbl, uuid)] = {}
        self.record_rows.append((tbl, uuid, rec[0], rec[2], rec[3], rec[1]))

    def set_field(self, tbl: str, uuid: str, column: str, value, version: tuple[int, str]) -> None:
        self.writes.append((f"UPDATE [{tbl}] SET [{column}] = ? WHERE uuid = ?", (value, uuid)))
        self.field_versions(tbl, uuid)[column] = version
        self.field_rows.append((tbl, uuid, column, version[0], version[1]))

    def execute(self, sql: str, params=()):
        """A statement that must see, and run after, everything kept so far."""
        self.flush()
        return self.db.execute(sql, params)

    def forget_rows(self) -> None:
        """After a delete (and its cascades): the row ids known may be gone."""
        self.ids.clear()

    def flush(self) -> None:
        db = self.db
        writes, self.writes = _grouped(self.writes), []
        start = 0
        while start < len(writes):
            end = start
            while end < len(writes) and writes[end][0] == writes[start][0]:
                end += 1
            self._run(writes[start][0], [w[1] for w in writes[start:end]])
            start = end
        if self.record_rows:
            db.conn.executemany("INSERT INTO sync_record (tbl, uuid, site, hlc, seq, deleted) "
                                "VALUES (?, ?, ?, ?, ?, ?)", sorted(self.record_rows))
            self.record_rows = []
        if self.field_rows:
            db.conn.executemany("INSERT INTO sync_field (tbl, uuid, field, hlc, site) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT DO UPDATE SET hlc = excluded.hlc, site = excluded.site", self.field_rows)
            self.field_rows = []
        self.unwritten.clear()

    def _run(self, sql: str, rows: list[tuple]) -> None:
        """One run of the same statement; many new nationals go in the way the registry's bulk load puts them."""
        if not (sql.startswith("INSERT INTO [nationals]") and len(rows) >= BULK_ROWS):
            with _lifted(self.db, sql, len(rows)):
                self.db.conn.executemany(sql, rows)
            return
        from micic_planner.storage import bulk_load

        existing, last = self.db.execute("SELECT count(*), coalesce(max(id), 0) FROM nationals").fetchone()
        if len(rows) <= existing // 4:
            self.db.conn.executemany(sql, rows)
            return
        saved = bulk_load._drop_derived(self.db)
        with bulk_load._checks_deferred(self.db, True):
            self.db.conn.executemany(sql, rows)
        bulk_load.check_constraints(self.db, "nationals", after_id=last)
        bulk_load._restore_derived(self.db, saved)


@contextmanager
def _lifted(db, sql: str, count: int):
    """A long run with the table's capture triggers taken off meanwhile, when capture is off anyway.

    Measured: an applied status event cost ~35 us with the trigger in place (its WHEN false) against
    ~5 us without, once the file holds a bundle's worth of them; 100,000 cost seconds.
    """
    table = sql.split("[", 1)[1].split("]", 1)[0]
    if count < LIFT_ROWS or db.execute("SELECT capture FROM sync_state").fetchone()[0]:
        yield
        return
    with lifted(db, table):
        yield


def _grouped(writes: list[tuple[str, tuple]]) -> list[tuple[str, tuple]]:
    """The writes with each stretch of edits ordered by statement, keeping the order of each statement's own.

    Edits of different fields commute, and one field's edits keep their order; an insert stays where it
    is. Far fewer runs: a statement that writes the search index (a name) makes SQLite's full-text index
    write its pending terms at the next statement, so alternating names and phones cost ~0.5 ms each.
    """
    out, stretch = [], []
    for write in writes:
        if write[0].startswith("UPDATE"):
            stretch.append(write)
            continue
        out.extend(sorted(stretch, key=lambda w: w[0]))
        stretch = []
        out.append(write)
    out.extend(sorted(stretch, key=lambda w: w[0]))
    return out

