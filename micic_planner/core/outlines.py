"""The bundled country outlines (Natural Earth 1:110m, public domain) and map extents."""

import json
import math
from dataclasses import dataclass
from functools import cache

from micic_planner.core.paths import resource_path

OUTLINES_FILE = "naturalearth_countries_110m.geojson"
CREDIT = "Outlines: Natural Earth (public domain)"


@dataclass(frozen=True)
class Country:
    iso_a3: str
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # outer rings of (lon, lat)
    box: tuple[float, float, float, float]  # west, south, east, north


@cache
def countries() -> tuple[Country, ...]:
    with open(resource_path("map", OUTLINES_FILE), encoding="utf-8") as f:
        data = json.load(f)
    out = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings = tuple(tuple((float(x), float(y)) for x, y in polygon[0]) for polygon in polygons)
        xs = [x for ring in rings for x, _y in ring]
        ys = [y for ring in rings for _x, y in ring]
        props = feature["properties"]
        out.append(Country(props.get("iso_a3", ""), props.get("name", ""), rings, (min(xs), min(ys), max(xs), max(ys))))
    return tuple(out)


def country_box(iso_a2_or_a3: str) -> tuple[float, float, float, float] | None:
    """The extent of a country by ISO code (alpha-2 codes are looked up through pycountry)."""
    code = iso_a2_or_a3.upper()
    if len(code) == 2:
        import pycountry

        found = pycountry.countries.get(alpha_2=code)
        code = found.alpha_3 if found else code
    return next((c.box for c in countries() if c.iso_a3 == code), None)


def extent(points: list[tuple[float, float]], pad: float = 0.12, min_km: float = 20.0,
           fallback: tuple[float, float, float, float] | None = None) -> tuple[float, float, float, float]:
    """A (west, south, east, north) box around (lat, lon) points, padded, at least `min_km` across."""
    if not points:
        return fallback or (-118.0, 5.0, -77.0, 33.0)  # Mexico and Central America
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    mid_lat = (min(lats) + max(lats)) / 2
    min_deg_lat = min_km / 111.0
    min_deg_lon = min_deg_lat / max(0.1, math.cos(math.radians(mid_lat)))
    south, north = min(lats), max(lats)
    west, east = min(lons), max(lons)
    if north - south < min_deg_lat:
        south, north = mid_lat - min_deg_lat / 2, mid_lat + min_deg_lat / 2
    if east - west < min_deg_lon:
        mid = (east + west) / 2
        west, east = mid - min_deg_lon / 2, mid + min_deg_lon / 2
    dy, dx = (north - south) * pad, (east - west) * pad
    return west - dx, south - dy, east + dx, north + dy


def clip_ring(ring, box) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: the part of a (lon, lat) ring inside a (west, south, east, north) box."""
    west, south, east, north = box
    edges = ((0, west, True), (0, east, False), (1, south, True), (1, north, False))
    out = list(ring)
    for axis, limit, keep_above in edges:
        if not out:
            break
        src, out = out, []
        for i, cur in enumerate(src):
            prev = src[i - 1]
            if _inside(cur, axis, limit, keep_above):
                if not _inside(prev, axis, limit, keep_above):
                    out.append(_cross(prev, cur, axis, limit))
                out.append(cur)
            elif _inside(prev, axis, limit, keep_above):
                out.append(_cross(prev, cur, axis, limit))
    return out


def _inside(point, axis: int, limit: float, keep_above: bool) -> bool:
    return point[axis] >= limit if keep_above else point[axis] <= limit


def _cross(a, b, axis, limit):
    t = (limit - a[axis]) / (b[axis] - a[axis])
    other = 1 - axis
    point = [0.0, 0.0]
    point[axis] = limit
    point[other] = a[other] + t * (b[other] - a[other])
    return (point[0], point[1])


def nice_distance(km: float) -> float:
    """The largest of 1, 2, 5 x 10^n not above `km`, for a scale bar."""
    if km <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(km))
    return max(m * exp for m in (1, 2, 5) if m * exp <= km)
