"""The registry of nationals: single edits with status history, bulk loads, search and paging."""

import dataclasses
import os
import uuid as _uuid
from collections.abc import Callable, Iterable
from datetime import date

from sqlite_utils import Database

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import NotFoundError
from micic_planner.core.filters import NO_ZONE, NationalFilter, fts_query
from micic_planner.core.i18n import _
from micic_planner.core.models import National
from micic_planner.storage.bulk_load import load_nationals
from micic_planner.storage.mapping import from_row, to_row, utc_now
from micic_planner.storage.migrations.m042_name_key import name_order
from micic_planner.storage.records import _IntegrityErrors
from micic_planner.storage.retention_store import expiry_of

LIST_COLUMNS = ("id", "family_names", "given_names", "sex", "birth_date", "passport_no", "phone",
                "zone_id", "household", "vulnerabilities", "status", "assembly_point_id")
# A national's assembly point lives in `assignments` (m008); these read it beside the registry's columns.
POINT_SQL = "(SELECT a.assembly_point_id FROM assignments a WHERE a.national_id = nationals.id) AS assembly_point_id"
RECORD_SQL = "SELECT nationals.*, " + POINT_SQL + " FROM nationals"
# The SQL keys of each order; names in Spanish order, walked in m042's index.
SORTABLE = {"family_names": name_order(), "id": ("id",), "birth_date": ("birth_date", "id"),
            "status": ("status", "id"), "zone_id": ("zone_id", "id"), "household": ("household", "id")}


def order_by(order: str, descending: bool = False) -> str:
    """The ORDER BY list of `order` (the name order by default)."""
    direction = " DESC" if descending else ""
    return ", ".join(k + direction for k in SORTABLE.get(order, SORTABLE["family_names"]))


def fast_uuid() -> str:
    return str(_uuid.UUID(bytes=os.urandom(16), version=4))


def select_list(columns) -> str:
    """The SELECT list for `columns`, reading the assembly point from its own table."""
    return ", ".join(POINT_SQL if c == "assembly_point_id" else c for c in columns)


def where_clause(flt: NationalFilter) -> tuple[str, list]:
    parts, params = [], []
    query = fts_query(flt.text)
    if query:
        parts.append("id IN (SELECT rowid FROM nationals_fts WHERE nationals_fts MATCH ?)")
        params.append(query)
    if flt.zone_id == NO_ZONE:
        parts.append("zone_id IS NULL")
    elif flt.zone_id is not None:
        parts.append("zone_id = ?")
        params.append(flt.zone_id)
    if flt.vulnerability:
        parts.append("(vulnerabilities & ?) != 0")
        params.append(int(flt.vulnerability))
    if flt.status is not None:
        parts.append("status = ?")
        params.append(flt.status.value)
    if flt.household:
        parts.append("household = ?")
        params.append(flt.household)
    if flt.assembly_point_id is not None:
        parts.append("id IN (SELECT national_id FROM assignments WHERE assembly_point_id = ?)")
        params.append(flt.assembly_point_id)
    if flt.documents_expiring_before is not None:
        parts.append("(passport_expiry < ? OR consular_id_expiry < ?)")
        params += [flt.documents_expiring_before.isoformat()] * 2
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


