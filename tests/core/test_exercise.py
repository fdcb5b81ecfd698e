"""Exercise scenarios: loading and checking the bundled files, the inject schedule and the scoring."""

from datetime import UTC, datetime, timedelta

import pytest

from micic_planner.core.errors import TemplateError
from micic_planner.core.exercise import ExerciseRun, due_injects, find_scenario, list_scenarios, load_scenario
from micic_planner.core.exercise_scoring import LATE, MISSED, NOT_DUE, ON_TIME, PENDING, TeamEvent, score_run
from micic_planner.core.scenario_posts import generate_nationals, load_scenario_post

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_three_bundled_scenarios_load_each_with_its_own_post():
    scenarios = {s.id: s for s in list_scenarios()}
    assert {"hurricane-chiapas", "earthquake-mexico-city", "conflict-lebanon"} <= set(scenarios)
    cities = {load_scenario_post(s.post_path()).post.city for s in scenarios.values()}
    assert {"Tapachula", "Ciudad de México", "Beirut"} <= cities


def test_every_scenario_has_the_workshop_inject_kinds_and_good_responses():
    for scenario in list_scenarios():
        kinds = {i.kind for i in scenario.injects}
        assert {"road_closed", "arrivals", "partner_down", "unaccompanied_child"} <= kinds, scenario.id
        assert all(e.good.es and e.good.en for e in scenario.expected)
        assert [i.minute for i in scenario.injects] == sorted(i.minute for i in scenario.injects)


def test_the_conflict_post_lists_nationals_in_arabic_script_and_a_safe_haven_by_sea():
    spec = load_scenario_post(find_scenario("conflict-lebanon").post_path())
    assert any("\u0600" <= ch <= "\u06ff" for row in spec.named for ch in row["family_names"])
    assert any(r.mode.value == "sea" for r in spec.routes)
    assert any(p.kind.value == "safe_haven" and "Lárnaca" in p.name for p, _z in spec.places)


def test_a_scenario_with_a_bad_minute_names_the_file_and_line(tmp_path):
    source = find_scenario("hurricane-chiapas")
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "post.toml").write_text(source.post_path().read_text(encoding="utf-8"), encoding="utf-8")
    text = (source.folder / "scenario.toml").read_text(encoding="utf-8").replace("minute = 15", 'minute = "soon"', 1)
    (folder / "scenario.toml").write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_scenario(folder / "scenario.toml")
    expected_line = text.splitlines().index('minute = "soon"') + 1
    assert err.value.line == expected_line
    assert "minute" in err.value.message


def test_an_expected_action_after_an_unknown_inject_is_refused(tmp_path):
    source = find_scenario("earthquake-mexico-city")
    (tmp_path / "post.toml").write_text(source.post_path().read_text(encoding="utf-8"), encoding="utf-8")
    text = (source.folder / "scenario.toml").read_text(encoding="utf-8").replace('after = "viaducto"', 'after = "nope"')
    (tmp_path / "scenario.toml").write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError, match="nope"):
        load_scenario(tmp_path / "scenario.toml")


