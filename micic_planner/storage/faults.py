"""The one place where storage faults become plain messages: a driver or OS error in, a StorageError out.

Every connection the storage layer opens on a post translates them as its statements run (`FaultConnection`),
so a locked, read-only, full, foreign or damaged file reaches the CLI and the window as a
StorageError subclass that says what, where and what to do, in the user's language. The fronts
pass whatever still escapes (a row read from a cursor, an OSError writing an output) through
`explain` too, so no storage fault ends in a traceback.

A translated driver error is also an instance of the driver's own exception class, so code that
catches `sqlite3.OperationalError` (sqlite-utils, our own fallbacks) keeps working.
"""

import errno
import shutil
from functools import cache
from pathlib import Path

from micic_planner.core.errors import (
    DamagedFileError,
    DiskFullError,
    MicicError,
    NotAPostError,
    PostBusyError,
    ReadOnlyError,
    StorageError,
)
from micic_planner.core.i18n import _
from micic_planner.storage.driver import sqlite3

READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# Less room than this on the disk of a file that failed to be written means the disk is full.
FULL_BELOW_BYTES = 256 * 1024


def is_fault(exc: BaseException) -> bool:
    """A fault of the file or the disk, not of the program: worth a plain message, never a traceback."""
    if isinstance(exc, MicicError):
        return False
    if isinstance(exc, OSError):
        return exc.errno in READ_ONLY_ERRNOS | {errno.ENOSPC, errno.EDQUOT, errno.EISDIR, errno.EIO, errno.ENOENT,
                                                errno.ENOTDIR}
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
        return _kind(str(exc)) is not None
    return False


def _kind(text: str) -> str | None:
    text = text.lower()
    for kind, marks in (("busy", ("database is locked", "database is busy", "database table is locked")),
                        ("readonly", ("readonly", "read-only")),
                        ("full", ("database or disk is full", "disk is full", "no space left")),
                        ("foreign", ("not a database",)),
                        ("damaged", ("malformed", "corrupt")),
                        ("io", ("disk i/o error",)),
                        ("cannot_open", ("unable to open",))):
        if any(mark in text for mark in marks):
            return kind
    return None


def _os_kind(exc: OSError) -> str | None:
    return {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "readonly", errno.EACCES: "readonly",
            errno.EPERM: "readonly", errno.EISDIR: "folder", errno.EIO: "io", errno.ENOENT: "missing",
            errno.ENOTDIR: "missing"}.get(exc.errno)


