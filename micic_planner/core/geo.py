"""Distances on the Earth (geodesic for routes, fast great-circle for bulk work), and what a map file gave."""

import math
from collections.abc import Iterable

EARTH_RADIUS_KM = 6371.0088


def geodesic_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Ellipsoidal (WGS-84) distance between two (lat, lon) points, in km."""
    from geopy.distance import geodesic  # heavy import, only when a route length is needed

    return geodesic(a, b).km


def path_km(points: list[tuple[float, float]]) -> float:
    """Geodesic length along a path of (lat, lon) points."""
    return sum(geodesic_km(points[i], points[i + 1]) for i in range(len(points) - 1))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def point_in_polygon(lon: float, lat: float, ring: list[list[float]]) -> bool:
    """Ray casting over a ring of [lon, lat] pairs (GeoJSON order)."""
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i][0], ring[i][1]
        x2, y2 = ring[(i + 1) % n][0], ring[(i + 1) % n][1]
        if (y1 > lat) != (y2 > lat):
            x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if lon < x:
                inside = not inside
    return inside


# Which fields of a record a map file actually gave; storage.geo_import keeps the stored value of
# every other field (a place's zone is in no map file: re-importing the post's own file must not
# erase it). A record without the mark gives every field.
_GIVEN = "_fields_in_file"
_ALWAYS = {"place": ("lat", "lon"), "zone": (), "route": ("origin_id", "destination_id", "alternate_of")}


def mark_given(obj, kind: str, names: Iterable[str]):
    """Note on `obj` the fields its file gave (plus those a reader always sets); returns `obj`."""
    setattr(obj, _GIVEN, frozenset(names) | set(_ALWAYS[kind]))
    return obj


def fields_given(obj) -> frozenset[str] | None:
    """The fields `mark_given` noted, or None when the record came whole."""
    return getattr(obj, _GIVEN, None)
