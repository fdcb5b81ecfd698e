"""Opening a post file, plain or encrypted: pragmas for durability, then pending migrations.

Every connection to a post file comes from here and uses SQLCipher's driver (`storage.driver`),
so sqlite-utils, backups and the storage layer all see the same module and its exceptions.
"""

from pathlib import Path

from sqlite_utils import Database

from micic_planner.core.errors import NotAPostError
from micic_planner.core.i18n import _
from micic_planner.storage.driver import add_functions, sqlite3
from micic_planner.storage.encryption import apply_key, check_readable
from micic_planner.storage.faults import FaultConnection, StorageErrors, explain

# Seconds a writer waits for another one to finish before it says who holds the file.
BUSY_TIMEOUT_SECONDS = 10.0
# PRAGMA application_id of a post file ("MCIP"): another program's SQLite file is never taken for a post.
APPLICATION_ID = 0x4D434950


def raw_connect(path: str | Path, key: bytes | None = None, salt: bytes | None = None, *, read_only: bool = False):
    """A driver connection to `path`, keyed when `key` is given, with the math functions.

    Faults on it become StorageErrors about `path` once it is open (`FaultConnection`).
    """
    try:
        conn = _open(path, read_only, key, salt)
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from exc
    add_functions(conn)
    return conn


def _open(path, read_only: bool, key, salt):
    if not read_only:
        return _keyed(sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS,
                                      factory=FaultConnection), key, salt)
    uri = Path(path).resolve().as_uri()
    conn = _keyed(sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False, factory=FaultConnection),
                  key, salt)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        if "unable to open" not in str(exc):
            return conn  # a wrong key or damage: the caller's check explains it
        conn.close()
    # A WAL file on a read-only disk cannot get its shared-memory file: nothing can write it, so it is
    # read as immutable (SQLite's own way for read-only media).
    return _keyed(sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False, factory=FaultConnection),
                  key, salt)


def _keyed(conn, key, salt):
    if key is not None:
        apply_key(conn, key, salt)
    return conn


def connect(path: str | Path, key: bytes | None = None, salt: bytes | None = None, *,
            read_only: bool = False, create: bool = False) -> Database:
    """One writer connection with WAL, synchronous=FULL and foreign keys on (or a reader, `read_only`).

    The file is recognised as a post (or, with `create`, as one with no tables yet) before anything is written.
    """
    try:
        conn = raw_connect(path, key, salt, read_only=read_only)
        if key is not None:
            check_readable(conn, path)
        conn.where = str(path)
        db = Database(conn, execute_plugins=False)
        try:
            recognise(db, path, create)
        except BaseException:
            conn.close()
            raise
        if not read_only:
            conn.immediate = True
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


def recognise(db: Database, path, create: bool = False) -> str:
    """'post', or 'new' for a file with no tables yet (only when `create`); refuses any other file unchanged.

    A post carries the application id; posts made before it was set are known by sqlite-utils' record
    of the post's own schema steps, and get the id from step m012.
    """
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return "post"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    if app_id == 0 and "_sqlite_migrations" in tables and "post" in tables and db.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'micic_planner'").fetchone()[0]:
        return "post"
    if app_id == 0 and not tables and create:
        return "new"
    raise NotAPostError(_("This file is not a MICIC post: it holds another program's data, or none. "
                          "It was not changed."), where=str(path),
                        hint=_("Check the path and choose the post file; to start a post, create a new one."))


def migrate(db: Database) -> None:
    from micic_planner.storage.migrations import migrations

    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise explain(getattr(db.conn, "where", None), exc) from exc


def storage_errors(path):
    """Turn driver and OS faults raised inside a `with` block into explained StorageErrors."""
    return StorageErrors(path)


def writable(path: str | Path) -> bool:
    """Whether the post file and its folder can be written (the WAL keeps two files beside the post)."""
    import os

    from micic_planner.storage.faults import READ_ONLY_ERRNOS

    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        if exc.errno in READ_ONLY_ERRNOS:
            return False
        raise explain(path, exc) from exc
    return os.access(Path(path).parent, os.W_OK)
