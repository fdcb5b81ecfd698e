"""Every national to an assembly point: nearest with room, households together, most vulnerable first.

The rule is a sequential greedy one: households are taken most vulnerable first (a household is
as urgent as its most vulnerable member) and, within a rank, nearest first; each goes whole to the
nearest point that still has room for all of it. It is computed in bulk with numpy on 3-D unit
vectors: between two moments where a point runs out of room every household simply takes its
nearest open point, so only those moments are handled one by one. A point's capacity is the
most it takes: 0 (or a capacity not known, which the caller passes as 0) seats nobody; there is
no "unlimited", so an unknown capacity can never send a whole town to one point.
"""

from dataclasses import dataclass

import numpy as np

from micic_planner.core.enums import VULNERABILITY_PRIORITY
from micic_planner.core.geo import EARTH_RADIUS_KM

UNLIMITED = np.iinfo(np.int64).max // 4
_CHUNK_MIN, _CHUNK_MAX = 2_048, 262_144


@dataclass
class AssignmentSummary:
    nationals: int
    households: int
    assigned: int
    no_coordinates: int  # nobody in the household has coordinates
    no_room: int  # every point with room for the household was full
    beyond_radius: int  # farther than the radius from every point
    assigned_beyond_radius: int  # placed at a point farther than the radius (nearer ones full or none near)
    points_full: int
    radius_km: float


@dataclass
class AssignmentResult:
    """Arrays indexed like the input nationals; point indices refer to the input points (-1: none)."""

    point: np.ndarray
    distance_km: np.ndarray  # to the assigned point; NaN without one or without coordinates
    nearest_km: np.ndarray  # to the nearest point whatever its room; NaN without coordinates
    loads: np.ndarray  # nationals per point
    beyond: np.ndarray  # indices of nationals farther than the radius from every point (the gap list)
    summary: AssignmentSummary


def unit_vectors(lat, lon) -> np.ndarray:
    la, lo = np.radians(np.asarray(lat, dtype=float)), np.radians(np.asarray(lon, dtype=float))
    cos_la = np.cos(la)
    return np.stack([cos_la * np.cos(lo), cos_la * np.sin(lo), np.sin(la)], axis=-1)


