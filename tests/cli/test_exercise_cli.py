"""The headless exercise commands: list, start on a sandbox, release, log, report."""

import pytest
from pypdf import PdfReader

from micic_planner.cli import main


def test_exercise_list_shows_the_three_scenarios_in_spanish(capsys):
    assert main(["--lang", "es", "exercise", "list"]) == 0
    out = capsys.readouterr().out
    assert "hurricane-chiapas" in out and "Sismo de magnitud 7.4" in out and "conflict-lebanon" in out


def test_a_whole_exercise_runs_from_the_command_line(tmp_path, capsys, no_network):
    db = tmp_path / "sandbox.db"
    assert main(["exercise", "start", "hurricane-chiapas", "--db", str(db), "--facilitator", "Ana"]) == 0
    assert "[1]" in capsys.readouterr().out
    assert main(["exercise", "release", "--db", str(db), "--inject", "6"]) == 0
    assert "Brayan" in capsys.readouterr().out
    assert main(["exercise", "log", "--db", str(db), "--text", "DIF avisado", "--expected", "child-protection"]) == 0
    assert main(["exercise", "status", "--db", str(db)]) == 0
    assert "Expected actions done: 1 of 9." in capsys.readouterr().out
    assert main(["exercise", "end", "--db", str(db)]) == 0
    out = tmp_path / "report.pdf"
    assert main(["exercise", "report", "--db", str(db), "--out", str(out)]) == 0
    assert "DIF avisado" in "".join(p.extract_text() for p in PdfReader(out).pages)


def test_starting_on_an_existing_file_fails_with_exit_2(tmp_path, capsys):
    real = tmp_path / "real.db"
    real.write_bytes(b"")
    assert main(["exercise", "start", "hurricane-chiapas", "--db", str(real)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_an_unknown_scenario_is_explained(tmp_path, capsys):
    assert main(["exercise", "start", "tsunami", "--db", str(tmp_path / "s.db")]) == 2
    assert "hurricane-chiapas" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["release", "log", "end", "status"])
def test_commands_on_a_file_with_no_running_exercise_explain_what_to_do(tmp_path, capsys, command):
    from micic_planner.storage.store import PostStore

    PostStore.open(tmp_path / "empty.db", create=True).close()
    extra = {"release": ["--inject", "1"], "log": ["--text", "x"]}.get(command, [])
    assert main(["exercise", command, "--db", str(tmp_path / "empty.db"), *extra]) == 2
    assert "exercise start" in capsys.readouterr().err


def test_the_exercise_clock_pauses_and_resumes_from_the_command_line(tmp_path, capsys, no_network):
    from datetime import UTC, datetime, timedelta

    from micic_planner.storage.exercise_store import ExerciseStore
    from micic_planner.storage.store import PostStore

    db = tmp_path / "sandbox.db"
    assert main(["exercise", "start", "hurricane-chiapas", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["exercise", "pause", str(db)]) == 0
    assert "exercise resume --db" in capsys.readouterr().out
    assert main(["exercise", "pause", "--db", str(db)]) == 0
    assert "already paused" in capsys.readouterr().out
    assert main(["exercise", "status", "--db", str(db)]) == 0
    assert "paused" in capsys.readouterr().out
    with PostStore.open(db) as store:
        run = ExerciseStore(store).current()
        assert run.paused
        # An hour spent paused does not move the exercise clock.
        assert run.minute_at(datetime.now(UTC) + timedelta(hours=1)) < 5
    assert main(["--lang", "es", "exercise", "resume", "--db", str(db)]) == 0
    assert "vuelve a correr" in capsys.readouterr().out
    with PostStore.open(db) as store:
        assert not ExerciseStore(store).current().paused
    assert main(["--lang", "en", "exercise", "resume", "--db", str(db)]) == 0
    assert "was not paused" in capsys.readouterr().out


def test_pausing_a_file_with_no_running_exercise_explains_what_to_do(tmp_path, capsys):
    from micic_planner.storage.store import PostStore

    PostStore.open(tmp_path / "empty.db", create=True).close()
    for command in ("pause", "resume"):
        assert main(["exercise", command, "--db", str(tmp_path / "empty.db")]) == 2
        assert "exercise start" in capsys.readouterr().err
