"""The bounds every file reader applies, so a hostile or broken file is refused in seconds, not read for hours.

One set of numbers for all readers (CSV, status CSV, XLSX, GeoJSON, GPX, vCard, CAP, PFIF, HXL).
Each bound is far above what a post's real lists reach (a million nationals, a few thousand
partners) and far below what exhausts a laptop. A file past a bound raises FileLimitError (a ValidationError)
saying which bound, where, and what to do.
"""

import math
from dataclasses import dataclass
from pathlib import Path

from micic_planner.core.errors import FileLimitError
from micic_planner.core.i18n import _

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    table_bytes: int = 1024 * MB  # a CSV list of nationals (a million rows is about 200 MB)
    status_bytes: int = 64 * MB  # a status CSV read back from wardens
    field_chars: int = 100_000  # one CSV field or spreadsheet cell; a note, never a book
    columns: int = 256
    rows: int = 2_000_000
    cells: int = 50_000_000  # rows x header columns read from one sheet, blank cells included
    xlsx_bytes: int = 512 * MB  # the compressed workbook on disk
    xlsx_unpacked: int = 2048 * MB  # every part of the workbook, uncompressed; sheets are streamed
    xlsx_strings: int = 256 * MB  # the shared strings, which openpyxl holds in memory even when streaming
    xlsx_ratio: int = 500  # compression ratio past which a large part is a zip bomb, not a spreadsheet
    geo_bytes: int = 64 * MB  # GeoJSON and GPX of places, zones and routes
    depth: int = 32  # nesting of JSON arrays and objects; a MultiPolygon needs 6
    features: int = 200_000  # features, waypoints, route and track points in one map file
    xml_bytes: int = 256 * MB  # PFIF lists of persons
    alert_bytes: int = 8 * MB  # a CAP alert
    vcard_bytes: int = 4 * MB  # a contact file; photos are dropped before parsing
    vcards: int = 5_000
    vcard_line: int = 16_000  # one unfolded vCard line without its photo
    vcard_params: int = 64  # parameters on one vCard line (TYPE=…;TYPE=…)


LIMITS = Limits()
# SQLite stores integers in 64 bits; a larger one raises OverflowError at the INSERT.
SQLITE_INT_MIN, SQLITE_INT_MAX = -(2 ** 63), 2 ** 63 - 1


def _mb(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size:,} B"


def check_file_size(path: str | Path, limit: int, what: str = "") -> int:
    """The size of `path`; FileLimitError if it is larger than `limit` bytes."""
    size = Path(path).stat().st_size
    if size > limit:
        raise FileLimitError("file", _("The file is too large to read ({size}; at most {limit}{what}).").format(
            size=_mb(size), limit=_mb(limit), what=f", {what}" if what else ""), where=str(path),
            hint=_("Split it into smaller files, or check that it is the file you meant to open."))
    return size


def too_large(what: str, count: int, limit: int, where: str, hint: str = "") -> FileLimitError:
    """The error for a file holding more of `what` (rows, columns, cards, levels) than a reader accepts."""
    return FileLimitError("file", _("The file holds too many {what} ({count:,}; at most {limit:,}).").format(
        what=what, count=count, limit=limit), where=where,
        hint=hint or _("Split it into smaller files, or check that it is the file you meant to open."))


def field_too_long(where: str, limit: int | None = None) -> FileLimitError:
    return FileLimitError("file", _("A field is longer than {limit:,} characters.").format(
        limit=limit or LIMITS.field_chars), where=where,
        hint=_("A field this long is usually a broken quote: check the quotes on that line, then try again."))


def sqlite_int(value, where: str, field: str) -> int:
    """`value` as an integer SQLite can store; FileLimitError naming `field` otherwise."""
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise FileLimitError(field, _("'{value}' is not a whole number.").format(value=str(value)[:40]),
                              where=where, hint=_("Correct the value, then try again.")) from None
    if not SQLITE_INT_MIN <= number <= SQLITE_INT_MAX:
        raise FileLimitError(field, _("The number {value}… is too large.").format(value=str(value)[:20]),
                              where=where, hint=_("Correct the value, then try again."))
    return number


def finite_float(value, where: str, field: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise FileLimitError(field, _("'{value}' is not a number.").format(value=str(value)[:40]), where=where,
                              hint=_("Correct the value, then try again.")) from None
    if not math.isfinite(number):
        raise FileLimitError(field, _("'{value}' is not a number.").format(value=str(value)[:40]), where=where,
                              hint=_("Correct the value, then try again."))
    return number


def lat_lon(lat, lon, where: str) -> tuple[float, float]:
    """(lat, lon) as numbers on the Earth; FileLimitError for a latitude past ±90 or a longitude past ±180."""
    lat, lon = finite_float(lat, where, "latitude"), finite_float(lon, where, "longitude")
    if not -90 <= lat <= 90:
        raise FileLimitError("latitude", _("The latitude {value} is not between -90 and 90.").format(value=lat),
                              where=where, hint=_("Correct the coordinates (decimal degrees), then try again."))
    if not -180 <= lon <= 180:
        raise FileLimitError("longitude", _("The longitude {value} is not between -180 and 180.").format(
            value=lon), where=where, hint=_("Correct the coordinates (decimal degrees), then try again."))
    return lat, lon
