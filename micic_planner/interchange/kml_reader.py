"""KML from Google Earth, My Maps, QGIS or this program: Points are places, LineStrings routes, Polygons zones.

Read with defusedxml, as the other XML readers here, and walked by local tag names, so KML 2.2
(opengis.net) and Google's older earth.google.com namespaces read alike. Fields travel in
ExtendedData (Data/value, or SchemaData/SimpleData as QGIS and My Maps write them).
"""

from micic_planner.core.enums import PlaceKind, RouteMode, RouteStatus
from micic_planner.core.errors import ImportFileError
from micic_planner.core.geo import mark_given
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, finite_float, lat_lon, sqlite_int, too_large
from micic_planner.core.models import Place, Route, Zone
from micic_planner.interchange.geo_files import GeoReading, RouteLink, line_route
from micic_planner.interchange.gpx_file import kind_of

SHAPES = ("Point", "LineString", "LinearRing", "Polygon", "MultiGeometry", "Model", "Track", "MultiTrack")
READ = ("Point", "LineString", "Polygon", "Track")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el, name: str):
    return next((c for c in el if _local(c.tag) == name), None)


def _text(el, name: str) -> str:
    found = _child(el, name)
    return (found.text or "").strip() if found is not None else ""


def _data(mark) -> dict[str, str]:
    extended = _child(mark, "ExtendedData")
    values = {}
    for el in extended.iter() if extended is not None else ():
        if _local(el.tag) == "Data" and el.get("name"):
            values[el.get("name")] = _text(el, "value")
        elif _local(el.tag) == "SimpleData" and el.get("name"):
            values[el.get("name")] = (el.text or "").strip()
    return values


def _positions(el, at: str) -> list[tuple[float, float]]:
    """(lat, lon) of a <coordinates> list "lon,lat[,alt] ..."; the altitude is left out."""
    text = _text(el, "coordinates")
    points = []
    for item in text.split():
        parts = item.split(",")
        if len(parts) < 2:
            raise ImportFileError(_("“{value}” is not a position (longitude,latitude).").format(value=item[:40]),
                                  where=at, hint=_("Correct the coordinates, then import again."))
        points.append(lat_lon(parts[1], parts[0], at))
    return points


def _coord_of(text: str, at: str) -> tuple[float, float]:
    """(lat, lon) of a gx:coord, "lon lat [alt]" separated by spaces."""
    parts = text.split()
    if len(parts) < 2:
        raise ImportFileError(_("“{value}” is not a position (longitude,latitude).").format(value=text[:40]),
                              where=at, hint=_("Correct the coordinates, then import again."))
    return lat_lon(parts[1], parts[0], at)


def _geometries(el):
    """The simple geometries of a Placemark, MultiGeometry opened."""
    for child in el:
        name = _local(child.tag)
        if name in ("MultiGeometry", "MultiTrack"):
            yield from _geometries(child)
        elif name in SHAPES:
            yield child


def read_kml(text: str, where: str) -> GeoReading:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(text.encode("utf-8"))
    except DefusedXmlException:
        raise ImportFileError(_("The KML file declares entities or a DTD, which map files never need."),
                              where=where, hint=_("Export the file again.")) from None
    except ParseError as exc:
        raise ImportFileError(_("The file is not valid KML: {detail}").format(detail=exc), where=where,
                              hint=_("Export the file again.")) from exc
    if _local(root.tag) != "kml":
        raise ImportFileError(_("The file is not KML: its root element is {tag}.").format(tag=_local(root.tag)[:40]),
                              where=where, hint=_("Use a .kml file from Google Earth, My Maps, QGIS or this program."))
    marks = [el for el in root.iter() if _local(el.tag) == "Placemark"]
    if len(marks) > LIMITS.features:
        raise too_large(_("placemarks"), len(marks), LIMITS.features, where)
    out = GeoReading()
    for number, mark in enumerate(marks, start=1):
        at = _("{file}, placemark {number}").format(file=where, number=number)
        try:
            _read_placemark(mark, number, at, out)
        except ValueError as exc:
            raise ImportFileError(_("This placemark has a wrong value ({detail}).").format(detail=exc), where=at,
                                  hint=_("Correct the placemark, then import again.")) from exc
    return out


