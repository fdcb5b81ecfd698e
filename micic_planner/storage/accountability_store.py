"""Accountability: bulk status updates with their history, the board of counts, and call lists."""

import re

from micic_planner.core.accountability import Board, build_board, should_apply
from micic_planner.core.changes import Changes, changed
from micic_planner.core.crisis import Crisis, LogKind, StatusSource
from micic_planner.core.enums import VULNERABILITY_PRIORITY, AccountabilityStatus
from micic_planner.core.errors import Cancelled, CrisisError
from micic_planner.core.filters import NationalFilter
from micic_planner.core.i18n import _
from micic_planner.core.security import Action
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.migrations.m002_crisis import BOARD_REBUILD
from micic_planner.storage.permissions import Guarded, requires
from micic_planner.storage.registry_search import has_search_text, search_ids
from micic_planner.storage.retention_store import expiry_of
from micic_planner.storage.sync import logged_in_bulk, ordered_uuids
from micic_planner.storage.sync.capture import lifted

BATCH = "temp.status_batch"
# A status as stored, by member or by value: a dict lookup, not an enum call, per row of 100,000 (0.1 s).
STATUS_VALUES = {**{s: s.value for s in AccountabilityStatus}, **{s.value: s.value for s in AccountabilityStatus}}
# What the batch changes, grouped by the board's cells: (zone, vulnerabilities, old status, new status, count).
# The board's covering index holds the three cells' columns: read from it, not from each row (0.15 s -> 0.08 s).
MOVES = ("SELECT coalesce(n.zone_id, 0), n.vulnerabilities, n.status, b.status, count(*) "
         f"FROM nationals n INDEXED BY idx_nationals_board JOIN {BATCH} b ON n.id = b.national_id "
         "WHERE n.status != b.status GROUP BY 1, 2, 3, 4")
BOARD_MOVE = "INSERT INTO board_counts VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n"
ID_LINE = re.compile(r"^(\d+)\s*·")  # "123 · López García, Ana": the id the name finder wrote
CALL_COLUMNS = ("id", "family_names", "given_names", "phone", "phone2", "place", "address", "household",
                "vulnerabilities", "languages", "birth_date", "emergency_contact", "emergency_phone")


def _board_deltas(moves) -> list[tuple]:
    """The board's cells the moves change, each with its net change (a few hundred, whatever the batch)."""
    delta: dict[tuple, int] = {}
    for zone, vulnerabilities, old, new, n in moves:
        delta[(zone, vulnerabilities, old)] = delta.get((zone, vulnerabilities, old), 0) - n
        delta[(zone, vulnerabilities, new)] = delta.get((zone, vulnerabilities, new), 0) + n
    return [(*cell, n) for cell, n in delta.items() if n]


def _rank_sql() -> str:
    """core.enums.vulnerability_rank as an SQL expression over the `vulnerabilities` bitmask."""
    by_rank: dict[int, int] = {}
    for flag, rank in VULNERABILITY_PRIORITY.items():
        by_rank[rank] = by_rank.get(rank, 0) | int(flag)
    cases = " ".join(f"WHEN vulnerabilities & {mask} THEN {rank}" for rank, mask in sorted(by_rank.items()))
    return f"CASE {cases} ELSE 9 END"


# The calling order of core.manifest_allocation.priority_groups, kept in SQL so that a warden's list of
# tens of thousands is ordered without loading it: households together, the most urgent household first
# (then larger ones, then by the name of its first member), and within one the most vulnerable first.
# SQLite compares text byte by byte in UTF-8, which is the code-point order Python's sort uses.
COLUMNS_SQL = (f"id, CASE WHEN household != '' THEN household ELSE char(0) || id END AS hh, {_rank_sql()} AS r, "
               "coalesce(family_names, '') || ' ' || coalesce(given_names, '') AS name")
ORDER_SQL = """
ranked AS (
    SELECT id, r, name, min(r) OVER hh AS group_rank, count(*) OVER hh AS group_size,
           first_value(name) OVER first AS group_name, first_value(id) OVER first AS group_id
    FROM base WINDOW hh AS (PARTITION BY hh), first AS (PARTITION BY hh ORDER BY r, name, id))
SELECT id FROM ranked ORDER BY group_rank, group_size DESC, group_name, group_id, r, name, id
"""
CALL_ORDER_SQL = f"WITH base AS (SELECT {COLUMNS_SQL} FROM nationals WHERE zone_id IS ? AND status = ?),{ORDER_SQL}"
# The households with a member flagged in `mask` (found in the board's index), whole: the head of the order.
CALL_HEAD_SQL = f"""
WITH hit AS (SELECT id, household FROM nationals WHERE zone_id IS ?1 AND status = ?2 AND vulnerabilities & ?3 != 0),
base AS (
    SELECT {COLUMNS_SQL} FROM nationals INDEXED BY idx_nationals_household
    WHERE household IN (SELECT household FROM hit WHERE household != '') AND zone_id IS ?1 AND status = ?2
    UNION ALL
    SELECT {COLUMNS_SQL} FROM nationals WHERE id IN (SELECT id FROM hit WHERE household = '')),{ORDER_SQL}"""


