"""Applying changes from other sites: idempotent, in any order, table by table by the registry's rules.

A change already in the log is skipped, so a bundle read twice changes nothing. A change whose record
(or the record one of its foreign keys points at) has not arrived yet waits in `sync_pending` and is
replayed when it does. Every change received is logged, the losers of a merge included.

The decisions are taken change by change, in the bundle's order; what they read and write goes through
a `Batch` (batch.py), which reads what the whole bundle needs in a few queries and writes in runs of
executemany. The checks of the review queue and each national's status are settled once at the end.

A record deleted and then put back under its own uuid (the window's undo) comes back everywhere
(revival.py); a delete older than the record's revival is not applied.
"""

import json

from micic_planner.core.errors import SyncError
from micic_planner.core.i18n import _
from micic_planner.core.sync import versions
from micic_planner.core.sync.registry import BY_NAME, SyncedTable
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.sync import scope
from micic_planner.storage.sync.authority import AuthorityRules
from micic_planner.storage.sync.batch import Batch
from micic_planner.storage.sync.capture import default_values, unattributed
from micic_planner.storage.sync.links import link_arrivals
from micic_planner.storage.sync.progress import Progress, Stop, checkpoint
from micic_planner.storage.sync.revival import revive


class Refused(Exception):
    """A change its site may not make."""


# Tables whose rules read the file itself (authority.py: a crisis's owner, a seat or a number already taken;
# scope.py: who holds a person since a transfer): the batch is written out around their changes, so those
# rules see every change before them, those of the same bundle included.
READ_BY_RULES = frozenset({"crises", "crisis_phases", "crisis_log", "movements", "manifest_entries",
                           "documents_issued", "return_cases", scope.TRANSFERS})
# Progress is told, and a cancel noticed, once per this many changes (a few milliseconds of work).
CHUNK = 2_000
# Where each part of an import ends, in percent of the bar (measured on 60,000 new nationals and on 100,000
# status events): the log written, the batch loaded, the decisions taken; the writes (`finish`) the rest.
LOGGED, LOADED, DECIDED = 25, 35, 55


