"""Encryption of a post file with SQLCipher: key derivation, opening, telling a wrong passphrase from damage, re-keying.

The argon2id salt is SQLCipher's own salt, the first 16 bytes of the encrypted file: a new file
gets a random salt passed with the raw key, and opening reads it back. So the file carries
everything needed to open it but the passphrase, and nothing beside it can go missing.
"""

import os
import threading
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from micic_planner.core.errors import DamagedFileError, WrongPassphraseError
from micic_planner.core.i18n import _
from micic_planner.storage.driver import sqlite3

PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
# argon2id, RFC 9106's second recommended setting lightened to keep opening under 300 ms on a
# modest laptop; the passphrase, not the cost, carries most of the strength.
TIME_COST = 2
MEMORY_KIB = 64 * 1024
PARALLELISM = 2


# Beginnings of files people mistake for a post: a zip (an XLSX, a zipped export), a PDF, an old Excel file,
# and the byte-order marks of text.
OTHER_MAGIC = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Bytes read to tell text from an encrypted post, whose first bytes are a random salt and ciphertext:
# 64 random bytes read as clean text about once in 10^25 files, so a real post is never refused.
TEXT_PROBE = 64


def file_kind(path: str | Path) -> str:
    """'missing', 'folder', 'empty', 'plain', 'encrypted', 'truncated' or 'other' (a list, a spreadsheet, a PDF:
    anything not SQLite), from the first bytes of the file."""
    path = Path(path)
    if path.is_dir():
        return "folder"
    if not path.exists():
        return "missing"
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with open(path, "rb") as f:
        head = f.read(TEXT_PROBE)
    if head.startswith(PLAIN_HEADER):
        return "plain" if size >= 512 else "truncated"
    if head.startswith(OTHER_MAGIC) or _is_text(head):
        return "other"
    # An encrypted file holds whole 4 KiB pages; anything shorter was cut off.
    return "encrypted" if size >= 4096 else "truncated"


def _is_text(head: bytes) -> bool:
    """Whether `head` reads as UTF-8 text with no control characters but tabs and line ends (a CSV, a JSON)."""
    import codecs

    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a cut last character is fine
    except UnicodeDecodeError:
        return False
    return bool(text) and all(c.isprintable() or c in "\t\r\n" for c in text)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def read_salt(path: str | Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The raw 256-bit SQLCipher key for `passphrase` and the file's salt (argon2id)."""
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=TIME_COST, memory_cost=MEMORY_KIB,
                           parallelism=PARALLELISM, hash_len=KEY_BYTES, type=Type.ID)


def key_literal(key: bytes, salt: bytes) -> str:
    """SQLCipher's raw key with explicit salt: no second derivation inside SQLCipher."""
    return f"\"x'{key.hex()}{salt.hex()}'\""


# SQLCipher's cipher defaults belong to the process, and a database takes them at the moment it is keyed.
# Every keying holds this lock, so a bundle keyed without page HMACs (`attach_keyed`) never lends that
# setting to a post file opened at the same time on another thread.
KEYING = threading.RLock()


def apply_key(conn, key: bytes, salt: bytes, schema: str = "main") -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    with KEYING:
        conn.execute(f"PRAGMA {schema}.key = {key_literal(key, salt)}")


def attach_keyed(conn, path: str | Path, schema: str, key_sql: str, *, page_hmac: bool = True) -> None:
    """ATTACH `path` as `schema` under the raw key `key_sql`; without `page_hmac`, its pages carry no HMAC.

    Only for a file whose integrity is checked whole by other means (a signed digest): SQLCipher then
    decrypts a page without hashing it, which halves what reading a post's first bundle costs.
    """
    with KEYING:
        before = conn.execute("PRAGMA cipher_default_use_hmac").fetchone()[0]
        conn.execute(f"PRAGMA cipher_default_use_hmac = {int(page_hmac)}")
        try:
            conn.execute(f"ATTACH DATABASE ? AS {schema} KEY {key_sql}", [str(path)])
        finally:
            conn.execute(f"PRAGMA cipher_default_use_hmac = {int(before)}")


def check_readable(conn, path) -> None:
    """Read the schema; on failure, say whether the passphrase is wrong or the file is damaged."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise diagnose(conn, path) from exc


def diagnose(conn, path) -> Exception:
    """With a wrong key no page verifies; with the right key on a damaged file, most pages still do."""
    try:
        failures = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    except sqlite3.DatabaseError:
        failures = -1
    pages = max(1, Path(path).stat().st_size // 4096)
    # No page of the file failing means what failed is the WAL beside it: its newest commit, a passphrase
    # change not yet folded into the file, is under another key. The file is sound; the passphrase is not that one.
    if failures <= 0 or failures >= pages:
        return WrongPassphraseError(
            _("The passphrase is not right for this post file."), where=str(path),
            hint=_("Check the keyboard layout and Caps Lock, and try again. Nothing was changed."))
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Some pages under another key and a WAL beside them: a passphrase change stopped while it was being
        # folded into the file. The WAL holds it whole; the new passphrase opens the post.
        return WrongPassphraseError(
            _("This passphrase does not open the newest state of the post file: its passphrase was changed and "
              "the change is not yet folded into the file."), where=str(path),
            hint=_("Use the new passphrase. If the passphrase was not changed, the file is damaged: restore the "
                   "latest backup of this post (micic-planner restore)."))
    return DamagedFileError(
        _("The passphrase is right, but the post file is damaged ({n} of {total} pages unreadable).").format(
            n=failures, total=pages), where=str(path),
        hint=_("Restore the latest backup of this post (micic-planner restore)."))


def rekey(conn, path, new_passphrase: str) -> None:
    """Re-encrypt the open file under a new passphrase; the salt stays, so the new key differs only by passphrase."""
    salt = read_salt(path)
    rekey_raw(conn, derive_key(new_passphrase, salt), salt)


def rekey_raw(conn, key: bytes, salt: bytes) -> None:
    """Re-encrypt the open file under the raw `key` (a one-time key, say), keeping its `salt`."""
    with KEYING:
        conn.execute(f"PRAGMA rekey = {key_literal(key, salt)}")


def export_encrypted(conn, target: str | Path, passphrase: str) -> None:
    """Write an encrypted copy of the open plain file to `target` (which must not exist)."""
    salt = new_salt()
    key = derive_key(passphrase, salt)
    attach_keyed(conn, target, "encrypted", key_literal(key, salt))
    try:
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE encrypted")


def encrypt_file(path: str | Path, passphrase: str) -> None:
    """Turn the closed plain post at `path` into an encrypted one in place; the plain file is removed once the
    encrypted copy has been checked."""
    from micic_planner.storage.connection import explain, raw_connect

    path = Path(path)
    temp = path.with_name(f".{path.name}.encrypting")
    temp.unlink(missing_ok=True)
    conn = raw_connect(path)
    try:
        export_encrypted(conn, temp, passphrase)
        conn.close()
        check = raw_connect(temp, derive_key(passphrase, read_salt(temp)), read_salt(temp))
        try:
            problems = check.execute("PRAGMA integrity_check").fetchall()
        finally:
            check.close()
        if problems != [("ok",)]:
            raise DamagedFileError(_("The encrypted copy did not pass the integrity check; nothing was changed."),
                                   where=str(path))
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(temp, path)
    except (sqlite3.DatabaseError, OSError) as exc:
        temp.unlink(missing_ok=True)
        raise explain(path, exc) from exc
    finally:
        conn.close()
