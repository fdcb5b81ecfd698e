"""The post's local time: its IANA zone from the host country and coordinates, and stored UTC stamps shown in it.

The zones of a country and their reference coordinates come from the time-zone database's own
`zone.tab` (the `tzdata` package, or the system's copy), so no hand-kept table of zones can rot.
"""

import math
from datetime import UTC, datetime
from functools import cache
from zoneinfo import TZPATH, ZoneInfo, ZoneInfoNotFoundError

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _


def _zone_tab() -> str:
    try:
        from importlib.resources import files

        # One part per joinpath: in the frozen build tzdata is a namespace package whose MultiplexedPath
        # takes a single part (Python 3.11), and two parts raised TypeError there.
        return files("tzdata").joinpath("zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        from pathlib import Path

        for base in TZPATH:
            path = Path(base) / "zone.tab"
            if path.is_file():
                return path.read_text(encoding="utf-8")
    return ""


def _degrees(text: str, width: int) -> float:
    """"+1924" (±DDMM) or "+192400" (±DDMMSS), `width` digits of degrees, as decimal degrees."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:]
    deg, rest = int(digits[:width]), digits[width:]
    minutes = int(rest[:2]) if rest else 0
    seconds = int(rest[2:4]) if len(rest) > 2 else 0
    return sign * (deg + minutes / 60 + seconds / 3600)


@cache
def country_zones() -> dict[str, list[tuple[str, float, float]]]:
    """Country code -> [(zone, lat, lon)] in the database's order, its principal zone first."""
    zones: dict[str, list[tuple[str, float, float]]] = {}
    for line in _zone_tab().splitlines():
        if not line or line.startswith("#"):
            continue
        country, coords, name = line.split("\t")[:3]
        split = max(coords.rfind("+"), coords.rfind("-"))
        zones.setdefault(country, []).append((name, _degrees(coords[:split], 2), _degrees(coords[split:], 3)))
    return zones


def _same_clock(a: str, b: str, year: int) -> bool:
    """Whether two zones show the same time all this year (winter and summer)."""
    za, zb = ZoneInfo(a), ZoneInfo(b)
    moments = [datetime(year, month, 15, 12, tzinfo=UTC) for month in (1, 4, 7, 10)]
    return all(m.astimezone(za).utcoffset() == m.astimezone(zb).utcoffset() for m in moments)


def post_zone(country: str, lat: float | None = None, lon: float | None = None, chosen: str = "") -> str:
    """The IANA zone of a post: the one it chose, else its country's zone nearest to it.

    A nearer zone that keeps the same clock as the country's principal one gives way to it: a post in
    Chiapas is nearer Mérida than Mexico City, but both keep central time, and "America/Mexico_City"
    is the name its staff recognise. A country the database does not know reads as UTC.
    """
    if chosen:
        try:
            ZoneInfo(chosen)
        except (ZoneInfoNotFoundError, ValueError):
            hint = _("Give a zone name such as America/Mexico_City or America/Guatemala.")
            raise ValidationError("time_zone", _("{zone} is not a time zone.").format(zone=chosen),
                                  hint=hint) from None
        return chosen
    zones = country_zones().get((country or "").upper(), [])
    if not zones:
        return "UTC"
    principal = zones[0][0]
    if lat is None or lon is None or len(zones) == 1:
        return principal

    def distance(zone) -> float:
        _name, zlat, zlon = zone
        return math.hypot(zlat - lat, (zlon - lon) * math.cos(math.radians((zlat + lat) / 2)))

    nearest = min(zones, key=distance)[0]
    return principal if _same_clock(principal, nearest, datetime.now(UTC).year) else nearest


def zone_of_post(post) -> str:
    """The zone of a `Post` (or UTC without one)."""
    if post is None:
        return "UTC"
    return post_zone(post.host_country, post.lat, post.lon, post.time_zone)


def local_time(stamp: str | datetime, zone: str) -> datetime:
    """A stored UTC timestamp ("...Z" or with an offset) in `zone`."""
    value = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(ZoneInfo(zone))


def utc_offset(moment: datetime) -> str:
    """"UTC−06:00" for a local time: how far it is from UTC."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
