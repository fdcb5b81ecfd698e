"""Applying changes from other sites: idempotent, in any order, table by table by the registry's rules.

A change already in the log is skipped, so a bundle read twice changes nothing. A change whose record
(or the record one of its foreign keys points at) has not arrived yet waits in `sync_pending` and is
replayed when it does. Every change received is logged, the losers of a merge included.
"""

import hashlib
import json

from micic_planner.core.errors import SyncError
from micic_planner.core.i18n import _
from micic_planner.core.sync import versions
from micic_planner.core.sync.registry import BY_NAME, SyncedTable
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.sync import scope
from micic_planner.storage.sync.authority import AuthorityRules


class Refused(Exception):
    """A change its site may not make."""


class Applier:
    def __init__(self, db, sender: str, roles: dict[str, str]):
        self.db = db
        self.sender = sender
        self.roles = roles
        self.me = db.execute("SELECT site FROM sync_state").fetchone()[0]
        self.counts = {"received": 0, "applied": 0, "duplicates": 0, "waiting": 0, "refused": 0, "review": 0}
        self._statuses: set[int] = set()
        self._new_nationals: list[str] = []
        self._top = 0
        self._waiting = True
        self.authority = AuthorityRules(self)  # crises, document numbers and seats: one authority each

    def apply(self, changes: list[list]) -> dict[str, int]:
        """Apply `changes` ([site, seq, table, uuid, op, fields, base, hlc, user] each); return the counts."""
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
        # Logged first, all at once: the losers of every merge below are kept there.
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO sync_log (site, seq, tbl, uuid, op, fields, base, hlc, by_user) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((c[0], c[1], c[2], c[3], c[4], json.dumps(c[5], ensure_ascii=False),
              None if c[6] is None else json.dumps(c[6]), c[7], c[8] or "") for c in fresh))
        self._waiting = self.db.execute("SELECT count(*) FROM sync_pending").fetchone()[0] > 0
        for c in fresh:
            self._top = max(self._top, c[7])
            try:
                self._process(c)
            except Refused as exc:
                raise SyncError(_("The bundle holds a change its site may not make: {what}. Nothing was imported."
                                  ).format(what=str(exc)), hint=_("Ask that site to check its permissions.")) from exc
        self.finish()
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
        # The receive rule of the hybrid clock: the next local change is later than everything seen.
        db.execute("UPDATE sync_state SET hlc = max(hlc, ?)", [self._top])
        ids = sorted(self._statuses)
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            # A national's status is the latest status event (PFIF: notes appended, never edited).
            # CROSS JOIN keeps the person's few events as the outer loop (else SQLite may scan every version).
            db.execute(f"""UPDATE nationals SET status = coalesce((SELECT e.status FROM status_events e
                CROSS JOIN sync_record r ON r.tbl = 'status_events' AND r.uuid = e.uuid
                WHERE e.national_id = nationals.id
                ORDER BY r.hlc DESC, r.site DESC LIMIT 1), status) WHERE id IN ({', '.join('?' * len(part))})""", part)
        self._statuses.clear()
        self.authority.finish()
        if self._new_nationals:
            self._link(self._new_nationals)
        self._new_nationals.clear()

    # -- one change --------------------------------------------------------------------------------
    def _process(self, c) -> None:
        site, seq, tbl, uuid, op, fields, base, hlc = c[:8]
        t = BY_NAME[tbl]
        rec = self._record(tbl, uuid)
        self.authority.check(t, c, rec)
        if op == "i":
            if not scope.may_insert(t, c, self.roles):
                self.counts["refused"] += 1
                raise Refused(f"{tbl} {uuid} ({op})")
            if rec is None:
                self._insert(t, c)
            else:
                self.counts["duplicates"] += 1  # the same event from two sites (a link both found): union by uuid
            return
        if rec is None:
            self._wait(uuid, site, seq)
            return
        if not self._check_owner(t, c, rec[0]):
            return
        if op == "u":
            self._update(t, c, deleted=bool(rec[1]))
        elif not rec[1]:
            self.db.execute(f"DELETE FROM [{tbl}] WHERE uuid = ?", [uuid])
            self.db.execute("UPDATE sync_record SET deleted = 1 WHERE tbl = ? AND uuid = ?", [tbl, uuid])
            seen = {tuple(v) for v in (base or [])}
            edits = self.db.execute("SELECT hlc, site FROM sync_log WHERE uuid = ? AND tbl = ? AND op != 'i' "
                                    "AND op = 'u'", [uuid, tbl]).fetchall()
            if any(tuple(e) not in seen for e in edits):
                self._review(tbl, uuid, "")
            self.counts["applied"] += 1

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
        values = dict(fields)
        for column, parent in t.references.items():
            ref = values.get(column)
            if ref is None:
                continue
            row = self.db.execute(f"SELECT id FROM [{parent}] WHERE uuid = ?", [ref]).fetchone()
            if row is not None:
                values[column] = row[0]
            elif self._deleted(parent, ref):
                if t.append_only:  # an event of a deleted record goes with it
                    self._tombstone(tbl, uuid, site, seq, hlc)
                    return
                values[column] = None
            else:
                self._wait(ref, site, seq)
                return
        values = self.authority.inserting(t, c, values)
        if values is None:  # kept out and flagged (the same seat made at two sites)
            self._tombstone(tbl, uuid, site, seq, hlc)
            return
        columns = ["uuid", *values]
        self.db.execute(f"INSERT INTO [{tbl}] ({', '.join(f'[{k}]' for k in columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})", [uuid, *values.values()])
        self.db.execute("INSERT INTO sync_record (tbl, uuid, site, hlc, seq) VALUES (?, ?, ?, ?, ?)",
                        [tbl, uuid, site, hlc, seq])
        self.counts["applied"] += 1
        if tbl == "status_events":
            self._statuses.add(values["national_id"])
        elif tbl == "nationals":
            self._new_nationals.append(uuid)
        self._replay(uuid)

    def _update(self, t: SyncedTable, c, deleted: bool) -> None:
        site, seq, tbl, uuid, _op, fields, _base, hlc = c[:8]
        if deleted:
            gone = self.db.execute("SELECT base FROM sync_log WHERE uuid = ? AND tbl = ? AND op != 'i' AND op = 'd'",
                                   [uuid, tbl]).fetchone()
            if gone is not None and [hlc, site] not in json.loads(gone[0] or "[]"):
                self._review(tbl, uuid, "")  # an edit the deleting site never saw
        else:
            values = {}
            for column, value in fields.items():
                parent = t.references.get(column)
                if parent and value is not None:
                    row = self.db.execute(f"SELECT id FROM [{parent}] WHERE uuid = ?", [value]).fetchone()
                    if row is None and not self._deleted(parent, value):
                        self._wait(value, site, seq)
                        return
                    value = row[0] if row else None
                values[column] = value
            for column, value in values.items():
                current = self._version(tbl, uuid, column)
                if versions.later((hlc, site), current):
                    self.db.execute(f"UPDATE [{tbl}] SET [{column}] = ? WHERE uuid = ?", [value, uuid])
                    self.db.execute("INSERT INTO sync_field (tbl, uuid, field, hlc, site) VALUES (?, ?, ?, ?, ?) "
                                    "ON CONFLICT DO UPDATE SET hlc = excluded.hlc, site = excluded.site",
                                    [tbl, uuid, column, hlc, site])
            self.counts["applied"] += 1
        for column in fields:
            if column in t.protected:
                self.recheck(tbl, uuid, column)

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
    def _record(self, tbl: str, uuid: str):
        """(site that made the record, deleted) or None when it has not arrived."""
        return self.db.execute("SELECT site, deleted FROM sync_record WHERE tbl = ? AND uuid = ?",
                               [tbl, uuid]).fetchone()

    def _version(self, tbl: str, uuid: str, column: str) -> versions.Version:
        row = self.db.execute("SELECT hlc, site FROM sync_field WHERE tbl = ? AND uuid = ? AND field = ?",
                              [tbl, uuid, column]).fetchone()
        row = row or self.db.execute("SELECT hlc, site FROM sync_record WHERE tbl = ? AND uuid = ?",
                                     [tbl, uuid]).fetchone()
        return (row[0], row[1])

    def _deleted(self, tbl: str, uuid: str) -> bool:
        return self.db.execute("SELECT 1 FROM sync_record WHERE tbl = ? AND uuid = ? AND deleted = 1",
                               [tbl, uuid]).fetchone() is not None

    def _tombstone(self, tbl, uuid, site, seq, hlc) -> None:
        self.db.execute("INSERT OR IGNORE INTO sync_record (tbl, uuid, site, hlc, seq, deleted) "
                        "VALUES (?, ?, ?, ?, ?, 1)", [tbl, uuid, site, hlc, seq])
        self._replay(uuid)

    def _review(self, tbl: str, uuid: str, column: str) -> None:
        cursor = self.db.execute("INSERT OR IGNORE INTO sync_review (tbl, uuid, field, since) VALUES (?, ?, ?, ?)",
                                 [tbl, uuid, column, utc_now()])
        self.counts["review"] += max(cursor.rowcount, 0)

    def _wait(self, uuid: str, site: str, seq: int) -> None:
        self._waiting = True
        self.db.execute("INSERT OR IGNORE INTO sync_pending (wait_uuid, site, seq) VALUES (?, ?, ?)", [uuid, site, seq])
        self.counts["waiting"] += 1

    def _replay(self, uuid: str) -> None:
        if not self._waiting:
            return
        waiting = self.db.execute("SELECT p.site, p.seq, l.tbl, l.uuid, l.op, l.fields, l.base, l.hlc, l.by_user "
                                  "FROM sync_pending p JOIN sync_log l ON l.site = p.site AND l.seq = p.seq "
                                  "WHERE p.wait_uuid = ? ORDER BY l.hlc, l.site", [uuid]).fetchall()
        self.db.execute("DELETE FROM sync_pending WHERE wait_uuid = ?", [uuid])
        for row in waiting:
            c = [*row[:5], json.loads(row[5]), None if row[6] is None else json.loads(row[6]), *row[7:]]
            self.counts["waiting"] -= 1
            try:
                self._process(c)
            except Refused:
                pass  # kept in the log, counted as refused; the bundle that brought it was accepted earlier

    def _link(self, uuids: list[str]) -> None:
        """The same person registered at two sites: a link event, the two records left as they are."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_arrived (uuid TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.sync_arrived")
        self.db.conn.executemany("INSERT OR IGNORE INTO temp.sync_arrived VALUES (?)", ((u,) for u in uuids))
        # Two lookups, each answered by its index (passport; birth date and names), not one OR over the registry.
        rows = self.db.execute("""SELECT one, other, max(by_passport) FROM (
            SELECT n1.uuid AS one, n2.uuid AS other, 1 AS by_passport FROM temp.sync_arrived w
            JOIN nationals n1 ON n1.uuid = w.uuid JOIN nationals n2 ON n2.passport_no = n1.passport_no
            WHERE n1.passport_no != '' AND n2.id != n1.id
            UNION ALL
            SELECT n1.uuid, n2.uuid, 0 FROM temp.sync_arrived w
            JOIN nationals n1 ON n1.uuid = w.uuid JOIN nationals n2 ON n2.birth_date = n1.birth_date
            AND n2.family_names = n1.family_names AND n2.given_names = n1.given_names
            WHERE n1.birth_date IS NOT NULL AND n2.id != n1.id)
            JOIN sync_record r1 ON r1.tbl = 'nationals' AND r1.uuid = one
            JOIN sync_record r2 ON r2.tbl = 'nationals' AND r2.uuid = other AND r2.site != r1.site
            GROUP BY one, other""").fetchall()
        self.db.execute("DELETE FROM temp.sync_arrived")
        for one, other, by_passport in rows:
            a, b = sorted((one, other))
            link = hashlib.sha256(f"{a}|{b}".encode()).hexdigest()[:32]
            if self.db.execute("SELECT 1 FROM sync_record WHERE tbl = 'sync_links' AND uuid = ?", [link]).fetchone():
                continue
            # Logged as this site's own change, so the sites that could not see both records learn of it.
            self.db.execute("UPDATE sync_state SET capture = 1")
            self.db.execute("INSERT INTO sync_links (uuid, a_uuid, b_uuid, reason) VALUES (?, ?, ?, ?)",
                            [link, a, b, "passport" if by_passport else "name_birth"])
            self.db.execute("UPDATE sync_state SET capture = 0")
