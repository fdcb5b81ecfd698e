"""Another organisation's counts per area put on the post's zones: by zone name, code or one of its places."""

from dataclasses import dataclass, field

from micic_planner.core.i18n import _
from micic_planner.core.models import Zone
from micic_planner.core.zoning import fold, zone_places


@dataclass
class ZoneFigures:
    """Counts per zone (by zone id, then hashtag), and the rows that named no zone of the post, with why."""

    by_zone: dict[int, dict[str, float]] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    added_up: list[str] = field(default_factory=list)  # zones several rows fell in; their counts were summed


def map_to_zones(rows, zones: list[Zone]) -> ZoneFigures:
    """`rows` (with `row`, `area` and `counts`) on `zones`; a zone several rows name gets their sum."""
    index: dict[str, Zone] = {}
    for zone in zones:
        for key in (zone.name, zone.code, *zone_places(zone)):
            if key and fold(key) not in index:
                index[fold(key)] = zone
    result = ZoneFigures()
    seen: dict[int, int] = {}
    for row in rows:
        if not row.area:
            result.unmapped.append(_("row {row}: no area named").format(row=row.row))
            continue
        zone = index.get(fold(row.area))
        if zone is None:
            result.unmapped.append(_("row {row}: “{area}” is no zone of the post (by name, code or place)").format(
                row=row.row, area=row.area))
            continue
        if not row.counts:
            result.unmapped.append(_("row {row}: “{area}” has no count").format(row=row.row, area=row.area))
            continue
        figures = result.by_zone.setdefault(zone.id, {})
        for tag, value in row.counts.items():
            figures[tag] = figures.get(tag, 0) + value
        seen[zone.id] = seen.get(zone.id, 0) + 1
        if seen[zone.id] == 2:
            result.added_up.append(zone.name)
    return result
