"""Opening a post file, plain or encrypted: pragmas for durability, then pending migrations.

Every connection to a post file comes from here and uses SQLCipher's driver (`storage.driver`),
so sqlite-utils, backups and the storage layer all see the same module and its exceptions.
"""

import errno
from pathlib import Path

from sqlite_utils import Database

from micic_planner.core.errors import DamagedFileError, StorageError
from micic_planner.core.i18n import _
from micic_planner.storage.driver import add_functions, sqlite3
from micic_planner.storage.encryption import apply_key, check_readable


def raw_connect(path: str | Path, key: bytes | None = None, salt: bytes | None = None):
    """A driver connection to `path`, keyed when `key` is given, with the math functions."""
    conn = sqlite3.connect(str(path), check_same_thread=False)
    if key is not None:
        apply_key(conn, key, salt)
    add_functions(conn)
    return conn


def connect(path: str | Path, key: bytes | None = None, salt: bytes | None = None) -> Database:
    """One writer connection with WAL, synchronous=FULL and foreign keys on."""
    try:
        conn = raw_connect(path, key, salt)
        if key is not None:
            check_readable(conn, path)
        db = Database(conn, execute_plugins=False)
        # WAL lets readers go on during a long write; FULL makes each commit survive a power cut.
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        # An encrypted page is decrypted and verified on every read from disk: a larger cache keeps
        # searching and paging a large registry close to the speed of a plain file (bench_encryption).
        db.execute(f"PRAGMA cache_size={-262144 if key is not None else -65536}")
        db.execute("PRAGMA temp_store=MEMORY")
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from exc
    return db


def explain(path, exc: Exception) -> StorageError:
    """A StorageError that says, in the user's language, what a driver or OS error means."""
    text = str(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        text = "disk is full"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DamagedFileError(_("This file is not a MICIC post file, or it is damaged."), where=str(path),
                                hint=_("Restore the latest backup of this post."))
    if "readonly" in text or "read-only" in text or "unable to open" in text or isinstance(exc, PermissionError):
        return StorageError(_("The post file cannot be opened for writing."), where=str(path),
                            hint=_("Check that the folder exists and that you may write to it."))
    if "disk" in text and "full" in text:
        return StorageError(_("The disk is full; nothing was written."), where=str(path),
                            hint=_("Free some space and try again."))
    if "disk I/O error" in text:
        return StorageError(_("The disk could not be written or read; nothing more was written."), where=str(path),
                            hint=_("Check the disk or memory stick, free some space, and try again."))
    return StorageError(text, where=str(path))


def migrate(db: Database) -> None:
    from micic_planner.storage.migrations import migrations

    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise explain(db.conn, exc) from exc


def storage_errors(path):
    """Turn sqlite errors raised inside a `with` block into explained StorageErrors."""
    return _StorageErrors(path)


class _StorageErrors:
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None and isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
            raise explain(self.path, exc) from exc
        return False
