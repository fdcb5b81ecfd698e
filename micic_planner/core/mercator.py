"""Web Mercator in "world units": the whole world is 256 x 256 at zoom 0, as XYZ map tiles are."""

import math

import numpy as np

WORLD = 256.0
MAX_LAT = 85.05112878


def to_world(lon, lat):
    """(x, y) world units for scalars or numpy arrays; y grows southwards, as on screen."""
    lat = np.clip(lat, -MAX_LAT, MAX_LAT)
    x = (np.asarray(lon, dtype=float) + 180.0) / 360.0 * WORLD
    s = np.sin(np.radians(lat))
    y = (0.5 - np.log((1 + s) / (1 - s)) / (4 * math.pi)) * WORLD
    return x, y


def to_lonlat(x: float, y: float) -> tuple[float, float]:
    lon = x / WORLD * 360.0 - 180.0
    n = math.pi - 2 * math.pi * y / WORLD
    return lon, math.degrees(math.atan(math.sinh(n)))


def tile_span(zoom: int) -> float:
    """World units covered by one tile at `zoom`."""
    return WORLD / (2 ** zoom)