def explain(where, exc: BaseException) -> StorageError:
    """A StorageError that says, in the user's language, what a driver or OS error means for the file `where`."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        where = exc.filename or where
        kind = _os_kind(exc)
    else:
        kind = _kind(str(exc))
    where = str(where) if where is not None else None
    if kind in ("io", "cannot_open") and where and _disk_full(Path(where)):
        kind = "full"  # SQLite reports a full disk met while growing its shared-memory file as an I/O error
    error = _message(kind, where, exc)
    return _as_driver_error(error, exc)


def _disk_full(where: Path) -> bool:
    folder = where if where.is_dir() else where.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def _message(kind: str | None, where: str | None, exc: BaseException) -> StorageError:
    if kind == "busy":
        from micic_planner.storage.holders import describe, holders

        held = holders(Path(where)) if where else []
        return PostBusyError(
            (_("Another program is writing to this post file, so nothing was changed.")
             + (" " + _("It is open by: {holders}.").format(holders=describe(held)) if held else "")),
            where=where, hint=_("Wait until it has finished, or close the post there, then try again."))
    if kind == "readonly":
        return ReadOnlyError(_("The file or its folder is read-only: nothing could be written, nothing was changed."),
                             where=where, hint=_("Copy the post to a folder you may write to (not a CD, a locked "
                                                 "memory stick or a read-only share), or ask for write access."))
    if kind == "full":
        return DiskFullError(_("The disk is full; nothing was changed."), where=where,
                             hint=_("Free some space on the disk (or choose another disk), then try again."))
    if kind == "damaged":
        return DamagedFileError(_("The post file is damaged: part of it cannot be read. Nothing was changed."),
                                where=where, hint=_("Run micic-planner check on it; if it is damaged, restore the "
                                                    "latest backup of this post."))
    if kind == "foreign":
        return DamagedFileError(_("This file is not a MICIC post file, or it is damaged."), where=where,
                                hint=_("Run micic-planner check on it; if it is damaged, restore the latest "
                                       "backup of this post."))
    if kind == "folder":
        return folder_error(where)
    if kind == "missing":
        return StorageError(_("There is no such file or folder."), where=where,
                            hint=_("Check the path and try again."))
    if kind == "cannot_open":
        return StorageError(_("The post file cannot be opened for writing."), where=where,
                            hint=_("Check that the folder exists and that you may write to it."))
    if kind == "io":
        return StorageError(_("The disk could not be written or read; nothing more was written."), where=where,
                            hint=_("Check the disk or memory stick, free some space, and try again."))
    return StorageError(str(exc), where=where)


def folder_error(where) -> NotAPostError:
    return NotAPostError(_("This is a folder, not a post file."), where=str(where),
                         hint=_("Choose the post file inside it (it ends in .db or .micic)."))


def not_a_post_file(where) -> NotAPostError:
    """A list, spreadsheet or document opened as a post: it is not damaged, it is another kind of file."""
    return NotAPostError(_("This is not a post file: it is a list, a spreadsheet or another document. "
                           "It was not changed."), where=str(where),
                         hint=_("To bring a list of nationals in, open the post and use Import (in the window: "
                                "File, Import nationals…; at the command line: micic-planner import --db POST FILE)."))


@cache
def _both(storage_class: type, driver_class: type) -> type:
    return type(storage_class.__name__, (storage_class, driver_class), {"__module__": storage_class.__module__})


def _as_driver_error(error: StorageError, exc: BaseException) -> StorageError:
    """The same error, also an instance of the driver's exception class when it came from the driver."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return error
    both = _both(type(error), type(exc))(error.message, where=error.where, hint=error.hint)
    return both


class StorageErrors:
    """Within the block, driver and OS faults become explained StorageErrors about `where`."""

    def __init__(self, where):
        self.where = where

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None and is_fault(exc):
            raise explain(self.where, exc) from exc
        return False


def _translating(method):
    def call(self, *args):
        try:
            return method(self, *args)
        except (sqlite3.DatabaseError, OSError) as exc:
            if self.where is None or not is_fault(exc):
                raise
            raise explain(self.where, exc) from exc
    call.__name__ = method.__name__
    return call


_execute = sqlite3.Connection.execute


class FaultConnection(sqlite3.Connection):
    """A driver connection that turns faults into StorageErrors about its file, once `where` is set.

    Statements are translated where they run; a fault met later, reading rows from a cursor, reaches
    the fronts raw and they pass it through `explain` (wrapping every row read would slow large lists).
    """

    where = None
    # The post's writer connection takes the write lock when a transaction begins, not at its first write:
    # a second writer then waits the busy timeout for the first, instead of failing at once when a transaction
    # that began by reading tries to write (SQLite cannot wait there without risking a deadlock).
    immediate = False

    def execute(self, sql, parameters=(), /):
        if self.immediate and sql == "BEGIN":
            sql = "BEGIN IMMEDIATE"
        try:
            return _execute(self, sql, parameters)
        except (sqlite3.DatabaseError, OSError) as exc:
            if self.where is None or not is_fault(exc):
                raise
            raise explain(self.where, exc) from exc

    executemany = _translating(sqlite3.Connection.executemany)
    executescript = _translating(sqlite3.Connection.executescript)
    commit = _translating(sqlite3.Connection.commit)
