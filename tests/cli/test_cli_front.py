"""The command line's shared front: the post named either way, output formats by name, a closed pipe, empty posts."""

import os
import sqlite3
import subprocess
import sys

import pytest

from micic_planner.cli import build_parser, main
from micic_planner.storage.store import PostStore
from tests.cli.test_cli_help import command_paths


@pytest.fixture(scope="module")
def empty_post(tmp_path_factory):
    """A demo post with no nationals at all."""
    path = tmp_path_factory.mktemp("empty") / "empty.micic"
    assert main(["demo", "--db", str(path), "--nationals", "0"]) == 0
    return path


def _post_commands():
    for path, _help, parser in command_paths(build_parser(window_file=False)):
        dests = {a.dest for a in parser._actions}
        if "post" in dests or "db" in dests:
            yield path, dests


# Commands whose one positional is another file, the post being optional context: the alert to read.
POST_ONLY_AS_OPTION = {("read-alert",)}


def test_every_command_that_takes_a_post_takes_it_as_db_and_as_a_positional():
    commands = list(_post_commands())
    assert len(commands) > 20
    for path, dests in commands:
        if tuple(path) in POST_ONLY_AS_OPTION:
            assert "file" in dests and "db" in dests
            continue
        assert {"post", "db"} <= dests, " ".join(path)


def test_check_and_passwd_accept_db_like_every_other_command(empty_post, capsys):
    assert main(["check", "--db", str(empty_post)]) == 0
    assert main(["check", str(empty_post)]) == 0
    assert "integrity check passed" in capsys.readouterr().out


def test_the_positional_after_the_post_moves_into_place_when_db_names_the_post(empty_post, tmp_path):
    out = tmp_path / "audit.csv"
    assert main(["audit", "export", "--db", str(empty_post), str(out)]) == 0
    assert out.exists()


def test_a_post_given_both_ways_is_a_usage_error(empty_post, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(empty_post), "--db", str(empty_post)])
    assert exit_.value.code == 2
    assert "given twice" in capsys.readouterr().err


def test_a_command_without_its_post_says_how_to_give_it(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["backup"])
    assert exit_.value.code == 2
    assert "--db FILE or FILE" in capsys.readouterr().err


def test_a_template_named_csv_is_written_as_csv(tmp_path):
    out = tmp_path / "plantilla.csv"
    assert main(["template", "--out", str(out)]) == 0
    head = out.read_bytes()[:8]
    assert not head.startswith(b"PK"), "XLSX bytes in a .csv"
    assert "Given names" in out.read_text(encoding="utf-8-sig")


def test_a_template_whose_name_contradicts_its_format_is_refused_and_not_written(tmp_path, capsys):
    out = tmp_path / "plantilla.xlsx"
    assert main(["template", "--out", str(out), "--format", "csv"]) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert not out.exists()


def test_an_export_to_a_name_two_formats_share_asks_which(empty_post, tmp_path, capsys):
    assert main(["export", "--db", str(empty_post), "--out", str(tmp_path / "x.csv")]) == 2
    assert "csv, hxl" in capsys.readouterr().err


def test_the_demo_says_it_is_a_training_post(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "d.micic"), "--nationals", "0", "--no-assign"]) == 0
    assert "training post" in capsys.readouterr().out


def test_the_demo_is_a_training_post(empty_post):
    with sqlite3.connect(empty_post) as conn:
        assert conn.execute("SELECT is_training FROM post").fetchone()[0] == 1


def test_a_demo_with_no_nationals_is_built_and_assigned_without_a_traceback(empty_post, capsys):
    with PostStore.open(empty_post) as store:
        assert store.nationals.count() == 0
    assert main(["assign", "--db", str(empty_post)]) == 0
    assert "0 of 0 nationals" in capsys.readouterr().out


@pytest.mark.parametrize("command", [
    ["check"], ["backup"], ["users", "list"], ["expiry", "review"], ["assign"], ["zone"], ["geocode"],
    ["crisis", "list"], ["audit", "disclosures"], ["plan", "--out", "{tmp}/plan.pdf"],
    ["export", "--format", "csv", "--out", "{tmp}/x.csv"], ["export", "--out", "{tmp}/x.geojson"],
])
def test_every_command_on_an_empty_post_ends_without_a_traceback(empty_post, tmp_path, command, capsys):
    argv = [part.format(tmp=tmp_path) for part in command]
    code = main([*argv[:2], "--db", str(empty_post), *argv[2:]] if argv[0] in ("users", "expiry", "crisis", "audit")
                else [argv[0], "--db", str(empty_post), *argv[1:]])
    assert code in (0, 1)


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "micic_planner", "gazetteer", "San", "--limit", "5000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err
