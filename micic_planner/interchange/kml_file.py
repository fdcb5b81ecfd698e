"""KML 2.2 (for Google Earth and most GIS): places, zones and routes in folders, fields as ExtendedData.

Written with ElementTree in the order of the OGC KML 2.2 schema (tests/data/schemas validates it).
simplekml, used before, numbered its ids ("1", not an xs:ID) and put a folder's shared styles before
its name, so its files failed the OGC schema; it has had no release in years to fix either.
"""

import xml.etree.ElementTree as ET

from micic_planner.core.enums import RouteStatus
from micic_planner.core.i18n import _
from micic_planner.core.models import Place, Route, Zone
from micic_planner.interchange.geo_files import links_for, route_path

NS = "http://www.opengis.net/kml/2.2"
_Q = f"{{{NS}}}"
# KML colours are aabbggrr. KML draws no dashed lines, so an alternate route is thinner and grey.
PRIMARY, ALTERNATE, CLOSED = "ff7f3f1f", "ff808080", "ff1c1c9c"
# Shared styles, declared once in the Document; xs:ID values, so they start with a letter.
STYLES = {"zone": (PRIMARY, 2, "3f7f3f1f"), "route-primary": (PRIMARY, 4, None),
          "route-alternate": (ALTERNATE, 2, None), "route-closed": (CLOSED, 4, None)}


def _sub(parent, tag: str, text=None, **attrib) -> ET.Element:
    el = ET.SubElement(parent, f"{_Q}{tag}", attrib)
    if text is not None:
        el.text = str(text)
    return el


def _coordinates(points) -> str:
    return " ".join(f"{lon},{lat}" for lon, lat in points)


def _placemark(folder, prefix: str, key: str, name: str, description: str, style: str | None, /, **data):
    """A Placemark whose children follow AbstractFeatureType's sequence; the caller adds the geometry."""
    mark = _sub(folder, "Placemark", id=f"{prefix}-{key}")  # a uuid may start with a digit; an xs:ID may not
    _sub(mark, "name", name)
    if description:
        _sub(mark, "description", description)
    if style:
        _sub(mark, "styleUrl", f"#{style}")
    extended = _sub(mark, "ExtendedData")
    for field, value in data.items():
        _sub(_sub(extended, "Data", name=field), "value", value)
    return mark


def write_kml(places: list[Place], zones: list[Zone], routes: list[Route]) -> str:
    ET.register_namespace("", NS)
    root = ET.Element(f"{_Q}kml")
    doc = _sub(root, "Document")
    _sub(doc, "name", "MICIC Planner")
    for style_id, (line, width, fill) in STYLES.items():
        style = _sub(doc, "Style", id=style_id)
        line_style = _sub(style, "LineStyle")
        _sub(line_style, "color", line)
        _sub(line_style, "width", width)
        if fill:
            _sub(_sub(style, "PolyStyle"), "color", fill)
    by_id = {p.id: p for p in places}
    folder = _sub(doc, "Folder")
    _sub(folder, "name", _("Places"))
    for p in places:
        mark = _placemark(folder, "place", p.uuid, p.name, p.address, None, uuid=p.uuid, kind=p.kind.value,
                          capacity=p.capacity, facilities=p.facilities, contact_name=p.contact_name,
                          contact_phone=p.contact_phone, notes=p.notes)
        _sub(_sub(mark, "Point"), "coordinates", _coordinates([(p.lon, p.lat)]))
    folder = _sub(doc, "Folder")
    _sub(folder, "name", _("Zones"))
    for z in zones:
        outline = len(z.polygon) >= 3
        mark = _placemark(folder, "zone", z.uuid, z.name, z.description, "zone" if outline else None,
                          uuid=z.uuid, code=z.code, places=z.places)
        if outline:  # a zone without an outline stays a Placemark without geometry, carrying its fields
            ring = [(p[0], p[1]) for p in z.polygon]
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            boundary = _sub(_sub(mark, "Polygon"), "outerBoundaryIs")
            _sub(_sub(boundary, "LinearRing"), "coordinates", _coordinates(ring))
    folder = _sub(doc, "Folder")
    _sub(folder, "name", _("Routes"))
    for link in links_for(routes, places):
        r = link.route
        style = "route-closed" if r.status == RouteStatus.CLOSED else \
            "route-alternate" if r.alternate_of is not None else "route-primary"
        mark = _placemark(folder, "route", r.uuid, r.name, r.notes, style, uuid=r.uuid,
                          origin_uuid=link.origin_uuid, destination_uuid=link.destination_uuid,
                          alternate_of_uuid=link.alternate_of_uuid, mode=r.mode.value, status=r.status.value,
                          speed_kmh=r.speed_kmh, capacity_per_trip=r.capacity_per_trip,
                          **({"driven_km": r.driven_km} if r.driven_km else {}))
        path = [(lon, lat) for lat, lon in route_path(r, by_id)]
        _sub(_sub(mark, "LineString"), "coordinates", _coordinates(path))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
