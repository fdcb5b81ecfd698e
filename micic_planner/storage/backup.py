"""Backups of a post file: copied byte for byte under a read snapshot to a temporary name, checked, then renamed.

A backup is encrypted like its post (same key and salt), so every copy of the data stays
protected. Each backup runs on a connection of its own, so it can run off the window's thread
while editing goes on (WAL lets the writer continue).

The copy is of the file's bytes, not through SQLite's backup API: an encrypted page copied as it
is stays valid under the same key and salt, so nothing is decrypted and encrypted again (at
1,000,000 nationals: under 1 s instead of 5 s). A read transaction held during the copy stops
any checkpoint from writing into the file what that snapshot still needs from the WAL; the WAL is
copied after the file, and opening the copy replays it (SQLite's own recovery, which stops at
the last whole commit), so the copy holds every commit up to some moment during the copy.
"""

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from micic_planner.core.errors import DamagedFileError, StorageError
from micic_planner.core.i18n import _
from micic_planner.storage.connection import explain, raw_connect, writable
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.encryption import check_readable, derive_key, file_kind, read_salt
from micic_planner.storage.faults import folder_error, not_a_post_file
from micic_planner.storage.holders import _alive

# Backups being written by this process now: their .part files are not stale.
_writing: set[Path] = set()

DEFAULT_KEEP = 10
# Past this size a backup is verified with quick_check (every page and record, not the index contents),
# which keeps the backup of a 1,000,000-national post within seconds; `micic-planner check` runs the full check.
FULL_CHECK_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class Policy:
    every_minutes: int = 10
    keep: int = DEFAULT_KEEP
    folder: str = ""


def default_folder(post: Path) -> Path:
    return post.parent / f"{post.stem} backups"


def read_policy(db) -> Policy:
    row = db.execute("SELECT backup_every_minutes, backup_keep, backup_folder FROM protection_settings").fetchone()
    return Policy(*row) if row else Policy()


def save_policy(db, policy: Policy) -> None:
    with db.atomic():
        db.execute("UPDATE protection_settings SET backup_every_minutes = ?, backup_keep = ?, backup_folder = ?",
                   [policy.every_minutes, policy.keep, policy.folder])