def _read_placemark(mark, number: int, at: str, out: GeoReading) -> None:
    name = _text(mark, "name")
    if not name:
        name = _("Placemark {number}").format(number=number)
        out.note(at, _("No name: it was named “{name}”.").format(name=name))
    data = _data(mark)
    description = _text(mark, "description")
    uuid = {"uuid": data["uuid"]} if data.get("uuid") else {}
    shapes = list(_geometries(mark))
    points = [g for g in shapes if _local(g.tag) == "Point"]
    lines = [g for g in shapes if _local(g.tag) == "LineString"]
    polygons = [g for g in shapes if _local(g.tag) == "Polygon"]
    tracks = [g for g in shapes if _local(g.tag) == "Track"]
    left = [_local(g.tag) for g in shapes if _local(g.tag) not in READ]
    if left:
        out.note(at, _("Skipped shapes that are neither a point, a line nor a polygon: {shapes}.").format(
            shapes=", ".join(sorted(set(left)))))
    micic_type = data.get("micic_type") or ("zone" if "code" in data else "route" if "origin_uuid" in data else "")
    if micic_type == "zone" and not shapes:  # our zone without an outline: its fields still travel
        out.zones.append(mark_given(Zone(name=name, code=data.get("code", ""), description=description,
                                         places=data.get("places", ""), **uuid), "zone",
                                    {"name", "code", "description", "places"} & (set(data) | {"name", "description"})))
    for index, point in enumerate(points, start=1):
        _read_point(point, name if len(points) == 1 else f"{name} ({index})", description, data, uuid if
                    len(points) == 1 else {}, at, out)
    for index, line in enumerate(lines, start=1):
        _read_line(line, name if len(lines) == 1 else f"{name} ({index})", description, data,
                   uuid if len(lines) == 1 else {}, at, out)
    for index, track in enumerate(tracks, start=1):  # Google Earth's recorded GPS track (gx:Track)
        # An empty gx:coord is a pause in the recording (OpenTracks writes one at each): no position.
        positions = [_coord_of(c.text, at) for c in track if _local(c.tag) == "coord" and (c.text or "").strip()]
        link = line_route(name if len(tracks) == 1 else f"{name} ({index})", description, positions, at, out,
                          driven=True)
        if link is not None:
            out.links.append(link)
    if len(polygons) > 1:
        out.note(at, _("Its {count} polygons became {count} zones, numbered after its name.").format(
            count=len(polygons)))
    for index, polygon in enumerate(polygons, start=1):
        outer = _child(polygon, "outerBoundaryIs")
        ring_el = _child(outer, "LinearRing") if outer is not None else None
        if ring_el is None:
            out.note(at, _("Skipped: a polygon without an outer boundary."))
            continue
        if _child(polygon, "innerBoundaryIs") is not None:
            out.note(at, _("The holes of its outline were left out: a zone has one outline."))
        ring = [[lon, lat] for lat, lon in _positions(ring_el, at)]
        zone = Zone(name=name if len(polygons) == 1 else f"{name} ({index})", code=data.get("code", ""),
                    description=description, polygon=ring, places=data.get("places", ""),
                    **(uuid if len(polygons) == 1 else {}))
        given = {"name", "polygon", "description"} | ({"code", "places"} & set(data))
        out.zones.append(mark_given(zone, "zone", given))
    if not shapes and micic_type != "zone":
        out.note(at, _("Skipped: it has no point, line or polygon."))


def _read_point(point, name, description, data, uuid, at, out: GeoReading) -> None:
    positions = _positions(point, at)
    if not positions:
        out.note(at, _("Skipped: a point without coordinates."))
        return
    lat, lon = positions[0]
    capacity = data.get("capacity", "")
    place = Place(name=name, kind=PlaceKind.ASSEMBLY_POINT, lat=lat, lon=lon,
                  capacity=None if capacity in ("", "None") else sqlite_int(capacity, at, "capacity"),
                  address=description, facilities=data.get("facilities", ""),
                  contact_name=data.get("contact_name", ""), contact_phone=data.get("contact_phone", ""),
                  notes=data.get("notes", ""), **uuid)
    fields = {"facilities", "contact_name", "contact_phone", "notes", "capacity", "kind"} & set(data)
    mark_given(place, "place", {"name"} | fields | ({"address"} if description else set()))
    kind = kind_of(data.get("kind"))
    if kind is None:
        out.pending.setdefault(data.get("kind", "").strip()[:60], []).append(place)
    else:
        place.kind = kind
        out.places.append(place)


def _read_line(line, name, description, data, uuid, at, out: GeoReading) -> None:
    positions = _positions(line, at)
    if not (data.get("origin_uuid") and data.get("destination_uuid")):
        link = line_route(name, description, positions, at, out)
        if link is not None:
            out.links.append(link)
        return
    route = Route(name=name, origin_id=0, destination_id=0, mode=RouteMode(data.get("mode") or "road"),
                  waypoints=[list(p) for p in positions[1:-1]],
                  speed_kmh=finite_float(data.get("speed_kmh") or 50, at, "speed_kmh"),
                  capacity_per_trip=sqlite_int(data.get("capacity_per_trip") or 0, at, "capacity_per_trip"),
                  status=RouteStatus(data.get("status") or "open"), notes=description,
                  driven_km=finite_float(data["driven_km"], at, "driven_km") if data.get("driven_km") else None, **uuid)
    # A line given without a driven length was drawn or edited: a stored driven length no longer holds.
    mark_given(route, "route", {"name", "waypoints", "notes", "driven_km"} | (
        {"mode", "speed_kmh", "capacity_per_trip", "status"} & set(data)))
    out.links.append(RouteLink(route, data["origin_uuid"], data["destination_uuid"],
                               data.get("alternate_of_uuid", "")))
