"""A full disk during an import, a status update, a backup and a passphrase change: "the disk is full, nothing was
changed", exit status 2, no traceback, nothing left half-written, and the post as it was.

On a small tmpfs filled up where this machine permits mounting; the backup and the passphrase change
are also tested everywhere with the error injected where the disk would raise it.
"""

import errno
import sqlite3 as std_sqlite3

import pytest

from micic_planner.storage import backup
from micic_planner.storage import store as store_module
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.store import PostStore
from tests.faults.conftest import PASS, make_post


def contents(path, passphrase=None) -> tuple:
    """What a person would call the post's contents: its people, their statuses, the audit log, soundness."""
    with PostStore.open(path, passphrase=passphrase) as store:
        db = store.db
        return (db.execute("SELECT count(*), group_concat(status) FROM nationals").fetchone(),
                db.execute("SELECT count(*) FROM audit_log").fetchone()[0],
                db.execute("PRAGMA integrity_check").fetchone()[0])


def _people_csv(path, rows: int):
    lines = ["given_names,family_names,passport_no,phone"]
    lines += [f"Persona {i},Núñez Álvarez,P{100000 + i},+50499{100000 + i}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_onto_a_full_disk_changes_nothing(small_disk, tmp_path, cli):
    post = make_post(small_disk.folder / "post.micic")
    before = contents(post)
    people = _people_csv(tmp_path / "people.csv", 4000)
    small_disk.fill(leave_kb=200)
    code, out, err = cli("import", "--db", post, people, "--no-geocode", lang="es")
    assert code == 2
    assert "El disco está lleno; no se cambió nada." in err
    assert "imported" not in out
    small_disk.unmount_filler()
    assert contents(post) == before


def test_a_status_update_on_a_full_disk_changes_nothing(small_disk, tmp_path, cli):
    post = make_post(small_disk.folder / "post.micic")
    assert cli("crisis", "open", "--db", post, "--title", "Eta", "--hazard", "hurricane")[0] == 0
    before = contents(post)
    feed = tmp_path / "feed.csv"
    feed.write_text("document;status\n" + "".join(f"G{10000 + i};safe\n" for i in range(12)), encoding="utf-8")
    small_disk.fill()
    code, out, err = cli("status", "--db", post, "--csv", feed)
    assert code == 2
    assert "The disk is full; nothing was changed." in err
    small_disk.unmount_filler()
    assert contents(post) == before


def test_a_backup_onto_a_full_disk_leaves_no_part_file(post, small_disk, cli):
    before = contents(post)
    small_disk.fill(leave_kb=8)
    code, out, err = cli("backup", post, "--folder", small_disk.folder / "backups")
    assert code == 2 and "The disk is full" in err
    assert [p.name for p in small_disk.folder.rglob("*") if p.name != "filler"] in ([], ["backups"])
    assert contents(post) == before


def test_a_backup_that_meets_a_full_disk_leaves_no_part_file(post, tmp_path, cli, monkeypatch):
    def full(source, target):
        with open(target, "wb") as f:
            f.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device", str(target))
    monkeypatch.setattr(backup.shutil, "copyfile", full)
    before = contents(post)
    code, out, err = cli("backup", post, "--folder", tmp_path / "backups", lang="es")
    assert code == 2 and "El disco está lleno" in err
    assert list((tmp_path / "backups").iterdir()) == []
    assert contents(post) == before


def test_a_passphrase_change_on_a_full_disk_keeps_the_old_passphrase(small_disk, cli, monkeypatch):
    post = make_post(small_disk.folder / "post.micic", PASS, nationals=300)
    before = contents(post, PASS)
    small_disk.fill(leave_kb=64)
    monkeypatch.setenv("MICIC_NEW_PASSPHRASE", "otra frase de paso muy larga 93")
    code, out, err = cli("passwd", post)
    assert code == 2 and "The disk is full" in err
    small_disk.unmount_filler()
    assert contents(post, PASS) == before


def test_a_passphrase_change_that_fails_midway_leaves_no_audit_entry(tmp_path, monkeypatch):
    post = make_post(tmp_path / "post.micic", PASS)

    def full(conn, path, passphrase):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(store_module, "rekey", full)
    with PostStore.open(post, passphrase=PASS) as store, pytest.raises(sqlite3.OperationalError):
        store.change_passphrase("otra frase de paso muy larga 93")
    with PostStore.open(post, passphrase=PASS) as store:
        assert store.audit.count(action="change_passphrase") == 0


def test_the_standard_driver_sees_the_same_message_for_a_full_disk():
    from micic_planner.storage.faults import explain

    for exc in (std_sqlite3.OperationalError("database or disk is full"), OSError(errno.ENOSPC, "full")):
        assert explain("post.micic", exc).message == "The disk is full; nothing was changed."
