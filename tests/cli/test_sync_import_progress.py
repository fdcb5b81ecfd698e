"""`micic-planner sync import` shows its progress on stderr when that is a terminal, as `demo` does."""

import sys

from micic_planner.cli import main
from micic_planner.storage.store import PostStore


def test_a_sync_import_on_a_terminal_shows_its_progress_on_stderr(tmp_path, capsys, monkeypatch):
    post, hq = tmp_path / "post.db", tmp_path / "hq.db"
    for path in (post, hq):
        PostStore.open(path, create=True).close()
    main(["sync", "init", str(post), "--name", "Tegucigalpa"])
    main(["sync", "init", str(hq), "--name", "Headquarters", "--headquarters"])
    main(["sync", "keys", str(post), str(tmp_path / "post.key")])
    main(["sync", "keys", str(hq), str(tmp_path / "hq.key")])
    main(["sync", "register", str(hq), str(tmp_path / "post.key")])
    main(["sync", "register", str(post), str(tmp_path / "hq.key")])
    with PostStore.open(post) as store:
        store.db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'López'), "
                         "('n2', 'Luis', 'Paz')")
    main(["sync", "export", str(post), "Headquarters", str(tmp_path / "b1")])
    capsys.readouterr()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["sync", "import", str(hq), str(tmp_path / "b1")]) == 0
    captured = capsys.readouterr()
    assert "Importing the bundle: 2 / 2\n" in captured.err and "2 applied" in captured.out
