"""The plan's maps: outlines, zones, routes, places and towns drawn with reportlab graphics.

One `PlanMap` draws any box of the jurisdiction: the whole of it with numbered places (the overview),
or a city or a zone with every place, route and town named where a clear spot is found
(`map_labels.LabelPlacer`); a name with no clear spot is replaced by its number and listed in the
map's key, so no two labels are ever printed over each other.
"""

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from micic_planner.core.enums import PlaceKind, RouteStatus
from micic_planner.core.i18n import Translator
from micic_planner.core.models import Place, Route, Zone
from micic_planner.core.outlines import clip_ring, countries, country_box, extent
from micic_planner.reports.map_furniture import LEGEND_HEIGHT, ZONE_FILL, MapFurniture
from micic_planner.reports.map_labels import LabelPlacer, text_box
from micic_planner.reports.map_symbols import (
    GREY,
    along,
    assembly_symbol,
    clip_path,
    cross,
    fit,
    inside_ring,
    kind_symbol,
)
from micic_planner.reports.styles import FONT, FONT_BOLD, FONT_ITALIC, INK, RESTRICTED, register_fonts

__all__ = ["MapRoute", "PlanMap", "clip_path", "map_routes"]

LAND, OTHER_LAND, BORDER = colors.HexColor("#f2f2f2"), colors.HexColor("#e0e0e0"), colors.HexColor("#9a9a9a")
HALO = colors.Color(1, 1, 1, alpha=0.75)  # behind a label, so a route under it does not strike it through
TOWN_INK, TOWN_SIZE, LABEL_SIZE = colors.HexColor("#6b6b6b"), 8, 8
OUTLINE_MIN_DEG = 1.5  # a map narrower than this (in longitude) draws no country outlines
MAX_TOWNS = 30  # more grey names only hide the plan's own places
EXIT_KINDS = (PlaceKind.BORDER_CROSSING, PlaceKind.AIRPORT, PlaceKind.PORT)


@dataclass
class MapRoute:
    """A route to draw: its path as (lat, lon) and whether it is an alternate."""

    route: Route
    path: list[tuple[float, float]]
    alternate: bool


