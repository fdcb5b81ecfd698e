"""The geography commands: assign, zone, gazetteer, nearest, import-geo, and export to map formats."""

import json

import pytest

from micic_planner.cli import main
from micic_planner.core.enums import PlaceKind, RouteStatus, Vulnerability
from micic_planner.core.models import National, Place, Post, Route, Zone
from micic_planner.storage.store import PostStore


@pytest.fixture
def post_file(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as s:
        s.save_post(Post(name="Consulado en Tapachula", host_country="MX", city="Tapachula", assembly_radius_km=10))
        s.records.add(Zone(name="Centro", polygon=[[-92.4, 14.8], [-92.1, 14.8], [-92.1, 15.0], [-92.4, 15.0]]))
        a = Place("Parque Central", PlaceKind.ASSEMBLY_POINT, 14.905, -92.26, capacity=4)
        b = Place("Estadio Olímpico", PlaceKind.ASSEMBLY_POINT, 14.88, -92.30, capacity=10)
        c = Place("Puente Talismán", PlaceKind.BORDER_CROSSING, 14.96, -92.14)
        s.records.add_many([a, b, c])
        r = Route("Centro a Talismán", a.id, c.id, waypoints=[[14.93, -92.2]])
        s.records.add(r)
        s.records.add(Route("Alterna", b.id, c.id, alternate_of=r.id, status=RouteStatus.CLOSED))
        for i in range(6):
            flags = Vulnerability.OLDER_PERSON if i == 5 else Vulnerability(0)
            s.nationals.add(National(f"Ana {i}", "Núñez", lat=14.905 + i / 1000, lon=-92.26,
                                     household="H1" if i < 3 else "", vulnerabilities=flags))
        s.nationals.add(National("Lejos", "Pérez", lat=16.0, lon=-93.0))
    return path


def test_assign_gives_each_national_a_point_keeps_households_and_lists_the_far_ones(post_file, capsys, no_network):
    assert main(["assign", "--db", str(post_file), "--zones"]) == 0
    out = capsys.readouterr().out
    assert "7 of 7 nationals have an assembly point" in out and "Pérez, Lejos" in out
    with PostStore.open(post_file) as s:
        rows = s.db.execute("SELECT given_names, household, assembly_point_id, zone_id FROM nationals "
                           "LEFT JOIN assignments ON national_id = id").fetchall()
        loads = dict(s.db.execute("SELECT assembly_point_id, count(*) FROM assignments GROUP BY 1").fetchall())
    assert len({r[2] for r in rows if r[1] == "H1"}) == 1
    assert loads[1] <= 4 and sum(loads.values()) == 7
    assert {r[3] for r in rows if r[0] != "Lejos"} == {1}
    point_of = {r[0]: r[2] for r in rows}
    assert point_of["Ana 5"] == 1  # the older person gets a seat at the nearest point


def test_assign_in_spanish_speaks_spanish(post_file, capsys):
    assert main(["--lang", "es", "assign", "--db", str(post_file)]) == 0
    assert "tienen punto de reunión" in capsys.readouterr().out


def test_gazetteer_prints_name_region_country_and_coordinates(capsys, no_network):
    assert main(["gazetteer", "queretaro", "--limit", "3"]) == 0
    first = capsys.readouterr().out.splitlines()[0].split("\t")
    assert first[:3] == ["Santiago de Querétaro", "Querétaro", "Mexico"] and float(first[3]) == pytest.approx(20.6, 0.1)


def test_nearest_prints_the_nearest_place(capsys, no_network):
    assert main(["nearest", "14.9066", "-92.2621"]) == 0
    assert capsys.readouterr().out.startswith("Tapachula\tChiapas\tMexico")


@pytest.mark.parametrize("fmt", ["geojson", "gpx"])
def test_an_exported_map_file_imports_into_another_post_and_again_without_duplicates(post_file, tmp_path, capsys,
                                                                                     fmt):
    out = tmp_path / f"mapa.{fmt}"
    assert main(["export", "--db", str(post_file), "--format", fmt, "--out", str(out)]) == 0
    other = tmp_path / "otro.db"
    PostStore.open(other, create=True).close()
    assert main(["import-geo", "--db", str(other), str(out)]) == 0
    assert main(["import-geo", "--db", str(other), str(out)]) == 0
    assert "0 records added and 6 updated" in capsys.readouterr().out
    with PostStore.open(other) as s, PostStore.open(post_file) as original:
        places = s.records.list(Place)
        routes = s.records.list(Route)
        assert [p.uuid for p in places] == [p.uuid for p in original.records.list(Place)]
        alternate = next(r for r in routes if r.name == "Alterna")
        assert alternate.alternate_of == next(r.id for r in routes if r.name == "Centro a Talismán")
        assert alternate.status == RouteStatus.CLOSED and len(s.records.list(Zone)) == 1


def test_a_route_to_an_unknown_place_stops_the_import_and_writes_nothing(post_file, tmp_path, capsys):
    out = tmp_path / "mapa.geojson"
    main(["export", "--db", str(post_file), "--format", "geojson", "--out", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    data["features"] = [f for f in data["features"] if f["properties"]["name"] != "Puente Talismán"]
    out.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "otro.db"
    PostStore.open(other, create=True).close()
    assert main(["import-geo", "--db", str(other), str(out)]) == 2
    assert "Centro a Talismán" in capsys.readouterr().err
    with PostStore.open(other) as s:
        assert s.records.list(Place) == [] and s.records.list(Zone) == []


DRIVEN = """<?xml version="1.0"?>
<gpx version="1.1" creator="OsmAnd" xmlns="http://www.topografix.com/GPX/1/1">
 <wpt lat="14.9050" lon="-92.2600"><name>Parque Central</name></wpt>
 <wpt lat="14.9500" lon="-92.2000"><name>Cancha</name><type>Sportplatz</type></wpt>
 <trk><name>Ruta al puente</name><trkseg>{points}</trkseg></trk>
</gpx>"""


# A warden's phone: one point every few metres from the park to the bridge, with a bend.
DRIVEN_POINTS = [(14.905 + i * 0.0005, -92.26 + i * 0.0006) for i in range(60)] + \
    [(14.935 + i * 0.0005, -92.224 + i * 0.0014) for i in range(1, 61)]


def haversine_path(points) -> float:
    from micic_planner.core.geo import path_km

    return path_km(points)


def _driven_gpx(tmp_path):
    points = DRIVEN_POINTS
    path = tmp_path / "recorrido.gpx"
    path.write_text(DRIVEN.format(points="".join(f'<trkpt lat="{a:.6f}" lon="{b:.6f}"/>' for a, b in points)),
                    encoding="utf-8")
    return path


def test_a_driven_track_imports_as_a_route_twice_without_duplicates_and_an_unknown_type_is_listed_and_skipped(
        post_file, tmp_path, capsys):
    path = _driven_gpx(tmp_path)
    with PostStore.open(post_file) as s:
        before = len(s.records.list(Place)), len(s.records.list(Route))
    assert main(["import-geo", "--db", str(post_file), str(path)]) == 0
    first = capsys.readouterr().out
    assert "“Sportplatz”" in first and "Track “Ruta al puente” became a route of" in first
    assert "Parque Central: Skipped: its type “(none)” is not a kind of place" in first
    assert main(["import-geo", "--db", str(post_file), str(path)]) == 0
    assert "0 records added" in capsys.readouterr().out
    with PostStore.open(post_file) as s:
        places, routes = s.records.list(Place), s.records.list(Route)
    # The track starts at the stored park; its end matched no place, so one new place.
    assert (len(places), len(routes)) == (before[0] + 1, before[1] + 1)
    route = next(r for r in routes if r.name == "Ruta al puente")
    assert route.origin_id == 1 and 0 < len(route.waypoints) < 120
    # The length driven, every recorded point counted; the thinned line alone would be shorter.
    assert route.driven_km == pytest.approx(haversine_path(DRIVEN_POINTS), rel=0.01)
    with PostStore.open(post_file) as s:
        from micic_planner.core.routes import route_leg

        assert route_leg(route, {p.id: p for p in s.records.list(Place)}).km == route.driven_km
    assert next(p for p in places if p.name == "Parque Central").capacity == 4  # not in the file: kept
    end = next(p for p in places if p.id == route.destination_id)
    assert end.name == "Ruta al puente (end)" and end.capacity is None


def test_kind_gives_a_file_type_a_kind_of_place(post_file, tmp_path, capsys):
    path = _driven_gpx(tmp_path)
    kinds = ["--kind", "Sportplatz=shelter", "--kind", "=assembly_point"]
    assert main(["import-geo", "--db", str(post_file), str(path), *kinds]) == 0
    assert "updated: places “Parque Central”" in capsys.readouterr().out  # same name, same spot
    with PostStore.open(post_file) as s:
        assert next(p for p in s.records.list(Place) if p.name == "Cancha").kind == PlaceKind.SHELTER
        assert [p.capacity for p in s.records.list(Place) if p.name == "Parque Central"] == [4]
    assert main(["import-geo", "--db", str(post_file), str(path), "--kind", "Sportplatz=gym"]) == 2
    assert "not a kind of place" in capsys.readouterr().err


def test_an_assembly_point_of_unknown_capacity_takes_nobody_and_the_report_says_so(post_file, capsys):
    with PostStore.open(post_file) as s:
        s.db.execute("UPDATE places SET capacity = NULL WHERE name = 'Estadio Olímpico'")
    assert main(["assign", "--db", str(post_file)]) == 0
    out = capsys.readouterr().out
    assert "Estadio Olímpico: 0 / capacity unknown" in out
    assert "1 assembly point has no known capacity and took nobody" in out
    with PostStore.open(post_file) as s:
        assert s.db.execute("SELECT count(*) FROM assignments WHERE assembly_point_id = 2").fetchone()[0] == 0


def test_the_map_import_summary_speaks_spanish(post_file, tmp_path, capsys):
    path = _driven_gpx(tmp_path)
    assert main(["--lang", "es", "import-geo", "--db", str(post_file), str(path)]) == 0
    out = capsys.readouterr().out
    assert "añadido: rutas «Ruta al puente»" in out
    assert "Omitido: su tipo «Sportplatz» no es una clase de lugar" in out
    assert "La traza «Ruta al puente» pasó a ser una ruta de" in out
