"""Accountability: bulk status updates with their history, the board of counts, and call lists."""

from micic_planner.core.accountability import Board, build_board
from micic_planner.core.changes import Changes, changed
from micic_planner.core.crisis import Crisis, LogKind, StatusSource
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.errors import CrisisError
from micic_planner.core.i18n import _
from micic_planner.core.manifest_allocation import Candidate, priority_groups
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.migrations.m002_crisis import BOARD_REBUILD

BATCH = "temp.status_batch"
CALL_COLUMNS = ("id", "family_names", "given_names", "phone", "phone2", "place", "address", "household",
                "vulnerabilities", "languages", "birth_date", "emergency_contact", "emergency_phone")


class AccountabilityStore:
    def __init__(self, crises):
        self.crises = crises
        self.db = crises.db

    # -- writing -------------------------------------------------------------
    def set_status(self, national_ids, status: AccountabilityStatus, source: StatusSource = StatusSource.PHONE,
                   note: str = "") -> Changes:
        """Give every national in `national_ids` the same status (a selection, a zone, a warden's report)."""
        return self.set_rows(((i, status, note) for i in national_ids), source)

    def set_zone(self, zone_id: int | None, status: AccountabilityStatus, source: StatusSource = StatusSource.WARDEN,
                 note: str = "", only: AccountabilityStatus | None = None) -> Changes:
        """Set the status of everyone in a zone, or only of those whose status is `only`."""
        sql = "SELECT id FROM nationals WHERE zone_id IS ?"
        params: list = [zone_id]
        if only is not None:
            sql += " AND status = ?"
            params.append(only.value)
        return self.set_status([r[0] for r in self.db.execute(sql, params)], status, source, note)

    def set_rows(self, rows, source: StatusSource = StatusSource.PHONE, *, at: str | None = None) -> Changes:
        """Apply (national id, status, note) rows in one transaction: one UPDATE and one INSERT of events.

        A row whose status does not change writes nothing. An unknown id rejects the whole batch.
        """
        now = at or utc_now()
        crisis_id = self.crises.current_id()
        with self.db.atomic(), self.crises.quiet():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS status_batch "
                            "(national_id INTEGER PRIMARY KEY, status TEXT NOT NULL, note TEXT NOT NULL)")
            self.db.execute(f"DELETE FROM {BATCH}")
            self.db.conn.executemany(
                f"INSERT OR REPLACE INTO {BATCH} VALUES (?, ?, ?)",
                ((int(i), AccountabilityStatus(s).value, n or "") for i, s, n in rows))
            unknown = self.db.execute(
                f"SELECT b.national_id FROM {BATCH} b LEFT JOIN nationals n ON n.id = b.national_id "
                "WHERE n.id IS NULL LIMIT 5").fetchall()
            if unknown:
                raise CrisisError(_("No national has the id {ids}; nothing was changed.").format(
                    ids=", ".join(str(r[0]) for r in unknown)), hint=_("Check the list and try again."))
            cursor = self.db.execute(
                "INSERT INTO status_events (national_id, status, previous, at, by_user, source, note, crisis_id) "
                f"SELECT b.national_id, b.status, n.status, ?, ?, ?, b.note, ? FROM {BATCH} b "
                "JOIN nationals n ON n.id = b.national_id WHERE n.status != b.status ORDER BY b.national_id",
                [now, self.crises.user, source.value, crisis_id])
            count = cursor.rowcount
            summary = self.db.execute(
                f"SELECT b.status, count(*) FROM {BATCH} b JOIN nationals n ON n.id = b.national_id "
                "WHERE n.status != b.status GROUP BY b.status ORDER BY b.status").fetchall()
            self.db.execute(
                f"UPDATE nationals SET status = b.status, updated_at = ? FROM {BATCH} b "
                "WHERE nationals.id = b.national_id AND nationals.status != b.status", [now])
            for status, n in summary:
                self.crises.log(crisis_id, LogKind.STATUS, "{} nationals set to {} (source: {})",
                                (n, AccountabilityStatus(status).label_en, source.label_en), count=n, at=now)
            self.db.execute(f"DELETE FROM {BATCH}")
            if count:
                self.crises.audit("bulk_status", {"count": count, "source": source.value, "crisis_id": crisis_id,
                                                  "statuses": dict(summary)})
        return changed("nationals", "status_events", "crisis_log", count=count)

    def reset(self, crisis: Crisis) -> Changes:
        """At the start of a crisis everyone affected is "not yet contacted" again, with that in their history."""
        sql = "SELECT id FROM nationals WHERE status != 'not_contacted'"
        params = list(crisis.zones)
        if crisis.zones:
            sql += f" AND zone_id IN ({', '.join('?' * len(params))})"
        ids = [r[0] for r in self.db.execute(sql, params)]
        return self.set_status(ids, AccountabilityStatus.NOT_CONTACTED, StatusSource.CRISIS,
                               _("New crisis: status to be confirmed"))

    # -- reading -------------------------------------------------------------
    def board(self) -> Board:
        """Counts by zone, vulnerability and status, from the table that triggers keep current.

        A bulk load of the registry drops the triggers for speed; when the counts no longer add up
        to the registry, they are grouped again from the covering index, once.
        """
        rows = self._board_rows()
        if sum(r[3] for r in rows) != self.db.execute("SELECT count(*) FROM nationals").fetchone()[0]:
            self.rebuild_board()
            rows = self._board_rows()
        return build_board(rows)

    def _board_rows(self) -> list[tuple]:
        return [(z or None, v, s, n) for z, v, s, n in self.db.execute(
            "SELECT zone_key, vulnerabilities, status, n FROM board_counts WHERE n != 0")]

    def rebuild_board(self) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM board_counts")
            self.db.execute(BOARD_REBUILD)

    def resolve_documents(self, documents: list[str]) -> dict[str, list[int]]:
        """Which nationals hold each passport or consular ID number (normally one each)."""
        found: dict[str, list[int]] = {d: [] for d in documents}
        chunk = 900  # under SQLite's limit on bound parameters
        for start in range(0, len(documents), chunk):
            part = documents[start:start + chunk]
            marks = ", ".join("?" * len(part))
            for nid, passport, consular in self.db.execute(
                    f"SELECT id, passport_no, consular_id FROM nationals WHERE passport_no IN ({marks}) "
                    f"OR consular_id IN ({marks})", [*part, *part]):
                for doc in {passport, consular}:
                    if doc in found and nid not in found[doc]:
                        found[doc].append(nid)
        return found

    def history(self, national_id: int) -> list[dict]:
        return self.crises.store.nationals.status_history(national_id)

    def wardens(self) -> list[tuple]:
        """(warden id, name, zone id, zone name, nationals not yet contacted) for every warden."""
        return self.db.execute(
            "SELECT w.id, w.name, w.zone_id, coalesce(z.name, ''), "
            "(SELECT count(*) FROM nationals n WHERE n.zone_id = w.zone_id AND n.status = 'not_contacted') "
            "FROM wardens w LEFT JOIN zones z ON z.id = w.zone_id ORDER BY z.name, w.is_alternate, w.name").fetchall()

    def warden(self, warden_id: int) -> tuple:
        row = self.db.execute(
            "SELECT w.id, w.name, w.zone_id, coalesce(z.name, ''), w.phone FROM wardens w "
            "LEFT JOIN zones z ON z.id = w.zone_id WHERE w.id = ?", [warden_id]).fetchone()
        if row is None:
            raise CrisisError(_("There is no warden {id} in this post file.").format(id=warden_id),
                              hint=_("Check the warden's number in the Zones and wardens view."))
        return tuple(row)

    def call_list(self, warden_id: int,
                  status: AccountabilityStatus = AccountabilityStatus.NOT_CONTACTED) -> list[dict]:
        """The warden's nationals still to call: households together, the most vulnerable first."""
        _wid, _name, zone_id, _zone, _phone = self.warden(warden_id)
        cursor = self.db.execute(
            f"SELECT {', '.join(CALL_COLUMNS)} FROM nationals WHERE zone_id IS ? AND status = ?",
            [zone_id, status.value])
        rows = [dict(zip(CALL_COLUMNS, r)) for r in cursor.fetchall()]
        by_id = {r["id"]: r for r in rows}
        groups = priority_groups(Candidate(r["id"], r["household"], r["vulnerabilities"],
                                           f"{r['family_names']} {r['given_names']}") for r in rows)
        return [by_id[c.id] for g in groups for c in g]
