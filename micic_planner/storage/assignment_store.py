"""Assembly points and zones for the whole registry: inputs read in bulk, results written in one go."""

from contextlib import nullcontext
from dataclasses import dataclass

import numpy as np

from micic_planner.core.assignment import AssignmentResult, AssignmentSummary, assign
from micic_planner.core.changes import Changes, changed
from micic_planner.core.enums import PlaceKind
from micic_planner.core.models import Zone
from micic_planner.core.zoning import zone_membership
from micic_planner.storage.mapping import from_row

GAP_LIST_LIMIT = 500  # names listed in the gap report; the count is always complete


@dataclass
class PointLoad:
    id: int
    name: str
    capacity: int
    load: int


@dataclass
class GapEntry:
    """A national farther than the radius from every assembly point."""

    id: int
    name: str
    nearest_km: float


@dataclass
class AssignmentReport:
    summary: AssignmentSummary
    loads: list[PointLoad]
    gaps: list[GapEntry]  # the first GAP_LIST_LIMIT, farthest first
    changes: Changes


class AssignmentStore:
    """Runs `core.assignment` and `core.zoning` over a post file."""

    def __init__(self, store):
        self.store = store
        self.db = store.db

    def registry_arrays(self) -> dict[str, np.ndarray]:
        """id, lat, lon (NaN if unknown), household code (-1: alone), vulnerabilities, current point."""
        rows = self.db.execute("SELECT id, lat, lon, household, vulnerabilities, assembly_point_id "
                               "FROM nationals ORDER BY id").fetchall()
        if not rows:
            empty = np.empty(0)
            return {"id": empty.astype(np.int64), "lat": empty, "lon": empty, "household": empty.astype(np.int64),
                    "vulnerabilities": empty.astype(np.int64), "point": empty.astype(np.int64)}
        ids, lat, lon, households, vuln, point = zip(*rows)
        codes: dict[str, int] = {}
        household = np.fromiter((codes.setdefault(h, len(codes)) if h else -1 for h in households),
                                dtype=np.int64, count=len(rows))
        return {"id": np.fromiter(ids, dtype=np.int64, count=len(rows)),
                "lat": np.array(lat, dtype=float), "lon": np.array(lon, dtype=float),  # None becomes NaN
                "household": household, "vulnerabilities": np.fromiter(vuln, dtype=np.int64, count=len(rows)),
                "point": np.array([-1 if p is None else p for p in point], dtype=np.int64)}

    def points(self) -> list[tuple[int, str, float, float, int]]:
        return self.db.execute("SELECT id, name, lat, lon, capacity FROM places WHERE kind = ? ORDER BY id",
                               [PlaceKind.ASSEMBLY_POINT.value]).fetchall()

    def compute(self, radius_km: float | None = None) -> tuple[dict, list, AssignmentResult]:
        """The assignment, without writing it."""
        if radius_km is None:
            post = self.store.post()
            radius_km = post.assembly_radius_km if post else 25.0
        reg = self.registry_arrays()
        points = self.points()
        plat = np.array([p[2] for p in points], dtype=float)
        plon = np.array([p[3] for p in points], dtype=float)
        cap = np.array([p[4] for p in points], dtype=np.int64)
        result = assign(reg["lat"], reg["lon"], reg["household"], reg["vulnerabilities"], plat, plon, cap, radius_km)
        return reg, points, result

    def assign(self, radius_km: float | None = None) -> AssignmentReport:
        """Give every national an assembly point and store it, all or nothing."""
        reg, points, result = self.compute(radius_km)
        point_ids = np.array([p[0] for p in points] + [-1], dtype=np.int64)
        new = point_ids[result.point]  # index -1 picks the trailing -1: no point
        moved = np.flatnonzero(new != reg["point"])
        # One summary entry instead of a before/after copy of each moved person: at 1,000,000 that
        # copy took 33 of the job's 35 s (bench/bench_assign.py), as with imports and purges.
        with self._quiet(), self.db.atomic():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS assignment_result "
                            "(id INTEGER PRIMARY KEY, point INTEGER)")
            self.db.execute("DELETE FROM assignment_result")
            self.db.conn.executemany(
                "INSERT INTO assignment_result (id, point) VALUES (?, ?)",
                zip(reg["id"][moved].tolist(), [None if p < 0 else p for p in new[moved].tolist()]))
            # Rewriting most rows is several times faster with the point's index rebuilt once at the end.
            rebuild = self._point_indexes() if len(moved) > 50_000 and len(moved) > len(new) // 4 else []
            for name, _sql in rebuild:
                self.db.execute(f"DROP INDEX {name}")
            self.db.execute("UPDATE nationals SET assembly_point_id = r.point FROM assignment_result r "
                            "WHERE r.id = nationals.id")
            for _name, sql in rebuild:
                self.db.execute(sql)
            self.db.execute("DELETE FROM assignment_result")
            self._summary("assign_assembly_points", {"moved": len(moved), "radius_km": float(result.summary.radius_km),
                                                     "assigned": result.summary.assigned})
        loads = [PointLoad(p[0], p[1], p[4], int(result.loads[i])) for i, p in enumerate(points)]
        return AssignmentReport(result.summary, loads, self._gaps(reg, result),
                                changed("nationals", "places", count=len(moved)))

    def _quiet(self):
        audit = getattr(self.store, "audit", None)
        return audit.quiet() if audit is not None else nullcontext()

    def _summary(self, action: str, detail: dict) -> None:
        audit = getattr(self.store, "audit", None)
        if audit is not None:
            audit.record(action, {"table": "nationals", **detail})

    def _point_indexes(self) -> list[tuple[str, str]]:
        rows = self.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'nationals' "
                               "AND sql LIKE '%assembly_point_id%'").fetchall()
        return [(name, sql) for name, sql in rows]

    def _gaps(self, reg, result: AssignmentResult) -> list[GapEntry]:
        far = result.beyond[np.argsort(-result.nearest_km[result.beyond], kind="stable")][:GAP_LIST_LIMIT]
        if not len(far):
            return []
        ids = reg["id"][far].tolist()
        names = dict(self.db.execute(
            f"SELECT id, family_names || ', ' || given_names FROM nationals WHERE id IN ({','.join('?' * len(ids))})",
            ids).fetchall())
        return [GapEntry(i, names.get(i, ""), float(result.nearest_km[k])) for i, k in zip(ids, far)]

    def zones(self) -> list[Zone]:
        cursor = self.db.execute("SELECT * FROM zones ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [from_row(Zone, dict(zip(names, r))) for r in cursor.fetchall()]

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


def national_coordinates(store) -> tuple[np.ndarray, np.ndarray]:
    """Latitudes and longitudes of every national that has them, for the map's density layer."""
    rows = store.db.execute("SELECT lat, lon FROM nationals WHERE lat IS NOT NULL AND lon IS NOT NULL").fetchall()
    if not rows:
        return np.empty(0), np.empty(0)
    arr = np.array(rows, dtype=float)
    return arr[:, 0], arr[:, 1]


def point_loads(store) -> dict[int, int]:
    """Nationals assigned to each assembly point, by the point's id."""
    return dict(store.db.execute("SELECT assembly_point_id, count(*) FROM nationals "
                                 "WHERE assembly_point_id IS NOT NULL GROUP BY assembly_point_id").fetchall())
