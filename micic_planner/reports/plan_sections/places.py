"""Where people gather and how they leave: assembly points, shelters, exit points and routes."""

from reportlab.platypus import PageBreak

from micic_planner.core.enums import PlaceKind, RouteStatus
from micic_planner.core.routes import format_hours
from micic_planner.reports.plan_sections.common import PlanContext
from micic_planner.reports.plan_sections.maps import map_pages
from micic_planner.reports.styles import FONT_BOLD, RESTRICTED


def _contact(place) -> str:
    return "\n".join(x for x in (place.contact_name, place.contact_phone) if x) or "—"


def _capacity(ctx: PlanContext, place) -> str:
    return ctx.t("unknown") if place.capacity is None else ctx.number(place.capacity)


def _coords(place) -> str:
    return f"{place.lat:.4f}, {place.lon:.4f}"


def assembly_points(ctx: PlanContext) -> list:
    data, t = ctx.data, ctx.t
    story = [ctx.heading("Assembly points and shelters", number="7."),
             ctx.p("Nationals gather at the assembly point of their zone when phase 3 or 4 is declared, or when "
                   "their warden tells them to. Shelters and safe havens receive people who cannot stay at home.")]
    story.append(ctx.heading("Assembly points", level=2))
    rows, style = [], []
    for i, load in enumerate(data.figures.loads, 1):
        p = load.place
        over = p.capacity and load.assigned > p.capacity
        share = f"{100 * load.assigned / p.capacity:.0f} %" if p.capacity else "—"
        # The coordinates go under the name: eight columns do not fit a portrait page at 8 pt.
        rows.append([f"{p.name}\n{_coords(p)}", data.zone_name(p.zone_id) or "—", _capacity(ctx, p),
                     ctx.number(load.assigned), share + (f"\n{t('over capacity')}" if over else ""),
                     p.facilities or "—", _contact(p)])
        if over:
            style += [("FONTNAME", (3, i), (4, i), FONT_BOLD), ("TEXTCOLOR", (4, i), (4, i), RESTRICTED)]
    if rows:
        story.append(ctx.table(["Assembly point", "Zone", "Capacity", "Assigned", "Load", "Facilities", "Contact"],
                               rows, [38, 20, 15, 15, 15, 35, 30], numeric=(2, 3, 4),
                               extra_style=style))
    else:
        story.append(ctx.empty("No assembly point has been recorded."))
    story.append(ctx.heading("Shelters and safe havens", level=2))
    rows = [[p.name, p.kind.label(ctx.lang), _capacity(ctx, p), p.address or "—", p.facilities or "—",
             _contact(p)] for p in data.places_of(PlaceKind.SHELTER, PlaceKind.SAFE_HAVEN)]
    if rows:
        story.append(ctx.table(["Name", "Kind", "Capacity", "Address", "Facilities", "Contact"], rows,
                               [33, 20, 15, 40, 35, 30], numeric=(2,)))
    else:
        story.append(ctx.empty("No shelter or safe haven has been recorded."))
    story.append(ctx.heading("Exit points", level=2))
    rows = [[p.name, p.kind.label(ctx.lang), _coords(p), p.address or "—", _contact(p)]
            for p in data.places_of(PlaceKind.BORDER_CROSSING, PlaceKind.AIRPORT, PlaceKind.PORT)]
    if rows:
        story.append(ctx.table(["Name", "Kind", "Coordinates", "Address", "Contact"], rows, [40, 25, 30, 45, 33]))
    else:
        story.append(ctx.empty("No border crossing, airport or port has been recorded."))
    story.append(PageBreak())
    return story


def routes(ctx: PlanContext) -> list:
    data = ctx.data
    story = [ctx.heading("Evacuation routes", number="8."),
             ctx.p("Lengths are measured along the route's waypoints on the WGS-84 ellipsoid; times assume the "
                   "planning speed shown, without stops. Check each route's status with the host authorities "
                   "before using it: an alternate is listed under the route it replaces.")]
    rows, style = [], []
    for leg in data.all_routes():
        r = leg.route
        alt = r.alternate_of is not None and any(leg in p.alternates for p in data.routes)
        name = f"↳ {r.name}" if alt else r.name
        ends = f"{leg.origin.name if leg.origin else '?'}\n→ {leg.destination.name if leg.destination else '?'}"
        rows.append([name, ends, r.mode.label(ctx.lang), ctx.number(leg.km, 1), format_hours(leg.hours),
                     f"{r.speed_kmh:g}", ctx.number(r.capacity_per_trip) if r.capacity_per_trip else "—",
                     r.status.label(ctx.lang)])
        i = len(rows)
        if not alt:
            style.append(("FONTNAME", (0, i), (0, i), FONT_BOLD))
        if r.status == RouteStatus.CLOSED:
            style += [("TEXTCOLOR", (7, i), (7, i), RESTRICTED), ("FONTNAME", (7, i), (7, i), FONT_BOLD)]
    if rows:
        story.append(ctx.table(["Route", "From → to", "Mode", "km", "Time", "km/h", "Seats per trip", "Status"],
                               rows, [30, 44, 18, 12, 16, 10, 13, 19], numeric=(3, 4, 5, 6), extra_style=style))
        total_km = sum(leg.km for leg in data.routes)
        story.append(ctx.pf("{n} primary routes and {m} alternates; primary routes total {km} km.", "Note",
                            n=len(data.routes), m=len(data.all_routes()) - len(data.routes),
                            km=ctx.number(total_km, 1)))
    else:
        story.append(ctx.empty("No evacuation route has been recorded."))
    notes = [(leg.route.name, leg.route.notes) for leg in data.all_routes() if leg.route.notes]
    if notes:
        story.append(ctx.heading("Notes on the routes", level=2))
        story += ctx.bullets([f"{name}: {note}" for name, note in notes], translate=False)
    story += map_pages(ctx)  # the jurisdiction, the post's city, each zone (plan_sections/maps.py)
    story.append(PageBreak())
    return story
