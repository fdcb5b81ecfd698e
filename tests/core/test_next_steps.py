from micic_planner.core.gap_rules import Gap
from micic_planner.core.next_steps import STEPS, next_steps

EMPTY = dict.fromkeys(("team", "zones", "wardens", "places", "routes", "partners", "nationals"), 0)


def done(steps) -> dict[str, bool]:
    return {step.key: step.done for step in steps}


def test_a_new_post_has_every_step_still_to_do():
    steps = next_steps(EMPTY, [Gap("review_missing", ""), Gap("phase_incomplete", "")])
    assert [s.key for s in steps] == [key for key, *_rest in STEPS]
    assert not any(done(steps).values())


def test_a_step_is_done_when_its_records_exist_and_no_gap_names_it():
    counts = {**EMPTY, "zones": 3, "wardens": 2, "team": 4}
    steps = done(next_steps(counts, [Gap("zone_without_alternate", "Zone {} has no alternate warden.", ("Norte",))]))
    assert steps["zones"] and steps["team"]
    assert not steps["wardens"]  # a zone still lacks its alternate
    assert steps["alerts"] and steps["plan"]  # no matrix or review gap left


def test_every_step_opens_a_registered_view():
    from micic_planner.gui.view_registry import VIEWS

    keys = {entry.key for entry in VIEWS}
    assert {step.view for step in next_steps(EMPTY, [])} <= keys
