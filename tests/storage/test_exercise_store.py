"""Sandboxes and exercise runs: training posts only, injects that change the sandbox, timed team actions."""

from datetime import UTC, datetime, timedelta

import pytest

from micic_planner.core.enums import AccountabilityStatus, Vulnerability
from micic_planner.core.errors import StorageError
from micic_planner.core.exercise import find_scenario
from micic_planner.core.models import Post
from micic_planner.storage.exercise_store import ExerciseError, ExerciseStore
from micic_planner.storage.scenario_writer import create_sandbox

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def sandbox(tmp_path):
    scenario = find_scenario("hurricane-chiapas")
    store = create_sandbox(tmp_path / "sandbox.db", scenario)
    yield store, ExerciseStore(store), scenario
    store.close()


def test_a_sandbox_is_a_training_post_with_the_scenario_data(sandbox):
    store, _ex, _s = sandbox
    post = store.post()
    assert post.is_training and post.city == "Tapachula"
    assert store.nationals.count() == 350
    assert store.db.execute("SELECT count(*) FROM routes WHERE alternate_of IS NOT NULL").fetchone()[0] == 2


def test_an_exercise_never_starts_on_a_real_post(store):
    store.save_post(Post(name="Consulado real", host_country="MX", city="Tapachula"))
    with pytest.raises(ExerciseError, match="training post"):
        ExerciseStore(store).start(find_scenario("hurricane-chiapas"))


def test_a_sandbox_never_overwrites_a_file(tmp_path):
    (tmp_path / "real.db").write_bytes(b"")
    with pytest.raises(StorageError):
        create_sandbox(tmp_path / "real.db", find_scenario("hurricane-chiapas"))


def test_a_copy_of_a_real_post_is_marked_training_and_the_original_is_untouched(tmp_path, store):
    store.save_post(Post(name="Consulado real", host_country="MX", city="Tapachula"))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = store.path.read_bytes()
    copy = create_sandbox(tmp_path / "copy.db", find_scenario("hurricane-chiapas"), source=store.path)
    assert copy.post().is_training and "training copy" in copy.post().name
    copy.close()
    assert store.path.read_bytes() == before and not store.post().is_training


def test_releasing_injects_applies_their_effects_once(sandbox):
    store, ex, scenario = sandbox
    run = ex.start(scenario, now=T0)
    released = ex.release_due(run, scenario, now=T0 + timedelta(minutes=46))
    assert [i.key for i in released] == ["warning", "coastal-road", "shelter-floods", "arrivals"]
    assert store.db.execute("SELECT status FROM routes WHERE name = 'Carretera costera Puerto Madero–Tapachula'"
                            ).fetchone()[0] == "closed"
    assert store.nationals.count() == 550
    assert ex.release_due(run, scenario, now=T0 + timedelta(minutes=47)) == []
    with pytest.raises(ExerciseError, match="already"):
        ex.release(run, scenario, scenario.inject("arrivals"))


def test_the_child_inject_adds_an_unaccompanied_child_and_caring_for_him_scores(sandbox):
    store, ex, scenario = sandbox
    run = ex.start(scenario, now=T0)
    ex.release(run, scenario, scenario.inject("child-alone"), now=T0 + timedelta(minutes=75))
    child_id = store.db.execute("SELECT id FROM nationals WHERE vulnerabilities & ?",
                                [int(Vulnerability.UNACCOMPANIED_CHILD)]).fetchone()[0]
    child = store.nationals.get(child_id)
    assert child.given_names == "Brayan"
    child.status = AccountabilityStatus.NEEDS_HELP
    store.nationals.update(child, source="walk_in")
    result = next(r for r in ex.score(run, scenario).results if r.expected.key == "child-protection")
    assert result.done_at is not None


def test_an_inject_edit_is_not_mistaken_for_the_teams_work(sandbox):
    store, ex, scenario = sandbox
    run = ex.start(scenario, now=T0)
    ex.release(run, scenario, scenario.inject("red-cross-phone"), now=T0 + timedelta(minutes=60))
    assert not [e for e in ex.evidence(run) if e.kind == "record"]
    partner = store.db.execute("SELECT id FROM partners WHERE name LIKE 'Cruz Roja%'").fetchone()[0]
    store.db.execute("UPDATE partners SET radio = 'Canal 7', updated_at = ? WHERE id = ?",
                     [(datetime.now(UTC) + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-4] + "Z", partner])
    assert [e.attrs["table"] for e in ex.evidence(run) if e.kind == "record"] == ["partners"]


def test_team_actions_are_timed_and_an_empty_one_is_refused(sandbox):
    _store, ex, scenario = sandbox
    run = ex.start(scenario, now=T0)
    ex.log_action(run, "Célula reunida", role="Jefe/a de la célula", expected_key="open-crisis",
                  now=T0 + timedelta(minutes=7))
    assert [(a["text"], a["at"][:16]) for a in ex.actions(run)] == [("Célula reunida", "2026-03-01T09:07")]
    with pytest.raises(ExerciseError):
        ex.log_action(run, "   ")


def test_only_one_run_at_a_time_and_an_ended_run_releases_nothing(sandbox):
    _store, ex, scenario = sandbox
    run = ex.start(scenario, now=T0)
    with pytest.raises(ExerciseError, match="already running"):
        ex.start(scenario)
    ex.end(run, now=T0 + timedelta(minutes=5))
    assert ex.current() is None
    assert ex.release_due(ex.latest(), scenario, now=T0 + timedelta(minutes=200)) == []
