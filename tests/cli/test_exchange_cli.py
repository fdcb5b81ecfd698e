import json

import pytest

from micic_planner.cli import build_parser, main
from micic_planner.core.models import National, Partner, Post
from micic_planner.storage.store import PostStore

CSV = "Apellidos;Nombre(s);Fecha de nacimiento;Teléfono\nNúñez;María;31/05/1990;5512 3456\nGómez;Luis;;\n"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado", "GT", "Guatemala"))
        store.nationals.add(National("Ana", "Ruiz"))
        store.records.add(Partner("OIM Guatemala", contact_person="Inés Ávila"))
    return path


def count(db):
    with PostStore.open(db) as store:
        return store.nationals.count()


def test_every_exchange_command_and_option_has_help():
    parser = build_parser(window_file=False)
    commands = parser._subparsers._group_actions[0].choices
    for name in ("import", "export", "template", "read-alert"):
        for action in commands[name]._actions:
            assert action.help, (name, action.dest)


def test_import_reads_a_spanish_latin1_file_and_reads_phones_in_the_host_country(db, tmp_path, capsys):
    path = tmp_path / "lista.csv"
    path.write_bytes(CSV.encode("cp1252"))
    assert main(["import", "--db", str(db), str(path), "--source", "Iglesia"]) == 0
    assert "2 imported" in capsys.readouterr().out
    with PostStore.open(db) as store:
        assert store.db.execute("SELECT phone FROM nationals WHERE family_names = 'Núñez'").fetchone() == (
            "+50255123456",)
        assert json.loads(store.db.execute("SELECT mapping FROM import_mappings").fetchone()[0])["Apellidos"] == \
            "family_names"


def test_a_bad_row_refuses_the_file_with_a_report_and_exit_status_2(db, tmp_path, capsys):
    path = tmp_path / "lista.csv"
    path.write_text(CSV + "Pérez;Ana;31/02/1990;\n", encoding="utf-8")
    report = tmp_path / "informe.csv"
    assert main(["import", "--db", str(db), str(path), "--report", str(report)]) == 2
    assert "nothing was imported" in capsys.readouterr().err
    assert "31/02/1990" in report.read_text(encoding="utf-8-sig")
    assert count(db) == 1
    assert main(["import", "--db", str(db), str(path), "--skip-invalid"]) == 0
    assert count(db) == 3


def test_a_dry_run_writes_nothing(db, tmp_path, capsys):
    path = tmp_path / "lista.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    assert main(["import", "--db", str(db), str(path), "--dry-run"]) == 0
    assert "nothing was written" in capsys.readouterr().out
    assert count(db) == 1


def test_a_mapping_file_names_the_columns_of_an_odd_file(db, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("A,B\nZamora,Inés\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"A": "family_names", "B": "given_names"}', encoding="utf-8")
    assert main(["import", "--db", str(db), str(path)]) == 2
    assert main(["import", "--db", str(db), str(path), "--mapping", str(mapping)]) == 0
    assert count(db) == 2


def test_a_missing_file_is_a_readable_error(db, tmp_path, capsys):
    assert main(["import", "--db", str(db), str(tmp_path / "nope.csv")]) == 2
    assert "There is no file here" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pfif", "hxl", "vcard"])
def test_export_writes_each_format(db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--db", str(db), "--format", fmt, "--out", str(out), "--profile", "full",
                 "--no-encrypt"]) == 0
    assert out.stat().st_size > 0


def test_cap_export_without_an_open_crisis_asks_for_a_phase(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--format", "cap", "--out", str(tmp_path / "a.xml")]) == 2
    assert "no open crisis" in capsys.readouterr().err


def test_templates_in_spanish_are_recognised_by_the_importer(db, tmp_path):
    out = tmp_path / "plantilla.xlsx"
    assert main(["--lang", "es", "template", "--format", "xlsx", "--out", str(out), "--example"]) == 0
    assert main(["import", "--db", str(db), str(out)]) == 0
    assert count(db) == 2
