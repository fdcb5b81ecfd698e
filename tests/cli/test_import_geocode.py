from micic_planner.cli import main
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.store import PostStore


def test_an_imported_town_without_coordinates_gets_them_from_the_gazetteer(tmp_path, capsys):
    db = tmp_path / "post.micic"
    with PostStore.open(db, create=True) as store:
        write_demo(store, nationals=0)
    csv = tmp_path / "lista.csv"
    csv.write_text("Apellidos;Nombre(s);Ciudad\nNúñez Pérez;Ana Lucía;Huixtla\nTzul;Pedro;Ciudad Imaginaria\n",
                   encoding="utf-8")
    assert main(["import", "--db", str(db), str(csv)]) == 0
    assert "Ciudad Imaginaria" in capsys.readouterr().out
    with PostStore.open(db) as store:
        rows = dict(store.db.execute("SELECT family_names, round(lat, 2) FROM nationals").fetchall())
    assert rows == {"Núñez Pérez": 15.14, "Tzul": None}


def test_no_geocode_leaves_imported_towns_without_coordinates(tmp_path):
    db = tmp_path / "post.micic"
    with PostStore.open(db, create=True) as store:
        write_demo(store, nationals=0)
    csv = tmp_path / "lista.csv"
    csv.write_text("Apellidos;Nombre(s);Ciudad\nNúñez Pérez;Ana Lucía;Huixtla\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(csv), "--no-geocode"]) == 0
    with PostStore.open(db) as store:
        assert store.db.execute("SELECT lat FROM nationals").fetchone() == (None,)
