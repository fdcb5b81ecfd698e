"""Places, zones and routes to and from GPX 1.1, KML 2.2 and GeoJSON (RFC 7946).

Records travel with their uuid, so a file exported by one post and imported by another (or
re-imported after editing) updates the same records instead of duplicating them. Routes name
their ends by the places' uuids.
"""

from dataclasses import dataclass, field
from pathlib import Path

from micic_planner.core.enums import PlaceKind
from micic_planner.core.errors import ImportFileError
from micic_planner.core.geo import fields_given, mark_given
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, check_file_size
from micic_planner.core.models import Place, Route, Zone

FORMATS = ("gpx", "kml", "geojson")
SUFFIXES = {".gpx": "gpx", ".kml": "kml", ".geojson": "geojson", ".json": "geojson"}


@dataclass
class RouteLink:
    """A route read from a file, its ends and its primary named by uuid until they are resolved.

    A line drawn or driven in another program names no place: its ends are positions (lat, lon)
    instead, which the import matches to the nearest place or adds as new places.
    """

    route: Route
    origin_uuid: str
    destination_uuid: str
    alternate_of_uuid: str = ""
    origin_at: tuple[float, float] | None = None
    destination_at: tuple[float, float] | None = None


@dataclass
class GeoNote:
    """One item of a file that was left out or changed on the way in, and why."""

    where: str
    what: str


@dataclass
class GeoReading:
    """What a map file gave, what it left out and why, and places waiting for a kind.

    `pending` holds places whose file type is not a kind of place, by that type ("" when the
    file gave none); `choose_kinds` settles them. Unpacks as (places, zones, links).
    """

    places: list[Place] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)
    links: list[RouteLink] = field(default_factory=list)
    notes: list[GeoNote] = field(default_factory=list)
    pending: dict[str, list[Place]] = field(default_factory=dict)

    def __iter__(self):
        return iter((self.places, self.zones, self.links))

    def note(self, where: str, what: str) -> None:
        self.notes.append(GeoNote(where, what))

    def choose_kinds(self, kinds: dict[str, PlaceKind | None]) -> None:
        """Give each pending type the kind chosen for it; a type with no kind is skipped and noted."""
        for file_type, places in self.pending.items():
            kind = kinds.get(file_type)
            if kind is None:
                self.note(", ".join(p.name for p in places)[:200],
                          _("Skipped: its type “{type}” is not a kind of place and no kind was chosen for it.").format(
                              type=file_type or _("(none)")))
                continue
            for place in places:
                place.kind = kind
                # A kind chosen for the file's type replaces the stored one when the place is matched.
                mark_given(place, "place", (fields_given(place) or set()) | {"kind"})
                self.places.append(place)
        self.pending = {}


def line_route(name: str, notes: str, points: list[tuple[float, float]], at: str, out: "GeoReading",
               driven: bool = False) -> RouteLink | None:
    """A route along a line of (lat, lon) points from another program, thinned to at most
    tracks.MAX_POINTS; its length is measured along every point first and said in a note."""
    from micic_planner.core.tracks import driven_km, simplify

    if len(points) < 2:
        out.note(at, _("Skipped: the line “{name}” has fewer than two points.").format(name=name))
        return None
    kept = simplify(points)
    km = driven_km(points)
    route = Route(name=name, origin_id=0, destination_id=0, waypoints=[list(p) for p in kept[1:-1]], notes=notes,
                  # Any line thinned keeps the length along all of its points; a track always does.
                  driven_km=round(km, 3) if (driven or len(kept) < len(points)) and km > 0 else None)
    # Speed, status and capacity are not in such a file: a re-import keeps what the post set.
    mark_given(route, "route", {"name", "waypoints", "driven_km"} | ({"notes"} if notes else set()))
    if driven:
        out.note(at, _("Track “{name}” became a route of {km:.2f} km measured along its {count} recorded points, "
                       "drawn with {kept} of them.").format(name=name, km=km, count=len(points), kept=len(kept)))
    return RouteLink(route, "", "", origin_at=kept[0], destination_at=kept[-1])


def route_path(route: Route, places_by_id: dict[int, Place]) -> list[tuple[float, float]]:
    """(lat, lon) from the origin through the waypoints to the destination."""
    points = []
    origin, destination = places_by_id.get(route.origin_id), places_by_id.get(route.destination_id)
    if origin:
        points.append((origin.lat, origin.lon))
    points += [(float(p[0]), float(p[1])) for p in route.waypoints]
    if destination:
        points.append((destination.lat, destination.lon))
    return points


def links_for(routes: list[Route], places: list[Place]) -> list[RouteLink]:
    """Routes with their ends and primary named by uuid, as the files carry them."""
    place_uuid = {p.id: p.uuid for p in places}
    route_uuid = {r.id: r.uuid for r in routes}
    return [RouteLink(r, place_uuid.get(r.origin_id, ""), place_uuid.get(r.destination_id, ""),
                      route_uuid.get(r.alternate_of, "") if r.alternate_of is not None else "") for r in routes]


def format_of(path: str | Path) -> str:
    fmt = SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise ImportFileError(_("The file type of {name} is not known.").format(name=Path(path).name),
                              where=str(path), hint=_("Use a .gpx, .kml or .geojson file."))
    return fmt


def write_geo(fmt: str, path: str | Path, places: list[Place], zones: list[Zone], routes: list[Route]) -> int:
    """Write the records to `path` in `fmt` (gpx, kml or geojson); returns how many were written."""
    if fmt == "gpx":
        from micic_planner.interchange.gpx_file import write_gpx as writer
    elif fmt == "kml":
        from micic_planner.interchange.kml_file import write_kml as writer
    elif fmt == "geojson":
        from micic_planner.interchange.geojson_file import write_geojson as writer
    else:
        raise ImportFileError(_("Unknown map format {fmt}.").format(fmt=fmt), hint=_("Use gpx, kml or geojson."))
    text = writer(places, zones, routes)
    Path(path).write_text(text, encoding="utf-8")
    return len(places) + len(zones) + len(routes)


def read_geo(path: str | Path) -> GeoReading:
    """Read a GeoJSON, GPX or KML file, written by this program or by another one."""
    fmt = format_of(path)
    try:
        check_file_size(path, LIMITS.geo_bytes)
        text = Path(path).read_text(encoding="utf-8-sig")  # a byte-order mark is not part of the text
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFileError(_("The file cannot be read: {detail}").format(detail=exc), where=str(path),
                              hint=_("Check that the file exists and is a UTF-8 text file.")) from exc
    if fmt == "geojson":
        from micic_planner.interchange.geojson_file import read_geojson as reader
    elif fmt == "gpx":
        from micic_planner.interchange.gpx_file import read_gpx as reader
    else:
        from micic_planner.interchange.kml_reader import read_kml as reader
    reading = reader(text, str(path))
    if not (reading.places or reading.zones or reading.links or reading.pending or reading.notes):
        reading.note(str(path), _("The file holds no point, line or outline: nothing to import."))
    return reading
