"""The gap list read from a post file: the demo's biggest gap first, trips over routes not open, matrix steps kept."""

from datetime import date

import pytest

from micic_planner.core.enums import AlertPhase, Hazard, RouteStatus
from micic_planner.core.exercise import find_scenario
from micic_planner.core.models import AlertAction, Place, Route
from micic_planner.core.plan_templates import load_plan_templates
from micic_planner.storage.assignment_store import AssignmentStore
from micic_planner.storage.demo_writer import seed_templates, write_demo
from micic_planner.storage.overview_queries import post_figures
from micic_planner.storage.scenario_writer import create_sandbox


@pytest.fixture(scope="module")
def demo_gaps(tmp_path_factory):
    from micic_planner.storage.store import PostStore

    with PostStore.open(tmp_path_factory.mktemp("demo") / "demo.db", create=True) as store:
        write_demo(store, nationals=3000, today=date(2026, 6, 1))
        AssignmentStore(store).assign()
        yield post_figures(store.db)[1]


def test_the_demo_posts_first_gap_is_the_720_nationals_without_an_assembly_point(demo_gaps):
    first = demo_gaps.gaps[0]
    assert (first.code, first.affected) == ("unassigned_full", 720)
    assert first.text("en").startswith("720 of 3,000 nationals have no assembly point")
    assert [g.affected for g in demo_gaps.gaps] == sorted((g.affected for g in demo_gaps.gaps), reverse=True)


def test_the_demo_flags_its_placeholder_phone_its_town_sized_havens_and_its_overloaded_wardens(demo_gaps):
    codes = [g.code for g in demo_gaps.gaps]
    assert codes.count("placeholder_phone") == 1
    assert codes.count("shelter_capacity") == 2
    assert "warden_overloaded" in codes and "point_without_route" in codes and "route_unknown" in codes


def test_a_trip_of_the_open_crisis_over_a_closed_route_is_a_gap(store):
    from micic_planner.core.crisis import Movement
    from micic_planner.core.models import Post
    from micic_planner.storage.crisis_store import CrisisStore

    store.save_post(Post("Consulado", "MX", "Tapachula", next_review=date(2030, 1, 1)))
    a, b = store.records.add_many([Place("Parque", "assembly_point", 14.9, -92.2, capacity=50),
                                   Place("Puente", "border_crossing", 14.7, -92.1)]).ids
    route = store.records.add(Route("Costera", a, b, status=RouteStatus.CLOSED)).ids[0]
    crises = CrisisStore(store)
    crisis = crises.open("Huracán", Hazard.HURRICANE, phase=AlertPhase.VOLUNTARY_DEPARTURE)
    crises.movements.save(Movement(crisis.id, "Autobús 1", seats=40, origin_id=a, route_id=route))
    gaps = [g for g in post_figures(store.db)[1].gaps if g.code == "trip_on_closed_route"]
    assert [(g.text("en"), g.affected) for g in gaps] == [
        ("Trip Autobús 1 is planned over route Costera, which is closed.", 40)]


def test_standfast_and_stand_down_lines_are_stored_with_their_step(store):
    seed_templates(store, load_plan_templates())
    steps = {a.step for a in store.records.list(AlertAction)}
    assert steps == {"", "standfast", "stand_down"}


def test_an_exercise_set_outside_chiapas_gets_the_generic_matrix(tmp_path):
    sandbox = create_sandbox(tmp_path / "beirut.db", find_scenario("conflict-lebanon"))
    try:
        texts = " ".join(a.text_es for a in sandbox.records.list(AlertAction))
    finally:
        sandbox.close()
    assert "[ADAPTAR:" in texts and "Chiapas" not in texts and "Tapachula" not in texts


def test_every_gap_of_the_demo_reads_in_spanish(demo_gaps):
    from micic_planner.core.i18n import translate

    untranslated = [g.text_en for g in demo_gaps.gaps if translate(g.text_en, "es") == g.text_en]
    assert untranslated == []


def test_a_crisis_checklist_takes_the_phase_actions_but_not_the_standfast_or_stand_down_steps(store):
    from micic_planner.core.models import Post
    from micic_planner.storage.crisis_store import CrisisStore

    store.save_post(Post("Consulado", "MX", "Tapachula"))
    seed_templates(store, load_plan_templates())
    CrisisStore(store).open("Sismo", Hazard.EARTHQUAKE, phase=AlertPhase.VOLUNTARY_DEPARTURE)
    copied = {row[0] for row in store.db.execute(
        "SELECT a.step FROM crisis_actions c JOIN alert_actions a ON a.id = c.alert_action_id")}
    assert copied == {""}


def test_an_assembly_point_of_unknown_capacity_is_a_gap_that_opens_the_place(tmp_path):
    from micic_planner.core.enums import PlaceKind
    from micic_planner.core.models import Post
    from micic_planner.storage.store import PostStore

    with PostStore.open(tmp_path / "post.db", create=True) as store:
        store.save_post(Post(name="Consulado en Tapachula", host_country="MX", city="Tapachula"))
        store.records.add(Place("Cancha de Cerro Verde", PlaceKind.ASSEMBLY_POINT, 14.9, -92.3))
        gaps = post_figures(store.db)[1].gaps
    gap = next(g for g in gaps if g.code == "unknown_capacity")
    assert gap.table == "places" and gap.record_id == 1
    assert gap.text("es").startswith("El punto de reunión Cancha de Cerro Verde no tiene capacidad conocida")
