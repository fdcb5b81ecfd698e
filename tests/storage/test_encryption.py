"""Encrypted post files: the key, the WAL, wrong passphrase against damage, re-keying, plain training posts."""

import time

import pytest

from micic_planner.core.errors import DamagedFileError, StorageError, ValidationError, WrongPassphraseError
from micic_planner.core.models import National, Post
from micic_planner.storage import encryption
from micic_planner.storage.driver import driver_is_shared, sqlite3
from micic_planner.storage.store import PostStore

PASS = "marimba volcán lluvia 47"
NAME = "Xochiquetzal"


def make_encrypted(path, n=300):
    store = PostStore.open(path, create=True, passphrase=PASS)
    store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula"))
    for i in range(n):
        store.nationals.add(National(f"{NAME} {i}", "Hernández Núñez"))
    return store


def test_sqlite_utils_uses_the_sqlcipher_driver_so_it_sees_its_exceptions():
    import sqlite_utils.utils

    assert driver_is_shared()
    assert sqlite_utils.utils.OperationalError is sqlite3.OperationalError


def test_an_encrypted_post_holds_no_readable_name_in_the_file_or_its_wal(tmp_path):
    path = tmp_path / "post.db"
    store = make_encrypted(path)
    # The WAL still holds the recent pages: it must be encrypted too.
    wal = path.with_name("post.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for file in (path, wal):
        data = file.read_bytes()
        assert NAME.encode() not in data and "Hernández".encode() not in data
        assert not data.startswith(encryption.PLAIN_HEADER)
    store.close()
    assert encryption.file_kind(path) == "encrypted"
    with PostStore.open(path, passphrase=PASS) as again:
        assert again.encrypted and again.nationals.count() == 300


def test_a_wrong_passphrase_says_so_and_differs_from_damage(tmp_path):
    path = tmp_path / "post.db"
    make_encrypted(path).close()
    with pytest.raises(WrongPassphraseError) as wrong:
        PostStore.open(path, passphrase="otra clave cualquiera")
    assert "passphrase is not right" in wrong.value.user_message()
    data = bytearray(path.read_bytes())
    data[4096 * 3 + 200:4096 * 3 + 400] = bytes(200)  # a page in the middle
    data[300:500] = bytes(200)  # and the first page, past the salt
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError) as damaged:
        PostStore.open(path, passphrase=PASS)
    assert not isinstance(damaged.value, WrongPassphraseError)
    assert "passphrase is right" in damaged.value.user_message()


def test_an_encrypted_file_without_a_passphrase_asks_for_one(tmp_path):
    path = tmp_path / "post.db"
    make_encrypted(path, n=1).close()
    with pytest.raises(WrongPassphraseError, match="passphrase is needed"):
        PostStore.open(path)
    PostStore.credential_provider = lambda p, what: PASS if what == "passphrase" else None
    try:
        with PostStore.open(path) as store:
            assert store.nationals.count() == 1
    finally:
        PostStore.credential_provider = None


def test_a_truncated_file_says_it_is_cut_short(tmp_path):
    path = tmp_path / "post.db"
    make_encrypted(path, n=1).close()
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(DamagedFileError, match="cut short"):
        PostStore.open(path, passphrase=PASS)


def test_changing_the_passphrase_rekeys_the_file_and_the_old_one_stops_working(tmp_path):
    path = tmp_path / "post.db"
    store = make_encrypted(path, n=5)
    store.change_passphrase("tres tigres comen trigo")
    store.nationals.add(National("Ana", "Pérez"))
    store.close()
    with pytest.raises(WrongPassphraseError):
        PostStore.open(path, passphrase=PASS)
    with PostStore.open(path, passphrase="tres tigres comen trigo") as again:
        assert again.nationals.count() == 6
        assert again.audit.count(action="change_passphrase") == 1


def test_a_weak_new_passphrase_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "post.db"
    store = make_encrypted(path, n=1)
    with pytest.raises(ValidationError):
        store.change_passphrase("embajada1")
    store.close()
    PostStore.open(path, passphrase=PASS).close()


def test_a_plain_post_is_allowed_and_marked_for_training_only(tmp_path):
    store = PostStore.open(tmp_path / "demo.db", create=True)
    assert not store.encrypted
    store.save_post(Post("Demo", "GT", "Guatemala", is_training=True))
    assert "training" in store.protection_notice()
    store.close()
    real = PostStore.open(tmp_path / "real.db", create=True)
    real.save_post(Post("Real", "GT", "Guatemala"))
    assert "encrypt this post" in real.protection_notice()
    with pytest.raises(StorageError, match="not encrypted"):
        real.change_passphrase("tres tigres comen trigo")
    real.close()


def test_a_plain_post_can_be_turned_into_an_encrypted_copy(tmp_path):
    plain = PostStore.open(tmp_path / "plain.db", create=True)
    plain.nationals.add(National(NAME, "López"))
    encryption.export_encrypted(plain.db.conn, tmp_path / "enc.db", PASS)
    plain.close()
    assert NAME.encode() not in (tmp_path / "enc.db").read_bytes()
    with PostStore.open(tmp_path / "enc.db", passphrase=PASS) as store:
        assert store.nationals.get(1).given_names == NAME


def test_key_derivation_is_argon2id_and_depends_on_the_salt():
    salt = bytes(16)
    start = time.perf_counter()
    key = encryption.derive_key(PASS, salt)
    assert time.perf_counter() - start < 5
    assert len(key) == 32
    assert key == encryption.derive_key(PASS, salt)
    assert key != encryption.derive_key(PASS, bytes([1]) * 16)


def test_a_post_opened_while_a_bundle_is_attached_without_page_hmacs_keeps_its_own(tmp_path):
    import threading

    make_encrypted(tmp_path / "post.db", n=3).close()
    opened, waited = {}, {}

    def open_post():
        store = PostStore.open(tmp_path / "post.db", passphrase=PASS)
        opened["nationals"] = store.db.execute("SELECT count(*) FROM nationals").fetchone()[0]
        store.close()

    class Pausing:
        """A connection that, just before it attaches, lets another thread open a post and waits a while."""
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, params=()):
            if sql.startswith("ATTACH"):
                other = threading.Thread(target=open_post)
                other.start()
                other.join(0.5)
                waited["other"] = other
            return self.conn.execute(sql, params)

    conn = Pausing(sqlite3.connect(":memory:"))
    encryption.attach_keyed(conn, tmp_path / "bundle.db", "snap", "\"x'" + "11" * 32 + "'\"", page_hmac=False)
    waited["other"].join()
    # The post was keyed once the bundle had been: with SQLCipher's usual page HMACs, so it opened.
    assert opened == {"nationals": 3}
    assert conn.conn.execute("PRAGMA cipher_default_use_hmac").fetchone()[0] in (1, "1")
