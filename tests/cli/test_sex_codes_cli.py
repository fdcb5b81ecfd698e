"""Issue 15.2 from the command line: Begoña, coded M on a Mexican sheet, is imported as a woman."""

import pytest

from micic_planner.cli import main
from micic_planner.core.models import Post
from micic_planner.storage.store import PostStore


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula"))
    return path


def sexes(db) -> dict:
    with PostStore.open(db) as store:
        return dict(store.db.execute("SELECT given_names, sex FROM nationals"))


def test_a_sheet_with_h_and_m_reads_m_as_mujer(db, tmp_path):
    path = tmp_path / "ine.csv"
    path.write_text("Apellidos,Nombres,Sexo\nIbarra,Begoña,M\nIbarra,Tomás,H\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(path), "--no-geocode"]) == 0
    assert sexes(db) == {"Begoña": "F", "Tomás": "M"}


def test_a_sheet_with_only_m_is_refused_until_sex_codes_says_what_m_means(db, tmp_path, capsys):
    path = tmp_path / "mujeres.csv"
    path.write_text("Apellidos,Nombres,Sexo\nIbarra,Begoña,M\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(path), "--no-geocode"]) == 2
    assert "--sex-codes hm" in capsys.readouterr().err and sexes(db) == {}
    assert main(["import", "--db", str(db), str(path), "--no-geocode", "--sex-codes", "hm"]) == 0
    assert sexes(db) == {"Begoña": "F"}


def test_a_spanish_export_writes_h_and_m_and_reads_back_the_same(db, tmp_path):
    path = tmp_path / "ine.csv"
    path.write_text("Apellidos,Nombres,Sexo\nIbarra,Begoña,Mujer\nIbarra,Tomás,Hombre\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(path), "--no-geocode"]) == 0
    out = tmp_path / "salida.csv"
    assert main(["--lang", "es", "export", "--db", str(db), "--format", "csv", "--out", str(out),
                 "--profile", "full", "--no-encrypt"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert ",M," in text and ",H," in text
    with PostStore.open(db) as store:
        store.db.execute("DELETE FROM nationals")
    assert main(["import", "--db", str(db), str(out), "--no-geocode"]) == 0
    assert sexes(db) == {"Begoña": "F", "Tomás": "M"}


def test_a_wife_sharing_her_husbands_phone_is_imported_not_silently_skipped(db, tmp_path, capsys):
    """Issue 15.3, with the default --duplicates skip."""
    first = tmp_path / "uno.csv"
    first.write_text("Apellidos,Nombres,Sexo,Teléfono,Fecha de nacimiento\n"
                     "Ibarra,Tomás,H,+52 962 123 4567,1980-02-03\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(first), "--no-geocode"]) == 0
    second = tmp_path / "dos.csv"
    second.write_text("Apellidos,Nombres,Sexo,Teléfono,Fecha de nacimiento\n"
                      "Ibarra,Begoña,M,+52 962 123 4567,1984-07-09\nIbarra,Tomás,H,+52 962 123 4567,1980-02-03\n",
                      encoding="utf-8")
    report = tmp_path / "informe.csv"
    assert main(["import", "--db", str(db), str(second), "--no-geocode", "--report", str(report)]) == 0
    assert "1 imported, 0 merged, 1 skipped" in capsys.readouterr().out
    assert sexes(db) == {"Begoña": "F", "Tomás": "M"}
    assert "Same phone only, another name or date of birth: kept" in report.read_text(encoding="utf-8-sig")
