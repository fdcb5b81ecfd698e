"""GPX 1.1: places as waypoints, routes as routes, zone outlines as closed tracks.

What GPX has no element for (capacity, uuids, route status) goes in `<extensions>` under our
own namespace, which other GPX programs ignore and our import reads back.
"""

import xml.etree.ElementTree as ET

import gpxpy
import gpxpy.gpx as gpx

from micic_planner.core.enums import PlaceKind, RouteMode, RouteStatus
from micic_planner.core.errors import ImportFileError
from micic_planner.core.geo import mark_given
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, finite_float, lat_lon, sqlite_int, too_large
from micic_planner.core.models import Place, Route, Zone
from micic_planner.interchange.geo_files import GeoReading, RouteLink, line_route, links_for, route_path

NS = "urn:micic-planner:geo:1"
ZONE_TYPE = "micic_zone"


def _ext(target, **values) -> None:
    for key, value in values.items():
        element = ET.Element(f"{{{NS}}}{key}")
        element.text = str(value)
        target.extensions.append(element)


def _read_ext(source) -> dict[str, str]:
    prefix = f"{{{NS}}}"
    return {e.tag[len(prefix):]: (e.text or "") for e in source.extensions if e.tag.startswith(prefix)}


def _given(ext: dict[str, str], **elements) -> set[str]:
    """The fields a GPX element gave: its extensions, and each standard element that is present."""
    return set(ext) | {name for name, value in elements.items() if value is not None}


def write_gpx(places: list[Place], zones: list[Zone], routes: list[Route]) -> str:
    doc = gpx.GPX()
    doc.creator = "MICIC Planner"
    doc.nsmap["micic"] = NS
    by_id = {p.id: p for p in places}
    for p in places:
        wpt = gpx.GPXWaypoint(p.lat, p.lon, name=p.name, description=p.address or None, comment=p.notes or None)
        wpt.type = p.kind.value
        _ext(wpt, uuid=p.uuid, capacity=p.capacity, facilities=p.facilities, contact_name=p.contact_name,
             contact_phone=p.contact_phone)
        doc.waypoints.append(wpt)
    for link in links_for(routes, places):
        r = link.route
        rte = gpx.GPXRoute(name=r.name, description=r.notes or None)
        rte.type = r.mode.value
        rte.points = [gpx.GPXRoutePoint(lat, lon) for lat, lon in route_path(r, by_id)]
        _ext(rte, uuid=r.uuid, origin_uuid=link.origin_uuid, destination_uuid=link.destination_uuid,
             alternate_of_uuid=link.alternate_of_uuid, status=r.status.value, speed_kmh=r.speed_kmh,
             capacity_per_trip=r.capacity_per_trip, **({"driven_km": r.driven_km} if r.driven_km else {}))
        doc.routes.append(rte)
    for z in zones:
        trk = gpx.GPXTrack(name=z.name, description=z.description or None)
        trk.type = ZONE_TYPE
        if z.polygon:
            ring = list(z.polygon) + ([z.polygon[0]] if z.polygon[0] != z.polygon[-1] else [])
            trk.segments.append(gpx.GPXTrackSegment([gpx.GPXTrackPoint(p[1], p[0]) for p in ring]))
        _ext(trk, uuid=z.uuid, code=z.code, places=z.places)
        doc.tracks.append(trk)
    return doc.to_xml(version="1.1")


def _parse(text: str, where: str):
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        # gpxpy parses with the standard library, which expands entities; defusedxml refuses them first.
        fromstring(text.encode("utf-8"))
        doc = gpxpy.parse(text)
    except DefusedXmlException:
        raise ImportFileError(_("The GPX file declares entities or a DTD, which map files never need."),
                              where=where, hint=_("Export the file again.")) from None
    except Exception as exc:  # gpxpy raises several unrelated types for a broken file
        raise ImportFileError(_("The file is not valid GPX: {detail}").format(detail=exc), where=where,
                              hint=_("Export the file again.")) from exc
    points = len(doc.waypoints) + sum(len(r.points) for r in doc.routes) + sum(
        len(s.points) for t in doc.tracks for s in t.segments)
    if points > LIMITS.features:
        raise too_large(_("points"), points, LIMITS.features, where)
    return doc


def _point_where(where: str, what: str, number: int) -> str:
    return _("{file}, {what} {number}").format(file=where, what=what, number=number)


def _capacity(value: str | None, at: str) -> int | None:
    """Capacity from our extension: absent, empty or "None" means not known, never 0."""
    if value is None or value.strip() in ("", "None"):
        return None
    return sqlite_int(value, at, "capacity")


def kind_of(file_type: str | None) -> PlaceKind | None:
    """The kind a file's type names (its value, or its English or Spanish label; case aside), or None."""
    text = (file_type or "").strip().casefold()
    if not text:
        return None
    return next((k for k in PlaceKind if text in (k.value, k.value.replace("_", " "), k.label("en").casefold(),
                                                  k.label("es").casefold())), None)


