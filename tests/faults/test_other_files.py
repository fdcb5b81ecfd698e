"""A list, a spreadsheet or a PDF opened as a post is told apart from a damaged post: not a post file, use Import."""

import pytest

from micic_planner.core.errors import NotAPostError
from micic_planner.storage.encryption import file_kind
from micic_planner.storage.store import PostStore
from tests.faults.conftest import digest, make_post

CSV = "Apellidos,Nombres,Teléfono\nLópez Pérez,Ana María,+50255500000\n"


@pytest.fixture(params=["short", "long"])
def csv_file(request, tmp_path):
    """A short CSV (once read as a cut-short post) and a long one (once taken for an encrypted post)."""
    path = tmp_path / "lista.csv"
    path.write_text(CSV * (1 if request.param == "short" else 400), encoding="utf-8")
    return path


def test_a_csv_is_another_kind_of_file_not_a_cut_short_or_encrypted_post(csv_file):
    assert file_kind(csv_file) == "other"


def test_an_xlsx_and_a_pdf_are_other_files(tmp_path):
    for name, head in (("lista.xlsx", b"PK\x03\x04"), ("plan.pdf", b"%PDF-1.4\n")):
        path = tmp_path / name
        path.write_bytes(head + bytes(range(256)) * 40)
        assert file_kind(path) == "other", name


def test_posts_are_still_told_as_plain_and_encrypted(tmp_path):
    assert file_kind(make_post(tmp_path / "plain.micic", nationals=1)) == "plain"
    assert file_kind(make_post(tmp_path / "locked.micic", "marimba volcán lluvia 47", nationals=1)) == "encrypted"


def test_opening_a_csv_as_a_post_says_it_is_not_a_post_file_and_points_to_import(csv_file):
    before = digest(csv_file)
    with pytest.raises(NotAPostError) as raised:
        PostStore.open(csv_file)
    text = raised.value.user_message()
    assert "not a post file" in text and "Import" in text
    assert "backup" not in text and "damaged" not in text
    assert digest(csv_file) == before


def test_the_cli_says_a_csv_is_not_a_post_file_in_spanish(csv_file, cli):
    for command in (("check", csv_file), ("export", "--db", csv_file, "--out", csv_file.with_name("x.gpx"))):
        code, out, err = cli(*command, lang="es")
        assert code == 2
        assert "no es un archivo de representación" in err and "Importar" in err
        assert "respaldo" not in err


def test_the_window_says_a_csv_is_not_a_post_file(csv_file, qtbot, monkeypatch):
    from micic_planner.gui.errors import ErrorDialog
    from micic_planner.gui.security.dialogs import PassphraseDialog
    from micic_planner.gui.security.open_post import open_post_interactively

    shown = []
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(lambda cls, parent, title, text: shown.append(text)))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("passphrase asked")))
    assert open_post_interactively(None, csv_file) is None
    assert len(shown) == 1 and "not a post file" in shown[0] and "Import" in shown[0]
