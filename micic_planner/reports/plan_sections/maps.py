"""The plan's map pages: the jurisdiction with numbered places, the post's city, then one map per zone.

The city where most nationals live gets its own page because, at the scale of the whole
jurisdiction, its assembly points, shelters and towns fall on top of each other.
"""

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph

from micic_planner.core.enums import PlaceKind
from micic_planner.core.geo import haversine_km
from micic_planner.core.outlines import extent
from micic_planner.core.routes import format_hours
from micic_planner.reports.plan_map import PlanMap, map_routes
from micic_planner.reports.plan_sections.common import PlanContext

CITY_KM = 20.0  # places this near the post are the city's and its outskirts'
LOCAL = (PlaceKind.ASSEMBLY_POINT, PlaceKind.SHELTER)


def city_box(ctx: PlanContext) -> tuple[float, float, float, float] | None:
    """The box of the post's city: the places within `CITY_KM` of the post (or of the busiest assembly point)."""
    data = ctx.data
    post = data.post
    if post.lat is not None and post.lon is not None:
        centre = (post.lat, post.lon)
    elif data.figures.loads:
        busiest = max(data.figures.loads, key=lambda load: load.assigned).place
        centre = (busiest.lat, busiest.lon)
    else:
        return None
    near = [(p.lat, p.lon) for p in data.places if haversine_km(*centre, p.lat, p.lon) <= CITY_KM]
    if len(near) < 2:
        return None  # nothing crowds there: the overview is enough
    return extent([centre, *near], pad=0.15, min_km=4.0)


def zone_box(ctx: PlanContext, zone) -> tuple[float, float, float, float] | None:
    points = [(y, x) for x, y in zone.polygon]
    points += [(p.lat, p.lon) for p in ctx.data.places if p.zone_id == zone.id and p.kind in LOCAL]
    return extent(points, pad=0.1, min_km=4.0) if points else None


def _map(ctx: PlanContext) -> PlanMap:
    data = ctx.data
    loads = {load.place.id: load.assigned for load in data.figures.loads}
    return PlanMap(data.places, data.zones, map_routes(data.routes), loads, data.post.host_country, ctx.lang,
                   towns=data.towns)


def _size(ctx: PlanContext, tall: bool = False) -> tuple[float, float]:
    """The overview leaves room for its long key; a city or zone map has only a short list under it."""
    return ctx.width, min(ctx.width * (1.15 if tall else 0.75), (200 if tall else 135) * mm)


def _paired_key(ctx: PlanContext, rows: list[list[str]]):
    """The key in two columns of (number, place, assigned / capacity)."""
    half = (len(rows) + 1) // 2
    paired = [left + (right if right else ["", "", ""]) for left, right in
              zip(rows[:half], rows[half:] + [None] * (2 * half - len(rows)))]
    return ctx.table(["No.", "Place", "Assigned / capacity"] * 2, paired, [10, 50, 24] * 2, numeric=(2, 5),
                     repeat=False)


def map_pages(ctx: PlanContext) -> list:
    """Every map page of the plan, each starting on a new page."""
    pm = _map(ctx)
    city = city_box(ctx)
    head = [ctx.heading("Map of the jurisdiction", level=2),
            ctx.p("Assembly points, exit points, evacuation routes and zones; the numbers refer to the key below "
                  "the map. Routes leaving the map continue to their destination.", "Small")]
    if city:
        head.append(ctx.p(ctx.t("The places inside the dashed outline are named on the map of {city}, the next "
                                "page.").format(city=ctx.data.post.city or ctx.data.post.name), "Small",
                          translate=False))
    overview = _fitted(ctx, head, [], _size(ctx)[1], lambda h: pm.drawing(ctx.width, h, inset=city),
                       lambda: [ctx.gap(2), _paired_key(ctx, pm.key_rows())])
    story = [PageBreak(), *head, *overview]
    if city:
        name = ctx.data.post.city or ctx.data.post.name
        head = [ctx.heading(ctx.t("Map of {city}").format(city=name), level=2, translate=False),
                ctx.p("The city where most nationals live, outlined on the map of the jurisdiction. Every place "
                      "is named where there is room; the others are numbered and listed below the map.", "Small")]
        story += [PageBreak(), *head, *_named_map(ctx, pm, head, [], box=city, route_names=_routes_from(ctx, city))]
    for zone in ctx.data.zones:
        box = zone_box(ctx, zone)
        if box is None:
            continue
        # Not in the contents: seven zones would push the contents onto another page for no gain.
        head = [Paragraph(escape(ctx.t("Map of the zone {zone}").format(zone=zone.name)), ctx.styles["H2"])]
        after = _zone_routes(ctx, zone)
        story += [PageBreak(), *head,
                  *_named_map(ctx, pm, head, after, box=box,
                              route_names={r.route.id for r in ctx.data.all_routes() if _in_zone(r, zone)}),
                  *after]
    return story


def _named_map(ctx: PlanContext, pm: PlanMap, before: list, after: list, **where) -> list:
    """A named map with the key of the names it had no room for."""
    return _fitted(ctx, before, after, _size(ctx, tall=True)[1],
                   lambda h: pm.drawing(ctx.width, h, named=True, **where), lambda: _unnamed_key(ctx, pm))


def _fitted(ctx: PlanContext, before: list, after: list, tallest: float, draw, key) -> list:
    """`draw(height)` as tall as the page leaves room for under `before` and over `key()` and `after`, so that a
    map page never spills a row of its tables onto a page of its own; the drawing and its key."""
    width = ctx.width
    frame = getattr(ctx, "height", 0) or tallest * 1.6

    def height_of(flowables) -> float:
        return sum(f.wrap(width, frame)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)

    room = frame - height_of(before) - height_of(after) - 14
    key_height = 0.0
    for _attempt in range(4):  # a shorter map may have to key a name or two more: measure again
        drawing = draw(max(min(tallest, room - key_height), 80 * mm))
        needed = height_of(key())
        if needed <= key_height:
            break
        key_height = needed
    return [drawing, *key()]


def _in_zone(leg, zone) -> bool:
    return bool(leg.origin and leg.origin.zone_id == zone.id)


def _routes_from(ctx: PlanContext, box) -> set[int]:
    west, south, east, north = box
    return {leg.route.id for leg in ctx.data.all_routes()
            if leg.origin and west <= leg.origin.lon <= east and south <= leg.origin.lat <= north}


def _unnamed_key(ctx: PlanContext, pm: PlanMap) -> list:
    rows = pm.unnamed_rows()
    return [ctx.gap(2), _paired_key(ctx, rows)] if rows else []


def _zone_routes(ctx: PlanContext, zone) -> list:
    """The routes out of the zone's assembly points and shelters, each primary with its alternates under it."""
    rows = []
    for leg in ctx.data.routes:
        if not _in_zone(leg, zone):
            continue
        for item, alternate in ((leg, False), *((a, True) for a in leg.alternates)):
            ends = f"{item.origin.name if item.origin else '?'} → {item.destination.name if item.destination else '?'}"
            rows.append([("↳ " if alternate else "") + item.route.name, ends,
                         ctx.t("Alternate route") if alternate else ctx.t("Primary route"), ctx.number(item.km, 1),
                         format_hours(item.hours), item.route.status.label(ctx.lang)])
    if not rows:
        return [ctx.gap(2), ctx.empty("No evacuation route leaves this zone's assembly points.")]
    return [ctx.gap(2), ctx.table(["Route", "From → to", "Kind", "km", "Time", "Status"], rows,
                                  [34, 62, 18, 12, 14, 18], numeric=(3, 4))]
