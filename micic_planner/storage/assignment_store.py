"""Assembly points and zones for the whole registry: inputs read in bulk, results written in one go."""

import dataclasses
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

import numpy as np

from micic_planner.core.assignment import AssignmentResult, AssignmentSummary, assign
from micic_planner.core.changes import Changes, changed
from micic_planner.core.enums import PlaceKind
from micic_planner.core.models import Zone
from micic_planner.core.security import Action
from micic_planner.core.zoning import zone_membership
from micic_planner.storage.mapping import from_row
from micic_planner.storage.permissions import Guarded, requires

GAP_LIST_LIMIT = 500  # names listed in the gap report; the count is always complete
_REGISTRY_ROW = np.dtype([("id", np.int64), ("lat", float), ("lon", float), ("vulnerabilities", np.int64),
                          ("point", np.int64), ("by_hand", np.int8), ("household", object)])


@dataclass
class PointLoad:
    id: int
    name: str
    capacity: int | None  # None: not known, so nobody was seated there by the assignment
    load: int


@dataclass
class GapEntry:
    """A national farther than the radius from every assembly point."""

    id: int
    name: str
    nearest_km: float


@dataclass
class AssignmentPreview:
    """What "Assign assembly points" would do, before it does it."""

    moves: int  # people whose assembly point would change (or who would gain or lose one)
    by_hand: int  # assignments set by hand
    by_hand_moves: int  # of those, how many would change were they not kept


@dataclass
class AssignmentSnapshot:
    """Every assignment at one moment, compact enough for an undo step at 1,000,000 nationals (17 MB)."""

    ids: np.ndarray
    points: np.ndarray
    by_hand: np.ndarray


@dataclass
class AssignmentReport:
    summary: AssignmentSummary
    loads: list[PointLoad]
    gaps: list[GapEntry]  # the first GAP_LIST_LIMIT, farthest first
    changes: Changes

    @property
    def unknown_capacity(self) -> list[PointLoad]:
        """Assembly points whose capacity is not known: the assignment seated nobody there."""
        return [load for load in self.loads if load.capacity is None]


