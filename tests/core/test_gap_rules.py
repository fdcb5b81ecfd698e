"""The plan-quality list: each rule, and the ranking that puts the gap affecting the most nationals first."""

from datetime import date

from micic_planner.core import gap_rules
from micic_planner.core.enums import PlaceKind, RouteStatus
from micic_planner.core.figures import compute_figures
from micic_planner.core.gap_rules import PlannedTrip
from micic_planner.core.models import AlertAction, Place, Post, Route, Warden, Zone

FULL_MATRIX = [AlertAction(p, k, "x", "x") for p in (1, 2, 3, 4) for k in ("trigger", "action")]


def _post():
    return Post("Consulado", "MX", "Tapachula", next_review=date(2030, 1, 1), id=1)


def _point(pid, capacity, phone="", kind=PlaceKind.ASSEMBLY_POINT):
    return Place(f"Punto {pid}", kind, 14.9, -92.26, capacity=capacity, contact_phone=phone, id=pid)


def _rows(n, point_id=None, zone_id=1, household=""):
    return [(zone_id, 0, household, 14.9, -92.26, point_id, "not_contacted") for _ in range(n)]


def _figures(rows, places=(), routes=(), zones=(), wardens=(), matrix=FULL_MATRIX, trips=()):
    return compute_figures(_post(), rows, list(zones), list(places), list(routes), list(wardens), [], list(matrix),
                           today=date(2026, 6, 1), trips=list(trips))


def test_nationals_left_without_a_point_because_every_point_is_full_come_first():
    points = [_point(10, 5), _point(11, 5)]
    routes = [Route("R", 10, 99, id=1), Route("R2", 11, 99, id=2), Route("R3", 10, 99, alternate_of=1, id=3),
              Route("R4", 11, 99, alternate_of=2, id=4)]
    # Ten placed, twelve without a point; a smaller gap (three without coordinates) is found earlier by the rules.
    rows = _rows(5, 10) + _rows(5, 11) + _rows(12) + [(1, 0, "", None, None, 10, "not_contacted")] * 3
    fig = _figures(rows, points, routes, [Zone("Centro", id=1)], [Warden("W", 1), Warden("A", 1, is_alternate=True)])
    first = fig.gaps[0]
    assert first.code == "unassigned_full" and first.affected == 12
    assert first.text("en") == ("12 of 25 nationals have no assembly point: the points hold 10 places in all "
                                "and every one is taken.")
    assert [g.affected for g in fig.gaps] == sorted((g.affected for g in fig.gaps), reverse=True)


def test_an_assembly_point_with_no_route_out_is_a_gap_weighted_by_those_assigned_to_it():
    points = [_point(10, 50), _point(11, 50)]
    fig = _figures(_rows(7, 11), points, [Route("R", 10, 99, id=1)])
    gap = next(g for g in fig.gaps if g.code == "point_without_route")
    assert gap.record_id == 11 and gap.affected == 7


def test_routes_of_unknown_status_and_trips_planned_over_closed_routes_are_flagged():
    routes = [Route("Costera", 10, 99, status=RouteStatus.CLOSED, id=1),
              Route("Sierra", 10, 99, status=RouteStatus.UNKNOWN, id=2), Route("Abierta", 10, 99, id=3)]
    trips = [PlannedTrip("Bus 1", 1, 40), PlannedTrip("Bus 2", 2, 30), PlannedTrip("Bus 3", 3, 45)]
    fig = _figures([], [_point(10, 50)], routes, trips=trips)
    texts = {g.code: g.text("en") for g in fig.gaps}
    assert texts["trip_on_closed_route"] == "Trip Bus 1 is planned over route Costera, which is closed."
    assert texts["trip_on_unknown_route"] == "Trip Bus 2 is planned over route Sierra, whose status is unknown."
    assert "route_unknown" in texts
    assert not any("Bus 3" in t for t in texts.values())


def test_a_warden_with_more_households_than_calls_fit_between_two_reports_is_flagged():
    zone = Zone("Centro", id=1)
    # 6 hours of 3-minute calls reach 120 households; 150 single-person households leave 30 uncalled.
    fig = _figures(_rows(150), zones=[zone], wardens=[Warden("W", 1), Warden("A", 1, is_alternate=True)])
    gap = next(g for g in fig.gaps if g.code == "warden_overloaded")
    assert gap.affected == 30
    assert gap.text("en") == ("The wardens of zone Centro have 150 households to call: 7.5 hours of calls "
                              "for a report every 6 hours.")
    # A household is one call, whatever its size; two wardens share the calls.
    assert not gap_rules.wardens_overloaded([zone], [Warden("W", 1), Warden("X", 1)], {1: 150}, {1: 600})


def test_the_same_phone_on_every_place_is_flagged_as_a_placeholder():
    places = [_point(i, 50, phone="+52 962 555 0140") for i in range(1, 5)] + [_point(9, 50, "+529625550199")]
    gaps = [g for g in _figures([], places).gaps if g.code == "placeholder_phone"]
    assert len(gaps) == 1 and gaps[0].params == ("+52 962 555 0140", 4)


def test_a_shelter_whose_capacity_is_a_towns_population_is_flagged():
    places = [_point(1, 5000, kind=PlaceKind.SAFE_HAVEN), _point(2, 300, kind=PlaceKind.SHELTER)]
    gaps = [g for g in _figures([], places).gaps if g.code == "shelter_capacity"]
    assert [g.record_id for g in gaps] == [1]


def test_alert_matrix_lines_still_marked_to_adapt_are_one_gap():
    matrix = FULL_MATRIX + [AlertAction(1, "trigger", "[ADAPTAR: servicio meteorológico] emite aviso.",
                                        "[ADAPT: weather service] issues a warning.", id=7)]
    gaps = [g for g in _figures([], matrix=matrix).gaps if g.code == "matrix_not_adapted"]
    assert len(gaps) == 1 and gaps[0].params == (1,) and gaps[0].record_id == 7
