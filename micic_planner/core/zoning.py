"""Which zone each national falls in: by polygon for coordinates, by place name for a set of places."""

import unicodedata

import numpy as np

from micic_planner.core.models import Zone


def fold(text: str) -> str:
    """'  Querétaro ' -> 'queretaro': place names compared without accents, case or spaces around."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def zone_places(zone: Zone) -> set[str]:
    return {fold(p) for p in zone.places.split(",") if p.strip()}


def points_in_ring(lon: np.ndarray, lat: np.ndarray, ring) -> np.ndarray:
    """Ray casting over a [lon, lat] ring for whole arrays of points; NaN is never inside."""
    inside = np.zeros(len(lon), dtype=bool)
    ring = np.asarray(ring, dtype=float)
    if len(ring) < 3:
        return inside
    # Only points in the ring's bounding box can be inside: a cheap cut for a big registry.
    box = np.flatnonzero((lon >= ring[:, 0].min()) & (lon <= ring[:, 0].max())
                         & (lat >= ring[:, 1].min()) & (lat <= ring[:, 1].max()))
    x, y = lon[box], lat[box]
    hit = np.zeros(len(box), dtype=bool)
    x1, y1 = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
    for i in range(len(ring)):
        if y1[i] == y2[i]:
            continue
        crosses = (y1[i] > y) != (y2[i] > y)
        at = x1[i] + (y - y1[i]) * (x2[i] - x1[i]) / (y2[i] - y1[i])
        hit ^= crosses & (x < at)
    inside[box] = hit
    return inside


def zone_membership(lat: np.ndarray, lon: np.ndarray, places: list[str], zones: list[Zone]) -> np.ndarray:
    """The zone id of each national, -1 for none.

    A polygon decides for anyone with coordinates inside it (the first zone in list order wins
    where polygons overlap); a zone given as a set of places takes the rest by their place's name.
    """
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    out = np.full(len(lat), -1, dtype=np.int64)
    for zone in zones:
        if zone.polygon and zone.id is not None:
            free = out < 0
            hit = points_in_ring(lon[free], lat[free], zone.polygon)
            out[np.flatnonzero(free)[hit]] = zone.id
    by_name: dict[str, int] = {}
    for zone in zones:
        if zone.id is not None:
            for name in zone_places(zone):
                by_name.setdefault(name, zone.id)
    if by_name:
        cache: dict[str, int] = {}
        for i in np.flatnonzero(out < 0):
            name = places[i] or ""
            if name not in cache:
                cache[name] = by_name.get(fold(name), -1)
            out[i] = cache[name]
    return out
