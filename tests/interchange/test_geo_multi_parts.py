"""GeoJSON and KML multi-geometries: every point becomes a place and every line a route, numbered after the name."""

import json

from micic_planner.core.models import Route
from micic_planner.interchange.geo_files import read_geo
from micic_planner.storage.geo_import import GeoImport


def _geojson(tmp_path, geometry, **props):
    path = tmp_path / "capa.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": geometry, "properties": {"name": "Albergues", **props}}]}), encoding="utf-8")
    return path


def test_each_point_of_a_geojson_multipoint_becomes_a_place_numbered_after_its_name(tmp_path):
    path = _geojson(tmp_path, {"type": "MultiPoint", "coordinates": [[-92.26, 14.90], [-92.24, 14.91, 30.0]]},
                    kind="shelter", capacity=120)
    reading = read_geo(path)
    assert [(p.name, p.lat, p.lon, p.capacity, p.kind.value) for p in reading.places] == [
        ("Albergues (1)", 14.90, -92.26, 120, "shelter"), ("Albergues (2)", 14.91, -92.24, 120, "shelter")]
    notes = [n.what for n in reading.notes]
    assert "Its 2 points became 2 places, numbered after its name." in notes
    assert "Its altitude was left out." in notes


def test_each_line_of_a_geojson_multilinestring_becomes_a_route_numbered_after_its_name(tmp_path, store):
    path = _geojson(tmp_path, {"type": "MultiLineString", "coordinates": [
        [[-92.26, 14.90], [-92.20, 14.95]], [[-92.20, 14.95], [-92.10, 15.00], [-92.00, 15.05]]]})
    reading = read_geo(path)
    assert [link.route.name for link in reading.links] == ["Albergues (1)", "Albergues (2)"]
    assert reading.links[1].origin_at == (14.95, -92.20) and reading.links[1].destination_at == (15.05, -92.00)
    assert "Its 2 lines became 2 routes, numbered after its name." in [n.what for n in reading.notes]
    job = GeoImport(store)
    job.run(reading.places, reading.zones, reading.links)
    assert sorted(r.name for r in store.records.list(Route)) == ["Albergues (1)", "Albergues (2)"]


def test_a_kml_multigeometry_of_points_and_lines_gives_numbered_places_and_routes(tmp_path):
    path = tmp_path / "capa.kml"
    path.write_text(
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Salidas</name>'
        "<ExtendedData><Data name=\"kind\"><value>assembly_point</value></Data></ExtendedData><MultiGeometry>"
        "<Point><coordinates>-92.26,14.90</coordinates></Point><Point><coordinates>-92.24,14.91</coordinates></Point>"
        "<LineString><coordinates>-92.26,14.90 -92.20,14.95</coordinates></LineString>"
        "<LineString><coordinates>-92.24,14.91 -92.10,15.00</coordinates></LineString>"
        "</MultiGeometry></Placemark></Document></kml>", encoding="utf-8")
    reading = read_geo(path)
    assert [p.name for p in reading.places] == ["Salidas (1)", "Salidas (2)"]
    assert [link.route.name for link in reading.links] == ["Salidas (1)", "Salidas (2)"]
