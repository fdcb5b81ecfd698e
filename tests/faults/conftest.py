"""Fixtures of the fault suite: a small post, the CLI run in-process, and small or read-only disks.

The disks are real where this machine permits (a tmpfs mounted under the test's folder, as root on
Linux): a full disk is a small tmpfs filled up, a read-only post sits on a tmpfs remounted read-only.
Where mounting is not permitted those tests are skipped, and the injected-error tests beside them
still run. Running as root, chmod cannot make a file read-only, so it is never used.
"""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from micic_planner.cli import main
from micic_planner.core import i18n
from micic_planner.storage.store import PostStore
from tests.crisis_fixture import build_post

PASS = "marimba volcán lluvia 47"


def digest(path: Path) -> str:
    """The bytes of a post and of its WAL, so "unchanged" means unchanged."""
    h = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            h.update(part.read_bytes())
    return h.hexdigest()


def make_post(path: Path, passphrase: str | None = None, nationals: int = 12) -> Path:
    with PostStore.open(path, create=True, passphrase=passphrase) as store:
        build_post(store, nationals)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def post(tmp_path) -> Path:
    return make_post(tmp_path / "post.micic")


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run the CLI in-process: (exit status, stdout, stderr); a traceback fails the test where it happens."""
    monkeypatch.setenv("MICIC_PASSPHRASE", PASS)

    def run(*args: str, lang: str = "en"):
        code = main(["--lang", lang, *map(str, args)])
        out, err = capsys.readouterr()
        i18n.set_language("en")
        assert "Traceback" not in out + err
        return code, out, err
    return run


def _mount(*args: str) -> bool:
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


class Disk:
    def __init__(self, folder: Path, size_kb: int):
        self.folder = folder
        folder.mkdir()
        if not _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)):
            folder.rmdir()
            pytest.skip("mounting a small file system is not permitted here")

    def fill(self, leave_kb: int = 0) -> None:
        """Fill the disk, leaving about `leave_kb` free."""
        filler = self.folder / "filler"
        with open(filler, "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 4096)
            except OSError:
                pass
        if leave_kb:
            with open(filler, "r+b") as f:
                f.truncate(max(0, filler.stat().st_size - leave_kb * 1024))

    def unmount_filler(self) -> None:
        """Give the room back, so the post can be opened and compared."""
        (self.folder / "filler").unlink(missing_ok=True)

    def read_only(self) -> None:
        assert _mount("-o", "remount,ro", str(self.folder))

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.folder)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MB file system of the test's own, filled by the test when it wants it full."""
    disk = Disk(tmp_path / "disk", 16384)
    yield disk
    disk.unmount()
