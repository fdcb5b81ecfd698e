"""The headless crisis commands: a crisis from opening to its after-action report."""

import csv

import pytest
from pypdf import PdfReader

from micic_planner.cli import build_parser, main
from micic_planner.core.crisis import Movement
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.store import PostStore
from tests.crisis_fixture import build_post


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        build_post(store)
    return path


def statuses(db) -> dict:
    with PostStore.open(db) as store:
        return dict(store.db.execute("SELECT passport_no, status FROM nationals"))


def test_a_crisis_runs_from_the_command_line(db, tmp_path, capsys, no_network):
    assert main(["crisis", "open", "--db", str(db), "--title", "Huracán Eta", "--hazard", "hurricane"]) == 0
    assert main(["crisis", "level", "--db", str(db), "3", "--reason", "landfall"]) == 0
    feed = tmp_path / "feed.csv"
    feed.write_text("document;status;note\nG10000;safe;ok\nG10001;A salvo;\nG10029;missing;no answer\n",
                    encoding="utf-8")
    assert main(["status", "--db", str(db), "--csv", str(feed), "--source", "phone"]) == 0
    assert "3 of 3 nationals changed status." in capsys.readouterr().out
    assert statuses(db)["G10001"] == "safe" and statuses(db)["G10029"] == "missing"
    with PostStore.open(db) as store:
        crises = CrisisStore(store)
        bus = Movement(crises.current_id(), "Autobús 1", seats=9, origin_id=1, destination="Tegucigalpa")
        crises.movements.save(bus)
        crises.movements.autofill(bus.id)
    pdf, carrier = tmp_path / "manifest.pdf", tmp_path / "manifest.csv"
    assert main(["manifest", "--db", str(db), "--movement", "1", "--out", str(pdf)]) == 0
    assert main(["manifest", "--db", str(db), "--movement", "1", "--out", str(carrier)]) == 0
    assert "Autobús 1" in PdfReader(pdf).pages[0].extract_text()
    rows = list(csv.DictReader(carrier.open(encoding="utf-8-sig")))
    assert len(rows) == 9 and rows[0]["document_no"].startswith("G")
    calls = tmp_path / "calls.csv"
    assert main(["calllist", "--db", str(db), "--warden", "1", "--out", str(calls)]) == 0
    called = list(csv.DictReader(calls.open(encoding="utf-8-sig")))
    assert len(called) == 18  # 20 in the zone, 2 already safe
    called[0]["status"] = "injured"
    with calls.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(called[0]))
        writer.writeheader()
        writer.writerows(called)
    assert main(["status", "--db", str(db), "--csv", str(calls)]) == 0
    assert "1 of 1 nationals changed status." in capsys.readouterr().out
    assert main(["calllist", "--db", str(db), "--warden", "1", "--out", str(tmp_path / "calls.pdf")]) == 0
    assert main(["crisis", "close", "--db", str(db), "--note", "done"]) == 0
    assert main(["crisis", "list", "--db", str(db)]) == 0
    assert "Huracán Eta" in capsys.readouterr().out
    report = tmp_path / "report.pdf"
    assert main(["report", "--db", str(db), "--crisis", "1", "--out", str(report)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(report).pages)
    assert "Alert level raised from 1 to 3: landfall" in text


def test_a_status_file_with_a_bad_line_changes_nothing_and_exits_2(db, tmp_path, capsys):
    assert main(["crisis", "open", "--db", str(db), "--title", "Eta", "--hazard", "hurricane"]) == 0
    feed = tmp_path / "feed.csv"
    feed.write_text("document,status\nG10000,safe\nG99999,safe\n", encoding="utf-8")
    assert main(["status", "--db", str(db), "--csv", str(feed)]) == 2
    assert "G99999" in capsys.readouterr().err
    feed.write_text("document,status\nG10000,safe\nG10001,fine\n", encoding="utf-8")
    assert main(["status", "--db", str(db), "--csv", str(feed)]) == 2
    assert "line 3, column status: unknown status 'fine'" in capsys.readouterr().err
    assert set(statuses(db).values()) == {"not_contacted"}


def test_a_second_open_crisis_and_an_unknown_movement_are_explained(db, tmp_path, capsys):
    assert main(["crisis", "open", "--db", str(db), "--title", "Eta", "--hazard", "hurricane"]) == 0
    assert main(["crisis", "open", "--db", str(db), "--title", "Otra", "--hazard", "flood"]) == 2
    assert "only one may be open" in capsys.readouterr().err
    assert main(["manifest", "--db", str(db), "--movement", "7", "--out", str(tmp_path / "m.pdf")]) == 2
    assert "There is no movement 7" in capsys.readouterr().err
    assert main(["manifest", "--db", str(db), "--movement", "7", "--out", str(tmp_path / "m.txt")]) == 2


def test_every_crisis_command_has_help_text():
    import argparse

    def subcommands(parser):
        return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))

    commands = subcommands(build_parser())
    helps = {a.dest: a.help for a in commands._choices_actions}
    parsers = [commands.choices[n] for n in ("status", "manifest", "calllist", "report")]
    crisis = subcommands(commands.choices["crisis"])
    parsers += list(crisis.choices.values())
    assert all(helps[n] for n in ("crisis", "status", "manifest", "calllist", "report"))
    assert all(a.help for a in crisis._choices_actions)
    for parser in parsers:
        for action in parser._actions:
            if action.dest != "help":
                assert action.help, f"{parser.prog} {action.dest} has no help"
