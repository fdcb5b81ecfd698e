"""A driven track made into a route: thinned to the points that shape it, its length kept from all of them."""

import math

import numpy as np

from micic_planner.core.geo import EARTH_RADIUS_KM, path_km

MAX_POINTS = 200  # enough to draw a road on the plan's map; a phone records one point a second
START_TOLERANCE_M = 5.0


def _plane_m(points: list[tuple[float, float]]) -> np.ndarray:
    """(x, y) in metres on a plane tangent at the first point: fine over the few hundred km of a road."""
    arr = np.asarray(points, dtype=float)
    metres = EARTH_RADIUS_KM * 1000 * math.pi / 180
    return np.stack([(arr[:, 1] - arr[0, 1]) * metres * math.cos(math.radians(arr[0, 0])),
                     (arr[:, 0] - arr[0, 0]) * metres], axis=1)


def _douglas_peucker(points: list[tuple[float, float]], tolerance_m: float) -> list[tuple[float, float]]:
    xy = _plane_m(points)
    keep = np.zeros(len(points), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:  # iterative: a long track would pass Python's recursion limit
        first, last = stack.pop()
        if last - first < 2:
            continue
        a, b, inner = xy[first], xy[last], xy[first + 1:last]
        ab = b - a
        length2 = float(ab @ ab)
        t = np.zeros(len(inner)) if length2 == 0 else np.clip((inner - a) @ ab / length2, 0.0, 1.0)
        offsets = np.linalg.norm(inner - (a + t[:, None] * ab), axis=1)
        at = int(np.argmax(offsets))
        if offsets[at] > tolerance_m:
            keep[first + 1 + at] = True
            stack += [(first, first + 1 + at), (first + 1 + at, last)]
    return [p for p, k in zip(points, keep) if k]


def simplify(points: list[tuple[float, float]], max_points: int = MAX_POINTS) -> list[tuple[float, float]]:
    """The track's (lat, lon) points thinned (Douglas-Peucker: none kept within 5 m of the line through
    its neighbours), the tolerance doubled until at most `max_points` remain; both ends always stay."""
    if len(points) <= 2:
        return list(points)
    tolerance = START_TOLERANCE_M
    kept = _douglas_peucker(points, tolerance)
    while len(kept) > max_points:
        tolerance *= 2 if len(kept) <= 4 * max_points else 4  # far off: widen faster
        kept = _douglas_peucker(kept, tolerance)
    return kept


def driven_km(points: list[tuple[float, float]]) -> float:
    """The length along every recorded point: the road as driven, before thinning."""
    return path_km(points)
