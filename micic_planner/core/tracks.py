"""A driven track made into a route: thinned to the points that shape it, its length kept from all of them."""

import math

from micic_planner.core.geo import EARTH_RADIUS_KM, path_km

MAX_POINTS = 200  # enough to draw a road on the plan's map; a phone records one point a second
START_TOLERANCE_M = 5.0


def _offset_m(p, a, b) -> float:
    """Distance in metres from p to the segment a-b, on a plane tangent at a (fine over a few km)."""
    k = math.cos(math.radians(a[0])) * EARTH_RADIUS_KM * 1000 * math.pi / 180
    m = EARTH_RADIUS_KM * 1000 * math.pi / 180
    px, py = (p[1] - a[1]) * k, (p[0] - a[0]) * m
    bx, by = (b[1] - a[1]) * k, (b[0] - a[0]) * m
    length2 = bx * bx + by * by
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, (px * bx + py * by) / length2))
    return math.hypot(px - t * bx, py - t * by)


def _douglas_peucker(points: list[tuple[float, float]], tolerance_m: float) -> list[tuple[float, float]]:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:  # iterative: a long track would pass Python's recursion limit
        first, last = stack.pop()
        worst, at = 0.0, -1
        for i in range(first + 1, last):
            d = _offset_m(points[i], points[first], points[last])
            if d > worst:
                worst, at = d, i
        if at >= 0 and worst > tolerance_m:
            keep[at] = True
            stack += [(first, at), (at, last)]
    return [p for p, k in zip(points, keep) if k]


def simplify(points: list[tuple[float, float]], max_points: int = MAX_POINTS) -> list[tuple[float, float]]:
    """The track's (lat, lon) points thinned (Douglas-Peucker: none kept within 5 m of the line through
    its neighbours), the tolerance doubled until at most `max_points` remain; both ends always stay."""
    if len(points) <= 2:
        return list(points)
    tolerance = START_TOLERANCE_M
    kept = _douglas_peucker(points, tolerance)
    while len(kept) > max_points:
        tolerance *= 2
        kept = _douglas_peucker(kept, tolerance)
    return kept


def driven_km(points: list[tuple[float, float]]) -> float:
    """The length along every recorded point: the road as driven, before thinning."""
    return path_km(points)
