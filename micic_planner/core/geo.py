"""Distances on the Earth: geodesic for routes, fast great-circle for bulk work."""

import math

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
