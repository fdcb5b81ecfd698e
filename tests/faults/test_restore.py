"""Restoring a backup needs an administrator's sign-in, and is recorded in the file replaced and the file restored;
a backup whose .part files were left by killed backups has them removed at the next backup."""

import json
import os
import subprocess
import sys

import pytest

from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.security import Role
from micic_planner.storage import backup as backups
from micic_planner.storage.store import PostStore
from tests.faults.conftest import PASS, make_post

USERS = {"admin": (Role.ADMINISTRATOR, "admin-clave-larga-1"), "olga": (Role.OFFICER, "olga-clave-larga-1"),
         "tomas": (Role.TRAINEE, "tomas-clave-larga-1")}


@pytest.fixture
def signed_post(tmp_path, monkeypatch):
    """An encrypted post with users, a backup of it, and then one more change made after the backup."""
    path = make_post(tmp_path / "post.micic", PASS)
    with PostStore.open(path, passphrase=PASS) as store:
        for name, (role, password) in USERS.items():
            store.add_user(name, role, password)
    with PostStore.open(path, passphrase=PASS, user="admin", password=USERS["admin"][1]) as store:
        made = store.backup()
        store.db.execute("DELETE FROM nationals WHERE id = 1")
    return path, made


def _sign_in(monkeypatch, name):
    monkeypatch.setenv("MICIC_USER", name)
    monkeypatch.setenv("MICIC_PASSWORD", USERS[name][1])


def _entries(path, action="restore") -> list[dict]:
    with PostStore.open(path, passphrase=PASS, user="admin", password=USERS["admin"][1]) as store:
        return [e for e in store.audit_entries(0, 1000) if e["action"] == action]


def test_an_officer_may_not_restore_a_backup(signed_post, cli, monkeypatch):
    path, made = signed_post
    _sign_in(monkeypatch, "olga")
    code, out, err = cli("restore", made, path, lang="es")
    assert code == 2 and "no permite restaurar" in err
    assert _entries(path) == [] and not list((path.parent / "post backups").glob("*-replaced-*"))
    with PostStore.open(path, passphrase=PASS, user="admin", password=USERS["admin"][1]) as store:
        assert store.db.execute("SELECT count(*) FROM nationals").fetchone()[0] == 11  # as it was


def test_a_restore_asks_for_a_sign_in(signed_post, cli, monkeypatch):
    path, made = signed_post
    monkeypatch.delenv("MICIC_USER", raising=False)
    code, out, err = cli("restore", made, path)
    assert code == 2 and "sign in" in err


def test_an_administrator_restores_and_both_files_record_it(signed_post, cli, monkeypatch):
    path, made = signed_post
    _sign_in(monkeypatch, "admin")
    code, out, err = cli("restore", made, path)
    assert code == 0, err
    aside = next((path.parent / "post backups").glob("*-replaced-*"))
    restored, replaced = _entries(path), _entries(aside)
    assert [e["user"] for e in restored] == ["admin"] and made.name in restored[0]["detail"]
    assert [e["user"] for e in replaced] == ["admin"] and made.name in replaced[0]["detail"]
    with PostStore.open(path, passphrase=PASS, user="admin", password=USERS["admin"][1]) as store:
        assert store.db.execute("SELECT count(*) FROM nationals").fetchone()[0] == 12  # the deleted one is back


def test_a_restore_in_place_of_a_lost_post_signs_in_with_the_backup(signed_post, cli, monkeypatch):
    path, made = signed_post
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    _sign_in(monkeypatch, "olga")
    assert cli("restore", made, path)[0] == 2 and not path.exists()
    _sign_in(monkeypatch, "admin")
    assert cli("restore", made, path)[0] == 0
    assert len(_entries(path)) == 1


def test_the_storage_api_refuses_a_restore_to_an_officer(signed_post):
    path, made = signed_post
    with PostStore.open(path, passphrase=PASS, user="olga", password=USERS["olga"][1]) as store:
        with pytest.raises(PermissionDeniedError):
            store.restore_backup(made, PASS)
        assert not store.closed


def test_the_window_restores_through_the_same_rules(signed_post, qtbot, monkeypatch):
    from micic_planner.gui import errors
    from micic_planner.gui.main_window import MainWindow
    from micic_planner.gui.security import actions, open_post
    from micic_planner.gui.security.dialogs import LoginDialog, PassphraseDialog

    path, made = signed_post
    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "ask", classmethod(lambda cls, p, title, text, details="":
                                                               shown.append(text)))
    monkeypatch.setattr(errors.Confirm, "ask", classmethod(lambda cls, p, title, text: True))
    monkeypatch.setattr(actions.Info, "ask", classmethod(lambda cls, p, title, text: None))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, p, name, new=False, message="": PASS))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, p, name, message="":
                                                        ("admin", USERS["admin"][1])))
    monkeypatch.setattr(actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(made), ""))
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_store(open_post.open_post_interactively(win, path))
    actions.restore_backup(win)
    assert shown == []
    assert win.context.store is not None and win.context.store.path == path
    win.close_post()
    assert len(_entries(path)) == 1


def test_a_backup_removes_the_part_files_that_killed_backups_left(post, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = [folder / f".post-20261201-101010.micic.{dead.stdout.strip()}.part",
             folder / ".post-20261201-101011.micic.part",  # as versions before this one named them
             folder / f".post-20261201-101012.micic.{dead.stdout.strip()}.part-wal"]
    for part in stale:
        part.write_bytes(b"half a backup")
    alive = folder / f".post-20261201-101013.micic.{os.getppid()}.part"  # a backup another program is writing
    alive.write_bytes(b"being written")
    other_post = folder / f".other-20261201-101010.micic.{dead.stdout.strip()}.part"
    other_post.write_bytes(b"not ours")
    with PostStore.open(post) as store:
        made = backups.make_backup(store.path, store.key_material, folder)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([made.name, alive.name, other_post.name])
    assert json.dumps(left)  # names only, for the message above when it fails