class AssignmentStore(Guarded):
    """Runs `core.assignment` and `core.zoning` over a post file."""

    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.VIEW_REGISTRY)
    def registry_arrays(self) -> dict[str, np.ndarray]:
        """id, lat, lon (NaN if unknown), household code (-1: alone), vulnerabilities, current point (-1: none)."""
        count = self.db.execute("SELECT count(*) FROM nationals").fetchone()[0]
        # Straight from the cursor into one structured array: no tuple of columns is built in between,
        # which halves the read of 1,000,000 rows. A missing coordinate comes as infinity, then NaN.
        cursor = self.db.execute(
            "SELECT n.id, ifnull(n.lat, 9e999), ifnull(n.lon, 9e999), n.vulnerabilities, "
            "ifnull(a.assembly_point_id, -1), ifnull(a.by_hand, 0), n.household "
            "FROM nationals n LEFT JOIN assignments a ON a.national_id = n.id ORDER BY n.id")
        rows = np.fromiter(cursor, dtype=_REGISTRY_ROW, count=count)
        codes: dict[str, int] = {}
        household = np.fromiter((codes.setdefault(h, len(codes)) if h else -1 for h in rows["household"]),
                                dtype=np.int64, count=len(rows))
        lat, lon = rows["lat"].copy(), rows["lon"].copy()
        lat[np.isinf(lat)] = np.nan
        lon[np.isinf(lon)] = np.nan
        return {"id": rows["id"].copy(), "lat": lat, "lon": lon, "household": household,
                "vulnerabilities": rows["vulnerabilities"].copy(), "point": rows["point"].copy(),
                "by_hand": rows["by_hand"].astype(bool)}

    @requires(Action.VIEW_REGISTRY)
    def points(self) -> list[tuple[int, str, float, float, int]]:
        return self.db.execute("SELECT id, name, lat, lon, capacity FROM places WHERE kind = ? ORDER BY id",
                               [PlaceKind.ASSEMBLY_POINT.value]).fetchall()

    @requires(Action.VIEW_REGISTRY)
    def compute(self, radius_km: float | None = None) -> tuple[dict, list, AssignmentResult]:
        """The assignment, without writing it."""
        if radius_km is None:
            post = self.store.post()
            radius_km = post.assembly_radius_km if post else 25.0
        reg = self.registry_arrays()
        points = self.points()
        plat = np.array([p[2] for p in points], dtype=float)
        plon = np.array([p[3] for p in points], dtype=float)
        # An unknown capacity seats nobody (core.assignment has no "unlimited"); the report names those points.
        cap = np.array([p[4] or 0 for p in points], dtype=np.int64)
        result = assign(reg["lat"], reg["lon"], reg["household"], reg["vulnerabilities"], plat, plon, cap, radius_km)
        return reg, points, result

    @staticmethod
    def _outcome(reg, points, result, keep_by_hand: bool) -> np.ndarray:
        """Each national's new point id (-1: none); a hand-set point stays when `keep_by_hand`."""
        point_ids = np.array([p[0] for p in points] + [-1], dtype=np.int64)
        new = point_ids[result.point]  # index -1 picks the trailing -1: no point
        if keep_by_hand:
            new = np.where(reg["by_hand"], reg["point"], new)
        return new

    @requires(Action.VIEW_REGISTRY)
    def preview(self, radius_km: float | None = None, keep_by_hand: bool = True) -> AssignmentPreview:
        """How many people an assignment would move, and how many hand-set assignments it would keep."""
        reg, points, result = self.compute(radius_km)
        new = self._outcome(reg, points, result, keep_by_hand)
        unkept = self._outcome(reg, points, result, False)
        hand = reg["by_hand"]
        return AssignmentPreview(int(np.count_nonzero(new != reg["point"])), int(np.count_nonzero(hand)),
                                 int(np.count_nonzero(hand & (unkept != reg["point"]))))

    @requires(Action.VIEW_REGISTRY)
    def snapshot(self) -> AssignmentSnapshot:
        rows = np.array(self.db.execute("SELECT national_id, assembly_point_id, by_hand FROM assignments "
                                        "ORDER BY national_id").fetchall(), dtype=np.int64).reshape(-1, 3)
        return AssignmentSnapshot(rows[:, 0].copy(), rows[:, 1].copy(), rows[:, 2].astype(np.int8))

    @requires(Action.ASSIGN)
    def restore(self, snapshot: AssignmentSnapshot) -> Changes:
        """Put every assignment back as it was in `snapshot` (undo and redo of an assignment run)."""
        # People deleted since the snapshot are skipped, not restored as dangling rows.
        # Through a temporary table and one joined INSERT, whose joins are the foreign-key checks.
        with _foreign_keys_off(self.db), self._quiet("assignments"), self.db.atomic():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS assignment_restore "
                            "(national_id INTEGER PRIMARY KEY, assembly_point_id INTEGER, by_hand INTEGER)")
            self.db.execute("DELETE FROM temp.assignment_restore")
            self.db.conn.executemany("INSERT INTO temp.assignment_restore VALUES (?, ?, ?)",
                                     zip(snapshot.ids.tolist(), snapshot.points.tolist(), snapshot.by_hand.tolist()))
            self.db.execute("DELETE FROM assignments")
            self.db.execute(
                "INSERT INTO assignments (national_id, assembly_point_id, by_hand) "
                "SELECT r.national_id, r.assembly_point_id, r.by_hand FROM temp.assignment_restore r "
                "JOIN nationals n ON n.id = r.national_id JOIN places p ON p.id = r.assembly_point_id")
            self.db.execute("DELETE FROM temp.assignment_restore")
            self._summary("restore_assembly_points", {"assigned": len(snapshot.ids)})
        return changed("nationals", "places", count=len(snapshot.ids))

    @requires(Action.ASSIGN)
    def assign(self, radius_km: float | None = None, keep_by_hand: bool = True) -> AssignmentReport:
        """Give every national an assembly point and store it, all or nothing; hand-set ones stay
        unless `keep_by_hand` is False."""
        # Read, computed and written in one transaction: the ids written are the ids just read, so the
        # foreign keys hold by construction and are not checked row by row (a third of the write at 1M).
        # Were the registry changed by another connection meanwhile, the write would fail, not go stale.
        with _foreign_keys_off(self.db), self._quiet("assignments"), self.db.atomic():
            reg, points, result = self.compute(radius_km)
            new = self._outcome(reg, points, result, keep_by_hand)
            kept = reg["by_hand"] & (new == reg["point"]) if keep_by_hand else np.zeros(len(new), dtype=bool)
            moved = np.flatnonzero(new != reg["point"])
            assigned = np.flatnonzero(new >= 0)
            # The whole result replaces the old one: a narrow table, rewritten in about a second at 1M.
            # One summary entry instead of a before/after copy of each moved person: at 1,000,000 that
            # copy took 33 of the job's 35 s (bench/bench_assign.py), as with imports and purges.
            self.db.execute("DELETE FROM assignments")
            self.db.conn.executemany(
                "INSERT INTO assignments (national_id, assembly_point_id, by_hand) VALUES (?, ?, ?)",
                zip(reg["id"][assigned].tolist(), new[assigned].tolist(), kept[assigned].astype(int).tolist()))
            self._summary("assign_assembly_points", {"moved": len(moved), "radius_km": float(result.summary.radius_km),
                                                     "assigned": result.summary.assigned,
                                                     "kept_by_hand": int(np.count_nonzero(kept))})
        # Loads of what was stored, hand-set points included.
        per_point = dict(zip(*np.unique(new[new >= 0], return_counts=True)))
        loads = [PointLoad(p[0], p[1], p[4], int(per_point.get(p[0], 0))) for p in points]
        summary = dataclasses.replace(result.summary, assigned=int(np.count_nonzero(new >= 0)))
        return AssignmentReport(summary, loads, self._gaps(reg, result),
                                changed("nationals", "places", count=len(moved)))

    def _quiet(self, *bulk_tables: str):
        audit = getattr(self.store, "audit", None)
        if audit is None:
            return nullcontext()
        return audit.bulk(*bulk_tables) if bulk_tables else audit.quiet()

    def _summary(self, action: str, detail: dict) -> None:
        audit = getattr(self.store, "audit", None)
        if audit is not None:
            audit.record(action, {"table": "nationals", **detail})

    def _gaps(self, reg, result: AssignmentResult) -> list[GapEntry]:
        far = result.beyond[np.argsort(-result.nearest_km[result.beyond], kind="stable")][:GAP_LIST_LIMIT]
        if not len(far):
            return []
        ids = reg["id"][far].tolist()
        names = dict(self.db.execute(
            f"SELECT id, family_names || ', ' || given_names FROM nationals WHERE id IN ({','.join('?' * len(ids))})",
            ids).fetchall())
        return [GapEntry(i, names.get(i, ""), float(result.nearest_km[k])) for i, k in zip(ids, far)]

    @requires(Action.VIEW_REGISTRY)
    def zones(self) -> list[Zone]:
        cursor = self.db.execute("SELECT * FROM zones ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [from_row(Zone, dict(zip(names, r))) for r in cursor.fetchall()]

    @requires(Action.ASSIGN)
    def place_in_zones(self) -> Changes:
        """Put every national in the zone that holds their coordinates (or their place's name).

        A national that falls in no zone keeps the zone they had, so a zone typed by hand is not lost.
        """
        zones = self.zones()
        rows = self.db.execute("SELECT id, lat, lon, place, zone_id FROM nationals ORDER BY id").fetchall()
        if not rows or not zones:
            return Changes()
        ids, lat, lon, place, current = zip(*rows)
        found = zone_membership(np.array(lat, dtype=float), np.array(lon, dtype=float), list(place), zones)
        now = np.array([-1 if z is None else z for z in current], dtype=np.int64)
        moved = np.flatnonzero((found >= 0) & (found != now))
        with self._quiet(), self.db.atomic():
            self.db.conn.executemany("UPDATE nationals SET zone_id = ? WHERE id = ?",
                                     zip(found[moved].tolist(), np.array(ids)[moved].tolist()))
            self._summary("place_in_zones", {"moved": len(moved)})
        return changed("nationals", "zones", count=len(moved))


@contextmanager
def _foreign_keys_off(db):
    """Foreign keys off for one transaction; inside an outer transaction SQLite keeps them as they are."""
    on = not db.conn.in_transaction and db.execute("PRAGMA foreign_keys").fetchone()[0]
    if on:
        db.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if on:
            db.execute("PRAGMA foreign_keys=ON")


def national_coordinates(store) -> tuple[np.ndarray, np.ndarray]:
    """Latitudes and longitudes of every national that has them, for the map's density layer."""
    rows = store.db.execute("SELECT lat, lon FROM nationals WHERE lat IS NOT NULL AND lon IS NOT NULL").fetchall()
    if not rows:
        return np.empty(0), np.empty(0)
    arr = np.array(rows, dtype=float)
    return arr[:, 0], arr[:, 1]


def point_loads(store) -> dict[int, int]:
    """Nationals assigned to each assembly point, by the point's id."""
    return dict(store.db.execute("SELECT assembly_point_id, count(*) FROM assignments "
                                 "GROUP BY assembly_point_id").fetchall())
