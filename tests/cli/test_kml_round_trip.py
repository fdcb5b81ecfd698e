"""The demo post's KML export, imported into an empty post, gives back everything KML carries (issue 15.12)."""

import pytest

from micic_planner.cli import main
from micic_planner.core.models import Place, Route, Zone
from micic_planner.storage.store import PostStore


def _snapshot(path):
    with PostStore.open(path) as s:
        places = {p.id: p for p in s.records.list(Place)}
        routes = {r.id: r for r in s.records.list(Route)}
        zones = s.records.list(Zone)
    place_rows = sorted((p.uuid, p.name, p.kind, round(p.lat, 6), round(p.lon, 6), p.capacity, p.address, p.facilities,
                         p.contact_name, p.contact_phone, p.notes) for p in places.values())
    zone_rows = sorted((z.uuid, z.name, z.code, z.description, z.places,
                        [[round(x, 6) for x in pt] for pt in z.polygon]) for z in zones)
    route_rows = sorted((r.uuid, r.name, places[r.origin_id].uuid, places[r.destination_id].uuid, r.mode, r.status,
                         r.speed_kmh, r.capacity_per_trip, r.notes, r.driven_km,
                         [[round(x, 6) for x in w] for w in r.waypoints],
                         routes[r.alternate_of].uuid if r.alternate_of else None) for r in routes.values())
    return place_rows, zone_rows, route_rows


def test_the_demo_posts_kml_imports_into_an_empty_post_with_nothing_lost(tmp_path, capsys):
    demo, other, out = tmp_path / "demo.micic", tmp_path / "otro.micic", tmp_path / "mapa.kml"
    assert main(["demo", "--db", str(demo), "--nationals", "5", "--no-assign"]) == 0
    assert main(["export", "--db", str(demo), "--format", "kml", "--out", str(out)]) == 0
    PostStore.open(other, create=True).close()
    assert main(["import-geo", "--db", str(other), str(out)]) == 0
    places, zones, routes = _snapshot(demo)
    back = _snapshot(other)
    assert back[0] == places and back[1] == zones
    assert back[2] == routes
    assert len(places) > 5 and len(zones) > 1 and len(routes) > 1
    capsys.readouterr()
    assert main(["import-geo", "--db", str(other), str(out)]) == 0
    assert "0 records added" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["gpx", "geojson"])
def test_an_unknown_capacity_survives_the_export_and_import(tmp_path, fmt):
    from micic_planner.core.enums import PlaceKind

    post, other, out = tmp_path / "a.micic", tmp_path / "b.micic", tmp_path / f"mapa.{fmt}"
    with PostStore.open(post, create=True) as s:
        s.records.add(Place("Cancha", PlaceKind.ASSEMBLY_POINT, 14.9, -92.3))
    assert main(["export", "--db", str(post), "--format", fmt, "--out", str(out)]) == 0
    PostStore.open(other, create=True).close()
    assert main(["import-geo", "--db", str(other), str(out)]) == 0
    with PostStore.open(other) as s:
        assert [p.capacity for p in s.records.list(Place)] == [None]


@pytest.mark.parametrize("fmt", ["gpx", "geojson", "kml"])
def test_a_driven_length_survives_the_export_and_import(tmp_path, fmt):
    from micic_planner.core.enums import PlaceKind

    post, other, out = tmp_path / "a.micic", tmp_path / "b.micic", tmp_path / f"mapa.{fmt}"
    with PostStore.open(post, create=True) as s:
        a = Place("Parque", PlaceKind.ASSEMBLY_POINT, 14.9, -92.3, capacity=10)
        b = Place("Puente", PlaceKind.BORDER_CROSSING, 14.96, -92.14)
        s.records.add_many([a, b])
        s.records.add(Route("Recorrido", a.id, b.id, waypoints=[[14.93, -92.2]], driven_km=21.75))
    assert main(["export", "--db", str(post), "--format", fmt, "--out", str(out)]) == 0
    PostStore.open(other, create=True).close()
    assert main(["import-geo", "--db", str(other), str(out)]) == 0
    with PostStore.open(other) as s:
        assert [r.driven_km for r in s.records.list(Route)] == [21.75]