def chord_km(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle km between unit vectors; the chord form stays exact for short distances."""
    chord = np.linalg.norm(a - b, axis=-1)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.clip(chord / 2, 0.0, 1.0))


def ranks(vulnerabilities) -> np.ndarray:
    """vulnerability_rank for a whole array of bitmasks: 0 most urgent, 9 nobody flagged."""
    flags = np.asarray(vulnerabilities, dtype=np.int64)
    out = np.full(flags.shape, 9, dtype=np.int8)
    for flag, rank in VULNERABILITY_PRIORITY.items():
        out = np.where((flags & int(flag)) != 0, np.minimum(out, rank), out)
    return out


def assign(lat, lon, household, vulnerabilities, point_lat, point_lon, capacity,
           radius_km: float) -> AssignmentResult:
    """`household`: an integer code per national (-1 or less: lives alone); NaN coordinates allowed."""
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    n, n_points = len(lat), len(point_lat)
    has_xy = ~(np.isnan(lat) | np.isnan(lon))
    unit, n_units = _units(np.asarray(household, dtype=np.int64))
    size = np.bincount(unit, minlength=n_units).astype(np.int64)
    xyz = np.zeros((n, 3))
    xyz[has_xy] = unit_vectors(lat[has_xy], lon[has_xy])
    # A household gathers at its members' centre; members without coordinates go with it.
    # float even when nobody is registered: bincount of an empty array is integer, whatever its weights
    centre = np.stack([np.bincount(unit, xyz[:, k], minlength=n_units) for k in range(3)], axis=1).astype(float)
    norm = np.linalg.norm(centre, axis=1)
    located = norm > 1e-12
    centre[located] /= norm[located, None]
    rank = np.full(n_units, 9, dtype=np.int8)
    np.minimum.at(rank, unit, ranks(vulnerabilities))

    point = np.full(n, -1, dtype=np.int64)
    dist = np.full(n, np.nan)
    nearest = np.full(n, np.nan)
    loads = np.zeros(n_points, dtype=np.int64)
    unit_point = np.full(n_units, -1, dtype=np.int64)
    if n_points:
        pxyz = unit_vectors(point_lat, point_lon)
        rem = np.maximum(np.asarray(capacity, dtype=np.int64), 0)
        cand = np.flatnonzero(located)
        near_point, near_dot = _nearest_points(centre[cand], pxyz)
        # Most vulnerable first, then nearest first within a rank.
        order = np.lexsort((-near_dot, rank[cand]))
        unit_point[cand] = _fill(cand, order, near_point, size, rem, centre, pxyz)
        point[has_xy] = unit_point[unit[has_xy]]
        point[~has_xy] = unit_point[unit[~has_xy]]
        loads = np.bincount(point[point >= 0], minlength=n_points)
        nearest[has_xy] = _nearest_km(xyz[has_xy], pxyz)
        own = has_xy & (point >= 0)
        dist[own] = chord_km(xyz[own], pxyz[point[own]])
        cap = np.asarray(capacity, dtype=np.int64)
        full = int(((cap > 0) & (loads >= cap)).sum())
    else:
        full = 0
    beyond = np.flatnonzero(has_xy & ~(nearest <= radius_km))
    unit_has_xy = located
    summary = AssignmentSummary(
        nationals=n, households=n_units, assigned=int((point >= 0).sum()),
        no_coordinates=int((~unit_has_xy[unit]).sum()),
        no_room=int((unit_has_xy[unit] & (point < 0)).sum()) if n_points else int(unit_has_xy[unit].sum()),
        beyond_radius=len(beyond), assigned_beyond_radius=int((dist > radius_km).sum()),
        points_full=full, radius_km=radius_km)
    return AssignmentResult(point, dist, nearest, loads, beyond, summary)


def _units(household: np.ndarray) -> tuple[np.ndarray, int]:
    """A dense household number per national; someone alone is a household of one."""
    alone = household < 0
    codes, dense = np.unique(household[~alone], return_inverse=True)
    unit = np.empty(len(household), dtype=np.int64)
    unit[~alone] = dense
    unit[alone] = len(codes) + np.arange(int(alone.sum()))
    return unit, len(codes) + int(alone.sum())


def _nearest_points(xyz: np.ndarray, pxyz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The nearest point index per row and the dot product to it."""
    best = np.empty(len(xyz), dtype=np.int64)
    near = np.empty(len(xyz))
    for start in range(0, len(xyz), 100_000):
        dots = xyz[start:start + 100_000] @ pxyz.T
        best[start:start + len(dots)] = np.argmax(dots, axis=1)
        near[start:start + len(dots)] = dots[np.arange(len(dots)), best[start:start + len(dots)]]
    return best, near


def _nearest_km(xyz: np.ndarray, pxyz: np.ndarray) -> np.ndarray:
    out = np.empty(len(xyz))
    for start in range(0, len(xyz), 200_000):
        chunk = xyz[start:start + 200_000]
        best = np.argmax(chunk @ pxyz.T, axis=1)
        out[start:start + len(chunk)] = chord_km(chunk, pxyz[best])
    return out


def _refresh(choice: np.ndarray, units: np.ndarray, size, rem, centre, pxyz) -> None:
    """Replace, in place, choices whose point no longer has room for the household.

    The points with room only ever shrink, so a choice that still has room is still the nearest.
    """
    stale = np.flatnonzero((choice >= 0) & (rem[np.maximum(choice, 0)] < size[units]))
    if len(stale):
        dots = centre[units[stale]] @ pxyz.T
        dots[rem[None, :] < size[units[stale], None]] = -np.inf
        best = np.argmax(dots, axis=1)
        choice[stale] = np.where(np.isfinite(dots[np.arange(len(stale)), best]), best, -1)


def _fill(cand, order, nearest, size, rem, centre, pxyz) -> np.ndarray:
    """Sequential greedy in `order`, in bulk: a run is accepted whole until a point overflows."""
    out = np.full(len(cand), -1, dtype=np.int64)
    cached = nearest[order].copy()  # per position in `order`: the point it would take now
    pos, n, chunk = 0, len(order), 65_536
    n_points = len(pxyz)
    while pos < n:
        rows = order[pos:pos + chunk]
        units = cand[rows]
        choice = cached[pos:pos + chunk]
        _refresh(choice, units, size, rem, centre, pxyz)
        need = np.where(choice >= 0, size[units], 0)
        key = np.where(choice >= 0, choice, n_points)
        by_point = np.argsort(key, kind="stable")
        ks, ns = key[by_point], need[by_point]
        total = np.cumsum(ns)
        starts = np.r_[0, np.flatnonzero(np.diff(ks)) + 1]
        within = total - np.repeat(total[starts] - ns[starts], np.diff(np.r_[starts, len(ks)]))
        room = np.r_[rem, UNLIMITED][ks]
        over = np.flatnonzero(within > room)
        stop = len(rows) if len(over) == 0 else int(by_point[over].min())
        out[rows[:stop]] = choice[:stop]
        taken = choice[:stop]
        rem -= np.bincount(taken[taken >= 0], need[:stop][taken >= 0], minlength=n_points).astype(np.int64)
        pos += stop
        # Overflows come in bursts as points fill: scan short runs then, long runs otherwise.
        chunk = min(_CHUNK_MAX, chunk * 2) if stop == len(rows) else max(_CHUNK_MIN, chunk // 4)
    return out
