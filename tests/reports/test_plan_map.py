"""The plan's map: a reportlab drawing that reads in black and white, and its page in the plan."""

import io

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import PolyLine, String

from micic_planner.core.enums import PlaceKind, RouteStatus
from micic_planner.core.models import Place, Route, Zone
from micic_planner.core.routes import group_routes
from micic_planner.reports.plan_map import PlanMap, clip_path, map_routes


@pytest.fixture
def plan_map():
    places = [Place("Parque Central", PlaceKind.ASSEMBLY_POINT, 14.905, -92.26, capacity=40, id=1),
              Place("Estadio Olímpico", PlaceKind.ASSEMBLY_POINT, 14.88, -92.30, capacity=100, id=2),
              Place("Puente Talismán", PlaceKind.BORDER_CROSSING, 14.96, -92.14, id=3),
              Place("Quetzaltenango", PlaceKind.SAFE_HAVEN, 14.83, -91.52, capacity=5000, id=4)]
    zones = [Zone("Centro", code="CEN", polygon=[[-92.4, 14.8], [-92.1, 14.8], [-92.1, 15.0], [-92.4, 15.0]], id=1)]
    routes = [Route("Principal", 1, 3, id=1), Route("Alterna", 2, 3, alternate_of=1, status=RouteStatus.CLOSED, id=2),
              Route("A Quetzaltenango", 3, 4, id=3)]
    return PlanMap(places, zones, map_routes(group_routes(routes, places)), {1: 55, 2: 10}, "MX", "es")


def flatten(group):
    for item in getattr(group, "contents", []):
        yield item
        yield from flatten(item)


def test_the_map_has_a_spanish_legend_a_scale_and_numbered_places(plan_map):
    drawing = plan_map.drawing(480, 420)
    texts = [s.text for s in flatten(drawing) if isinstance(s, String)]
    assert "Ruta alterna (discontinua)" in texts and "Ruta cerrada (con cruces)" in texts
    assert any(t.endswith(" km") for t in texts)
    assert {"1", "2", "4"} <= set(texts) and "3" not in texts
    key = plan_map.key_rows()
    assert key[0] == ["1", "Estadio Olímpico", "10 / 100"] and key[1] == ["2", "Parque Central", "55 / 40"]
    # A far haven stays in the key, not on the map.
    assert key[2][1] == "Quetzaltenango (fuera del mapa)" and key[3][1] == "Puente Talismán"


def test_routes_differ_by_dash_and_the_closed_one_is_crossed(plan_map):
    drawing = plan_map.drawing(480, 420)
    lines = [s for s in flatten(drawing) if isinstance(s, PolyLine)]
    dashed = [line for line in lines if line.strokeDashArray]
    solid = [line for line in lines if not line.strokeDashArray]
    assert len(dashed) == 1 and len(solid) >= 2
    crosses = [item for item in flatten(drawing) if type(item).__name__ == "Line"]
    assert len(crosses) >= 4  # at least one cross on the closed route plus the legend's sample


def test_the_map_renders_to_a_pdf_with_its_text(plan_map):
    out = io.BytesIO()
    renderPDF.drawToFile(plan_map.drawing(480, 420), out)
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "Punto de reunión" in text and "Natural Earth" in text and "GeoNames" in text


def test_a_route_leaving_the_frame_is_cut_at_its_edge():
    pieces = clip_path([(50, 50), (150, 50), (150, 80), (50, 80)], (0, 0, 100, 100))
    assert pieces == [[(50, 50), (100, 50)], [(100, 80), (50, 80)]]


def test_town_names_are_drawn_inside_the_frame_and_never_over_a_place_or_each_other(plan_map):
    plan_map.towns = [("Tapachula", 14.905, -92.262),  # on top of the Parque Central marker
                      ("Huehuetán", 15.02, -92.38),
                      ("Huehuetán Estación", 15.021, -92.379),  # its label would overlap the one above
                      ("Cacahoatán", 14.99, -92.16),
                      ("Ciudad de México", 19.43, -99.13)]  # far outside the map
    texts = [s.text for s in flatten(plan_map.drawing(480, 420)) if isinstance(s, String)]
    assert "Huehuetán" in texts and "Cacahoatán" in texts
    assert "Tapachula" not in texts and "Huehuetán Estación" not in texts and "Ciudad de México" not in texts


@pytest.fixture
def knot():
    """Fourteen assembly points and shelters within two kilometres, and towns on top of them: a city centre."""
    places = [Place(f"Punto de reunión número {i}", PlaceKind.ASSEMBLY_POINT if i % 3 else PlaceKind.SHELTER,
                    14.90 + 0.004 * (i % 4), -92.26 + 0.005 * (i // 4), capacity=100 + 10 * i, id=i)
              for i in range(1, 15)]
    places.append(Place("Quetzaltenango", PlaceKind.SAFE_HAVEN, 14.2, -91.0, id=99))  # far away
    zones = [Zone("Tapachula urbana", code="TAP",
                  polygon=[[-92.4, 14.8], [-92.1, 14.8], [-92.1, 15.0], [-92.4, 15.0]], id=1)]
    towns = [(f"Colonia {i}", 14.90 + 0.003 * i, -92.262 + 0.002 * i) for i in range(12)]
    return PlanMap(places, zones, [], {i: 50 for i in range(1, 15)}, "MX", "es", towns=towns)


def _overlaps(drawing) -> list:
    from tests.reports.pdf_checks import read

    out = io.BytesIO()
    renderPDF.drawToFile(drawing, out)
    return read(out.getvalue()).overlaps


def test_no_two_labels_of_a_crowded_overview_overlap_and_each_place_is_numbered_or_keyed(knot):
    assert _overlaps(knot.drawing(480, 420)) == []
    texts = {s.text for s in flatten(knot.drawing(480, 420)) if isinstance(s, String)}
    for number, name, _load in knot.key_rows():
        assert number in texts or "(sin espacio para su número)" in name or "(fuera del mapa)" in name


def test_a_named_map_of_a_crowded_city_never_overprints_and_keys_the_names_it_had_no_room_for(knot):
    box = (-92.33, 14.86, -92.19, 14.95)  # the points fill a tenth of it: some names cannot fit
    drawing = knot.drawing(480, 420, box=box, named=True)
    assert _overlaps(drawing) == []
    texts = {s.text for s in flatten(drawing) if isinstance(s, String)}
    named = {p.name for p in knot.places if p.name in texts}
    keyed = {row[1].split(" (")[0] for row in knot.unnamed_rows()}
    assert named and keyed  # some names fit, some did not
    assert named | keyed == {p.name for p in knot.places if p.id != 99}
    # Shown by their number instead, or (no room even for that) listed in the key as such.
    assert all(row[0] in texts or row[1].endswith("(sin espacio para su número)") for row in knot.unnamed_rows())
    assert "Tapachula urbana" in texts or "TAP" in texts  # the zone by name where it fits, never only by id
