"""Offline raster tiles from an MBTiles file (SQLite) that a post prepares before a crisis."""

import sqlite3
from pathlib import Path

from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _


class MBTiles:
    """Read-only access to the tiles of one MBTiles file, addressed in XYZ (not TMS) rows."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self.metadata = dict(self.conn.execute("SELECT name, value FROM metadata").fetchall())
            low, high = self.conn.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ImportFileError(_("This file is not an MBTiles map: {detail}").format(detail=exc),
                                  where=str(self.path),
                                  hint=_("Choose an .mbtiles file with raster tiles (PNG or JPEG).")) from exc
        if low is None:
            raise ImportFileError(_("The MBTiles file holds no tiles."), where=str(self.path),
                                  hint=_("Prepare the tiles for the jurisdiction again."))
        self.min_zoom, self.max_zoom = int(low), int(high)
        if self.metadata.get("format", "png").lower() not in ("png", "jpg", "jpeg", "webp"):
            raise ImportFileError(_("The MBTiles file holds vector tiles, which cannot be drawn."),
                                  where=str(self.path), hint=_("Use raster tiles (PNG or JPEG)."))

    @property
    def name(self) -> str:
        return self.metadata.get("name") or self.path.stem

    @property
    def attribution(self) -> str:
        return self.metadata.get("attribution", "")

    def tile(self, zoom: int, x: int, y: int) -> bytes | None:
        """The image bytes of an XYZ tile, or None where the file has none."""
        row = self.conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            [zoom, x, (1 << zoom) - 1 - y]).fetchone()  # MBTiles rows count from the south (TMS)
        return bytes(row[0]) if row else None

    def close(self) -> None:
        self.conn.close()


def write_mbtiles(path: str | Path, tiles: dict[tuple[int, int, int], bytes], name: str = "",
                  attribution: str = "") -> None:
    """Write XYZ-addressed PNG tiles as an MBTiles file (used to prepare a basemap and in tests)."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript("CREATE TABLE metadata (name TEXT, value TEXT);"
                           "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                           "tile_data BLOB, PRIMARY KEY (zoom_level, tile_column, tile_row));")
        conn.executemany("INSERT INTO metadata VALUES (?, ?)",
                         [("name", name), ("format", "png"), ("attribution", attribution)])
        conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                         [(z, x, (1 << z) - 1 - y, data) for (z, x, y), data in tiles.items()])
        conn.commit()
    finally:
        conn.close()
