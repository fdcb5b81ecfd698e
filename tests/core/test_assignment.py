"""Assembly point assignment: households whole, capacities kept, vulnerable first, checked by brute force."""

import math

import numpy as np
import pytest

from micic_planner.core.assignment import assign, ranks, unit_vectors
from micic_planner.core.enums import Vulnerability, vulnerability_rank
from micic_planner.core.geo import geodesic_km, haversine_km


def scenario(seed: int, n: int = 1500, points: int = 12, households: bool = True, tight: bool = True):
    rng = np.random.default_rng(seed)
    lat, lon = rng.uniform(14.5, 15.5, n), rng.uniform(-92.8, -91.8, n)
    hh = np.where(rng.random(n) < 0.6, rng.integers(0, n // 3, n), -1) if households else np.full(n, -1)
    vuln = np.where(rng.random(n) < 0.2, rng.choice([1, 4, 8, 16, 256], n), 0)
    plat, plon = rng.uniform(14.5, 15.5, points), rng.uniform(-92.8, -91.8, points)
    cap = rng.integers(n // (3 * points), n // points, points) if tight else np.full(points, n)
    zone = rng.integers(0, 4, n)
    return lat, lon, hh, vuln, plat, plon, cap, zone


def reference(lat, lon, hh, vuln, plat, plon, cap):
    """The rule written plainly: households most vulnerable first, then nearest first, one at a time."""
    groups: dict = {}
    for i in range(len(lat)):
        groups.setdefault(("h", hh[i]) if hh[i] >= 0 else ("s", i), []).append(i)
    rem = list(cap)
    queue = []
    for members in groups.values():
        c = unit_vectors(lat[members], lon[members]).sum(axis=0)
        c /= np.linalg.norm(c)
        c_lat, c_lon = math.degrees(math.asin(c[2])), math.degrees(math.atan2(c[1], c[0]))
        dist = [haversine_km(c_lat, c_lon, plat[p], plon[p]) for p in range(len(plat))]
        queue.append((min(vulnerability_rank(int(vuln[m])) for m in members), min(dist), members, dist))
    queue.sort(key=lambda q: (q[0], q[1]))
    out = np.full(len(lat), -1)
    for _rank, _near, members, dist in queue:
        for p in sorted(range(len(plat)), key=lambda p: dist[p]):
            if rem[p] >= len(members):
                rem[p] -= len(members)
                out[members] = p
                break
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_household_is_assigned_to_one_point(seed):
    lat, lon, hh, vuln, plat, plon, cap, _zone = scenario(seed)
    result = assign(lat, lon, hh, vuln, plat, plon, cap, 25.0)
    for code in np.unique(hh[hh >= 0]):
        assert len(set(result.point[hh == code].tolist())) == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_assembly_point_gets_more_nationals_than_its_capacity(seed):
    lat, lon, hh, vuln, plat, plon, cap, _zone = scenario(seed)
    result = assign(lat, lon, hh, vuln, plat, plon, cap, 25.0)
    assert (result.loads <= cap).all()
    assert result.loads.sum() == result.summary.assigned
    assert result.summary.no_room == (result.point < 0).sum() > 0  # the scenario is short of room


@pytest.mark.parametrize("seed", [4, 5])
def test_vulnerable_people_are_placed_no_farther_than_others_of_their_zone(seed):
    lat, lon, hh, vuln, plat, plon, cap, zone = scenario(seed, households=False)
    result = assign(lat, lon, hh, vuln, plat, plon, cap, 25.0)
    vulnerable = ranks(vuln) < 9
    checked = 0
    for z in range(4):
        others_points = set(result.point[(zone == z) & ~vulnerable & (result.point >= 0)].tolist())
        for v in np.flatnonzero((zone == z) & vulnerable):
            own = result.point[v]
            assert own >= 0
            mine = haversine_km(lat[v], lon[v], plat[own], plon[own])
            # No point that someone less vulnerable of the zone got is nearer to this person.
            for q in others_points:
                assert haversine_km(lat[v], lon[v], plat[q], plon[q]) >= mine - 1e-9
            checked += 1
    assert checked > 100
    detour = result.distance_km - result.nearest_km
    assert detour[vulnerable].mean() <= detour[~vulnerable & (result.point >= 0)].mean()


@pytest.mark.parametrize("seed", [6, 7, 8])
def test_the_bulk_assignment_equals_the_rule_applied_one_household_at_a_time(seed):
    lat, lon, hh, vuln, plat, plon, cap, _zone = scenario(seed, n=600, points=7)
    result = assign(lat, lon, hh, vuln, plat, plon, cap, 25.0)
    assert (result.point == reference(lat, lon, hh, vuln, plat, plon, cap)).all()


def test_with_room_everywhere_each_national_goes_to_the_geodesically_nearest_point():
    lat, lon, hh, vuln, plat, plon, cap, _zone = scenario(9, n=3000, points=25, households=False, tight=False)
    result = assign(lat, lon, hh, vuln, plat, plon, cap, 25.0)
    sample = np.random.default_rng(9).choice(len(lat), 200, replace=False)
    compared = 0
    for i in sample:
        km = sorted((geodesic_km((lat[i], lon[i]), (plat[p], plon[p])), p) for p in range(len(plat)))
        if km[1][0] - km[0][0] < 0.01 * km[0][0]:
            continue  # a near tie, where sphere and ellipsoid may disagree
        assert result.point[i] == km[0][1]
        assert result.distance_km[i] == pytest.approx(km[0][0], rel=0.006)
        compared += 1
    assert compared > 150


def test_nationals_beyond_the_radius_are_listed_as_a_gap_and_still_assigned():
    lat = np.array([14.90, 14.91, 16.50])
    lon = np.array([-92.26, -92.25, -93.50])
    result = assign(lat, lon, np.full(3, -1), np.zeros(3, dtype=int), [14.905], [-92.255], [10], 25.0)
    assert result.beyond.tolist() == [2]
    assert result.point.tolist() == [0, 0, 0]
    assert result.summary.beyond_radius == 1 and result.summary.assigned_beyond_radius == 1


def test_a_member_without_coordinates_goes_with_the_household_and_alone_gets_nothing():
    lat = np.array([14.90, np.nan, np.nan])
    lon = np.array([-92.26, np.nan, np.nan])
    hh = np.array([5, 5, -1])
    result = assign(lat, lon, hh, np.zeros(3, dtype=int), [14.9, 15.5], [-92.2, -92.5], [10, 10], 25.0)
    assert result.point.tolist() == [0, 0, -1]
    assert result.summary.no_coordinates == 1
    assert np.isnan(result.distance_km[1])


def test_a_household_too_big_for_the_nearest_point_goes_whole_to_the_next():
    lat, lon = np.full(3, 14.90), np.full(3, -92.26)
    result = assign(lat, lon, np.array([1, 1, 1]), np.zeros(3, dtype=int), [14.9, 15.0], [-92.26, -92.26],
                    [2, 5], 25.0)
    assert result.point.tolist() == [1, 1, 1]


def test_the_most_vulnerable_take_the_last_seats():
    lat, lon = np.array([14.90, 14.95]), np.array([-92.26, -92.26])
    vuln = np.array([0, int(Vulnerability.UNACCOMPANIED_CHILD)])
    result = assign(lat, lon, np.full(2, -1), vuln, [14.9], [-92.26], [1], 25.0)
    assert result.point.tolist() == [-1, 0]


def test_with_no_assembly_point_nobody_is_assigned_and_everyone_is_a_gap():
    result = assign([14.9, 15.0], [-92.2, -92.3], [-1, -1], [0, 0], [], [], [], 25.0)
    assert result.point.tolist() == [-1, -1]
    assert result.summary.no_room == 2 and len(result.beyond) == 2


def test_a_point_of_capacity_zero_seats_nobody_instead_of_everybody():
    # A capacity of 0 (the storage passes an unknown capacity as 0) once meant "no limit", so a
    # waypoint from another program's GPX could take a whole town.
    lat, lon = np.array([14.90, 14.91, 14.92]), np.array([-92.26, -92.25, -92.24])
    result = assign(lat, lon, np.full(3, -1), np.zeros(3, dtype=int), [14.905, 15.5], [-92.255, -92.5], [0, 2], 25.0)
    assert result.point.tolist().count(0) == 0
    assert sorted(result.point.tolist()) == [-1, 1, 1]
    assert result.summary.no_room == 1
