"""Issue 15.9: a PFIF file of notes only changes the statuses of the people it names, and says which it used."""

import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from micic_planner.cli import main
from micic_planner.core.enums import Sex
from micic_planner.core.models import National, Post
from micic_planner.storage.store import PostStore

REAL = Path(__file__).parent.parent / "data" / "real" / "pfif"
NS = "{http://zesty.ca/pfif/1.4}"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula", jurisdiction=["MX-CHP"]))
        for i, given in enumerate(("Begoña", "Rosa")):
            store.nationals.add(National(given, "Núñez Pérez", sex=Sex.FEMALE, birth_date=date(1990, 1, 1 + i),
                                         consent_share=True))
    return path


def statuses(db) -> dict:
    with PostStore.open(db) as store:
        return dict(store.db.execute("SELECT given_names, status FROM nationals"))


def notes_file(path: Path, notes: list[tuple[str, str, str]]) -> Path:
    """A PFIF 1.4 file of top-level notes: (person_record_id, status, source_date)."""
    body = "".join(f"<pfif:note><pfif:note_record_id>cruzroja.example/n.{i}</pfif:note_record_id>"
                   f"<pfif:person_record_id>{person}</pfif:person_record_id>"
                   f"<pfif:source_date>{at}</pfif:source_date><pfif:status>{status}</pfif:status>"
                   f"<pfif:text>Informe {i}</pfif:text></pfif:note>" for i, (person, status, at) in enumerate(notes))
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">'
                    f"{body}</pfif:pfif>", encoding="utf-8")
    return path


def exported_ids(db, tmp_path) -> dict[str, str]:
    out = tmp_path / "personas.xml"
    assert main(["export", "--db", str(db), "--format", "pfif", "--out", str(out), "--no-encrypt"]) == 0
    return {p.findtext(f"{NS}given_name"): p.findtext(f"{NS}person_record_id")
            for p in ET.parse(out).getroot().iter(f"{NS}person")}


def test_a_believed_dead_note_for_a_person_the_post_exported_marks_that_person_deceased(db, tmp_path, capsys):
    ids = exported_ids(db, tmp_path)
    later = f"{date.today().year + 1}-01-01T00:00:00Z"
    path = notes_file(tmp_path / "notas.xml", [(ids["Begoña"], "believed_dead", later)])
    assert main(["import", "--db", str(db), str(path)]) == 0
    assert statuses(db) == {"Begoña": "deceased", "Rosa": "not_contacted"}
    with PostStore.open(db) as store:
        [(note,)] = store.db.execute("SELECT note FROM status_events").fetchall()
    assert "cruzroja.example/n.0" in note  # the history names the partner's note
    assert "1 changed a status" in capsys.readouterr().out


def test_person_finders_believed_dead_note_reaches_the_person_imported_from_person_finder(tmp_path):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula", jurisdiction=["MX-CHP"]))
    assert main(["import", "--db", str(path), str(REAL / "personfinder-test-1.2.xml"), "--no-geocode"]) == 0
    dead = tmp_path / "muerte.xml"
    shutil.copy(REAL / "personfinder-test-1.2-believed-dead.xml", dead)
    assert main(["import", "--db", str(path), str(dead)]) == 0
    assert statuses(path) == {"_test_given_name": "deceased"}


def test_notes_that_match_nobody_refuse_the_file_instead_of_importing_nothing(db, capsys):
    assert main(["import", "--db", str(db), str(REAL / "personfinder-test-1.2-note.xml")]) == 2
    assert "None of the 2 notes of this file names a national" in capsys.readouterr().err


def test_when_only_some_notes_are_used_the_others_are_named_with_the_reason(db, tmp_path, capsys):
    ids = exported_ids(db, tmp_path)
    later = f"{date.today().year + 1}-01-01T00:00:00Z"
    path = notes_file(tmp_path / "notas.xml", [(ids["Rosa"], "believed_missing", "2001-01-01T00:00:00Z"),
                                               (ids["Rosa"], "believed_alive", later),
                                               ("otro.example/p.9", "believed_alive", later)])
    assert main(["import", "--db", str(db), str(path)]) == 0
    assert statuses(db)["Rosa"] == "safe"
    out = capsys.readouterr().out
    assert "cruzroja.example/n.0" in out and "a later note of the same person" in out
    assert "cruzroja.example/n.2 (otro.example/p.9): names nobody in the registry" in out
    assert "cruzroja.example/n.1" not in out  # the note that was used is not listed as unused


def test_a_note_older_than_the_registrys_status_keeps_the_registrys_status(db, tmp_path, capsys):
    ids = exported_ids(db, tmp_path)
    later = f"{date.today().year + 1}-01-01T00:00:00Z"
    assert main(["import", "--db", str(db), str(notes_file(tmp_path / "a.xml", [(ids["Rosa"], "believed_dead",
                                                                                  later)]))]) == 0
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(notes_file(tmp_path / "b.xml", [(ids["Rosa"], "believed_alive",
                                                                                  later)]))]) == 0
    assert statuses(db)["Rosa"] == "deceased"  # the rule of item 1: a file never reverses deceased
    assert "newer or more specific" in capsys.readouterr().out


def test_a_person_resent_with_a_newer_note_takes_its_status_even_when_the_row_is_skipped(db, tmp_path, capsys):
    ids = exported_ids(db, tmp_path)
    later = f"{date.today().year + 1}-01-01T00:00:00Z"
    path = tmp_path / "reenviado.xml"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person>
<pfif:person_record_id>{ids["Begoña"]}</pfif:person_record_id>
<pfif:given_name>Begoña</pfif:given_name><pfif:family_name>Núñez Pérez</pfif:family_name>
<pfif:note><pfif:note_record_id>cruzroja.example/n.5</pfif:note_record_id>
<pfif:source_date>{later}</pfif:source_date><pfif:status>believed_missing</pfif:status></pfif:note>
</pfif:person></pfif:pfif>""", encoding="utf-8")
    assert main(["import", "--db", str(db), str(path), "--no-geocode"]) == 0  # default: skip duplicates
    assert statuses(db)["Begoña"] == "missing"
    assert "1 national already in the registry" in capsys.readouterr().out


def test_a_dry_run_of_a_file_of_notes_says_how_many_name_a_national_and_changes_nothing(db, tmp_path, capsys):
    ids = exported_ids(db, tmp_path)
    path = notes_file(tmp_path / "notas.xml", [(ids["Rosa"], "believed_dead", "2030-01-01T00:00:00Z"),
                                               ("otro.example/p.9", "believed_alive", "2030-01-01T00:00:00Z")])
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(path), "--dry-run"]) == 0
    assert "1 of the file's 2 notes" in capsys.readouterr().out
    assert statuses(db)["Rosa"] == "not_contacted"