def _rank_masks() -> list[int]:
    """For each rank but the last, the flags of that rank or a more urgent one."""
    masks, mask = [], 0
    for rank in sorted(set(VULNERABILITY_PRIORITY.values())):
        mask |= sum(int(f) for f, r in VULNERABILITY_PRIORITY.items() if r == rank)
        masks.append(mask)
    return masks


class AccountabilityStore(Guarded):
    def __init__(self, crises):
        self.crises = crises
        self.store = crises.store
        self.db = crises.db

    # -- writing -------------------------------------------------------------
    @requires(Action.UPDATE_STATUS)
    def set_status(self, national_ids, status: AccountabilityStatus, source: StatusSource = StatusSource.PHONE,
                   note: str = "", *, cancelled=None) -> Changes:
        """Give every national in `national_ids` the same status (a selection, a zone, a warden's report)."""
        return self.set_rows(((i, status, note) for i in national_ids), source, cancelled=cancelled)

    @requires(Action.UPDATE_STATUS)
    def set_zone(self, zone_id: int | None, status: AccountabilityStatus, source: StatusSource = StatusSource.WARDEN,
                 note: str = "", only: AccountabilityStatus | None = None, *, cancelled=None) -> Changes:
        """Set the status of everyone in a zone, or only of those whose status is `only`."""
        sql = "SELECT id FROM nationals WHERE zone_id IS ?"
        params: list = [zone_id]
        if only is not None:
            sql += " AND status = ?"
            params.append(only.value)
        return self.set_status([r[0] for r in self.db.execute(sql, params)], status, source, note,
                               cancelled=cancelled)

    @requires(Action.UPDATE_STATUS)
    def set_file_rows(self, rows, source: StatusSource = StatusSource.PARTNER,
                      at: str | None = None) -> tuple[Changes, list[tuple]]:
        """Apply (national id, status, note) rows read from a file, under `accountability.should_apply`.

        Returns what changed and the rows held back because the registry knows something newer
        or more specific (a partner's "safe" never replaces the post's "injured"). `at`: when the
        file's statuses were true; None means now.
        """
        rows = list(rows)
        current: dict[int, tuple[str, str | None]] = {}
        ids = sorted({int(r[0]) for r in rows})
        for start in range(0, len(ids), 900):  # under SQLite's limit on bound parameters
            part = ids[start:start + 900]
            current.update((i, (s, a)) for i, s, a in self.db.execute(
                "SELECT n.id, n.status, (SELECT max(e.at) FROM status_events e WHERE e.national_id = n.id) "
                f"FROM nationals n WHERE n.id IN ({', '.join('?' * len(part))})", part))
        apply, held = [], []
        for row in rows:
            status = AccountabilityStatus(row[1]).value
            now = current.get(int(row[0]))
            if now is None or should_apply(now[0], now[1], status, at):
                apply.append(row)  # an unknown id is refused by set_rows, with the others
            elif status != now[0]:
                held.append(row)
        return self.set_rows(apply, source), held

    @requires(Action.UPDATE_STATUS)
    def set_rows(self, rows, source: StatusSource = StatusSource.PHONE, *, at: str | None = None,
                 cancelled=None) -> Changes:
        """Apply (national id, status, note) rows in one transaction: one UPDATE and one INSERT of events.

        A row whose status does not change writes nothing. An unknown id rejects the whole batch, and
        so does `cancelled()` turning true before the batch is written: the transaction is rolled back.
        """
        now = at or utc_now()
        crisis_id = self.crises.current_id()
        with self.db.atomic(), self.crises._bulk("nationals", "status_events"):
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS status_batch "
                            "(national_id INTEGER PRIMARY KEY, status TEXT NOT NULL, note TEXT NOT NULL)")
            self.db.execute(f"DELETE FROM {BATCH}")
            self.db.conn.executemany(
                f"INSERT OR REPLACE INTO {BATCH} VALUES (?, ?, ?)",
                ((int(i), STATUS_VALUES.get(s) or AccountabilityStatus(s).value, n or "") for i, s, n in rows))
            unknown = self.db.execute(
                f"SELECT b.national_id FROM {BATCH} b LEFT JOIN nationals n ON n.id = b.national_id "
                "WHERE n.id IS NULL LIMIT 5").fetchall()
            if unknown:
                raise CrisisError(_("No national has the id {ids}; nothing was changed.").format(
                    ids=", ".join(str(r[0]) for r in unknown)), hint=_("Check the list and try again."))
            if cancelled is not None and cancelled():
                raise Cancelled(_("The status update was cancelled; nothing was changed."))
            # The events go to the sync log in one statement, not one trigger per row (SYNC.md: 11 s -> 2 s).
            with logged_in_bulk(self.db, "status_events"):
                cursor = self.db.execute(
                    "INSERT INTO status_events (national_id, status, previous, at, by_user, source, note, crisis_id, "
                    f"uuid) SELECT b.national_id, b.status, n.status, ?, ?, ?, b.note, ?, "
                    f"{ordered_uuids('b.national_id')} FROM {BATCH} b "
                    "JOIN nationals n ON n.id = b.national_id WHERE n.status != b.status ORDER BY b.national_id",
                    [now, self.crises.user, source.value, crisis_id])
            count = cursor.rowcount
            moves = self.db.execute(MOVES).fetchall()
            per_status: dict[str, int] = {}
            for *_cell, status, n in moves:
                per_status[status] = per_status.get(status, 0) + n
            summary = sorted(per_status.items())
            # The board's row trigger is lifted: the counts move in one statement from `moves` instead.
            with lifted(self.db, "nationals", "board\\_counts\\_au"):
                self.db.conn.executemany(BOARD_MOVE, _board_deltas(moves))
                self.db.execute(
                    f"UPDATE nationals SET status = b.status, updated_at = ?, record_expiry = ? FROM {BATCH} b "
                    "WHERE nationals.id = b.national_id AND nationals.status != b.status",
                    [now, expiry_of(self.db, now)])
            for status, n in summary:
                self.crises._log(crisis_id, LogKind.STATUS, "{} nationals set to {} (source: {})",
                                (n, AccountabilityStatus(status).label_en, source.label_en), count=n, at=now)
            self.db.execute(f"DELETE FROM {BATCH}")
            if count:
                self.crises._audit("bulk_status", {"count": count, "source": source.value, "crisis_id": crisis_id,
                                                  "statuses": dict(summary)})
        return changed("nationals", "status_events", "crisis_log", count=count)

    @requires(Action.UPDATE_STATUS)
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
    @requires(Action.VIEW_REGISTRY)
    def board(self) -> Board:
        """Counts by zone, vulnerability and status, from the table that triggers keep current.

        A bulk load of the registry drops the triggers for speed; when the counts no longer add up
        to the registry, they are grouped again from the covering index, once.
        """
        rows = self._board_rows()
        if sum(r[3] for r in rows) != self.db.execute("SELECT count(*) FROM nationals").fetchone()[0]:
            self.rebuild_board()
            rows = self._board_rows()
        if not self.session.visible("vulnerabilities"):
            # Counts by status and zone only: a count per vulnerability would name the few in a small zone.
            rows = [(z, 0, st, n) for z, _v, st, n in rows]
        return build_board(rows)

    def _board_rows(self) -> list[tuple]:
        return [(z or None, v, s, n) for z, v, s, n in self.db.execute(
            "SELECT zone_key, vulnerabilities, status, n FROM board_counts WHERE n != 0")]

    @requires(Action.VIEW_REGISTRY)
    def rebuild_board(self) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM board_counts")
            self.db.execute(BOARD_REBUILD)

    @requires(Action.VIEW_REGISTRY)
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

    @requires(Action.VIEW_REGISTRY)
    def resolve_lines(self, lines: list[str]) -> list[list[int]]:
        """The nationals each typed line names (normally one): an id ("123", or "123 · name" as the
        finder writes it), a passport or consular ID number, or a name, accents not needed."""
        keys = [_key_of(line) for line in lines]
        numbers = sorted({int(k) for k in keys if k.isdigit()})
        known: set[int] = set()
        for start in range(0, len(numbers), 900):  # under SQLite's limit on bound parameters
            part = numbers[start:start + 900]
            known.update(r[0] for r in self.db.execute(
                f"SELECT id FROM nationals WHERE id IN ({', '.join('?' * len(part))})", part))
        documents = self.resolve_documents([k for k in keys if k and not (k.isdigit() and int(k) in known)])
        found = []
        for key in keys:
            if key.isdigit() and int(key) in known:
                found.append([int(key)])
            elif documents.get(key):
                found.append(documents[key])
            elif key and not key.isdigit():
                found.append(search_ids(self.store, NationalFilter(text=key), cap=2)[0])
            else:
                found.append([])
        return found

    @requires(Action.VIEW_REGISTRY)
    def find_by_name(self, text: str, limit: int = 30) -> list[tuple]:
        """(id, family names, given names, place, status) of the first nationals whose names start with
        the words typed, accents not needed, as the registry search finds them."""
        if not has_search_text(NationalFilter(text=text)):
            return []
        ids, _more = search_ids(self.store, NationalFilter(text=text), cap=limit)
        if not ids:
            return []
        rows = {r[0]: tuple(r) for r in self.db.execute(
            "SELECT id, family_names, given_names, place, status FROM nationals "
            f"WHERE id IN ({', '.join('?' * len(ids))})", ids)}
        return [rows[i] for i in ids if i in rows]

    @requires(Action.VIEW_REGISTRY)
    def history(self, national_id: int) -> list[dict]:
        return self.crises.store.nationals.status_history(national_id)

    @requires(Action.VIEW_REGISTRY)
    def wardens(self) -> list[tuple]:
        """(warden id, name, zone id, zone name, nationals not yet contacted) for every warden."""
        return self.db.execute(
            "SELECT w.id, w.name, w.zone_id, coalesce(z.name, ''), "
            "(SELECT count(*) FROM nationals n WHERE n.zone_id = w.zone_id AND n.status = 'not_contacted') "
            "FROM wardens w LEFT JOIN zones z ON z.id = w.zone_id ORDER BY z.name, w.is_alternate, w.name").fetchall()

    @requires(Action.VIEW_REGISTRY)
    def warden(self, warden_id: int) -> tuple:
        row = self.db.execute(
            "SELECT w.id, w.name, w.zone_id, coalesce(z.name, ''), w.phone FROM wardens w "
            "LEFT JOIN zones z ON z.id = w.zone_id WHERE w.id = ?", [warden_id]).fetchone()
        if row is None:
            raise CrisisError(_("There is no warden {id} in this post file.").format(id=warden_id),
                              hint=_("Check the warden's number in the Zones and wardens view."))
        return tuple(row)

    @requires(Action.VIEW_REGISTRY)
    def call_list(self, warden_id: int,
                  status: AccountabilityStatus = AccountabilityStatus.NOT_CONTACTED) -> list[dict]:
        """The warden's nationals still to call: households together, the most vulnerable first."""
        return self.call_rows(self.call_order(warden_id, status))

    @requires(Action.VIEW_REGISTRY)
    def call_order(self, warden_id: int,
                   status: AccountabilityStatus = AccountabilityStatus.NOT_CONTACTED) -> list[int]:
        """The ids of the warden's call list in calling order, without the rows (for a list read in pages)."""
        return call_order(self.db, self.warden(warden_id)[2], status)

    @requires(Action.VIEW_REGISTRY)
    def call_order_head(self, warden_id: int, at_least: int,
                        status: AccountabilityStatus = AccountabilityStatus.NOT_CONTACTED) -> list[int]:
        return call_order_head(self.db, self.warden(warden_id)[2], at_least, status)

    @requires(Action.VIEW_REGISTRY)
    def call_rows(self, ids: list[int]) -> list[dict]:
        """The call-list rows of `ids`, in the order given."""
        hide = not self.session.visible("vulnerabilities")
        by_id: dict[int, dict] = {}
        chunk = 900  # under SQLite's limit on bound parameters
        for start in range(0, len(ids), chunk):
            part = ids[start:start + chunk]
            for row in self.db.execute(f"SELECT {', '.join(CALL_COLUMNS)} FROM nationals "
                                       f"WHERE id IN ({', '.join('?' * len(part))})", part):
                by_id[row[0]] = dict(zip(CALL_COLUMNS, row))
        people = [by_id[i] for i in ids if i in by_id]
        if hide:  # a warden-list viewer calls in the same order, without learning why someone comes first
            return [{**person, "vulnerabilities": 0} for person in people]
        return people


def _key_of(line: str) -> str:
    line = line.strip()
    match = ID_LINE.match(line)
    return match.group(1) if match else line


def call_order(db, zone_id: int | None,
               status: AccountabilityStatus = AccountabilityStatus.NOT_CONTACTED) -> list[int]:
    """The ids of a zone's nationals with `status`, in calling order; `db` may be a worker's own reader."""
    return [r[0] for r in db.execute(CALL_ORDER_SQL, [zone_id, status.value])]


def call_order_head(db, zone_id: int | None, at_least: int,
                    status: AccountabilityStatus = AccountabilityStatus.NOT_CONTACTED) -> list[int]:
    """The first ids of `call_order`, at least `at_least` of them when the flagged households hold that
    many, read in a fraction of the time the whole order takes on a zone of 300,000.

    The households whose most urgent member has rank r or better come, whole, before all others,
    so ordering them alone gives exactly the start of the full order.
    """
    head: list[int] = []
    for mask in _rank_masks():
        head = [r[0] for r in db.execute(CALL_HEAD_SQL, [zone_id, status.value, mask])]
        if len(head) >= at_least:
            break
    return head
