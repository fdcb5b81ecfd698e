"""The plan's map: outlines, zones, routes and assembly points drawn with reportlab graphics.

Every layer differs by line pattern or shape as well as colour, so the map still reads when
the plan is printed or photocopied in black and white.
"""

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from micic_planner.core.enums import PlaceKind, RouteStatus
from micic_planner.core.i18n import Translator
from micic_planner.core.models import Place, Route, Zone
from micic_planner.core.outlines import CREDIT, clip_ring, countries, country_box, extent, nice_distance
from micic_planner.reports.styles import FONT, FONT_BOLD, FONT_ITALIC, INK, RESTRICTED, register_fonts

LAND, OTHER_LAND, BORDER = colors.HexColor("#f2f2f2"), colors.HexColor("#e0e0e0"), colors.HexColor("#9a9a9a")
ZONE_FILL = colors.Color(0.12, 0.31, 0.47, alpha=0.07)
GREY = colors.HexColor("#555555")
TOWN_INK, TOWN_SIZE = colors.HexColor("#6b6b6b"), 8
LEGEND_HEIGHT = 70
EXIT_KINDS = (PlaceKind.BORDER_CROSSING, PlaceKind.AIRPORT, PlaceKind.PORT)


@dataclass
class MapRoute:
    """A route to draw: its path as (lat, lon) and whether it is an alternate."""

    route: Route
    path: list[tuple[float, float]]
    alternate: bool


