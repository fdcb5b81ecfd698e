"""A power cut in the middle of editing, simulated by a file system that forgets unsynced writes
(tests/faults/lossy_fs.py): the post opens, passes the integrity check, and keeps every change whose
save had returned. Needs FUSE (/dev/fuse and libfuse3); skipped where the machine has neither."""

import ctypes.util
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from micic_planner.core.models import Post
from micic_planner.storage.store import PostStore

ROOT = Path(__file__).resolve().parents[2]
PASS = "marimba volcán lluvia 47"
RUNS = 6


def _fuse_usable() -> bool:
    if sys.platform != "linux" or not os.access("/dev/fuse", os.R_OK | os.W_OK) or not shutil.which("fusermount3"):
        return False
    try:
        import mfusepy  # noqa: F401
    except (ImportError, OSError):
        return False
    return bool(ctypes.util.find_library("fuse3") or ctypes.util.find_library("fuse"))


pytestmark = [pytest.mark.slow, pytest.mark.skipif(not _fuse_usable(), reason="FUSE is not available here")]

CHILD = r"""
import sys
from micic_planner.core.models import National
from micic_planner.storage.store import PostStore
path, synchronous = sys.argv[1], sys.argv[2]
store = PostStore.open(path, passphrase=sys.argv[3])
store.db.execute(f"PRAGMA synchronous={synchronous}")
print("ready", flush=True)
i = 0
while True:
    store.nationals.add(National(f"Saved {i}", "Pérez"))
    print(i, flush=True)  # the save has returned: the officer was told it is kept
    i += 1
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("power") / "post.db"
    store = PostStore.open(path, create=True, passphrase=PASS)
    store.save_post(Post("Consulado", "GT", "Guatemala"))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def _mount(backing: Path, mountpoint: Path, seed: int, keep: float) -> subprocess.Popen:
    fs = subprocess.Popen([sys.executable, "-m", "tests.faults.lossy_fs", str(backing), str(mountpoint), str(seed),
                           str(keep)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while not os.path.ismount(mountpoint):
        assert fs.poll() is None and time.monotonic() < deadline, fs.stderr.read() if fs.poll() is not None else ""
        time.sleep(0.05)
    return fs


def _edit_then_cut_power(template: Path, folder: Path, seed: int, keep: float, synchronous: str) -> tuple[Path, int]:
    """Edit on the lossy file system, kill the writer after a random delay, cut the power; returns the
    post's backing path and how many saves had returned."""
    backing, mountpoint = folder / "disk", folder / "mnt"
    backing.mkdir()
    mountpoint.mkdir()
    shutil.copy(template, backing / "post.db")
    fs = _mount(backing, mountpoint, seed, keep)
    acknowledged = -1
    try:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(mountpoint / "post.db"), synchronous, PASS],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        deadline = time.monotonic() + random.Random(seed).uniform(0.5, 2.0)
        while time.monotonic() < deadline and child.poll() is None:
            ready, _, _ = select.select([child.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if ready and (line := child.stdout.readline().strip()):
                acknowledged = int(line)
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        subprocess.run(["fusermount3", "-u", str(mountpoint)], check=False)
        fs.wait(timeout=30)
    assert fs.returncode == 0, fs.stderr.read()
    return backing / "post.db", acknowledged + 1


def _saved(path: Path) -> set[str]:
    store = PostStore.open(path, passphrase=PASS)
    try:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in store.db.execute("SELECT given_names FROM nationals")}
    finally:
        store.close()


@pytest.mark.parametrize("run", range(RUNS))
def test_a_power_cut_while_editing_keeps_every_save_that_had_returned(template, tmp_path, run):
    keep = (0.0, 0.5, 1.0)[run % 3]  # nothing unsynced survives, some of it, or all of it
    path, acknowledged = _edit_then_cut_power(template, tmp_path, seed=run, keep=keep, synchronous="FULL")
    assert acknowledged > 0
    saved = _saved(path)
    assert {f"Saved {i}" for i in range(acknowledged)} <= saved


def test_the_simulated_power_cut_does_lose_saves_that_were_never_synced(template, tmp_path):
    # The harness itself: without syncing, returned saves are lost, so the test above can fail.
    path, acknowledged = _edit_then_cut_power(template, tmp_path, seed=99, keep=0.0, synchronous="OFF")
    assert acknowledged > 0
    assert not {f"Saved {i}" for i in range(acknowledged)} <= _saved(path)
