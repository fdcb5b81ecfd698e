"""One way to write an output file: beside the target under a hidden name, renamed into place only when whole.

Every export writes through `AtomicOutput`, so a full disk, a refused folder or a crash never leaves a
half file under the name the person chose, and every temporary file (openpyxl's too) stays beside the
target and is removed on every failure. OS errors come out as a plain `StorageError`.
"""

import errno
import glob
import os
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from micic_planner.core.errors import MicicError, StorageError
from micic_planner.core.i18n import _

PREFIX = ".micic-"
_TEMPDIR_LOCK = threading.RLock()
# A folder left by a killed export (it may hold plaintext rows) is removed by the next export of that name.
STALE_SECONDS = 3600


def explain_os_error(exc: OSError, path) -> StorageError:
    """A plain message for an OS error met while writing `path`."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(_("The disk is full; nothing was written and nothing was changed."), where=str(path),
                            hint=_("Free some space, or choose another disk, and try again."))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return StorageError(_("This folder may not be written to; nothing was written."), where=str(path),
                            hint=_("Choose a folder you may write to."))
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageError(_("This folder does not exist; nothing was written."), where=str(path),
                            hint=_("Choose an existing folder."))
    return StorageError(_("The file cannot be written: {reason}").format(reason=exc.strerror or exc),
                        where=str(path), hint=_("Choose another folder and try again."))


class AtomicOutput:
    """A private folder beside `target` for everything written on the way; `commit` renames the result in."""

    def __init__(self, target: str | Path):
        self.target = Path(target)
        self.folder: Path | None = None
        self.committed = False

    @property
    def path(self) -> Path:
        """Where the finished file is written before it takes the target's name."""
        return self.folder / self.target.name

    def scratch(self, name: str) -> Path:
        """Another temporary file in the private folder (removed with it)."""
        return self.folder / name

    def __enter__(self) -> "AtomicOutput":
        parent = self.target.parent
        if self.target.is_dir():
            raise StorageError(_("This is a folder, not a file name."), where=str(self.target),
                               hint=_("Give the name of the file to write."))
        self._remove_stale(parent)
        name = f"{PREFIX}{self.target.name}.{secrets.token_hex(4)}.part"
        try:
            self.folder = parent / name
            self.folder.mkdir(mode=0o700)
        except OSError as exc:
            self.folder = None
            raise explain_os_error(exc, self.target) from None
        return self

    def _remove_stale(self, parent: Path) -> None:
        try:
            left = list(parent.glob(f"{glob.escape(PREFIX + self.target.name)}.*.part"))
        except OSError:
            return
        for folder in left:
            try:
                if time.time() - folder.stat().st_mtime > STALE_SECONDS:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError:
                pass

    def commit(self) -> None:
        """Rename the finished file onto the target (atomic on one file system)."""
        try:
            with open(self.path, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(self.path, self.target)
        except OSError as exc:
            raise explain_os_error(exc, self.target) from None
        self.committed = True

    def withdraw(self) -> None:
        """Remove the target again after `commit`, when what had to go with it failed."""
        if self.committed:
            self.target.unlink(missing_ok=True)
            self.committed = False

    def __exit__(self, exc_type, exc, tb):
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise explain_os_error(exc, self.target) from None
        if isinstance(exc, MicicError) and self.folder is not None and str(self.folder) in (exc.where or ""):
            exc.where = str(self.target)  # the person chose the target; the temporary name means nothing to them
        return False


@contextmanager
def temporary_files_in(folder: Path):
    """Within the block, Python's temporary files (openpyxl's sheets) go into `folder`, not the shared /tmp.

    `tempfile.tempdir` is global, so writers that use it take turns.
    """
    with _TEMPDIR_LOCK:
        before = tempfile.tempdir
        tempfile.tempdir = str(folder)
        try:
            yield
        finally:
            tempfile.tempdir = before


def write_atomically(target: str | Path, write: Callable[[Path], object], publish: Callable | None = None):
    """Call `write(temp_path)`, then put the file in place: `publish(output)` when given (which records it
    and calls `output.commit()` in the same step), else `output.commit()`; returns what `write` returned."""
    with AtomicOutput(target) as output:
        with temporary_files_in(output.folder):
            result = write(output.path)
        (publish or AtomicOutput.commit)(output)
    return result