class PlanMap:
    """Builds the Drawing of a jurisdiction; `loads` maps an assembly point's id to nationals assigned."""

    def __init__(self, places: list[Place], zones: list[Zone], routes: list[MapRoute], loads: dict[int, int],
                 host_country: str = "", lang: str = "en", towns: list[tuple[str, float, float]] = ()):
        self.places, self.zones, self.routes, self.loads = places, zones, routes, loads
        self.towns = list(towns)  # (name, lat, lon), most populous first
        self.host_country = host_country
        self.t = Translator(lang)
        register_fonts()

    def extent(self) -> tuple[float, float, float, float]:
        """The jurisdiction: assembly points, shelters and zones; far exits and havens may fall outside."""
        local = [p for p in self.places if p.kind in (PlaceKind.ASSEMBLY_POINT, PlaceKind.SHELTER)] or self.places
        points = [(p.lat, p.lon) for p in local]
        points += [(y, x) for z in self.zones for x, y in z.polygon]
        return extent(points, fallback=country_box(self.host_country) if self.host_country else None)

    def drawing(self, width: float, height: float) -> Drawing:
        d = Drawing(width, height)
        map_h = height - LEGEND_HEIGHT
        box = _fit(self.extent(), width / map_h)
        self.box = box
        project = self._projection(box, width, map_h, LEGEND_HEIGHT)
        d.add(Rect(0, LEGEND_HEIGHT, width, map_h, fillColor=colors.white, strokeColor=None))
        d.add(self._outlines(box, project))
        d.add(self._zones(project))
        d.add(self._towns(project))
        d.add(self._routes(project))
        d.add(self._places(project))
        d.add(Rect(0, LEGEND_HEIGHT, width, map_h, fillColor=None, strokeColor=INK, strokeWidth=0.8))
        d.add(self._north(width - 18, height - 34))
        d.add(self._scale(box, width, project))
        d.add(self._legend(width))
        return d

    # -- geometry ---------------------------------------------------------------------------
    def _projection(self, box, width, height, bottom):
        west, south, east, north = box
        k = math.cos(math.radians((south + north) / 2))  # equirectangular: fine at a jurisdiction's scale
        span_x, span_y = (east - west) * k, north - south
        scale = min(width / span_x, height / span_y)
        off_x = (width - span_x * scale) / 2
        off_y = bottom + (height - span_y * scale) / 2
        self._frame = (0.0, float(bottom), float(width), float(bottom + height))
        self._scale_pt_per_deg = scale
        self._k = k
        project = lambda lon, lat: (off_x + (lon - west) * k * scale, off_y + (lat - south) * scale)  # noqa: E731
        self._project_point = lambda place: project(place.lon, place.lat)
        return project

    def _outlines(self, box, project) -> Group:
        g = Group()
        host = self._host_a3()
        for country in countries():
            w, s, e, n = country.box
            if e < box[0] or w > box[2] or n < box[1] or s > box[3]:
                continue
            for ring in country.rings:
                clipped = clip_ring(ring, box)
                if len(clipped) < 3:
                    continue
                pts = [c for lon, lat in clipped for c in project(lon, lat)]
                fill = LAND if country.iso_a3 == host or not host else OTHER_LAND
                g.add(Polygon(pts, fillColor=fill, strokeColor=BORDER, strokeWidth=0.5))
        return g

    def _host_a3(self) -> str:
        if len(self.host_country) != 2:
            return self.host_country.upper()
        import pycountry

        found = pycountry.countries.get(alpha_2=self.host_country.upper())
        return found.alpha_3 if found else ""

    def _towns(self, project) -> Group:
        """Town names in grey, the most populous first, none over another or over a numbered place."""
        g = Group()
        x0, y0, x1, y1 = self._frame
        taken = [(x - 9, y - 9, x + 18, y + 9) for x, y in (project(p.lon, p.lat) for p in self.places)]
        for name, lat, lon in self.towns:
            x, y = project(lon, lat)
            box = (x - 2, y - 4, x + 4 + stringWidth(name, FONT, TOWN_SIZE), y + TOWN_SIZE - 1)
            if box[0] < x0 or box[2] > x1 or box[1] < y0 or box[3] > y1:
                continue
            if any(box[0] < b[2] + 3 and b[0] < box[2] + 3 and box[1] < b[3] + 3 and b[1] < box[3] + 3 for b in taken):
                continue
            taken.append(box)
            g.add(Circle(x, y, 1.1, fillColor=TOWN_INK, strokeColor=None))
            g.add(String(x + 3, y - 2.4, name, fontName=FONT, fontSize=TOWN_SIZE, fillColor=TOWN_INK))
        return g

    def _zones(self, project) -> Group:
        g = Group()
        for zone in self.zones:
            if len(zone.polygon) < 3:
                continue
            pts = [c for lon, lat in zone.polygon for c in project(lon, lat)]
            g.add(Polygon(pts, fillColor=ZONE_FILL, strokeColor=GREY, strokeWidth=0.9, strokeDashArray=[1, 2]))
            xs, ys = pts[0::2], pts[1::2]
            g.add(String(sum(xs) / len(xs), max(ys) - 10, zone.code or zone.name, fontName=FONT_ITALIC,
                         fontSize=8, fillColor=GREY, textAnchor="middle"))
        return g

    def _routes(self, project) -> Group:
        g = Group()
        for r in sorted(self.routes, key=lambda r: not r.alternate):  # primaries drawn over alternates
            for pts in clip_path([project(lon, lat) for lat, lon in r.path], self._frame):
                self._route_piece(g, r, pts)
        return g

    def _route_piece(self, g: Group, r: MapRoute, pts) -> None:
        if len(pts) >= 2:
            closed = r.route.status == RouteStatus.CLOSED
            colour = RESTRICTED if closed else INK
            dash = [5, 3] if r.alternate else None
            g.add(PolyLine([c for p in pts for c in p], strokeColor=colour, strokeWidth=1.1 if r.alternate else 1.8,
                           strokeDashArray=dash))
            if closed:
                for x, y in _along(pts, 36):
                    g.add(_cross(x, y, 3.5, colour))

    def _places(self, project) -> Group:
        g = Group()
        capacities = [p.capacity for p in self.places if p.kind == PlaceKind.ASSEMBLY_POINT and p.capacity]
        biggest = max(capacities, default=1)
        x0, y0, x1, y1 = self._frame
        for number, place in self.numbered():
            x, y = project(place.lon, place.lat)
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                continue  # listed in the key as off the map
            if place.kind == PlaceKind.ASSEMBLY_POINT:
                load = self.loads.get(place.id, 0)
                g.add(_assembly_symbol(x, y, place.capacity, load, biggest))
                offset = 4 + (4 + 6 * math.sqrt(place.capacity / biggest) if place.capacity else 5)
            else:
                g.add(_kind_symbol(place.kind, x, y))
                offset = 8
            g.add(String(x + offset, y - 3, str(number), fontName=FONT_BOLD, fontSize=8, fillColor=INK))
        return g

    def numbered(self) -> list[tuple[int, Place]]:
        """Places in the order of the key: assembly points first, then by kind and name."""
        order = list(PlaceKind)
        ranked = sorted(self.places, key=lambda p: (order.index(p.kind), p.name.casefold()))
        return list(enumerate(ranked, start=1))

    def key_rows(self) -> list[list[str]]:
        """(number, name, assigned / capacity) for the key printed under the map."""
        rows = []
        for number, place in self.numbered():
            x, y = self._project_point(place)
            x0, y0, x1, y1 = self._frame
            off = "" if x0 <= x <= x1 and y0 <= y <= y1 else f" ({self.t('off the map')})"
            load = ""
            if place.kind == PlaceKind.ASSEMBLY_POINT:
                assigned = self.loads.get(place.id, 0)
                load = f"{assigned:,} / {place.capacity:,}" if place.capacity else f"{assigned:,}"
            rows.append([str(number), place.name + off, load])
        return rows

    # -- furniture ---------------------------------------------------------------------------
    def _north(self, x, y) -> Group:
        g = Group()
        g.add(Polygon([x, y + 16, x - 5, y, x, y + 4, x + 5, y], fillColor=INK, strokeColor=INK, strokeWidth=0.5))
        g.add(String(x, y - 9, self.t("N"), fontName=FONT_BOLD, fontSize=8, fillColor=INK, textAnchor="middle"))
        return g

    def _scale(self, box, width, project) -> Group:
        km_per_pt = 111.32 / self._scale_pt_per_deg
        km = nice_distance(km_per_pt * width / 5)
        length = km / km_per_pt
        x, y = 10, LEGEND_HEIGHT + 10
        g = Group()
        g.add(Rect(x - 4, y - 4, length + 40, 16, fillColor=colors.white, strokeColor=None))
        half = length / 2
        g.add(Rect(x, y, half, 3, fillColor=INK, strokeColor=INK, strokeWidth=0.5))
        g.add(Rect(x + half, y, half, 3, fillColor=colors.white, strokeColor=INK, strokeWidth=0.5))
        g.add(String(x + length + 4, y, f"{km:g} km", fontName=FONT, fontSize=8, fillColor=INK))
        return g

    def _legend(self, width) -> Group:
        t = self.t
        g = Group()
        col = width / 2
        items = [
            (_assembly_symbol(0, 0, 30, 20, 100), t("Assembly point: ring = capacity, filled = assigned")),
            (_kind_symbol(PlaceKind.SHELTER, 0, 0), t("Shelter")),
            (_kind_symbol(PlaceKind.SAFE_HAVEN, 0, 0), t("Safe haven")),
            (_kind_symbol(PlaceKind.BORDER_CROSSING, 0, 0), t("Border crossing, airport or port")),
            (_line_sample(False, False), t("Primary route")),
            (_line_sample(True, False), t("Alternate route (dashed)")),
            (_line_sample(False, True), t("Closed route (crossed)")),
            (Polygon([-7, -4, 7, -4, 7, 4, -7, 4], fillColor=ZONE_FILL, strokeColor=GREY, strokeWidth=0.9,
                     strokeDashArray=[1, 2]), t("Zone (dotted outline)")),
        ]
        for i, (symbol, text) in enumerate(items):
            cx, cy = 12 + col * (i // 4), LEGEND_HEIGHT - 12 - 13 * (i % 4)
            holder = Group(symbol)
            holder.translate(cx, cy)
            g.add(holder)
            g.add(String(cx + 14, cy - 2.5, text, fontName=FONT, fontSize=8, fillColor=INK))
        g.add(String(width, 2, f"{t(CREDIT)} · {t('Place names: GeoNames (CC BY 4.0)')}", fontName=FONT,
                     fontSize=8, fillColor=GREY, textAnchor="end"))
        return g


def _fit(box, aspect: float) -> tuple[float, float, float, float]:
    """Widen the box to the frame's aspect, so the outlines fill the frame."""
    west, south, east, north = box
    k = math.cos(math.radians((south + north) / 2))
    span_x, span_y = (east - west) * k, north - south
    if span_x / span_y < aspect:
        grow = (span_y * aspect / k - (east - west)) / 2
        return west - grow, south, east + grow, north
    grow = (span_x / aspect - span_y) / 2
    return west, south - grow, east, north + grow


def clip_path(pts, frame) -> list[list[tuple[float, float]]]:
    """The pieces of a polyline inside a (x0, y0, x1, y1) frame (Liang-Barsky on each segment)."""
    x0, y0, x1, y1 = frame
    pieces: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for a, b in zip(pts, pts[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        t0, t1 = 0.0, 1.0
        for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
            if p == 0:
                if q < 0:
                    t0, t1 = 1.0, 0.0
            elif p < 0:
                t0 = max(t0, q / p)
            else:
                t1 = min(t1, q / p)
        if t0 > t1:
            if current:
                pieces.append(current)
                current = []
            continue
        start = (a[0] + t0 * dx, a[1] + t0 * dy)
        end = (a[0] + t1 * dx, a[1] + t1 * dy)
        if not current or current[-1] != start:
            if current:
                pieces.append(current)
            current = [start]
        current.append(end)
        if t1 < 1.0:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces


def _along(pts, step):
    """Points every `step` along a polyline, and at least its middle."""
    lengths = [math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    total = sum(lengths)
    marks = [total / 2] if total < 2 * step else [step * (i + 0.5) for i in range(int(total // step))]
    out = []
    for m in marks:
        for i, seg in enumerate(lengths):
            if m <= seg and seg > 0:
                t = m / seg
                out.append((pts[i][0] + t * (pts[i + 1][0] - pts[i][0]), pts[i][1] + t * (pts[i + 1][1] - pts[i][1])))
                break
            m -= seg
    return out


def _cross(x, y, r, colour) -> Group:
    return Group(Line(x - r, y - r, x + r, y + r, strokeColor=colour, strokeWidth=1.4),
                 Line(x - r, y + r, x + r, y - r, strokeColor=colour, strokeWidth=1.4))


def _assembly_symbol(x, y, capacity, load, biggest) -> Group:
    g = Group()
    if capacity:
        outer = 4 + 6 * math.sqrt(capacity / biggest)
        ratio = load / capacity
        inner = outer * math.sqrt(min(ratio, 1.0))
        g.add(Circle(x, y, outer, fillColor=colors.white, strokeColor=INK, strokeWidth=2.2 if ratio > 1 else 0.8))
        if inner > 0:
            g.add(Circle(x, y, inner, fillColor=GREY, strokeColor=None))
        if ratio > 1:  # over capacity: a second ring, legible without colour
            g.add(Circle(x, y, outer + 2.5, fillColor=None, strokeColor=RESTRICTED, strokeWidth=0.8))
    else:
        g.add(Circle(x, y, 5, fillColor=GREY, strokeColor=INK, strokeWidth=0.8))
    return g


def _kind_symbol(kind, x, y, r=4.0):
    if kind == PlaceKind.SHELTER:
        return Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colors.white, strokeColor=INK, strokeWidth=0.9)
    if kind == PlaceKind.SAFE_HAVEN:
        return Polygon([x, y + r + 1, x - r - 1, y - r, x + r + 1, y - r], fillColor=colors.white, strokeColor=INK,
                       strokeWidth=0.9)
    return Polygon([x, y + r + 1, x + r + 1, y, x, y - r - 1, x - r - 1, y], fillColor=INK, strokeColor=INK,
                   strokeWidth=0.5)


def _line_sample(alternate: bool, closed: bool) -> Group:
    colour = RESTRICTED if closed else INK
    g = Group(Line(-8, 0, 8, 0, strokeColor=colour, strokeWidth=1.1 if alternate else 1.8,
                   strokeDashArray=[5, 3] if alternate else None))
    if closed:
        g.add(_cross(0, 0, 3.5, colour))
    return g


def map_routes(legs) -> list[MapRoute]:
    """MapRoutes from core.routes.RouteLeg primaries, each with its alternates."""
    from micic_planner.core.routes import route_points

    out = []
    for leg in legs:
        for item, alternate in ((leg, False), *((a, True) for a in leg.alternates)):
            out.append(MapRoute(item.route, route_points(item.route, item.origin, item.destination), alternate))
    return out


def plan_map_flowables(ctx) -> list:
    """The map page of the plan, for a plan section: a heading, the drawing and a note."""
    from reportlab.platypus import PageBreak

    data = ctx.data
    loads = {load.place.id: load.assigned for load in data.figures.loads}
    pm = PlanMap(data.places, data.zones, map_routes(data.routes), loads, data.post.host_country, ctx.lang,
                 towns=data.towns)
    drawing = pm.drawing(ctx.width, min(ctx.width * 0.75, 135 * mm))
    rows = pm.key_rows()
    half = (len(rows) + 1) // 2
    paired = [left + (right if right else ["", "", ""]) for left, right in
              zip(rows[:half], rows[half:] + [None] * (2 * half - len(rows)))]
    key = ctx.table(["No.", "Place", "Assigned / capacity"] * 2, paired, [10, 50, 24] * 2, numeric=(2, 5),
                    repeat=False)
    return [PageBreak(), ctx.heading("Map of the jurisdiction", level=2),
            ctx.p("Assembly points, exit points, evacuation routes and zones; the numbers refer to the key below "
                  "the map. Routes leaving the map continue to their destination.", "Small"),
            drawing, ctx.gap(2), key]
