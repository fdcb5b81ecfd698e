"""Who has a post file open: one small marker file beside the post per open post, naming user, host and process.

SQLite's own locks say that the file is busy, not by whom, and they are not held between writes:
a marker lets a second writer name what holds the file, and lets a passphrase change or a restore
refuse while the post is open anywhere. A marker left by a process that died on this machine is
stale and removed when seen; one from another machine is shown with its file, so it can be deleted.
"""

import getpass
import itertools
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from micic_planner.core.i18n import _

_counter = itertools.count(1)


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: str
    marker: Path

    @property
    def is_self(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()


def _pattern(post: Path) -> str:
    return f".{post.name}.open-*"


def hold(post: Path, user: str = "") -> Path | None:
    """Leave a marker that this process has `post` open; None when the folder cannot be written (read-only)."""
    post = Path(post)
    marker = post.with_name(f".{post.name}.open-{socket.gethostname()}-{os.getpid()}-{next(_counter)}")
    record = {"user": user or _login(), "host": socket.gethostname(), "pid": os.getpid(),
              "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    try:
        marker.write_text(json.dumps(record), encoding="utf-8")
    except OSError:
        return None
    return marker


def release(marker: Path | None) -> None:
    if marker is not None:
        try:
            marker.unlink(missing_ok=True)
        except OSError:
            pass


def holders(post: Path, include_self: bool = False) -> list[Holder]:
    """Who else has `post` open now (and this process too with `include_self`); stale markers are removed."""
    post = Path(post)
    found = []
    try:
        markers = sorted(post.parent.glob(_pattern(post)))
    except OSError:
        return []
    for marker in markers:
        try:
            record = json.loads(marker.read_text(encoding="utf-8"))
            holder = Holder(str(record["user"]), str(record["host"]), int(record["pid"]), str(record["since"]),
                            marker)
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if holder.host == socket.gethostname() and not _alive(holder.pid):
            release(marker)
            continue
        if include_self or not holder.is_self:
            found.append(holder)
    return found


def describe(found: list[Holder]) -> str:
    """'ana on LAPTOP-3 (process 4121, since 2026-12-03 10:02 UTC)', one per holder; this program says so."""
    parts = []
    for h in found:
        if h.is_self:
            parts.append(_("this program"))
        else:
            parts.append(_("{user} on {host} (process {pid}, since {since})").format(
                user=h.user, host=h.host, pid=h.pid, since=h.since))
    return "; ".join(parts)


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
