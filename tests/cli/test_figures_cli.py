from pathlib import Path

import pytest

from micic_planner.cli import main
from micic_planner.core.models import Post, Zone
from micic_planner.storage.store import PostStore

HXL = Path(__file__).parent.parent / "data" / "real" / "hxl"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado", "CO", "Cali"))
        store.records.add(Zone("Pacífico", places="Quibdó, Chocó"))
        store.records.add(Zone("Sur", code="CO-NAR"))
    return path


def test_import_hxl_keeps_the_counts_of_mapped_zones_and_reports_the_rest(db, capsys):
    assert main(["figures", "import-hxl", str(HXL / "libhxl-input-valid.csv"), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Pacífico: #targeted+f 250, #targeted+m 300" in out
    assert "Not used: row 1: “Los Santos” is no zone of the post" in out
    assert "1 zones got counts; 3 rows named no zone of the post." in out
    assert main(["figures", "list", "--db", str(db)]) == 0
    assert "Pacífico\t#targeted+m\t300\tlibhxl-input-valid.csv" in capsys.readouterr().out


def test_importing_again_replaces_a_figure_instead_of_adding_it(db, capsys):
    for _ in range(2):
        assert main(["figures", "import-hxl", str(db), str(HXL / "libhxl-input-valid.csv")]) == 0
    with PostStore.open(db) as store:
        assert store.db.execute("SELECT count(*), sum(value) FROM external_figures").fetchone() == (2, 550)


def test_an_untagged_file_is_refused_with_exit_status_2_and_nothing_kept(db, capsys):
    assert main(["figures", "import-hxl", str(HXL / "libhxl-input-untagged.csv"), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "not an HXL dataset" in err and "Traceback" not in err
    with PostStore.open(db) as store:
        assert store.db.execute("SELECT count(*) FROM external_figures").fetchone() == (0,)
