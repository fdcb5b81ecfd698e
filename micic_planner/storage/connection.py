"""Opening a post file: pragmas for durability, then pending migrations."""

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from micic_planner.core.errors import DamagedFileError, StorageError
from micic_planner.core.i18n import _


def connect(path: str | Path) -> Database:
    """One writer connection with WAL, synchronous=FULL and foreign keys on."""
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        db = Database(conn, execute_plugins=False)
        # WAL lets readers go on during a long write; FULL makes each commit survive a power cut.
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA cache_size=-65536")
        db.execute("PRAGMA temp_store=MEMORY")
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
    return db


def _explain(path, exc: Exception) -> StorageError:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return DamagedFileError(_("This file is not a MICIC post file, or it is damaged."), where=str(path),
                                hint=_("Restore the latest backup of this post."))
    if "readonly" in text or "unable to open" in text:
        return StorageError(_("The post file cannot be opened for writing."), where=str(path),
                            hint=_("Check that the folder exists and that you may write to it."))
    if "disk" in text and "full" in text:
        return StorageError(_("The disk is full; nothing was written."), where=str(path),
                            hint=_("Free some space and try again."))
    return StorageError(text, where=str(path))


def migrate(db: Database) -> None:
    from micic_planner.storage.migrations import migrations

    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise _explain(db.conn, exc) from exc


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
            raise _explain(self.path, exc) from exc
        return False
