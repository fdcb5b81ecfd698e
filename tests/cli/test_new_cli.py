"""`micic-planner new`: a post from the command line, countries and regions by name or code, checked."""

import pytest

from micic_planner.cli import main
from micic_planner.storage.store import PostStore


def test_a_training_post_is_created_from_spanish_names_without_accents(tmp_path, capsys):
    path = tmp_path / "tapachula.micic"
    assert main(["new", str(path), "--name", "Consulado en Tapachula", "--country", "mexico", "--city", "Tapachula",
                 "--region", "Chiapas", "--region", "tabasco,MX-OAX", "--nationals-of", "Guatemala",
                 "--training"]) == 0
    assert "Consulado en Tapachula (Mexico) created" in capsys.readouterr().out  # tests run in English
    with PostStore.open(path) as store:
        post = store.post()
        assert (post.host_country, post.sending_country) == ("MX", "GT")
        assert post.jurisdiction == ["MX-CHP", "MX-TAB", "MX-OAX"]
        assert post.is_training and post.paper == ""
        assert store.db.execute("SELECT count(*) FROM alert_actions").fetchone()[0] > 8  # the standard matrix


def test_a_real_post_is_encrypted_and_has_its_first_administrator(tmp_path, monkeypatch):
    monkeypatch.setenv("MICIC_NEW_PASSPHRASE", "marimba volcán lluvia 47 cenote")
    monkeypatch.setenv("MICIC_NEW_PASSWORD", "admin-clave-1")
    path = tmp_path / "quetzaltenango.micic"
    assert main(["new", "--db", str(path), "--name", "Consulado de México en Quetzaltenango", "--country", "GT",
                 "--city", "Quetzaltenango", "--region", "GT-09", "--paper", "a4", "--admin", "ana"]) == 0
    with PostStore.open(path, passphrase="marimba volcán lluvia 47 cenote", user="ana",
                        password="admin-clave-1") as store:
        assert store.encrypted and store.post().paper == "a4"  # Guatemala prints on Letter: A4 was chosen


@pytest.mark.parametrize("options, words", [
    (["--country", "Narnia"], ["Narnia", "country"]),
    (["--country", "MX", "--region", "Petén"], ["Petén", "region"]),
    (["--country", "MX", "--nationals-of", "Atlantis"], ["Atlantis"]),
])
def test_an_unknown_country_or_region_is_refused_with_a_clear_message(tmp_path, capsys, options, words):
    path = tmp_path / "p.micic"
    assert main(["new", str(path), "--name", "P", "--city", "X", "--training", *options]) == 2
    err = capsys.readouterr().err
    assert all(word in err for word in words), err
    assert not path.exists()


def test_a_real_post_without_an_administrator_is_refused_and_no_file_is_left(tmp_path, capsys):
    path = tmp_path / "p.micic"
    assert main(["new", str(path), "--name", "P", "--country", "MX", "--city", "Tapachula"]) == 2
    assert "--admin" in capsys.readouterr().err
    assert not path.exists()


def test_an_existing_file_is_never_replaced(tmp_path, capsys):
    path = tmp_path / "p.micic"
    path.write_bytes(b"something precious")
    assert main(["new", str(path), "--name", "P", "--country", "MX", "--city", "X", "--training"]) == 2
    assert path.read_bytes() == b"something precious"
