"""Files that are not a post (another program's database, an empty file, a folder) and a damaged post are refused
with a plain message and left exactly as they were."""

import sqlite3

import pytest

from micic_planner.core.errors import DamagedFileError, NotAPostError
from micic_planner.storage.connection import APPLICATION_ID
from micic_planner.storage.store import PostStore
from tests.faults.conftest import digest


@pytest.fixture
def foreign(tmp_path):
    """Another program's SQLite file (the standard driver, as that program would make it)."""
    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ana', '+50255500000')")
    conn.commit()
    conn.close()
    return path


def test_a_foreign_sqlite_file_is_refused_by_export_and_never_changed(foreign, tmp_path, cli):
    before, size = digest(foreign), foreign.stat().st_size
    code, out, err = cli("export", "--db", foreign, "--format", "csv", "--out", tmp_path / "out.csv")
    assert code == 2
    assert "not a MICIC post" in err and "It was not changed" in err
    assert digest(foreign) == before and foreign.stat().st_size == size
    assert not (tmp_path / "out.csv").exists()


def test_check_says_a_foreign_file_is_not_a_post(foreign, cli):
    code, out, err = cli("check", foreign, lang="es")
    assert code == 2
    assert "no es un puesto de MICIC" in err


def test_an_import_into_a_foreign_file_is_refused_in_spanish(foreign, tmp_path, cli):
    people = tmp_path / "people.csv"
    people.write_text("given_names,family_names\nAna,López\n", encoding="utf-8")
    before = digest(foreign)
    code, out, err = cli("import", "--db", foreign, people, lang="es")
    assert code == 2 and "no es un puesto de MICIC" in err
    assert digest(foreign) == before


def test_an_empty_file_is_not_exported_as_zero_records(tmp_path, cli):
    empty = tmp_path / "post.micic"
    empty.touch()
    code, out, err = cli("export", "--db", empty, "--format", "csv", "--out", tmp_path / "out.csv")
    assert code == 2 and "empty (0 bytes)" in err
    assert "records written" not in out
    assert not (tmp_path / "out.csv").exists()


def test_an_import_into_an_empty_file_does_not_make_a_plain_post(tmp_path, cli):
    empty = tmp_path / "post.micic"
    empty.touch()
    people = tmp_path / "people.csv"
    people.write_text("given_names,family_names\nAna,López\n", encoding="utf-8")
    code, out, err = cli("import", "--db", empty, people, lang="es")
    assert code == 2 and "vacío (0 bytes)" in err
    assert empty.stat().st_size == 0


@pytest.mark.parametrize("command", [("export", "--db", "{p}", "--format", "csv", "--out", "{out}"),
                                     ("check", "{p}"), ("backup", "{p}")])
def test_a_folder_given_as_the_post_gets_a_plain_message(tmp_path, cli, command):
    folder = tmp_path / "posts"
    folder.mkdir()
    code, out, err = cli(*(c.format(p=folder, out=tmp_path / "out.csv") for c in command))
    assert code == 2
    assert "folder" in err


def test_a_flipped_byte_inside_a_plain_post_ends_export_with_a_plain_message(post, tmp_path, cli):
    conn = sqlite3.connect(post)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'nationals'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    # One flipped byte in the page header of the nationals' rows: the file opens, reading the rows fails.
    data = bytearray(post.read_bytes())
    data[(page - 1) * size] ^= 0xFF
    post.write_bytes(bytes(data))
    before = digest(post)
    code, out, err = cli("export", "--db", post, "--format", "csv", "--out", tmp_path / "out.csv", lang="es")
    assert code == 2
    assert "dañado" in err
    assert digest(post) == before


def test_a_new_post_carries_the_application_id(tmp_path):
    with PostStore.open(tmp_path / "new.micic", create=True) as store:
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_post_made_before_the_application_id_still_opens_and_gets_it(post):
    conn = sqlite3.connect(post)
    conn.execute("PRAGMA application_id = 0")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm012_application_id'")
    conn.commit()
    conn.close()
    with PostStore.open(post) as store:
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert store.db.execute("SELECT count(*) FROM nationals").fetchone()[0] == 12


def test_the_storage_api_refuses_a_foreign_file_and_an_empty_one(foreign, tmp_path):
    with pytest.raises(NotAPostError):
        PostStore.open(foreign)
    (tmp_path / "empty.micic").touch()
    with pytest.raises(DamagedFileError):
        PostStore.open(tmp_path / "empty.micic")
