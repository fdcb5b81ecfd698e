"""GeoJSON (RFC 7946): places as Points, zones as Polygons, routes as LineStrings, in [lon, lat] order."""

import json
import re
from itertools import accumulate

from micic_planner.core.enums import PlaceKind, RouteMode, RouteStatus
from micic_planner.core.errors import ImportFileError, MicicError
from micic_planner.core.geo import mark_given
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, finite_float, lat_lon, sqlite_int, too_large
from micic_planner.core.models import Place, Route, Zone
from micic_planner.interchange.geo_files import GeoReading, RouteLink, line_route, links_for, route_path
from micic_planner.interchange.gpx_file import kind_of

PRECISION = 6  # about 10 cm, as RFC 7946 section 11.2 suggests


def _pos(lat: float, lon: float) -> list[float]:
    return [round(float(lon), PRECISION), round(float(lat), PRECISION)]


def closed_ccw(ring: list[list[float]]) -> list[list[float]]:
    """A closed [lon, lat] ring, counterclockwise as RFC 7946 asks of an exterior ring."""
    ring = [[round(float(p[0]), PRECISION), round(float(p[1]), PRECISION)] for p in ring]
    if ring and ring[0] != ring[-1]:
        ring.append(list(ring[0]))
    area2 = sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1))
    return ring if area2 >= 0 else ring[::-1]


def write_geojson(places: list[Place], zones: list[Zone], routes: list[Route]) -> str:
    by_id = {p.id: p for p in places}
    features = []
    for p in places:
        point = {"type": "Point", "coordinates": _pos(p.lat, p.lon)}
        features.append({"type": "Feature", "id": p.uuid, "geometry": point,
                         "properties": {"micic_type": "place", "uuid": p.uuid, "name": p.name, "kind": p.kind.value,
                                        "capacity": p.capacity, "address": p.address, "facilities": p.facilities,
                                        "contact_name": p.contact_name, "contact_phone": p.contact_phone,
                                        "notes": p.notes}})
    for z in zones:
        geometry = {"type": "Polygon", "coordinates": [closed_ccw(z.polygon)]} if len(z.polygon) >= 3 else None
        features.append({"type": "Feature", "id": z.uuid, "geometry": geometry,
                         "properties": {"micic_type": "zone", "uuid": z.uuid, "name": z.name, "code": z.code,
                                        "description": z.description, "places": z.places}})
    for link in links_for(routes, places):
        r = link.route
        coords = [_pos(lat, lon) for lat, lon in route_path(r, by_id)]
        features.append({"type": "Feature", "id": r.uuid,
                         "geometry": {"type": "LineString", "coordinates": coords} if len(coords) >= 2 else None,
                         "properties": {"micic_type": "route", "uuid": r.uuid, "name": r.name,
                                        "origin_uuid": link.origin_uuid, "destination_uuid": link.destination_uuid,
                                        "alternate_of_uuid": link.alternate_of_uuid, "mode": r.mode.value,
                                        "speed_kmh": r.speed_kmh, "capacity_per_trip": r.capacity_per_trip,
                                        "status": r.status.value, "notes": r.notes, "driven_km": r.driven_km}})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deep arrays and objects nest in `text`, counted without parsing (strings skipped)."""
    steps = (1 if c in "[{" else -1 for c in _BRACKET.findall(_STRING.sub("", text)))
    return max(accumulate(steps), default=0)


def read_geojson(text: str, where: str) -> GeoReading:
    # Checked before json.loads, which recurses once per level and fails past Python's recursion limit.
    depth = json_depth(text)
    if depth > LIMITS.depth:
        raise too_large(_("nested levels"), depth, LIMITS.depth, where,
                        _("A GeoJSON file of places, zones and routes nests a few levels; export the file again."))
    try:
        data = json.loads(text)
    except RecursionError:
        raise too_large(_("nested levels"), depth, LIMITS.depth, where) from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(_("The file is not valid JSON: {detail}").format(detail=exc.msg),
                              where=f"{where}, line {exc.lineno}", hint=_("Export the file again.")) from exc
    features = _features(data, where)
    if len(features) > LIMITS.features:
        raise too_large(_("features"), len(features), LIMITS.features, where)
    out = GeoReading()
    for number, feature in enumerate(features, start=1):
        at = _("{file}, feature {number}").format(file=where, number=number)
        if not isinstance(feature, dict):
            raise ImportFileError(_("This feature is not a GeoJSON object but {value}.").format(
                value=json.dumps(feature)[:40]), where=at, hint=_("Export the file again."))
        try:
            _read_feature(feature, out, at, number)
        except MicicError:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise ImportFileError(_("This feature is incomplete or has a wrong value ({detail}).").format(
                detail=exc), where=at, hint=_("Correct the feature or remove it, then import again.")) from exc
    return out


GEOMETRIES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection")


def _features(data, where: str) -> list:
    """The features of a FeatureCollection, or a bare Feature or geometry as the one feature of a file."""
    kind = data.get("type") if isinstance(data, dict) else None
    if kind == "FeatureCollection" and isinstance(data.get("features"), list):
        return data["features"]
    if kind == "Feature":
        return [data]
    if kind == "GeometryCollection" and isinstance(data.get("geometries"), list):
        return [{"type": "Feature", "geometry": g, "properties": {}} for g in data["geometries"]]
    if kind in GEOMETRIES:
        return [{"type": "Feature", "geometry": data, "properties": {}}]
    raise ImportFileError(_("The file is not GeoJSON: it is neither a FeatureCollection, a Feature nor a geometry."),
                          where=where, hint=_("Export the file again as GeoJSON (RFC 7946)."))


def _coord(pos, where: str = "") -> tuple[float, float]:
    if not isinstance(pos, list) or len(pos) < 2:
        raise ValueError(f"not a position: {str(pos)[:40]}")
    return lat_lon(pos[1], pos[0], where)


# Where a point's kind may be: ours, then what uMap, QGIS layers and OpenStreetMap exports (amenity=shelter) use.
KIND_KEYS = ("kind", "type", "tipo", "category", "amenity")
TITLES = ("name", "Name", "NAME", "title", "Title", "label", "nombre", "Nombre", "description")


def _title(props: dict, number: int, at: str, out: GeoReading) -> str:
    """The feature's name, or another title property, or a numbered name (said in a note)."""
    for key in TITLES:
        if isinstance(props.get(key), (str, int, float)) and str(props[key]).strip():
            if key != "name":
                out.note(at, _("No name: the property “{key}” was used as its name.").format(key=key))
            return str(props[key]).strip()[:200]
    name = _("Feature {number}").format(number=number)
    out.note(at, _("No name: it was named “{name}”.").format(name=name))
    return name


