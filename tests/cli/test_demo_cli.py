import sqlite3

from micic_planner.cli import main
from micic_planner.core.paths import plans_path
from micic_planner.storage.store import PostStore


def test_demo_writes_the_post_and_prints_counts_and_speed(tmp_path, capsys, no_network):
    path = tmp_path / "demo.micic"
    assert main(["demo", "--db", str(path), "--nationals", "300", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "Nationals" in out and "300" in out and "nationals per second" in out and "Rows written in" in out
    with PostStore.open(path) as store:
        assert store.nationals.count() == 300
        assert "(demo)" in store.post().name
    assert not (tmp_path / "demo.micic.partial").exists()
    assert no_network == []


def test_demo_refuses_to_overwrite_a_file_without_force(tmp_path, capsys):
    path = tmp_path / "precious.db"
    path.write_bytes(b"not to be lost")
    assert main(["demo", "--db", str(path), "--nationals", "10"]) == 2
    assert "--force" in capsys.readouterr().err
    assert path.read_bytes() == b"not to be lost"


def test_demo_with_force_replaces_the_file(tmp_path):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--nationals", "20"]) == 0
    assert main(["demo", "--db", str(path), "--nationals", "40", "--force"]) == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM nationals").fetchone()[0] == 40
        assert conn.execute("SELECT count(*) FROM post").fetchone()[0] == 1


def test_a_negative_number_of_nationals_is_refused(tmp_path, capsys):
    try:
        main(["demo", "--db", str(tmp_path / "x.db"), "--nationals", "-5"])
    except SystemExit as exit_:
        assert exit_.code == 2
    assert "negative" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_demo_speaks_spanish_when_asked(tmp_path, capsys):
    assert main(["--lang", "es", "demo", "--db", str(tmp_path / "d.db"), "--nationals", "5"]) == 0
    assert "Connacionales" in capsys.readouterr().out


def test_templates_check_passes_on_the_standard_templates(capsys):
    assert main(["templates", "check"]) == 0
    assert "correct" in capsys.readouterr().out


def test_templates_check_lists_each_broken_line_with_file_and_line(tmp_path, capsys):
    import shutil

    folder = tmp_path / "plans"
    shutil.copytree(plans_path(), folder)
    path = folder / "alert_matrix.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[4] = "9,,action,,Head of post,a,b"
    lines[6] = "1,,action,,Nobody,a,b"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(["templates", "check", "--dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:5:" in err and f"{path}:7:" in err and "Nobody" in err

