"""Headquarters' first consolidation of a post: its first bundle attached and copied in set-based.

Change by change, a million nationals take a minute and more (SYNC.md); here each table is one
INSERT ... SELECT from the attached bundle, foreign keys mapped from uuids to headquarters' ids by
join, and the log, record and field versions copied as they are. The result is what applying the
same changes one by one would give: the records the post made, with their versions; its whole change
log; each national's status from the latest status event; links to the same person at other posts.

Only what is new to headquarters goes set-based: a record headquarters already holds under the same
uuid, a row whose foreign key points at nothing here, and the post's edits of other sites' records
(shared fields of a partner, say) go through the ordinary `Applier`, which checks what a post may change.
"""

import hashlib
import json
import os
import time
from contextlib import contextmanager
from pathlib import Path

from micic_planner.core.errors import SyncError
from micic_planner.core.i18n import _
from micic_planner.core.sync.registry import TABLES
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.sync import first_bundle
from micic_planner.storage.sync.apply import Applier
from micic_planner.storage.sync.capture import log_inserted, suspended, unattributed
from micic_planner.storage.sync.progress import Steps

COLUMNS = "site, seq, tbl, uuid, op, fields, base, hlc, by_user"
# Seconds per step of the last consolidation, for bench/bench_consolidate.py.
TIMINGS: dict[str, float] = {}