def test_a_malformed_toml_file_reports_its_line(tmp_path):
    (tmp_path / "scenario.toml").write_text('title = { es = "a", en = "b" }\nhazard = "hurricane\n', encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_scenario(tmp_path / "scenario.toml")
    assert err.value.line == 2


def test_injects_become_due_on_the_exercise_clock_and_only_once():
    scenario = find_scenario("hurricane-chiapas")
    assert [i.key for i in due_injects(scenario, 20, set())] == ["warning", "coastal-road"]
    assert [i.key for i in due_injects(scenario, 20, {1})] == ["coastal-road"]


def test_the_time_scale_speeds_up_the_clock():
    run = ExerciseRun("x", T0, time_scale=2.0)
    assert run.minute_at(T0 + timedelta(minutes=30)) == 60


def test_generated_nationals_are_the_same_for_the_same_seed():
    spec = load_scenario_post(find_scenario("hurricane-chiapas").post_path())
    first = [(n.given_names, n.family_names) for n, _z in generate_nationals(spec, 30, seed=4)]
    again = [(n.given_names, n.family_names) for n, _z in generate_nationals(spec, 30, seed=4)]
    assert first == again and len(first) == 30


def _status(minutes, national_id, status="safe", flags=0):
    return TeamEvent(T0 + timedelta(minutes=minutes), "status", f"n{national_id}",
                     attrs={"national_id": national_id, "status": status, "vulnerabilities": flags})


def test_scoring_tells_on_time_late_missed_and_unreleased_apart():
    scenario = find_scenario("hurricane-chiapas")
    run = ExerciseRun(scenario.id, T0)
    releases = {"warning": T0, "child-alone": T0 + timedelta(minutes=75), "red-cross-phone": T0 + timedelta(minutes=60)}
    events = [
        TeamEvent(T0 + timedelta(minutes=5), "crisis", "opened", attrs={"log": "opened", "phase": 1}),
        TeamEvent(T0 + timedelta(minutes=50), "crisis", "phase 3", attrs={"log": "level", "phase": 3}),
        _status(80, 9, "needs_help", flags=1),
    ]
    score = score_run(scenario, run, releases, events, 10, 1, T0 + timedelta(minutes=65))
    outcome = {r.expected.key: r.outcome for r in score.results}
    assert outcome["open-crisis"] == ON_TIME
    assert outcome["phase-3"] == LATE
    assert outcome["warn-nationals"] == MISSED
    assert outcome["partner-radio"] == PENDING
    assert outcome["child-protection"] == ON_TIME
    assert outcome["alternate-route"] == NOT_DUE


def test_a_logged_action_counts_for_the_expected_action_it_names():
    scenario = find_scenario("hurricane-chiapas")
    run = ExerciseRun(scenario.id, T0)
    events = [TeamEvent(T0 + timedelta(minutes=12), "action", "SMS sent", "warn-nationals")]
    score = score_run(scenario, run, {"warning": T0}, events, 10, 0, T0 + timedelta(minutes=40))
    result = next(r for r in score.results if r.expected.key == "warn-nationals")
    assert result.outcome == ON_TIME and result.minutes_taken() == 12


def test_time_to_account_uses_exercise_minutes():
    scenario = find_scenario("hurricane-chiapas")
    run = ExerciseRun(scenario.id, T0)
    events = [_status(10, 1), _status(20, 2), _status(30, 3), _status(40, 4)]
    score = score_run(scenario, run, {}, events, 4, 4, T0 + timedelta(minutes=50))
    assert score.account_minutes == {0.5: 20.0, 0.9: 40.0, 1.0: 40.0}


def test_the_exercise_clock_stands_still_during_a_pause_and_deadlines_move_on_with_it():
    scenario = find_scenario("hurricane-chiapas")
    pause = (T0 + timedelta(minutes=10), T0 + timedelta(minutes=40))
    run = ExerciseRun(scenario.id, T0, pauses=(pause,))
    assert run.minute_at(T0 + timedelta(minutes=25)) == 10
    assert run.minute_at(T0 + timedelta(minutes=50)) == 20
    assert run.moment_at(20) == T0 + timedelta(minutes=50)
    # "warn-nationals" would be missed at real minute 40 without the pause; with it, the team is still in time.
    events = [TeamEvent(T0 + timedelta(minutes=42), "action", "SMS sent", "warn-nationals")]
    score = score_run(scenario, run, {"warning": T0}, events, 10, 0, T0 + timedelta(minutes=45))
    result = next(r for r in score.results if r.expected.key == "warn-nationals")
    assert result.outcome == ON_TIME


def test_an_open_pause_freezes_the_clock_until_it_ends():
    run = ExerciseRun("x", T0, pauses=((T0 + timedelta(minutes=5), None),))
    assert run.paused and run.minute_at(T0 + timedelta(hours=3)) == 5
