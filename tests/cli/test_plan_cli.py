import pytest
from pypdf import PdfReader

from micic_planner.cli import main
from micic_planner.core import i18n
from micic_planner.storage.store import PostStore
from tests.reports.plan_fixture import make_post


@pytest.fixture
def post_file(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        make_post(store)
    return path


def test_plan_command_writes_the_spanish_plan_and_says_how_many_pages(post_file, tmp_path, capsys, no_network):
    out = tmp_path / "plan.pdf"
    assert main(["plan", "--db", str(post_file), "--out", str(out), "--lang", "es"]) == 0
    reader = PdfReader(out)
    assert "Índice" in reader.pages[1].extract_text()
    assert f"{len(reader.pages)} páginas" in capsys.readouterr().out  # --lang also sets the messages
    assert no_network == []


def test_plan_command_defaults_to_the_users_language_and_letter_paper_when_asked(post_file, tmp_path):
    i18n.set_language("es")
    out = tmp_path / "plan.pdf"
    assert main(["plan", "--db", str(post_file), "--out", str(out), "--paper", "letter"]) == 0
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.height)) == 792
    assert "Página 2 de" in reader.pages[1].extract_text()


def test_restricted_flag_adds_the_annex_of_names(post_file, tmp_path):
    plain, restricted = tmp_path / "plain.pdf", tmp_path / "restricted.pdf"
    assert main(["plan", "--db", str(post_file), "--out", str(plain), "--lang", "en"]) == 0
    assert main(["plan", "--db", str(post_file), "--out", str(restricted), "--lang", "en", "--restricted"]) == 0
    last = PdfReader(restricted).pages[-1].extract_text()
    assert "RESTRICTED · ANNEX OF NAMES" in last and "Núñez Pérez" in last
    assert all("Núñez" not in p.extract_text() for p in PdfReader(plain).pages)


def test_plan_of_a_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["plan", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "p.pdf")]) == 2
    assert "There is no post file here" in capsys.readouterr().err
    assert not (tmp_path / "p.pdf").exists()