def _read_feature(feature: dict, out: GeoReading, at: str, number: int) -> None:
    props = feature.get("properties") or {}
    geometry = feature.get("geometry") or {}
    if not isinstance(props, dict) or not isinstance(geometry, dict):
        raise ValueError("properties and geometry must be objects")
    gtype = geometry.get("type")
    kind = props.get("micic_type") or {"Point": "place", "MultiPoint": "place", "Polygon": "zone",
                                       "MultiPolygon": "zone", "LineString": "route",
                                       "MultiLineString": "route"}.get(gtype)
    if kind is None:
        what = _("it has no geometry") if not gtype else _("a {type} is neither a place, a route nor a zone").format(
            type=str(gtype)[:40])
        out.note(at, _("Skipped: {why}.").format(why=what))
        return
    extra = {"uuid": str(props["uuid"])} if props.get("uuid") else {}
    named = set(props)  # a property that is absent keeps the stored value when the record is updated
    name = _title(props, number, at, out)
    named.add("name")
    if kind == "place":
        _read_places(geometry, gtype, props, name, named, extra, at, out)
    elif kind == "zone":
        _read_zones(geometry, gtype, props, name, named, extra, at, out)
    elif kind == "route" and gtype == "MultiLineString" and "origin_uuid" not in props:
        _read_lines(geometry, props, name, at, out)
    elif kind == "route":
        if gtype != "LineString" and "origin_uuid" not in props:
            out.note(at, _("Skipped: a route needs a LineString, not a {type}.").format(type=str(gtype)[:40]))
            return
        coords = [_coord(p, at) for p in geometry.get("coordinates", [])] if gtype == "LineString" else []
        if "origin_uuid" not in props:  # a line drawn in another program
            link = line_route(name, str(props.get("notes") or ""), coords, at, out)
            if link is not None:
                out.links.append(link)
            return
        route = Route(name=name, origin_id=0, destination_id=0,
                      mode=RouteMode(props.get("mode") or "road"), waypoints=[list(c) for c in coords[1:-1]],
                      speed_kmh=finite_float(props.get("speed_kmh") or 50.0, at, "speed_kmh"),
                      capacity_per_trip=sqlite_int(props.get("capacity_per_trip") or 0, at, "capacity_per_trip"),
                      status=RouteStatus(props.get("status") or "open"), notes=str(props.get("notes") or ""),
                      driven_km=finite_float(props["driven_km"], at, "driven_km") if props.get("driven_km") else None,
                      **extra)
        mark_given(route, "route", named | ({"waypoints"} if gtype == "LineString" else set()))
        out.links.append(RouteLink(route, str(props["origin_uuid"]), str(props["destination_uuid"]),
                                   str(props.get("alternate_of_uuid") or "")))
    else:
        out.note(at, _("Skipped: “{type}” is neither a place, a route nor a zone.").format(type=str(kind)[:40]))