class PlanMap(MapFurniture):
    """Draws a box of the jurisdiction; `loads` maps an assembly point's id to nationals assigned."""

    def __init__(self, places: list[Place], zones: list[Zone], routes: list[MapRoute], loads: dict[int, int],
                 host_country: str = "", lang: str = "en", towns: list[tuple[str, float, float]] = ()):
        self.places, self.zones, self.routes, self.loads = places, zones, routes, loads
        self.towns = list(towns)  # (name, lat, lon), the most relevant to the post first
        self.host_country = host_country
        self.t = Translator(lang)
        self.inset: tuple | None = None
        self.named = False
        self.unnamed: set[int] = set()  # numbers of places whose name had no room (shown by number)
        self.unlabelled: set[int] = set()  # numbers of places with no room even for their number
        register_fonts()

    def extent(self) -> tuple[float, float, float, float]:
        """The jurisdiction: assembly points, shelters and zones; far exits and havens may fall outside."""
        local = [p for p in self.places if p.kind in (PlaceKind.ASSEMBLY_POINT, PlaceKind.SHELTER)] or self.places
        points = [(p.lat, p.lon) for p in local]
        points += [(y, x) for z in self.zones for x, y in z.polygon]
        return extent(points, fallback=country_box(self.host_country) if self.host_country else None)

    def drawing(self, width: float, height: float, box=None, named: bool = False, inset=None,
                route_names: set[int] = frozenset()) -> Drawing:
        """The map of `box` (default: the jurisdiction); `named` labels places by name; `inset` outlines a
        (west, south, east, north) box drawn on its own page, whose places are not numbered here;
        `route_names` are the ids of the routes named on the map (the others are drawn unnamed)."""
        d = Drawing(width, height)
        map_h = height - LEGEND_HEIGHT
        box = fit(box or self.extent(), width / map_h)
        self.box, self.named, self.inset = box, named, inset
        self.unnamed, self.unlabelled = set(), set()
        project = self._projection(box, width, map_h, LEGEND_HEIGHT)
        self.placer = LabelPlacer(self._frame)
        labels = Group()
        d.add(Rect(0, LEGEND_HEIGHT, width, map_h, fillColor=colors.white, strokeColor=None))
        d.add(self._outlines(box, project))
        d.add(self._zones(project))
        if inset:
            d.add(self._inset_frame(inset, project))
        d.add(self._routes(project))
        d.add(self._furniture_blocks(width, height))
        d.add(self._places(project, labels))
        self._zone_names(project, labels)
        if named:
            self._route_names(project, labels, route_names)
        self._towns(project, labels)
        d.add(labels)
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
        if box[2] - box[0] < OUTLINE_MIN_DEG:
            # Natural Earth's coarse borders are kilometres off at a city's scale: plain land reads truer.
            x0, y0, x1, y1 = self._frame
            g.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=LAND, strokeColor=None))
            return g
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

    def _inside(self, x, y, margin: float = 0.0) -> bool:
        x0, y0, x1, y1 = self._frame
        return x0 + margin <= x <= x1 - margin and y0 + margin <= y <= y1 - margin

    @staticmethod
    def _radius(place: Place, load: int, biggest: int) -> float:
        """How far a place's symbol reaches from its point (a symbol is drawn whole or not at all)."""
        if place.kind != PlaceKind.ASSEMBLY_POINT:
            return 5.5
        if not place.capacity:
            return 5.0
        return 4 + 6 * math.sqrt(place.capacity / biggest) + (2.5 if load > place.capacity else 0)

    def _in_inset(self, place: Place) -> bool:
        if not self.inset:
            return False
        west, south, east, north = self.inset
        return west <= place.lon <= east and south <= place.lat <= north

    def _label(self, group: Group, x: float, y: float, text: str, font: str, size: float, ink=INK,
               clearance: float = 4.0, centred_first: bool = False) -> bool:
        """Place `text` beside (x, y) if a clear spot exists; draw it on a faint white halo."""
        spot = self.placer.place(x, y, text, font, size, clearance, centred_first)
        if spot is None:
            return False
        x0, y0, x1, y1 = text_box(spot[0], spot[1], text, font, size)
        group.add(Rect(x0 - 0.8, y0, x1 - x0 + 1.6, y1 - y0, fillColor=HALO, strokeColor=None))
        group.add(String(spot[0], spot[1], text, fontName=font, fontSize=size, fillColor=ink))
        return True

    def _furniture_blocks(self, width, height) -> Group:
        """Keep labels off the north arrow and the scale bar (drawn last, over the map); the bar goes to the
        bottom right when a place's symbol sits in the bottom left corner, so it never hides one."""
        self.placer.block((width - 26, height - 46, width, height))
        corner = (0, LEGEND_HEIGHT, 140, LEGEND_HEIGHT + 30)
        crowded = any(corner[0] <= x <= corner[2] and corner[1] <= y <= corner[3]
                      for x, y in (self._project_point(p) for p in self.places))
        self._scale_x = width - 150 if crowded else 10
        self.placer.block((self._scale_x - 10, LEGEND_HEIGHT, self._scale_x + 140, LEGEND_HEIGHT + 26))
        return Group()

    # -- layers ------------------------------------------------------------------------------
    def _zones(self, project) -> Group:
        g = Group()
        for zone in self.zones:
            ring = clip_ring([tuple(p) for p in zone.polygon], self.box) if len(zone.polygon) >= 3 else []
            if len(ring) >= 3:
                pts = [c for lon, lat in ring for c in project(lon, lat)]
                g.add(Polygon(pts, fillColor=ZONE_FILL, strokeColor=GREY, strokeWidth=0.9, strokeDashArray=[1, 2]))
        return g

    def _zone_names(self, project, labels: Group) -> None:
        """Each zone's name (its code when the name has no room) in italics, near the middle of its outline,
        or at another spot inside it when the middle is crowded."""
        for zone in self.zones:
            ring = clip_ring([tuple(p) for p in zone.polygon], self.box) if len(zone.polygon) >= 3 else []
            if len(ring) < 3:
                continue
            pts = [project(lon, lat) for lon, lat in ring]
            cx, cy = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            grid = [(min(xs) + (max(xs) - min(xs)) * i / 6, min(ys) + (max(ys) - min(ys)) * j / 6)
                    for i in range(1, 6) for j in range(1, 6)]
            anchors = [(cx, cy)] + sorted((g for g in grid if inside_ring(g, pts)),
                                          key=lambda g: math.dist(g, (cx, cy)))
            done = False
            for text in dict.fromkeys(t for t in (zone.name, zone.code) if t):
                for x, y in anchors:
                    if self._inside(x, y) and self._label(labels, x, y, text, FONT_ITALIC, LABEL_SIZE, GREY, 0,
                                                          centred_first=True):
                        done = True
                        break
                if done:
                    break

    def _inset_frame(self, inset, project) -> Group:
        west, south, east, north = inset
        x0, y0 = project(west, south)
        x1, y1 = project(east, north)
        return Group(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=INK, strokeWidth=0.9,
                          strokeDashArray=[4, 2]))

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
                for x, y in along(pts, 36):
                    g.add(cross(x, y, 3.5, colour))

    def _route_names(self, project, labels: Group, wanted: set[int]) -> None:
        """A route's name beside the middle of its longest piece on the map; none where there is no room."""
        for r in sorted((r for r in self.routes if r.route.id in wanted), key=lambda r: r.alternate):
            pieces = clip_path([project(lon, lat) for lat, lon in r.path], self._frame)
            pieces = [p for p in pieces if len(p) >= 2]
            if not pieces:
                continue
            piece = max(pieces, key=lambda p: sum(math.dist(a, b) for a, b in zip(p, p[1:])))
            if sum(math.dist(a, b) for a, b in zip(piece, piece[1:])) < 40:
                continue  # a stub at the edge of the map: its name would float away from it
            x, y = along(piece, 1e9)[0]
            self._label(labels, x, y, r.route.name, FONT_ITALIC, LABEL_SIZE, INK, 3)

    def _places(self, project, labels: Group) -> Group:
        """Symbols first (every one keeps labels off it), then names or numbers, the biggest points first."""
        g = Group()
        capacities = [p.capacity for p in self.places if p.kind == PlaceKind.ASSEMBLY_POINT and p.capacity]
        biggest = max(capacities, default=1)
        shown = []
        for number, place in self.numbered():
            x, y = project(place.lon, place.lat)
            load = self.loads.get(place.id, 0)
            radius = self._radius(place, load, biggest)
            if not self._inside(x, y, radius):
                continue  # listed in the key as off the map
            if place.kind == PlaceKind.ASSEMBLY_POINT:
                g.add(assembly_symbol(x, y, place.capacity, load, biggest))
            else:
                g.add(kind_symbol(place.kind, x, y))
            self.placer.block((x - radius, y - radius, x + radius, y + radius))
            shown.append((number, place, x, y, radius))
        order = list(PlaceKind)
        shown.sort(key=lambda s: (order.index(s[1].kind), -(s[1].capacity or 0), s[0]))
        for number, place, x, y, radius in shown:
            if self.named:
                bold = FONT_BOLD if place.kind == PlaceKind.ASSEMBLY_POINT else FONT
                if self._label(labels, x, y, place.name, bold, LABEL_SIZE, INK, radius + 1.5):
                    continue
                self.unnamed.add(number)
            elif self._in_inset(place):
                continue  # numbered on the city map, where there is room
            if not self._label(labels, x, y, str(number), FONT_BOLD, LABEL_SIZE, INK, radius + 1.5):
                self.unlabelled.add(number)
        return g

    def _towns(self, project, labels: Group) -> None:
        """Town names in grey, the most relevant first, each only where its dot and its name are clear."""
        drawn = 0
        for name, lat, lon in self.towns:
            if drawn >= MAX_TOWNS:
                break
            x, y = project(lon, lat)
            dot = (x - 1.6, y - 1.6, x + 1.6, y + 1.6)
            if not self._inside(x, y) or not self.placer.free(dot):
                continue
            if self._label(labels, x, y, name, FONT, TOWN_SIZE, TOWN_INK, 2.5):
                self.placer.block(dot)
                labels.add(Circle(x, y, 1.1, fillColor=TOWN_INK, strokeColor=None))
                drawn += 1

    def numbered(self) -> list[tuple[int, Place]]:
        """Places in the order of the key: assembly points first, then by kind and name."""
        order = list(PlaceKind)
        ranked = sorted(self.places, key=lambda p: (order.index(p.kind), p.name.casefold()))
        return list(enumerate(ranked, start=1))

    def _load(self, place: Place) -> str:
        if place.kind != PlaceKind.ASSEMBLY_POINT:
            return ""
        assigned = self.loads.get(place.id, 0)
        return f"{assigned:,} / {place.capacity:,}" if place.capacity else f"{assigned:,}"

    def key_rows(self) -> list[list[str]]:
        """(number, name, assigned / capacity) for the key printed under the overview map; the places inside the
        city's outline are left to the city map."""
        rows = []
        capacities = [p.capacity for p in self.places if p.kind == PlaceKind.ASSEMBLY_POINT and p.capacity]
        biggest = max(capacities, default=1)
        for number, place in self.numbered():
            x, y = self._project_point(place)
            if not self._inside(x, y, self._radius(place, self.loads.get(place.id, 0), biggest)):
                note = f" ({self.t('off the map')})"
            elif self._in_inset(place):
                continue  # named on the city map, which has the room for it
            elif number in self.unlabelled:
                note = f" ({self.t('no room for its number')})"
            else:
                note = ""
            rows.append([str(number), place.name + note, self._load(place)])
        return rows

    def unnamed_rows(self) -> list[list[str]]:
        """The key of a named map: the places shown by number, their names having had no room."""
        rows = []
        for number, place in self.numbered():
            if number in self.unnamed:
                note = f" ({self.t('no room for its number')})" if number in self.unlabelled else ""
                rows.append([str(number), place.name + note, self._load(place)])
        return rows


def map_routes(legs) -> list[MapRoute]:
    """MapRoutes from core.routes.RouteLeg primaries, each with its alternates."""
    from micic_planner.core.routes import route_points

    out = []
    for leg in legs:
        for item, alternate in ((leg, False), *((a, True) for a in leg.alternates)):
            out.append(MapRoute(item.route, route_points(item.route, item.origin, item.destination), alternate))
    return out
