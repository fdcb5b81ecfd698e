"""KML 2.2 (for Google Earth and most GIS): places, zones and routes in folders, fields as ExtendedData."""

import simplekml

from micic_planner.core.enums import RouteStatus
from micic_planner.core.i18n import _
from micic_planner.core.models import Place, Route, Zone
from micic_planner.interchange.geo_files import links_for, route_path

# KML colours are aabbggrr. KML draws no dashed lines, so an alternate route is thinner and grey.
PRIMARY, ALTERNATE, CLOSED = "ff7f3f1f", "ff808080", "ff1c1c9c"


def _data(target, **values) -> None:
    for key, value in values.items():
        target.extendeddata.newdata(name=key, value=str(value))


def write_kml(places: list[Place], zones: list[Zone], routes: list[Route]) -> str:
    doc = simplekml.Kml(name="MICIC Planner")
    by_id = {p.id: p for p in places}
    folder = doc.newfolder(name=_("Places"))
    for p in places:
        point = folder.newpoint(name=p.name, coords=[(p.lon, p.lat)], description=p.address or None)
        _data(point, uuid=p.uuid, kind=p.kind.value, capacity=p.capacity, facilities=p.facilities,
              contact_name=p.contact_name, contact_phone=p.contact_phone, notes=p.notes)
    folder = doc.newfolder(name=_("Zones"))
    for z in zones:
        if len(z.polygon) >= 3:
            ring = [(p[0], p[1]) for p in z.polygon]
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            item = folder.newpolygon(name=z.name, outerboundaryis=ring, description=z.description or None)
            item.style.polystyle.color = "3f7f3f1f"
            item.style.linestyle.color = PRIMARY
        else:
            item = folder.newpoint(name=z.name, description=z.description or None)
        _data(item, uuid=z.uuid, code=z.code, places=z.places)
    folder = doc.newfolder(name=_("Routes"))
    for link in links_for(routes, places):
        r = link.route
        line = folder.newlinestring(name=r.name, coords=[(lon, lat) for lat, lon in route_path(r, by_id)],
                                    description=r.notes or None)
        closed = r.status == RouteStatus.CLOSED
        line.style.linestyle.color = CLOSED if closed else ALTERNATE if r.alternate_of is not None else PRIMARY
        line.style.linestyle.width = 2 if r.alternate_of is not None else 4
        _data(line, uuid=r.uuid, origin_uuid=link.origin_uuid, destination_uuid=link.destination_uuid,
              alternate_of_uuid=link.alternate_of_uuid, mode=r.mode.value, status=r.status.value,
              speed_kmh=r.speed_kmh, capacity_per_trip=r.capacity_per_trip)
    return doc.kml()
