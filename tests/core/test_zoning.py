"""Zones: nationals fall in a zone by polygon, or by place name for a zone that is a set of places."""

import numpy as np

from micic_planner.core.geo import point_in_polygon
from micic_planner.core.models import Zone
from micic_planner.core.zoning import fold, points_in_ring, zone_membership

SQUARE = [[-92.4, 14.8], [-92.1, 14.8], [-92.1, 15.0], [-92.4, 15.0]]


def test_bulk_point_in_polygon_agrees_with_the_single_point_test():
    rng = np.random.default_rng(3)
    ring = [[-92.5, 14.7], [-92.0, 14.75], [-92.1, 15.1], [-92.3, 14.9], [-92.45, 15.2]]
    lon, lat = rng.uniform(-92.6, -91.9, 4000), rng.uniform(14.6, 15.3, 4000)
    bulk = points_in_ring(lon, lat, ring)
    assert bulk.tolist() == [point_in_polygon(x, y, ring) for x, y in zip(lon, lat)]
    assert 0 < bulk.sum() < len(lon)


def test_nationals_fall_in_the_zone_whose_polygon_holds_them_and_the_first_zone_wins():
    zones = [Zone(name="Centro", polygon=SQUARE, id=1), Zone(name="Grande", polygon=[[-93, 14], [-91, 14],
                                                                                         [-91, 16], [-93, 16]], id=2)]
    out = zone_membership(np.array([14.9, 15.5, 20.0, np.nan]), np.array([-92.2, -92.2, -92.2, np.nan]),
                          ["", "", "", ""], zones)
    assert out.tolist() == [1, 2, -1, -1]


def test_a_zone_given_as_places_takes_nationals_by_place_name_without_accents_or_case():
    zones = [Zone(name="Sierra", places="Motozintla, Unión Juárez", id=7)]
    out = zone_membership(np.full(3, np.nan), np.full(3, np.nan), ["UNION JUAREZ", " motozintla", "Tapachula"], zones)
    assert out.tolist() == [7, 7, -1]
    assert fold("  Querétaro ") == "queretaro"