def _read_places(geometry, gtype, props, name, named, extra, at, out: GeoReading) -> None:
    """A Point is one place; each point of a MultiPoint becomes a place of its own, numbered after the name."""
    parts = list(geometry["coordinates"]) if gtype == "MultiPoint" else [geometry["coordinates"]]
    if len(parts) > 1:
        out.note(at, _("Its {count} points became {count} places, numbered after its name.").format(count=len(parts)))
    if any(isinstance(c, list) and len(c) > 2 for c in parts):
        out.note(at, _("Its altitude was left out."))
    key = next((k for k in KIND_KEYS if isinstance(props.get(k), str)), None)
    file_type = props[key] if key else "assembly_point" if "micic_type" in props else ""
    file_kind = kind_of(file_type)
    for index, coords in enumerate(parts, start=1):
        lat, lon = _coord(coords, at)
        place = Place(name=name if len(parts) == 1 else f"{name} ({index})", kind=PlaceKind.ASSEMBLY_POINT,
                      lat=lat, lon=lon,
                      capacity=None if props.get("capacity") is None else sqlite_int(props["capacity"], at, "capacity"),
                      address=str(props.get("address") or ""), facilities=str(props.get("facilities") or ""),
                      contact_name=str(props.get("contact_name") or ""),
                      contact_phone=str(props.get("contact_phone") or ""), notes=str(props.get("notes") or ""),
                      **(extra if len(parts) == 1 else {}))
        mark_given(place, "place", named)
        if file_kind is None:
            out.pending.setdefault(file_type.strip()[:60], []).append(place)
        else:
            place.kind = file_kind
            out.places.append(place)


def _read_lines(geometry, props, name, at, out: GeoReading) -> None:
    """Each line of a MultiLineString drawn elsewhere becomes a route of its own, numbered after the name."""
    parts = list(geometry.get("coordinates") or [])
    if len(parts) > 1:
        out.note(at, _("Its {count} lines became {count} routes, numbered after its name.").format(count=len(parts)))
    for index, line in enumerate(parts, start=1):
        link = line_route(name if len(parts) == 1 else f"{name} ({index})", str(props.get("notes") or ""),
                          [_coord(p, at) for p in line], at, out)
        if link is not None:
            out.links.append(link)


def _read_zones(geometry, gtype, props, name, named, extra, at, out: GeoReading) -> None:
    """A Polygon is one zone; each part of a MultiPolygon becomes a zone of its own (a zone has one outline)."""
    parts = [geometry["coordinates"]] if gtype == "Polygon" else list(geometry["coordinates"]) \
        if gtype == "MultiPolygon" else [None]
    if len(parts) > 1:
        out.note(at, _("Its {count} polygons became {count} zones, numbered after its name.").format(count=len(parts)))
    for index, rings in enumerate(parts, start=1):
        ring = [[lon, lat] for lat, lon in (_coord(p, at) for p in rings[0])] if rings else []
        if rings and len(rings) > 1:
            out.note(at, _("The holes of its outline were left out: a zone has one outline."))
        zone_name = name if len(parts) == 1 else f"{name} ({index})"
        zone = Zone(name=zone_name, code=str(props.get("code") or ""), description=str(props.get("description") or ""),
                    polygon=ring, places=str(props.get("places") or ""), **(extra if len(parts) == 1 else {}))
        out.zones.append(mark_given(zone, "zone", named | ({"polygon"} if rings else set())))