class Nationals:
    def __init__(self, db: Database, user: Callable[[], str] = lambda: ""):
        self.db = db
        self.user = user

    # -- reading -------------------------------------------------------------
    def get(self, national_id: int) -> National:
        cursor = self.db.execute(f"{RECORD_SQL} WHERE id = ?", [national_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(_("The record no longer exists; it may have been deleted."))
        return from_row(National, dict(zip([d[0] for d in cursor.description], row)))

    def count(self, flt: NationalFilter = NationalFilter()) -> int:
        query = fts_query(flt.text)
        if query and dataclasses.replace(flt, text="").is_empty():
            # The search index alone answers, reading no row of the table: 2.5 ms instead of 97 ms
            # for "pe" over 1,000,000 nationals (bench/bench_encryption.py).
            return self.db.execute("SELECT count(*) FROM nationals_fts WHERE nationals_fts MATCH ?",
                                   [query]).fetchone()[0]
        where, params = where_clause(flt)
        return self.db.execute(f"SELECT count(*) FROM nationals{where}", params).fetchone()[0]

    def page(self, flt: NationalFilter, offset: int, limit: int, order: str = "family_names",
             descending: bool = False, total: int | None = None, columns=LIST_COLUMNS) -> list[tuple]:
        """Rows `offset .. offset+limit` in the given order.

        Near the end of a long list it reads backwards, so jumping to the last row costs as
        little as showing the first.
        """
        where, params = where_clause(flt)
        reverse = total is not None and offset > total // 2
        if reverse:
            offset, limit = max(0, total - offset - limit), min(limit, total - offset)
            descending = not descending
        order_sql = order_by(order, descending)
        walk = self._walk_name_index(flt, order, total, offset + limit)
        index = " INDEXED BY idx_nationals_spanish_name" if walk else ""
        rows = self.db.execute(
            f"SELECT {select_list(columns)} FROM nationals{index}{where} ORDER BY {order_sql} LIMIT ? OFFSET ?",
            [*params, limit, offset]).fetchall()
        return rows[::-1] if reverse else rows

    def _walk_name_index(self, flt: NationalFilter, order: str, matches: int | None, wanted: int) -> bool:
        """Whether a name-ordered page of a broad search is found faster by walking the name index.

        SQLite's own plan reads and sorts every match (97 ms for "pe": 70,000 of 1,000,000); walking the
        index, probing each id in the set of matches, stops after `wanted` rows (10 ms). A narrow search
        would walk most of the index for nothing, so the walk is taken when its expected length
        (all rows x wanted / matches, at about 1/14 the cost of one row read) is below the matches.
        """
        if order != "family_names" or not matches:
            return False
        rows = self.db.execute("SELECT max(id) FROM nationals").fetchone()[0] or 0
        if not fts_query(flt.text):
            # A broad filter (a status, a zone: the crisis board's drill-down): each step of the walk
            # reads a row to check it, as dear as one row of the sort it saves (0.25 s -> 0.01 s for
            # 200,000 "not yet contacted" of 200,000).
            broad = NationalFilter(zone_id=flt.zone_id, vulnerability=flt.vulnerability, status=flt.status)
            return flt == broad and not flt.is_empty() and matches * matches > rows * wanted * 2
        if not dataclasses.replace(flt, text="").is_empty():
            return False
        return matches * matches * 14 > rows * wanted

    def ids(self, flt: NationalFilter) -> list[int]:
        where, params = where_clause(flt)
        return [r[0] for r in self.db.execute(f"SELECT id FROM nationals{where}", params)]

    def household_members(self, household: str) -> list[National]:
        if not household:
            return []
        cursor = self.db.execute(f"{RECORD_SQL} WHERE household = ? ORDER BY birth_date", [household])
        names = [d[0] for d in cursor.description]
        return [from_row(National, dict(zip(names, r))) for r in cursor.fetchall()]

    def status_history(self, national_id: int) -> list[dict]:
        cursor = self.db.execute(
            "SELECT status, previous, at, by_user, source, note, crisis_id FROM status_events "
            "WHERE national_id = ? ORDER BY at, id", [national_id])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]

    def profile_rows(self) -> Iterable[tuple]:
        """(zone_id, vulnerabilities, household, lat, lon, assembly_point_id, status) for every national."""
        return self.db.execute(
            "SELECT n.zone_id, n.vulnerabilities, n.household, n.lat, n.lon, a.assembly_point_id, n.status "
            "FROM nationals n LEFT JOIN assignments a ON a.national_id = n.id")

    # -- writing -------------------------------------------------------------
    def add(self, national: National) -> Changes:
        stamp = utc_now()
        national.record_expiry = date.fromisoformat(expiry_of(self.db, stamp))
        row = to_row(national)
        point = row.pop("assembly_point_id")
        row["created_at"] = row["updated_at"] = stamp
        with _IntegrityErrors(), self.db.atomic():
            cursor = self.db.execute(
                f"INSERT INTO nationals ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
            national.id = cursor.lastrowid
            self._set_point(national.id, point)
        return changed("nationals", count=1, ids=(national.id,))

    def update(self, national: National, source: str = "", note: str = "") -> Changes:
        """Save a national; a change of status is added to the status history in the same transaction."""
        row = to_row(national)
        row.pop("uuid")
        point = row.pop("assembly_point_id")
        row["updated_at"] = utc_now()
        # Every save is a use of the record: its expiry moves on by the post's retention (core/retention.py).
        row["record_expiry"] = expiry_of(self.db, row["updated_at"])
        national.record_expiry = date.fromisoformat(row["record_expiry"])
        with _IntegrityErrors(), self.db.atomic():
            before = self.db.execute("SELECT status FROM nationals WHERE id = ?", [national.id]).fetchone()
            if before is None:
                raise NotFoundError(_("The record no longer exists; it may have been deleted."))
            self.db.execute(f"UPDATE nationals SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                            [*row.values(), national.id])
            self._set_point(national.id, point)
            if before[0] != row["status"]:
                self.db.execute(
                    "INSERT INTO status_events (national_id, status, previous, at, by_user, source, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [national.id, row["status"], before[0], row["updated_at"], self.user(), source, note])
        return changed("nationals", count=1, ids=(national.id,))

    def _set_point(self, national_id: int, point_id: int | None) -> None:
        if point_id is None:
            self.db.execute("DELETE FROM assignments WHERE national_id = ?", [national_id])
        else:
            # Chosen for this one person: "Assign assembly points" keeps it; an unchanged point keeps its origin.
            self.db.execute("INSERT INTO assignments (national_id, assembly_point_id, by_hand) VALUES (?, ?, 1) "
                            "ON CONFLICT DO UPDATE SET by_hand = CASE WHEN assembly_point_id = "
                            "excluded.assembly_point_id THEN by_hand ELSE 1 END, "
                            "assembly_point_id = excluded.assembly_point_id",
                            [national_id, point_id])

    def delete(self, national_id: int) -> Changes:
        with self.db.atomic():
            self.db.execute("DELETE FROM nationals WHERE id = ?", [national_id])
        return changed("nationals", count=1, ids=(national_id,))

    def bulk_insert(self, columns: list[str], rows: Iterable[tuple],
                    progress: Callable[[int], None] | None = None, expected: int = 0) -> Changes:
        """Insert many nationals in one transaction through the fast path of `storage.bulk_load`.

        An `assembly_point_id` column is written to `assignments`, found again by each row's uuid.
        """
        if "assembly_point_id" not in columns:
            return changed("nationals", count=load_nationals(self.db, columns, rows, progress, expected))
        at, uuid_at = columns.index("assembly_point_id"), columns.index("uuid")
        kept = [c for i, c in enumerate(columns) if i != at]
        points: list[tuple] = []

        def split(row):
            if row[at] is not None:
                points.append((row[at], row[uuid_at]))
            return row[:at] + row[at + 1:]

        with self.db.atomic():
            count = load_nationals(self.db, kept, map(split, (tuple(r) for r in rows)), progress, expected)
            self.db.conn.executemany("INSERT INTO assignments (national_id, assembly_point_id) "
                                     "SELECT id, ? FROM nationals WHERE uuid = ?", points)
        return changed("nationals", count=count)
