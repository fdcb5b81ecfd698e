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
from micic_planner.interchange.geo_files import RouteLink, links_for, route_path

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
                                        "status": r.status.value, "notes": r.notes}})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deep arrays and objects nest in `text`, counted without parsing (strings skipped)."""
    steps = (1 if c in "[{" else -1 for c in _BRACKET.findall(_STRING.sub("", text)))
    return max(accumulate(steps), default=0)


def read_geojson(text: str, where: str) -> tuple[list[Place], list[Zone], list[RouteLink]]:
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
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(
            data.get("features"), list):
        raise ImportFileError(_("The file is not a GeoJSON FeatureCollection."), where=where,
                              hint=_("Use a GeoJSON file exported by MICIC Planner."))
    if len(data["features"]) > LIMITS.features:
        raise too_large(_("features"), len(data["features"]), LIMITS.features, where)
    places, zones, routes = [], [], []
    for number, feature in enumerate(data["features"], start=1):
        at = _("{file}, feature {number}").format(file=where, number=number)
        if not isinstance(feature, dict):
            raise ImportFileError(_("This feature is not a GeoJSON object but {value}.").format(
                value=json.dumps(feature)[:40]), where=at, hint=_("Export the file again."))
        try:
            _read_feature(feature, places, zones, routes, at)
        except MicicError:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise ImportFileError(_("This feature is incomplete or has a wrong value ({detail}).").format(
                detail=exc), where=at, hint=_("Correct the feature or remove it, then import again.")) from exc
    return places, zones, routes


def _coord(pos, where: str = "") -> tuple[float, float]:
    if not isinstance(pos, list) or len(pos) < 2:
        raise ValueError(f"not a position: {str(pos)[:40]}")
    return lat_lon(pos[1], pos[0], where)


def _read_feature(feature: dict, places: list, zones: list, routes: list, at: str = "") -> None:
    props = feature.get("properties") or {}
    geometry = feature.get("geometry") or {}
    if not isinstance(props, dict) or not isinstance(geometry, dict):
        raise ValueError("properties and geometry must be objects")
    gtype = geometry.get("type")
    kind = props.get("micic_type") or {"Point": "place", "Polygon": "zone", "LineString": "route"}.get(gtype)
    extra = {"uuid": str(props["uuid"])} if props.get("uuid") else {}
    named = set(props)  # a property that is absent keeps the stored value when the record is updated
    if kind == "place":
        lat, lon = _coord(geometry["coordinates"], at)
        places.append(Place(name=str(props["name"]), kind=PlaceKind(props.get("kind") or "assembly_point"),
                            lat=lat, lon=lon, capacity=sqlite_int(props.get("capacity") or 0, at, "capacity"),
                            address=str(props.get("address") or ""), facilities=str(props.get("facilities") or ""),
                            contact_name=str(props.get("contact_name") or ""),
                            contact_phone=str(props.get("contact_phone") or ""), notes=str(props.get("notes") or ""),
                            **extra))
        mark_given(places[-1], "place", named)
    elif kind == "zone":
        ring = []
        if gtype == "Polygon":
            ring = [[lon, lat] for lat, lon in (_coord(p, at) for p in geometry["coordinates"][0])]
        zones.append(mark_given(Zone(name=str(props["name"]), code=str(props.get("code") or ""),
                                     description=str(props.get("description") or ""), polygon=ring,
                                     places=str(props.get("places") or ""), **extra),
                                "zone", named | ({"polygon"} if gtype == "Polygon" else set())))
    elif kind == "route":
        coords = [_coord(p, at) for p in geometry.get("coordinates", [])] if gtype == "LineString" else []
        route = Route(name=str(props["name"]), origin_id=0, destination_id=0,
                      mode=RouteMode(props.get("mode") or "road"), waypoints=[list(c) for c in coords[1:-1]],
                      speed_kmh=finite_float(props.get("speed_kmh") or 50.0, at, "speed_kmh"),
                      capacity_per_trip=sqlite_int(props.get("capacity_per_trip") or 0, at, "capacity_per_trip"),
                      status=RouteStatus(props.get("status") or "open"), notes=str(props.get("notes") or ""), **extra)
        mark_given(route, "route", named | ({"waypoints"} if gtype == "LineString" else set()))
        routes.append(RouteLink(route, str(props["origin_uuid"]), str(props["destination_uuid"]),
                                str(props.get("alternate_of_uuid") or "")))
    else:
        raise ValueError(f"unknown feature type {kind or gtype!r}")
