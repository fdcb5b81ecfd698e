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


def report_lines(mapped: ZoneFigures, zone_names: dict[int, str], area_tag: str, problems=(),
                 unread_columns=()) -> list[str]:
    """What an import of counts does: the counts per zone, what was added up, every row or cell not used, totals."""
    lines = [_("Areas read from {tag}; counts per zone:").format(tag=area_tag)]
    for zone_id, counts in mapped.by_zone.items():
        lines.append(f"  {zone_names.get(zone_id, '?')}: " + ", ".join(f"{tag} {value:g}"
                                                                      for tag, value in counts.items()))
    if mapped.added_up:
        lines.append(_("Several rows fell in these zones and were added up: {zones}").format(
            zones=", ".join(mapped.added_up)))
    lines += [_("Not used: {what}").format(what=line) for line in (*mapped.unmapped, *problems)]
    if unread_columns:
        lines.append(_("Columns not read (not counts of people): {columns}").format(columns=", ".join(unread_columns)))
    lines.append(_("{zones} zones got counts; {rows} rows named no zone of the post.").format(
        zones=len(mapped.by_zone), rows=len(mapped.unmapped)))
    return lines


def figures_text(rows: list[dict]) -> dict[int, str]:
    """Per zone id, its kept counts as one short text: "#population 12500 · #affected+f 300"."""
    texts: dict[int, list[str]] = {}
    for row in rows:
        texts.setdefault(row["zone_id"], []).append(f"{row['figure']} {row['value']:g}")
    return {zone_id: " · ".join(items) for zone_id, items in texts.items()}
