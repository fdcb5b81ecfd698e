"""Backups: encrypted like the post, checked, rotated; restore puts one back and keeps what it replaced."""

import os

import pytest

from micic_planner.core.errors import DamagedFileError, StorageError
from micic_planner.core.models import National, Post
from micic_planner.storage import backup
from micic_planner.storage.encryption import PLAIN_HEADER
from micic_planner.storage.store import PostStore

PASS = "marimba volcán lluvia 47"


def test_a_backup_of_an_encrypted_post_is_encrypted_checked_and_opens_with_the_passphrase(tmp_path):
    path = tmp_path / "post.db"
    store = PostStore.open(path, create=True, passphrase=PASS)
    store.nationals.add(National("Itzel", "Coj"))
    made = store.backup()
    store.close()
    assert made.parent == tmp_path / "post backups" and made.suffix == ".db"
    assert not made.read_bytes().startswith(PLAIN_HEADER) and b"Itzel" not in made.read_bytes()
    assert not list(made.parent.glob("*.part"))
    with PostStore.open(made, passphrase=PASS) as copy:
        assert copy.nationals.get(1).given_names == "Itzel"


def test_backups_rotate_keeping_the_last_k(tmp_path, monkeypatch):
    path = tmp_path / "post.db"
    store = PostStore.open(path, create=True)
    stamps = iter(f"20250101-0000{i:02d}" for i in range(10))
    monkeypatch.setattr(backup, "_stamp", lambda: next(stamps))
    store.db.execute("UPDATE protection_settings SET backup_keep = 3")
    made = [store.backup() for _ in range(5)]
    left = backup.backups_in(tmp_path / "post backups", path)
    assert left == made[:1:-1]
    store.close()


def test_restore_puts_the_backup_back_and_moves_the_current_file_aside(tmp_path):
    path = tmp_path / "post.db"
    store = PostStore.open(path, create=True, passphrase=PASS)
    store.nationals.add(National("Antes", "Del Respaldo"))
    made = store.backup()
    store.nationals.add(National("Después", "Del Respaldo"))
    store.close()
    aside = backup.restore(made, path, PASS)
    with PostStore.open(path, passphrase=PASS) as restored:
        assert restored.nationals.count() == 1
    with PostStore.open(aside, passphrase=PASS) as replaced:
        assert replaced.nationals.count() == 2


def test_restoring_a_damaged_backup_is_refused_and_the_post_is_untouched(tmp_path):
    path = tmp_path / "post.db"
    store = PostStore.open(path, create=True, passphrase=PASS)
    store.nationals.add(National("Ana", "Pérez"))
    made = store.backup()
    store.close()
    data = bytearray(made.read_bytes())
    data[4096 * 5 + 100:4096 * 5 + 300] = os.urandom(200)
    made.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DamagedFileError):
        backup.restore(made, path, PASS)
    assert path.read_bytes() == before


def test_a_backup_into_a_read_only_folder_says_so_and_leaves_the_post_alone(tmp_path):
    if os.geteuid() == 0:
        folder = "/proc/micic-backups"  # root may write anywhere but here
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
    store = PostStore.open(tmp_path / "post.db", create=True)
    store.nationals.add(National("Ana", "Pérez"))
    with pytest.raises(StorageError, match="backup could not be written"):
        backup.make_backup(store.path, None, folder)
    assert store.nationals.count() == 1
    store.close()


def test_a_full_disk_during_a_backup_gives_a_clear_message_and_no_partial_file(tmp_path, monkeypatch):
    store = PostStore.open(tmp_path / "post.db", create=True)
    store.save_post(Post("Consulado", "SV", "San Salvador", is_training=True))

    def full(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_fsync", full)
    with pytest.raises(StorageError, match="disk is full"):
        store.backup()
    assert list((tmp_path / "post backups").iterdir()) == []
    store.close()