def read_gpx(text: str, where: str) -> GeoReading:
    doc = _parse(text, where)
    out = GeoReading()
    for number, wpt in enumerate(doc.waypoints, start=1):
        _read_waypoint(wpt, _point_where(where, _("waypoint"), number), number, out)
    for number, rte in enumerate(doc.routes, start=1):
        at = _point_where(where, _("route"), number)
        ext = _read_ext(rte)
        if ext.get("origin_uuid") and ext.get("destination_uuid"):
            out.links.append(_read_own_route(rte, ext, number, at))
        else:  # a route planned in another program: its ends are positions, not our places
            _add_line(out, rte.name or _("Route {number}").format(number=number), rte.description or "",
                      [lat_lon(p.latitude, p.longitude, at) for p in rte.points], at)
    for number, trk in enumerate(doc.tracks, start=1):
        at = _point_where(where, _("track"), number)
        points = [lat_lon(p.latitude, p.longitude, at) for seg in trk.segments for p in seg.points]
        if trk.type == ZONE_TYPE:
            out.zones.append(_read_zone(trk, points))
        else:  # a recorded track: a warden drove the route with a phone
            _add_line(out, trk.name or _("Track {number}").format(number=number), trk.description or "", points, at,
                      driven=True)
    return out


def _read_waypoint(wpt, at: str, number: int, out: GeoReading) -> None:
    ext = _read_ext(wpt)
    lat, lon = lat_lon(wpt.latitude, wpt.longitude, at)
    kind = kind_of(wpt.type)
    extra = {"uuid": ext["uuid"]} if ext.get("uuid") else {}
    place = Place(name=wpt.name or _("Waypoint {number}").format(number=number), kind=kind or PlaceKind.ASSEMBLY_POINT,
                  lat=lat, lon=lon, capacity=_capacity(ext.get("capacity"), at), address=wpt.description or "",
                  facilities=ext.get("facilities", ""), contact_name=ext.get("contact_name", ""),
                  contact_phone=ext.get("contact_phone", ""), notes=wpt.comment or "", **extra)
    mark_given(place, "place", _given(ext, name=wpt.name, kind=wpt.type, address=wpt.description, notes=wpt.comment))
    if kind is None:
        out.pending.setdefault((wpt.type or "").strip()[:60], []).append(place)
    else:
        out.places.append(place)


def _read_own_route(rte, ext: dict[str, str], number: int, at: str) -> RouteLink:
    waypoints = [list(lat_lon(p.latitude, p.longitude, at)) for p in rte.points]
    speed = finite_float(ext.get("speed_kmh") or 50, at, "speed_kmh")
    per_trip = sqlite_int(ext.get("capacity_per_trip") or 0, at, "capacity_per_trip")
    try:
        route = Route(name=rte.name or _("Route {number}").format(number=number), origin_id=0, destination_id=0,
                      mode=RouteMode(rte.type or "road"), waypoints=waypoints[1:-1],
                      speed_kmh=speed, status=RouteStatus(ext.get("status") or "open"),
                      capacity_per_trip=per_trip, notes=rte.description or "",
                      driven_km=finite_float(ext["driven_km"], at, "driven_km") if ext.get("driven_km") else None,
                      **({"uuid": ext["uuid"]} if ext.get("uuid") else {}))
    except ValueError as exc:
        raise ImportFileError(_("Route {number} has a wrong value ({detail}).").format(
            number=number, detail=exc), where=at, hint=_("Correct the route, then import again.")) from exc
    # A line given without a driven length was drawn or edited: a stored driven length no longer holds.
    mark_given(route, "route", _given(ext, name=rte.name, mode=rte.type, notes=rte.description,
                                      waypoints=rte.points or None, driven_km=rte.points or None))
    return RouteLink(route, ext["origin_uuid"], ext["destination_uuid"], ext.get("alternate_of_uuid", ""))


def _read_zone(trk, points) -> Zone:
    ext = _read_ext(trk)
    ring = [[lon, lat] for lat, lon in points]
    return mark_given(Zone(name=trk.name or "", code=ext.get("code", ""), description=trk.description or "",
                           polygon=ring, places=ext.get("places", ""),
                           **({"uuid": ext["uuid"]} if ext.get("uuid") else {})),
                      "zone", _given(ext, name=trk.name, description=trk.description, polygon=ring or None))


def _add_line(out: GeoReading, name: str, notes: str, points: list[tuple[float, float]], at: str,
              driven: bool = False) -> None:
    """A route from a line whose ends are positions; the import finds or adds the places at its ends."""
    link = line_route(name, notes, points, at, out, driven)
    if link is not None:
        out.links.append(link)
