"""Map exchange files: GPX 1.1, KML 2.2 and GeoJSON (RFC 7946) write, parse back and re-import."""

import json

import gpxpy
import pytest
from fastkml import kml

from micic_planner.core.enums import PlaceKind, RouteMode, RouteStatus
from micic_planner.core.errors import ImportFileError
from micic_planner.core.models import Place, Route, Zone
from micic_planner.interchange.geo_files import read_geo, write_geo


@pytest.fixture
def records():
    places = [Place("Parque Central Miguel Hidalgo", PlaceKind.ASSEMBLY_POINT, 14.907, -92.263, capacity=400,
                    contact_name="Lucía Núñez", id=1),
              Place("Puente Talismán", PlaceKind.BORDER_CROSSING, 14.9633, -92.1444, id=2),
              Place("Albergue Huixtla", PlaceKind.SHELTER, 15.142, -92.46, capacity=300, id=3)]
    zones = [Zone("Tapachula urbana", code="TAP", polygon=[[-92.3, 14.87], [-92.3, 14.95], [-92.2, 14.95],
                                                            [-92.2, 14.87]], id=1),
             Zone("Sierra", code="SIE", places="Motozintla, Unión Juárez", id=2)]
    primary = Route("Centro → Talismán", 1, 2, waypoints=[[14.93, -92.2]], capacity_per_trip=45, id=1)
    alternate = Route("Alterna por Huixtla", 3, 2, mode=RouteMode.ROAD, status=RouteStatus.CLOSED, alternate_of=1,
                      id=2)
    return places, zones, [primary, alternate]


def check_rfc7946(data: dict) -> None:
    """The parts of RFC 7946 a reader relies on."""
    assert data["type"] == "FeatureCollection" and "crs" not in data
    for f in data["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        g = f["geometry"]
        if g is None:
            continue
        if g["type"] == "Point":
            positions = [g["coordinates"]]
        elif g["type"] == "LineString":
            positions = g["coordinates"]
        else:
            assert g["type"] == "Polygon"
            positions = [p for ring in g["coordinates"] for p in ring]
        for lon, lat in positions:
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        if g["type"] == "LineString":
            assert len(g["coordinates"]) >= 2
        if g["type"] == "Polygon":
            ring = g["coordinates"][0]
            assert len(ring) >= 4 and ring[0] == ring[-1]
            area2 = sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1))
            assert area2 > 0  # exterior rings are counterclockwise


def test_geojson_export_is_valid_rfc7946_and_reads_back_the_same_records(tmp_path, records):
    places, zones, routes = records
    path = tmp_path / "mapa.geojson"
    assert write_geo("geojson", path, places, zones, routes) == 7
    data = json.loads(path.read_text(encoding="utf-8"))
    check_rfc7946(data)
    assert data["features"][0]["geometry"]["coordinates"] == [-92.263, 14.907]
    back_places, back_zones, links = read_geo(path)
    assert [(p.uuid, p.name, p.kind, p.capacity, p.contact_name) for p in back_places] == [
        (p.uuid, p.name, p.kind, p.capacity, p.contact_name) for p in places]
    assert back_zones[0].polygon[0] == [-92.3, 14.87] and back_zones[1].places == "Motozintla, Unión Juárez"
    assert [(link.route.name, link.origin_uuid, link.destination_uuid, link.route.waypoints) for link in links][0] == (
        "Centro → Talismán", places[0].uuid, places[1].uuid, [[14.93, -92.2]])
    assert links[1].alternate_of_uuid == routes[0].uuid and links[1].route.status == RouteStatus.CLOSED


def test_gpx_export_parses_with_gpxpy_and_reads_back(tmp_path, records):
    places, zones, routes = records
    path = tmp_path / "mapa.gpx"
    write_geo("gpx", path, places, zones, routes)
    doc = gpxpy.parse(path.read_text(encoding="utf-8"))
    assert doc.version == "1.1"
    assert [w.name for w in doc.waypoints] == [p.name for p in places]
    assert len(doc.routes[0].points) == 3 and doc.tracks[0].name == "Tapachula urbana"
    back_places, back_zones, links = read_geo(path)
    assert back_places[0].uuid == places[0].uuid and back_places[0].capacity == 400
    assert back_places[1].kind == PlaceKind.BORDER_CROSSING
    assert links[0].route.capacity_per_trip == 45 and links[1].alternate_of_uuid == routes[0].uuid
    assert back_zones[1].places == "Motozintla, Unión Juárez"


def test_kml_export_parses_with_fastkml(tmp_path, records):
    places, zones, routes = records
    path = tmp_path / "mapa.kml"
    write_geo("kml", path, places, zones, routes)
    doc = kml.KML.from_string(path.read_bytes())
    folders = list(doc.features[0].features)
    names = [[p.name for p in folder.features] for folder in folders]
    assert names == [[p.name for p in places], [z.name for z in zones], [r.name for r in routes]]


@pytest.mark.parametrize("name, text, message", [
    ("roto.geojson", "{not json", "not valid JSON"),
    ("otro.geojson", '{"type": "Topology"}', "neither a FeatureCollection, a Feature nor a geometry"),
    ("malo.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
                     '{"type": "Point", "coordinates": [-92.2, 95]}, "properties": {"name": "X"}}]}', "feature 1"),
    ("roto.gpx", "<gpx><wpt lat='x'", "not valid GPX"),
    ("mapa.kml", "<gpx/>", "not KML: its root element is gpx"),
    ("roto.kml", "<kml><Placemark><Point><coordinates>-92.2</coordinates>", "not valid KML"),
    ("mapa.txt", "", "not known"),
])
def test_a_broken_or_foreign_file_is_refused_with_a_clear_error(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        read_geo(path)