class Applier:
    def __init__(self, db, sender: str, roles: dict[str, str]):
        self.db = db
        self.sender = sender
        self.roles = roles
        self.me = db.execute("SELECT site FROM sync_state").fetchone()[0]
        self.counts = {"received": 0, "applied": 0, "duplicates": 0, "waiting": 0, "refused": 0, "review": 0}
        self.batch = Batch(db)
        self._statuses: set[int] = set()
        self._new_nationals: list[str] = []
        self._rechecks: set[tuple[str, str, str]] = set()
        self._top = 0
        self._default_values: dict[str, dict] = {}
        self.authority = AuthorityRules(self)  # crises, document numbers and seats: one authority each

    def apply(self, changes: list[list], progress: Progress = None, cancelled: Stop = None) -> dict[str, int]:
        """Apply `changes` ([site, seq, table, uuid, op, fields, base, hlc, user] each); return the counts.

        `progress(done, total)` is told every few thousand changes (total: the changes given) and
        `cancelled()` asked as often; a cancel raises `Cancelled`, and the caller's transaction rolls back.
        """
        total = len(changes)
        checkpoint(progress, cancelled, 0, total)
        known, fresh = self._known_among(changes), []
        for c in changes:
            self.counts["received"] += 1
            if c[0] == self.me or (c[0], c[1]) in known:
                self.counts["duplicates"] += 1
                continue
            if c[2] not in BY_NAME or c[4] not in ("i", "u", "d"):
                raise SyncError(_("The bundle holds a change this program does not know ({what}).").format(
                    what=f"{c[2]}/{c[4]}"), hint=_("Update MICIC Planner, then import it again."))
            if self.roles.get(self.sender) != "hq" and c[0] != self.sender:
                raise SyncError(_("A post sent changes made at another site; only headquarters relays them."),
                                hint=_("Ask headquarters for a bundle."))
            known.add((c[0], c[1]))
            fresh.append(c)
        # Logged first, all at once: the losers of every merge below are kept there. (Other sites' changes:
        # the trigger that names this connection's user on its own changes is not asked once per change.)
        with unattributed(self.db):
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO sync_log (site, seq, tbl, uuid, op, fields, base, hlc, by_user) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((c[0], c[1], c[2], c[3], c[4], json.dumps(c[5], ensure_ascii=False),
                  None if c[6] is None else json.dumps(c[6]), c[7], c[8] or "") for c in fresh))
        checkpoint(progress, cancelled, total * LOGGED // 100, total)
        self.batch.load(fresh)
        skipped = total - len(fresh)
        for n, c in enumerate(fresh):
            if n % CHUNK == 0:
                checkpoint(progress, cancelled, total * LOADED // 100 + (skipped + n) * (DECIDED - LOADED) // 100,
                           total)
            self._top = max(self._top, c[7])
            try:
                self._process(c)
            except Refused as exc:
                raise SyncError(_("The bundle holds a change its site may not make: {what}. Nothing was imported."
                                  ).format(what=str(exc)), hint=_("Ask that site to check its permissions.")) from exc
        checkpoint(progress, cancelled, total * DECIDED // 100, total)
        self.finish()
        if progress is not None:
            progress(total, total)
        return self.counts

    def _known_among(self, changes: list[list]) -> set[tuple[str, int]]:
        """Which of `changes` this file already holds, read per site in one range query."""
        ranges: dict[str, list[int]] = {}
        for c in changes:
            r = ranges.setdefault(c[0], [c[1], c[1]])
            r[0], r[1] = min(r[0], c[1]), max(r[1], c[1])
        known = set()
        for site, (low, high) in ranges.items():
            known.update((site, r[0]) for r in self.db.execute(
                "SELECT seq FROM sync_log WHERE site = ? AND seq BETWEEN ? AND ?", [site, low, high]))
        return known

    def finish(self) -> None:
        db = self.db
        self.batch.flush()
        # Once per field touched: the review queue depends only on the logged edits, all in the log by now.
        for tbl, uuid, column in sorted(self._rechecks):
            self.recheck(tbl, uuid, column)
        self._rechecks.clear()
        # The receive rule of the hybrid clock: the next local change is later than everything seen.
        db.execute("UPDATE sync_state SET hlc = max(hlc, ?)", [self._top])
        if self._statuses:
            # A national's status is the latest status event (PFIF: notes appended, never edited), in one statement.
            # CROSS JOIN keeps the person's few events as the outer loop (else SQLite may scan every version).
            db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_statuses (id INTEGER PRIMARY KEY)")
            db.execute("DELETE FROM temp.sync_statuses")
            db.conn.executemany("INSERT INTO temp.sync_statuses VALUES (?)", ((i,) for i in self._statuses))
            db.execute("""UPDATE nationals SET status = coalesce((SELECT e.status FROM status_events e
                CROSS JOIN sync_record r ON r.tbl = 'status_events' AND r.uuid = e.uuid
                WHERE e.national_id = nationals.id
                ORDER BY r.hlc DESC, r.site DESC LIMIT 1), status) WHERE id IN (SELECT id FROM temp.sync_statuses)""")
            db.execute("DELETE FROM temp.sync_statuses")
        self._statuses.clear()
        self.authority.finish()  # over-bookings a merge made, flagged for the movement's owner
        if self._new_nationals:
            link_arrivals(db, self._new_nationals)
        self._new_nationals.clear()
        self.batch = Batch(db)  # the links just made are this site's own changes: nothing held is current

    # -- one change --------------------------------------------------------------------------------
    def _process(self, c) -> None:
        site, seq, tbl, uuid, op = c[:5]
        t = BY_NAME[tbl]
        read_by_rules = tbl in READ_BY_RULES
        if read_by_rules:
            self.batch.flush()
        rec = self._record(tbl, uuid)
        self.authority.check(t, c, rec)
        if op == "i":
            if not scope.may_insert(t, c, self.roles):
                self.counts["refused"] += 1
                raise Refused(f"{tbl} {uuid} ({op})")
            if rec is None:
                self._insert(t, c)
            elif not self._revive(t, c):
                if t.same_uuid_merges and not rec[1] and c[5]:
                    self._merge_insert(t, c)  # the same checklist item marked at two sites: one record
                else:
                    self.counts["duplicates"] += 1  # the same event from two sites (a link both found): union
        elif rec is None:
            self._wait(uuid, site, seq)
        elif not self._check_owner(t, c, rec[0]):
            return
        elif op == "u":
            self._update(t, c, deleted=bool(rec[1]))
        elif not rec[1]:
            self._delete(t, c)
        if read_by_rules:
            self.batch.flush()

    def _check_owner(self, t: SyncedTable, c, owner: str) -> bool:
        """True when the change applies; False when its person had moved away from its site (kept, not applied)."""
        verdict = scope.verdict(self.db, t, c, owner, self.roles)
        if verdict is None:
            return True
        self.counts["refused"] += 1
        if verdict == scope.MOVED:
            return False
        raise Refused(f"{t.name} {c[3]} ({c[4]})")

    def _insert(self, t: SyncedTable, c) -> None:
        site, seq, tbl, uuid, _op, fields, _base, hlc = c[:8]
        if not fields:  # purged at its site under the retention rule before it reached here
            self._tombstone(tbl, uuid, site, seq, hlc)
            return
        values = self._resolved(t, c)
        if values is None:
            return
        values = self.authority.inserting(t, c, values)
        if values is None:  # kept out and flagged (the same seat made at two sites)
            self._tombstone(tbl, uuid, site, seq, hlc)
            return
        self.batch.insert(tbl, uuid, values, [site, 0, hlc, seq])
        self._arrived(tbl, uuid, values)

    def _arrived(self, tbl: str, uuid: str, values: dict) -> None:
        self.counts["applied"] += 1
        if tbl == "status_events":
            self._statuses.add(values["national_id"])
        elif tbl == "nationals":
            self._new_nationals.append(uuid)
        self._replay(uuid)

    def _resolved(self, t: SyncedTable, c) -> dict | None:
        """The values of an insert with its foreign keys as row ids; None when it waits or goes with its parent."""
        site, seq, tbl, uuid, _op, fields, _base, hlc = c[:8]
        values = {**self._defaults(t), **fields}  # what the insert left out holds its default (capture.row_json)
        for column, parent in t.references.items():
            ref = values.get(column)
            if ref is None:
                continue
            row_id = self.batch.row_id(parent, ref)
            if row_id is not None:
                values[column] = row_id
            elif self._deleted(parent, ref):
                if t.append_only:  # an event of a deleted record goes with it
                    self._tombstone(tbl, uuid, site, seq, hlc)
                    return None
                values[column] = None
            else:
                self._wait(ref, site, seq)
                return None
        return values

    def _update(self, t: SyncedTable, c, deleted: bool) -> None:
        site, _seq, tbl, uuid, _op, fields, _base, hlc = c[:8]
        if deleted:
            if any([hlc, site] not in seen for seen in self.batch.delete_bases(tbl, uuid)):
                self._review(tbl, uuid, "")  # an edit the deleting site never saw
        else:
            if not self._set_fields(t, c):
                return
            self.counts["applied"] += 1
        self._rechecks.update((tbl, uuid, column) for column in fields if column in t.protected)

    def _set_fields(self, t: SyncedTable, c) -> bool:
        """Write each field of the edit whose version is later than the field's; False when it waits."""
        site, seq, tbl, uuid, _op, fields, _base, hlc = c[:8]
        values = {}
        for column, value in fields.items():
            parent = t.references.get(column)
            if parent and value is not None:
                row_id = self.batch.row_id(parent, value)
                if row_id is None and not self._deleted(parent, value):
                    self._wait(value, site, seq)
                    return False
                value = row_id
            values[column] = value
        for column, value in values.items():
            if versions.later((hlc, site), self.batch.version(tbl, uuid, column)):
                self.batch.set_field(tbl, uuid, column, value, (hlc, site))
        return True

    def _delete(self, t: SyncedTable, c) -> None:
        site, _seq, tbl, uuid, _op, _fields, base, hlc = c[:8]
        rec = self.batch.record(tbl, uuid)
        if not versions.later((rec[2], rec[0]), (hlc, site)):  # else the record came back after this delete
            self.batch.execute(f"DELETE FROM [{tbl}] WHERE uuid = ?", [uuid])
            self.batch.execute("UPDATE sync_record SET deleted = 1 WHERE tbl = ? AND uuid = ?", [tbl, uuid])
            self.batch.forget_rows()
            rec[1] = 1
            self.counts["applied"] += 1
        seen = {tuple(v) for v in (base or [])}
        edits = self.db.execute("SELECT hlc, site FROM sync_log WHERE uuid = ? AND tbl = ? AND op != 'i' "
                                "AND op = 'u'", [uuid, tbl]).fetchall()
        if any(tuple(e) not in seen for e in edits):
            self._review(tbl, uuid, "")

    def _merge_insert(self, t: SyncedTable, c) -> None:
        """Another site made a record this one holds too (its uuid comes from what makes it unique): every
        field it carries, the defaults it left out included, is applied as an edit, each later-wins."""
        edit = [*c[:5], {**self._defaults(t), **c[5]}, None, *c[7:]]
        if self._set_fields(t, edit):
            self.counts["applied"] += 1

    def _revive(self, t: SyncedTable, c) -> bool:
        """An insert of a known record: True when it brings the record back (an undone delete)."""
        return revive(self, t, c)

    def recheck(self, tbl: str, uuid: str, column: str) -> None:
        """Put the field in review when its edits have more than one head, take it out when they have one."""
        root = self.db.execute("SELECT hlc, site FROM sync_record WHERE tbl = ? AND uuid = ?", [tbl, uuid]).fetchone()
        edits: dict[versions.Version, list[versions.Version]] = {(root[0], root[1]): []} if root else {}
        for hlc, site, fields, base in self.db.execute(
                "SELECT hlc, site, fields, base FROM sync_log WHERE uuid = ? AND tbl = ? AND op != 'i' AND op = 'u'",
                [uuid, tbl]):
            if column in json.loads(fields):
                edits[(hlc, site)] = [tuple(b) for b in json.loads(base or "{}").get(column, [])]
        if len(versions.heads(edits)) > 1:
            self._review(tbl, uuid, column)
        else:
            self.db.execute("DELETE FROM sync_review WHERE tbl = ? AND uuid = ? AND field = ?", [tbl, uuid, column])

    # -- helpers -----------------------------------------------------------------------------------
    def _defaults(self, t: SyncedTable) -> dict:
        if t.name not in self._default_values:
            self._default_values[t.name] = default_values(self.db, t)
        return self._default_values[t.name]

    def _record(self, tbl: str, uuid: str):
        """(site that made the record, deleted) or None when it has not arrived."""
        rec = self.batch.record(tbl, uuid)
        return None if rec is None else (rec[0], rec[1])

    def _deleted(self, tbl: str, uuid: str) -> bool:
        rec = self.batch.record(tbl, uuid)
        return rec is not None and bool(rec[1])

    def _tombstone(self, tbl, uuid, site, seq, hlc) -> None:
        if self.batch.record(tbl, uuid) is None:
            self.batch.new_record(tbl, uuid, [site, 1, hlc, seq])
        self._replay(uuid)

    def _review(self, tbl: str, uuid: str, column: str) -> None:
        cursor = self.db.execute("INSERT OR IGNORE INTO sync_review (tbl, uuid, field, since) VALUES (?, ?, ?, ?)",
                                 [tbl, uuid, column, utc_now()])
        self.counts["review"] += max(cursor.rowcount, 0)

    def _wait(self, uuid: str, site: str, seq: int) -> None:
        self.batch.waiting.add(uuid)
        self.db.execute("INSERT OR IGNORE INTO sync_pending (wait_uuid, site, seq) VALUES (?, ?, ?)", [uuid, site, seq])
        self.counts["waiting"] += 1

    def _replay(self, uuid: str) -> None:
        if uuid not in self.batch.waiting:
            return
        self.batch.waiting.discard(uuid)
        waiting = self.db.execute("SELECT p.site, p.seq, l.tbl, l.uuid, l.op, l.fields, l.base, l.hlc, l.by_user "
                                  "FROM sync_pending p JOIN sync_log l ON l.site = p.site AND l.seq = p.seq "
                                  "WHERE p.wait_uuid = ? ORDER BY l.hlc, l.site", [uuid]).fetchall()
        self.db.execute("DELETE FROM sync_pending WHERE wait_uuid = ?", [uuid])
        for row in waiting:
            c = [*row[:5], json.loads(row[5]), None if row[6] is None else json.loads(row[6]), *row[7:]]
            self.counts["waiting"] -= 1
            try:
                self._process(c)
            except Refused:  # kept in the log, counted as refused; the bundle that brought it was accepted earlier
                continue
