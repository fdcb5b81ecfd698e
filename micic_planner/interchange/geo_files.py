"""Places, zones and routes to and from GPX 1.1, KML 2.2 and GeoJSON (RFC 7946).

Records travel with their uuid, so a file exported by one post and imported by another (or
re-imported after editing) updates the same records instead of duplicating them. Routes name
their ends by the places' uuids.
"""

from dataclasses import dataclass
from pathlib import Path

from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, check_file_size
from micic_planner.core.models import Place, Route, Zone

FORMATS = ("gpx", "kml", "geojson")
SUFFIXES = {".gpx": "gpx", ".kml": "kml", ".geojson": "geojson", ".json": "geojson"}


@dataclass
class RouteLink:
    """A route read from a file, its ends and its primary named by uuid until they are resolved."""

    route: Route
    origin_uuid: str
    destination_uuid: str
    alternate_of_uuid: str = ""


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


def read_geo(path: str | Path) -> tuple[list[Place], list[Zone], list[RouteLink]]:
    """Read a GeoJSON or GPX file written by this program (or shaped like one)."""
    fmt = format_of(path)
    try:
        check_file_size(path, LIMITS.geo_bytes)
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFileError(_("The file cannot be read: {detail}").format(detail=exc), where=str(path),
                              hint=_("Check that the file exists and is a UTF-8 text file.")) from exc
    if fmt == "geojson":
        from micic_planner.interchange.geojson_file import read_geojson

        return read_geojson(text, str(path))
    if fmt == "gpx":
        from micic_planner.interchange.gpx_file import read_gpx

        return read_gpx(text, str(path))
    raise ImportFileError(_("KML files cannot be imported; only GeoJSON and GPX."), where=str(path),
                          hint=_("Export the data as GeoJSON or GPX and import that file."))
