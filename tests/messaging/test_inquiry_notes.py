"""Person Finder's answers to the hotline: PFIF notes on a person sought come back onto the inquiry about them."""

import pytest

from micic_planner import cli
from micic_planner.storage.messaging.hotline_store import HotlineStore
from micic_planner.storage.store import PostStore
from tests.messaging.post_fixture import build_post

PFIF = '<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">{}</pfif:pfif>'


def _note(note_id, person_id, status, text, when="2026-11-02T10:00:00Z"):
    return (f"<pfif:note><pfif:note_record_id>{note_id}</pfif:note_record_id>"
            f"<pfif:person_record_id>{person_id}</pfif:person_record_id><pfif:entry_date>{when}</pfif:entry_date>"
            f"<pfif:author_name>Cruz Roja Huixtla</pfif:author_name><pfif:source_date>{when}</pfif:source_date>"
            f"<pfif:status>{status}</pfif:status><pfif:text>{text}</pfif:text></pfif:note>")


def _person(person_id, name, notes=""):
    return (f"<pfif:person><pfif:person_record_id>{person_id}</pfif:person_record_id>"
            f"<pfif:entry_date>2026-11-02T09:00:00Z</pfif:entry_date><pfif:full_name>{name}</pfif:full_name>"
            f"<pfif:given_name>{name.split()[0]}</pfif:given_name>"
            f"<pfif:family_name>{' '.join(name.split()[1:])}</pfif:family_name>{notes}</pfif:person>")


@pytest.fixture
def post(tmp_path):
    path = tmp_path / "tapachula.micic"
    with PostStore.open(path, create=True) as store:
        build_post(store)
        domain = f"micic.{store.post().uuid}"
    cli.main(["inquiry", "add", str(path), "--caller", "Rosa Ixcoy", "--relationship", "hermana",
              "--sought", "Baltazar Ixcoy Tum", "--last-place", "Huixtla"])
    return path, domain


def _notes(path, inquiry_id=1):
    with PostStore.open(path) as store:
        return HotlineStore(store).notes(inquiry_id)


def test_notes_on_the_person_an_inquiry_sent_to_person_finder_come_back_onto_that_inquiry(post, tmp_path, capsys):
    path, _domain = post
    sent = tmp_path / "buscados.xml"
    assert cli.main(["inquiry", "pfif", str(path), "--out", str(sent)]) == 0
    # Person Finder sends the record back (a copy keeps its id) with a note added, and a loose note besides.
    person_id = sent.read_text(encoding="utf-8").split("<pfif:person_record_id>")[1].split("<")[0]
    back = tmp_path / "respuesta.xml"
    back.write_text(PFIF.format(
        _person(person_id, "Baltazar Ixcoy Tum", _note("pf/1", person_id, "believed_alive", "Está en el albergue"))
        + _note("pf/2", person_id, "believed_alive", "Llamó a su hermana", "2026-11-03T08:00:00Z")), encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["import", str(path), str(back)]) == 0
    assert "2 new notes from the file added to 1 hotline inquiries" in capsys.readouterr().out
    notes = _notes(path)
    assert [n["text"] for n in notes] == ["Llamó a su hermana", "Está en el albergue"]
    assert notes[0]["status"] == "believed_alive" and notes[0]["file_name"] == "respuesta.xml"
    with PostStore.open(path) as store:  # the person sought is not made a national of the post
        assert not store.db.execute("SELECT count(*) FROM nationals WHERE family_names LIKE 'Ixcoy%'").fetchone()[0]
    assert cli.main(["import", str(path), str(back)]) == 0  # the same file again adds nothing twice
    assert len(_notes(path)) == 2
    capsys.readouterr()
    assert cli.main(["inquiry", "notes", str(path), "1"]) == 0
    assert "Está en el albergue" in capsys.readouterr().out


def test_a_person_finder_record_found_by_name_alone_attaches_its_notes_to_the_open_inquiry(post, tmp_path):
    path, _domain = post
    cli.main(["inquiry", "add", str(path), "--caller", "Ana Ixcoy", "--sought", "Baltazar Ixcoy Tum"])
    cli.main(["inquiry", "done", str(path), "2", "--outcome", "closed"])
    found = tmp_path / "pf.xml"
    found.write_text(PFIF.format(_person("google.org/p.123", "BALTÁZAR IXCÓY TUM",
                                         _note("pf/9", "google.org/p.123", "believed_alive", "Visto en Huixtla"))),
                     encoding="utf-8")
    assert cli.main(["import", str(path), str(found)]) == 0
    assert [n["text"] for n in _notes(path, 1)] == ["Visto en Huixtla"]
    assert _notes(path, 2) == []  # a closed inquiry is not matched by name


def test_another_posts_inquiry_record_is_neither_attached_nor_imported(post, tmp_path, capsys):
    path, _domain = post
    other = tmp_path / "otro.xml"
    pid = "micic.otro-consulado/inquiry-1"
    other.write_text(PFIF.format(_person(pid, "Pedro Tum", _note("pf/5", pid, "believed_missing", "Sin noticias"))),
                     encoding="utf-8")
    assert cli.main(["import", str(path), str(other)]) != 0
    assert "hotline seeks" in capsys.readouterr().err
    assert _notes(path) == []
