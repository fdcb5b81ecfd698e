"""Map files shaped by other programs: types named in words, long tracks, bare geometries, KML from My Maps."""

import pytest

from micic_planner.core.enums import PlaceKind
from micic_planner.core.errors import ImportFileError
from micic_planner.core.geo import path_km
from micic_planner.core.tracks import MAX_POINTS, simplify
from micic_planner.interchange.geo_files import read_geo
from micic_planner.interchange.gpx_file import kind_of


@pytest.mark.parametrize("text, kind", [("Albergue", PlaceKind.SHELTER), ("Shelter", PlaceKind.SHELTER),
                                        ("assembly point", PlaceKind.ASSEMBLY_POINT),
                                        ("Punto de reunión", PlaceKind.ASSEMBLY_POINT), ("AIRPORT", PlaceKind.AIRPORT),
                                        ("Sportplatz", None), ("", None), (None, None)])
def test_a_type_written_as_a_kinds_value_or_its_english_or_spanish_label_is_that_kind(text, kind):
    assert kind_of(text) is kind


def test_a_long_zigzag_track_is_thinned_to_at_most_the_limit_keeping_both_ends():
    points = [(14.9 + i * 0.0001, -92.3 + (0.0003 if i % 2 else 0.0)) for i in range(3000)]
    kept = simplify(points)
    assert len(kept) <= MAX_POINTS and kept[0] == points[0] and kept[-1] == points[-1]


def test_points_on_a_straight_road_are_dropped_and_its_length_stays():
    points = [(14.9 + i * 0.0001, -92.3) for i in range(300)] + [(14.93, -92.3 + i * 0.0001) for i in range(1, 300)]
    kept = simplify(points)
    assert len(kept) <= 4  # the two ends and the corner, which two points 11 m apart may share
    assert path_km(kept) == pytest.approx(path_km(points), rel=1e-3)


def test_a_foreign_gpx_route_becomes_a_route_between_positions(tmp_path):
    path = tmp_path / "ruta.gpx"
    path.write_text('<gpx version="1.1" creator="BRouter" xmlns="http://www.topografix.com/GPX/1/1"><rte>'
                    '<name>Hacia el puente</name><rtept lat="14.90" lon="-92.26"/><rtept lat="14.94" lon="-92.22"/>'
                    '<rtept lat="14.96" lon="-92.14"/></rte></gpx>', encoding="utf-8")
    reading = read_geo(path)
    (link,) = reading.links
    assert (link.origin_at, link.destination_at) == ((14.90, -92.26), (14.96, -92.14))
    assert link.route.waypoints == [[14.94, -92.22]] and link.origin_uuid == ""


def test_a_my_maps_kml_gives_points_waiting_for_a_kind_lines_and_schema_data(tmp_path):
    path = tmp_path / "mymaps.kml"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Puntos</name><Folder><name>Capa sin nombre</name>
<Placemark><name>Cancha municipal</name><ExtendedData><SchemaData schemaUrl="#s">
<SimpleData name="kind">Albergue</SimpleData><SimpleData name="capacity">120</SimpleData></SchemaData></ExtendedData>
<Point><coordinates>-92.26,14.90,0</coordinates></Point></Placemark>
<Placemark><name>Escuela</name><Point><coordinates>-92.25,14.91</coordinates></Point></Placemark>
<Placemark><name>Camino</name><LineString><tessellate>1</tessellate>
<coordinates>-92.26,14.90,0 -92.20,14.93,0 -92.14,14.96,0</coordinates></LineString></Placemark>
</Folder></Document></kml>""", encoding="utf-8")
    reading = read_geo(path)
    assert [(p.name, p.kind, p.capacity) for p in reading.places] == [("Cancha municipal", PlaceKind.SHELTER, 120)]
    assert [p.name for p in reading.pending[""]] == ["Escuela"]
    assert reading.links[0].route.name == "Camino" and reading.links[0].destination_at == (14.96, -92.14)


def test_a_kml_with_an_entity_is_refused_before_it_expands(tmp_path):
    path = tmp_path / "bomba.kml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaa">]><kml>&a;</kml>', encoding="utf-8")
    with pytest.raises(ImportFileError, match="entities or a DTD"):
        read_geo(path)


def test_a_kml_coordinate_out_of_range_names_the_placemark(tmp_path):
    path = tmp_path / "malo.kml"
    path.write_text('<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>X</name><Point>'
                    '<coordinates>-92.2,95</coordinates></Point></Placemark></kml>', encoding="utf-8")
    with pytest.raises(ImportFileError, match="placemark 1"):
        read_geo(path)


def test_a_google_earth_gps_track_becomes_a_driven_route(tmp_path):
    coords = "".join(f"<gx:coord>{-92.26 + i * 0.001:.4f} {14.90 + (i % 2) * 0.0005:.4f} 35</gx:coord>"
                     for i in range(40))
    path = tmp_path / "earth.kml"
    path.write_text('<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">'
                    f"<Document><Placemark><name>Recorrido</name><gx:Track>{coords}</gx:Track></Placemark>"
                    "</Document></kml>", encoding="utf-8")
    reading = read_geo(path)
    (link,) = reading.links
    assert link.route.name == "Recorrido" and link.origin_at == (14.90, -92.26)
    assert link.route.driven_km > 4.0  # the zigzag, every recorded point counted
    assert "measured along its 40 recorded points" in reading.notes[0].what


def test_a_geojson_point_takes_its_kind_from_an_openstreetmap_amenity_or_waits_with_that_value(tmp_path):
    path = tmp_path / "overpass.geojson"
    path.write_text('{"type": "FeatureCollection", "features": ['
                    '{"type": "Feature", "id": "node/1", "properties": {"name": "Refugio", "amenity": "shelter"},'
                    ' "geometry": {"type": "Point", "coordinates": [-92.26, 14.9]}},'
                    '{"type": "Feature", "id": "node/2", "properties": {"name": "Escuela", "amenity": "school"},'
                    ' "geometry": {"type": "Point", "coordinates": [-92.25, 14.91]}}]}', encoding="utf-8")
    reading = read_geo(path)
    assert [(p.name, p.kind) for p in reading.places] == [("Refugio", PlaceKind.SHELTER)]
    assert [p.name for p in reading.pending["school"]] == ["Escuela"]
