"""GPX, GeoJSON and KML files other programs and the formats' test suites wrote (tests/data/real/SOURCES.md)."""

from pathlib import Path

import pytest

from micic_planner.core.errors import ImportFileError
from micic_planner.core.geo import path_km
from micic_planner.interchange.geo_files import read_geo

REAL = Path(__file__).parent.parent / "data" / "real"

# file: (places waiting for a kind, zones, routes, a phrase of one of its notes)
ACCEPTED = {
    "gpx/Mojstrovka.gpx": (0, 0, 1, "became a route of 2.70 km measured along its 184 recorded points"),
    "gpx/cerknicko-jezero.gpx": (7, 0, 7, "has fewer than two points"),
    "gpx/gpx1.0_with_all_fields.gpx": (2, 0, 2, "has fewer than two points"),
    "gpx/korita-zbevnica.gpx": (2, 0, 3, "measured along its 358 recorded points"),
    "gpx/track-with-small-floats.gpx": (0, 0, 1, "9.41 km"),
    "geojson/good-feature.geojson": (1, 0, 0, "No name: it was named “Feature 1”"),
    "geojson/good-featurecollection.geojson": (1, 1, 1, "“Feature 3”"),
    "geojson/good-geometrycollection.geojson": (1, 0, 1, "“Feature 2”"),
    "geojson/good-linestring.geojson": (0, 0, 1, "“Feature 1”"),
    "geojson/good-multipoint.geojson": (1, 0, 0, "“Feature 1”"),  # its one point is a place (issue 15a)
    "geojson/good-point-3d.geojson": (1, 0, 0, "Its altitude was left out"),
    "geojson/good-polygon.geojson": (0, 1, 0, "“Feature 1”"),
    "geojson/multipolygon.geojson": (0, 2, 0, "holes of its outline were left out"),
    "geojson/nullgeometry.geojson": (0, 0, 0, "Skipped: it has no geometry"),
    "kml/Document-places.kml": (2, 0, 0, None),
    "kml/Document-clean.kml": (6, 4, 1, "Skipped shapes that are neither a point, a line nor a polygon: LinearRing"),
    "kml/KML_Samples.kml": (4, 9, 6, "holes of its outline were left out"),
    "gpx/basecamp.gpx": (2, 0, 2, "“Hwy 119 to Hwy 72” became a route of 4.38 km"),
    "gpx/route.gpx": (0, 0, 2, None),
    "gpx/empty.gpx": (0, 0, 0, "nothing to import"),
    "gpx/gis.osm_places_free_1.gpx": (490, 0, 0, None),
    "kml/opentracks.kml": (0, 0, 1, "measured along its 2 recorded points"),
    "kml/google_ext.kml": (0, 0, 1, "“Track” became a route of 7.78 km measured along its 451 recorded points"),
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_a_real_map_file_gives_what_maps_onto_places_routes_and_zones_and_says_what_it_left_out(name):
    waiting, zones, routes, phrase = ACCEPTED[name]
    reading = read_geo(REAL / name)
    assert sum(len(p) for p in reading.pending.values()) == waiting
    assert (len(reading.zones), len(reading.links)) == (zones, routes)
    if phrase:
        assert any(phrase in note.what for note in reading.notes), [n.what for n in reading.notes]
    assert all(str(REAL) in note.where for note in reading.notes)


def test_a_kml_whose_root_is_not_kml_is_refused_naming_the_element():
    with pytest.raises(ImportFileError, match="not KML: its root element is LinearRing") as caught:
        read_geo(REAL / "kml/LinearRingWithInvalidLat.kml")
    assert "LinearRingWithInvalidLat.kml" in caught.value.user_message()


def test_a_driven_track_keeps_its_ends_and_at_most_200_points_and_nearly_all_of_its_length():
    reading = read_geo(REAL / "gpx/korita-zbevnica.gpx")
    link = next(link for link in reading.links if link.route.name == "03-OCT-10 #2")
    drawn = [link.origin_at, *map(tuple, link.route.waypoints), link.destination_at]
    assert len(drawn) <= 200
    assert path_km(drawn) == pytest.approx(8.64, rel=0.03)


def test_the_google_kml_samples_give_names_and_outlines_of_their_polygons():
    reading = read_geo(REAL / "kml/KML_Samples.kml")
    pentagon = next(z for z in reading.zones if z.name == "The Pentagon")
    assert len(pentagon.polygon) >= 5 and all(-78 < lon < -77 for lon, _lat in pentagon.polygon)
    assert "Tessellated" in [link.route.name for link in reading.links]


def test_a_planned_route_and_the_driven_track_of_the_same_name_stay_two_routes_and_a_second_import_updates_both(
        tmp_path):
    from micic_planner.core.models import Route
    from micic_planner.storage.geo_import import GeoImport
    from micic_planner.storage.store import PostStore

    with PostStore.open(tmp_path / "post.micic", create=True) as store:
        for expected in ((2, 0), (0, 2)):
            places, zones, links = read_geo(REAL / "gpx/basecamp.gpx")
            job = GeoImport(store)
            job.run(places, zones, links)
            assert (sum(t == "routes" and new for t, _n, new in job.items),
                    sum(t == "routes" and not new for t, _n, new in job.items)) == expected
        routes = store.records.list(Route)
    assert [r.name for r in routes] == ["Hwy 119 to Hwy 72"] * 2
    assert sorted(r.driven_km or 0 for r in routes) == [0, 4.378]