def backups_in(folder: Path, post: Path) -> list[Path]:
    """The finished backups of `post` in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{post.stem}-*{post.suffix}") if p.is_file() and "-replaced-" not in p.name]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def integrity_problems(path: Path, key: tuple[bytes, bytes] | None, quick: bool = False) -> list[str]:
    """What `PRAGMA integrity_check` (or `quick_check`) finds wrong in the file at `path`; empty when it is sound."""
    conn = raw_connect(path, *(key or (None, None)), read_only=not writable(path))
    try:
        if key:
            check_readable(conn, path)
        rows = [r[0] for r in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from exc
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def make_backup(post: Path, key: tuple[bytes, bytes] | None, folder: Path | None = None,
                keep: int = DEFAULT_KEEP) -> Path:
    """Copy the post to `folder`, check the copy, then give it its final name and drop the oldest beyond `keep`."""
    post = Path(post)
    folder = Path(folder) if folder else default_folder(post)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(folder, exc) from exc
    final = folder / f"{post.stem}-{_stamp()}{post.suffix}"
    n = 1
    while final.exists():
        n += 1
        final = folder / f"{post.stem}-{_stamp()}-{n}{post.suffix}"
    _remove_stale_parts(folder, post)
    temp = folder / f".{final.name}.{os.getpid()}.part"
    _writing.add(temp)
    try:
        _copy_snapshot(post, temp, key)
        problems = integrity_problems(temp, key, quick=temp.stat().st_size > FULL_CHECK_BYTES)
        if problems:
            raise DamagedFileError(_("The backup copy did not pass the integrity check: {detail}").format(
                detail="; ".join(problems[:3])), where=str(post), hint=_("Run micic-planner check on the post."))
        _fsync(temp)
        os.replace(temp, final)
    except (sqlite3.DatabaseError, OSError) as exc:
        _remove(temp)
        raise _cannot_write(folder, exc) from exc
    except BaseException:
        _remove(temp)
        raise
    finally:
        _writing.discard(temp)
    for old in backups_in(folder, post)[max(1, keep):]:
        old.unlink(missing_ok=True)
    return final


def _copy_snapshot(post: Path, temp: Path, key: tuple[bytes, bytes] | None) -> None:
    """Copy `post` and its WAL to `temp` under a read snapshot, then fold the copied WAL into the copy."""
    reader = raw_connect(post, *(key or (None, None)), read_only=not writable(post))
    try:
        if key:
            check_readable(reader, post)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        shutil.copyfile(post, temp)
        wal = post.with_name(post.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, temp.with_name(temp.name + "-wal"))
    finally:
        reader.close()
    copy = raw_connect(temp, *(key or (None, None)))
    try:
        # Replays the copied WAL, writes it into the file and removes it: the backup is one file.
        copy.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        copy.close()


def _remove_stale_parts(folder: Path, post: Path) -> None:
    """Remove what killed backups of `post` left: .part files of processes that are gone (or of this one, not
    being written now); a backup another program is writing at this moment is left alone."""
    for part in folder.glob(f".{post.stem}-*{post.suffix}*.part*"):
        base = part.name[:part.name.rindex(".part")]
        pid = base.rpartition(".")[2]
        if folder / f"{base}.part" in _writing or (pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid))):
            continue
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass


def _remove(temp: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        temp.with_name(temp.name + suffix).unlink(missing_ok=True)


def _cannot_write(folder: Path, exc: Exception) -> StorageError:
    error = explain(folder, exc)
    if type(error) is StorageError and "full" not in error.message:
        return StorageError(_("The backup could not be written; the post file is unchanged."), where=str(folder),
                            hint=_("Check that the backup folder exists, that you may write to it, and that the "
                                   "disk has room. Detail: {detail}").format(detail=exc))
    return error


def key_for(path: Path, passphrase: str | None) -> tuple[bytes, bytes] | None:
    """The key that opens `path` with `passphrase`, or None for a plain file."""
    if file_kind(path) != "encrypted":
        return None
    salt = read_salt(path)
    return derive_key(passphrase or "", salt), salt


def check_backup(backup: Path, passphrase: str | None = None) -> None:
    """Refuse a backup that is missing, cut short, damaged or not a post."""
    backup = Path(backup)
    kind = file_kind(backup)
    if kind == "folder":
        raise folder_error(backup)
    if kind == "other":
        raise not_a_post_file(backup)
    if kind in ("missing", "empty", "truncated"):
        raise DamagedFileError(_("This backup is missing, empty or cut short."), where=str(backup),
                               hint=_("Choose an older backup."))
    key = key_for(backup, passphrase)
    problems = integrity_problems(backup, key)
    if problems:
        raise DamagedFileError(_("This backup is damaged: {detail}").format(detail="; ".join(problems[:3])),
                               where=str(backup), hint=_("Choose an older backup."))
    check_is_post(backup, key)


def check_is_post(path: Path, key: tuple[bytes, bytes] | None) -> None:
    """Raise NotAPostError unless the sound file at `path` is a post or a backup of one; nothing is written."""
    from sqlite_utils import Database

    from micic_planner.storage.connection import recognise

    conn = raw_connect(path, *(key or (None, None)), read_only=True)
    try:
        recognise(Database(conn), path)
    finally:
        conn.close()


def restore(backup: Path, post: Path, passphrase: str | None = None, user: str = "") -> Path | None:
    """Put `backup` in the place of `post` (which must be closed); the file it replaces is moved aside, not deleted.

    The restored file records the restore in its audit log before it takes the post's place.
    Returns where the replaced file went, or None if there was none. The caller checks who may
    restore and that the post is not open (`PostStore.restore_backup`).
    """
    backup, post = Path(backup), Path(post)
    check_backup(backup, passphrase)
    aside = None
    temp = post.with_name(f".{post.name}.restore.part")
    try:
        shutil.copyfile(backup, temp)
        _record_restore(temp, key_for(backup, passphrase), backup, user)
        _fsync(temp)
        if post.exists():
            folder = default_folder(post)
            folder.mkdir(parents=True, exist_ok=True)
            aside = folder / f"{post.stem}-replaced-{_stamp()}{post.suffix}"
            for suffix in ("-wal", "-shm"):
                side = post.with_name(post.name + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
            os.replace(post, aside)
        os.replace(temp, post)
    except (OSError, sqlite3.DatabaseError) as exc:
        _remove(temp)
        raise _cannot_write(post.parent, exc) from exc
    return aside


def _record_restore(copy: Path, key, backup: Path, user: str) -> None:
    from sqlite_utils import Database

    from micic_planner.storage.audit import AuditLog

    conn = raw_connect(copy, *(key or (None, None)))
    try:
        AuditLog(Database(conn), user=lambda: user).record("restore", {"backup": backup.name})
    finally:
        conn.close()