@contextmanager
def _step(name: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        TIMINGS[name] = TIMINGS.get(name, 0.0) + time.perf_counter() - start


@contextmanager
def _grown_in_place(db, big: bool):
    """For a large first consolidation: a rollback journal instead of WAL, and a larger page cache.

    The file mostly grows, and pages added at its end are not journaled: the data is written once
    and synced once, where WAL writes it twice (to the log, then to the file at the checkpoint).
    Only when no other connection holds the file (WAL stays otherwise); put back afterwards.
    """
    if not big:
        yield
        return
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    switched = mode == "wal" and db.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    db.execute(f"PRAGMA cache_size={-BIG_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size={cache}")
        if switched:
            db.execute("PRAGMA journal_mode=WAL")


# A page cache of 512 MiB while a large post is copied in (the file's own is 64 or 256 MiB).
BIG_CACHE_KIB = 524288
# Above this many nationals the indexes and the search index are rebuilt once, as the bulk load does.
REBUILD_FROM = 10_000
# Below this many records held here, the records already here are looked for from headquarters' side.
FEW = 100_000


# The steps progress counts: the bundle verified, each table's rows, the versions, the log, the rest, the links.
STEPS = len(TABLES) + 5


def consolidate(store, path: str | Path, sender: dict, roles: dict[str, str], progress=None, cancelled=None) -> dict:
    """Verify a post's first bundle at `path` and copy it into headquarters' file; return the counts.

    `progress(done, total)` is told after each step and `cancelled()` asked between steps; a cancel raises
    `Cancelled` and rolls everything back (one transaction). A second reading goes change by change, its
    progress told in changes.
    """
    db, path = store.db, Path(path)
    # Read a second time, or after the post's change bundles: its log, change by change, changes only what is new.
    fresh = db.execute("SELECT 1 FROM sync_log WHERE site = ? LIMIT 1", [sender["site"]]).fetchone() is None
    folder = Path(store.path).parent if getattr(store, "path", None) else path.parent
    inner = folder / f".{path.name}.{os.getpid()}.attach"
    TIMINGS.clear()
    with _step("verify and copy out"):
        head = first_bundle.unpack(path, inner, sender["public_key"])
    try:
        step = Steps(progress, cancelled, STEPS)
        step()
        first_bundle.attach(db, inner, head, sender["exchange_key"])
        try:
            meta = dict(db.execute("SELECT k, v FROM snap.meta").fetchall())
            if meta.get("site") != sender["site"]:
                raise SyncError(_("The first bundle's contents are not from the post that signed it."), where=str(path))
            rows = _counter(db, meta)
            big = fresh and rows("nationals") >= REBUILD_FROM
            with _grown_in_place(db, big), db.atomic(), suspended(db), unattributed(db), \
                    store.audit.bulk(*(t.name for t in TABLES)):
                counts = _copy(db, sender["site"], roles, rows, step) if fresh else \
                    _replay(db, sender["site"], roles, progress, cancelled)
                copied = time.perf_counter()
                known = json.loads(sender["seen"] or "{}")
                for site, n in json.loads(meta.get("seen", "{}")).items():
                    known[site] = max(known.get(site, 0), int(n))
                db.execute("UPDATE sync_sites SET seen = ?, last_at = ? WHERE site = ?",
                           [json.dumps(known), utc_now(), sender["site"]])
            TIMINGS["the rest and commit"] = time.perf_counter() - copied
        finally:
            db.execute("DETACH DATABASE snap")
    except SyncError:
        raise
    except Exception as exc:  # a file keyed with another key reads as "not a database"
        if "not a database" in str(exc) or "file is encrypted" in str(exc):
            raise SyncError(_("The first bundle cannot be opened with this post's exchange key."), where=str(path),
                            hint=_("Register the post's current key file, then import again.")) from exc
        raise
    finally:
        inner.unlink(missing_ok=True)
    store.audit.record("sync_consolidate", {"site": sender["site"], "name": sender["name"], **counts})
    # Also as an ordinary import's counts, so the fronts tell both the same way.
    ordinary = {"received": counts["changes"], "applied": counts["changes"], "duplicates": 0,
                "waiting": db.execute("SELECT count(*) FROM sync_pending").fetchone()[0],
                "review": db.execute("SELECT count(*) FROM sync_review").fetchone()[0]}
    return {"site": sender["site"], "name": sender["name"], **ordinary, **counts}


def _counter(db, meta: dict):
    """rows(table): how many rows the bundle holds, from its meta table (format 3) or counted."""
    known = json.loads(meta.get("rows", "{}"))
    return lambda table: known[table] if table in known else \
        db.execute(f"SELECT count(*) FROM snap.[{table}]").fetchone()[0]


def _copy(db, site: str, roles: dict[str, str], rows, step=lambda: None) -> dict:
    from micic_planner.storage.bulk_load import _checks_deferred, _drop_derived, _restore_derived, check_constraints

    counts = {"records": 0, "changes": 0, "one_by_one": 0}
    db.execute("CREATE TEMP TABLE IF NOT EXISTS hub_slow (tbl TEXT, uuid TEXT, PRIMARY KEY (tbl, uuid)) WITHOUT ROWID")
    db.execute("DELETE FROM temp.hub_slow")
    # A record headquarters already holds goes change by change (its owner and versions are checked there).
    with _step("records already here"):
        # From the smaller side: a headquarters holding little is asked once per record it holds, instead of
        # once per record of the bundle (two million for a million nationals).
        few = db.execute(f"SELECT count(*) FROM (SELECT 1 FROM main.sync_record LIMIT {FEW})").fetchone()[0] < FEW
        pair = "main.sync_record m CROSS JOIN snap.record r" if few else "snap.record r JOIN main.sync_record m"
        db.execute(f"INSERT INTO temp.hub_slow SELECT r.tbl, r.uuid FROM {pair} ON m.tbl = r.tbl AND m.uuid = r.uuid")
    before = db.execute("SELECT count(*) FROM nationals").fetchone()[0]
    top = {}
    # A post whose program predates a synced table (wardens before m044) sends a bundle without it: its rows
    # come later, with the change bundle its upgrade logs them in.
    carried = {r[0] for r in db.execute("SELECT name FROM snap.sqlite_master WHERE type = 'table'")}
    for t in TABLES:
        if t.name not in carried:
            step()
            continue
        fields = [f"[{c}]" for c in t.fields]
        # Foreign keys from uuids to headquarters' ids by join: a row whose key points at nothing here is
        # left out, and waits for it change by change (found below, only when rows were left out).
        joins = "".join(f" LEFT JOIN main.[{p}] [to_{c}] ON [to_{c}].uuid = s.[{c}]" for c, p in t.references.items())
        values = [f"[to_{c}].id" if c in t.references else f"s.[{c}]" for c in t.fields]
        resolved = "".join(f" AND (s.[{c}] IS NULL OR [to_{c}].id IS NOT NULL)" for c in t.references)
        if t.unique:  # a row whose unique number is taken here goes change by change (renumbered there, authority.py)
            taken = " OR ".join(f"EXISTS (SELECT 1 FROM main.[{t.name}] WHERE [{c}] = s.[{c}])" for c in t.unique)
            with _step(f"numbers of {t.name}"):
                db.execute(f"INSERT OR IGNORE INTO temp.hub_slow SELECT '{t.name}', s.uuid FROM snap.[{t.name}] s "
                           f"WHERE {taken}")
        if t.name == "nationals":
            fields.append("status")
            values.append("s.status")
        elif t.name == "crises":  # a post's crisis is the post's here (authority.py), one open per site
            fields.append("owner")
            values.append("'" + site.replace("'", "''") + "'")
        top[t.name] = db.execute(f"SELECT coalesce(max(id), 0) FROM [{t.name}]").fetchone()[0]
        held = rows(t.name)
        big = held >= max(REBUILD_FROM, before // 4)
        # Indexes built once after the rows, by sorting, instead of a million inserts each (bulk_load's way).
        saved = (_drop_derived(db) if t.name == "nationals" else _drop_indexes(db, t.name)) if big else []
        slow = _slow(db, "s", t.name)
        with _step(f"rows of {t.name}"), _checks_deferred(db, big):
            copied = db.execute(
                f"""INSERT INTO main.[{t.name}] (uuid, {', '.join(fields)}) SELECT s.uuid, {', '.join(values)}
                FROM snap.[{t.name}] s{joins} WHERE {slow}{resolved} ORDER BY s.rowid""").rowcount
            counts["records"] += copied
            left_out = held - copied - (0 if slow == "true" else db.execute(
                f"SELECT count(*) FROM snap.[{t.name}] s WHERE NOT ({slow})").fetchone()[0])
            if left_out:
                _waiting(db, t)
        if big:
            with _step(f"checks and indexes of {t.name}"):
                check_constraints(db, t.name, after_id=top[t.name])
                if t.name == "nationals":
                    _restore_derived(db, saved)  # and the search index
                else:
                    for sql in saved:
                        db.execute(sql)
        step()
    with _step("record versions"):
        db.execute(f"""INSERT INTO main.sync_record (tbl, uuid, site, hlc, seq, deleted)
        SELECT tbl, uuid, site, hlc, seq, deleted FROM snap.record r WHERE r.site = ? AND {_slow(db, 'r')}""", [site])
    db.execute(f"""INSERT INTO main.sync_field (tbl, uuid, field, hlc, site)
        SELECT f.tbl, f.uuid, f.field, f.hlc, f.site FROM snap.field f WHERE {_slow(db, 'f')}""")
    step()
    with _step("change log"):
        counts["changes"] = db.execute(f"""INSERT INTO main.sync_log
        (site, seq, tbl, uuid, op, fields, base, hlc, by_user)
        SELECT site, seq, tbl, uuid, op, fields, base, hlc, by_user FROM snap.log l WHERE l.site = ?
        AND {_slow(db, 'l')}""", [site]).rowcount
    step()
    # The receive rule of the hybrid clock: the next change made here is later than everything seen.
    # (The post's own clock is past every change it logged: read from the bundle's meta table, not the whole log.)
    top_hlc = db.execute("SELECT v FROM snap.meta WHERE k = 'hlc'").fetchone()
    db.execute("UPDATE sync_state SET hlc = max(hlc, ?)", [int(top_hlc[0]) if top_hlc else db.execute(
        "SELECT coalesce(max(hlc), 0) FROM snap.log").fetchone()[0]])
    # Status events of this post on people registered elsewhere: those people's status is worked out again.
    if top["nationals"]:  # (none when headquarters held no one before)
        db.execute("""UPDATE nationals SET status = coalesce((SELECT e.status FROM status_events e
        CROSS JOIN sync_record r ON r.tbl = 'status_events' AND r.uuid = e.uuid WHERE e.national_id = nationals.id
        ORDER BY r.hlc DESC, r.site DESC LIMIT 1), status) WHERE id IN (SELECT national_id FROM status_events
        WHERE id > ?) AND id <= ?""", [top["status_events"], top["nationals"]])
    with _step("changes one by one"):
        # Its edits of other sites' records, and every change of a record that could not be copied in.
        sql = f"SELECT {COLUMNS} FROM snap.others WHERE site = ?1"
        if db.execute("SELECT 1 FROM temp.hub_slow LIMIT 1").fetchone():
            sql += (f" UNION ALL SELECT {', '.join('l.' + c for c in COLUMNS.split(', '))} FROM temp.hub_slow w "
                    "JOIN snap.log l ON l.tbl = w.tbl AND l.uuid = w.uuid WHERE l.site = ?1")
        rest = _apply(db, site, roles, f"SELECT * FROM ({sql}) ORDER BY hlc", [site])
    step()
    counts["one_by_one"] = rest["one_by_one"]
    counts["changes"] += rest["changes"]
    counts["links"] = _link(db, site, top["nationals"])
    step()
    db.execute("DELETE FROM temp.hub_slow")
    return counts


def _waiting(db, t) -> None:
    """Put the rows of `t` whose foreign key points at nothing here into `hub_slow`: they go change by change."""
    unresolved = " OR ".join(f"(s.[{c}] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM main.[{p}] WHERE uuid = s.[{c}]))"
                             for c, p in t.references.items())
    db.execute(f"INSERT OR IGNORE INTO temp.hub_slow SELECT '{t.name}', s.uuid FROM snap.[{t.name}] s "
               f"WHERE {unresolved}")


def _slow(db, alias: str, table: str | None = None) -> str:
    """The condition that leaves out what goes change by change (`hub_slow`); "true" when nothing does,
    which spares two million probes of an empty table (the usual first consolidation)."""
    where, params = ("WHERE tbl = ?", [table]) if table else ("", [])
    if db.execute(f"SELECT 1 FROM temp.hub_slow {where} LIMIT 1", params).fetchone() is None:
        return "true"
    same = f"w.tbl = '{table}'" if table else f"w.tbl = {alias}.tbl"
    return f"NOT EXISTS (SELECT 1 FROM temp.hub_slow w WHERE {same} AND w.uuid = {alias}.uuid)"


def _drop_indexes(db, table: str) -> list[str]:
    """Drop the secondary indexes and triggers of `table`; return their SQL to restore."""
    saved = db.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                       "AND sql IS NOT NULL", [table]).fetchall()
    for kind, name, _sql in saved:
        db.execute(f"DROP {kind.upper()} main.[{name}]")
    return [sql for _k, _n, sql in saved]


def _replay(db, site: str, roles: dict[str, str], progress=None, cancelled=None) -> dict:
    """The bundle's log applied change by change: what headquarters already holds is skipped."""
    sql = f"SELECT {COLUMNS} FROM snap.log WHERE site = ?1 UNION ALL SELECT {COLUMNS} FROM snap.others WHERE site = ?1"
    return _apply(db, site, roles, f"SELECT * FROM ({sql}) ORDER BY hlc", [site], progress, cancelled) | {
        "records": 0, "links": 0}


def _apply(db, site: str, roles: dict[str, str], sql: str, params: list, progress=None, cancelled=None) -> dict:
    rows = db.execute(sql, params).fetchall()
    changes = [[*r[:5], json.loads(r[5]), None if r[6] is None else json.loads(r[6]), *r[7:]] for r in rows]
    got = Applier(db, site, roles).apply(changes, progress, cancelled) if changes else {"received": 0,
                                                                                       "duplicates": 0}
    return {"changes": got["received"] - got["duplicates"], "one_by_one": got["received"]}


def _link(db, site: str, last_id: int) -> int:
    """The same person at this post and another: a link event each, logged set-based as headquarters' own."""
    others = db.execute("SELECT count(*) FROM nationals WHERE id <= ?", [last_id]).fetchone()[0]
    if not others:
        return 0
    # Asked from the smaller side, each lookup answered by an index (passport; birth date).
    new, old = "n1.id > :last", "n1.id <= :last"
    side = old if others < db.execute("SELECT count(*) FROM nationals WHERE id > ?", [last_id]).fetchone()[0] else new
    pairs = f"WHERE {side} AND (n2.id > :last) != (n1.id > :last)"
    rows = db.execute(f"""SELECT n1.uuid, n2.uuid, 1 FROM nationals n1 JOIN nationals n2
        ON n2.passport_no = n1.passport_no AND n1.passport_no != '' {pairs}
        UNION ALL SELECT n1.uuid, n2.uuid, 0 FROM nationals n1 JOIN nationals n2 ON n2.birth_date = n1.birth_date
        AND n2.family_names = n1.family_names AND n2.given_names = n1.given_names {pairs}""",
                      {"last": last_id}).fetchall()
    links = {}
    for one, other, by_passport in rows:
        a, b = sorted((one, other))
        owners = db.execute("SELECT count(DISTINCT site) FROM sync_record WHERE tbl = 'nationals' AND uuid IN (?, ?)",
                            [a, b]).fetchone()[0]
        if owners == 2:
            links[(a, b)] = max(links.get((a, b), 0), int(by_passport))
    if not links:
        return 0
    after = db.execute("SELECT coalesce(max(id), 0) FROM sync_links").fetchone()[0]
    db.conn.executemany("INSERT OR IGNORE INTO sync_links (uuid, a_uuid, b_uuid, reason) VALUES (?, ?, ?, ?)",
                        [(hashlib.sha256(f"{a}|{b}".encode()).hexdigest()[:32], a, b,
                          "passport" if p else "name_birth") for (a, b), p in links.items()])
    return log_inserted(db, "sync_links", after)
