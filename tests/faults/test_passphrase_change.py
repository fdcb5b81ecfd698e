"""A passphrase change and its audit entry reach the file in one commit: killed at any moment, or failing between
its steps, the post opens either with the old passphrase and no entry, or with the new one and its entry."""

import os
import random
import select
import signal
import subprocess
import sys
import time

import pytest

from micic_planner.core.errors import WrongPassphraseError
from micic_planner.storage.audit import AuditLog
from micic_planner.storage.store import PostStore
from tests.faults.conftest import PASS, make_post

NEW = "otra frase de paso muy larga 93"
RUNS = 12

CHANGE = r"""
import sys
from micic_planner.storage.store import PostStore
store = PostStore.open(sys.argv[1], passphrase=sys.argv[2])
print("ready", flush=True)
store.change_passphrase(sys.argv[3])
print("done", flush=True)
store.close()
"""


def _state(path) -> tuple[str, int]:
    """Which passphrase opens the post, and how many passphrase changes its audit log holds."""
    for name, passphrase in (("old", PASS), ("new", NEW)):
        try:
            with PostStore.open(path, passphrase=passphrase) as store:
                assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                return name, store.audit.count(action="change_passphrase")
        except WrongPassphraseError:
            continue
    raise AssertionError("neither passphrase opens the post")


def _change_and_kill(path, delay: float) -> bool:
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    proc = subprocess.Popen([sys.executable, "-c", CHANGE, str(path), PASS, NEW], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    ready, _, _ = select.select([proc.stdout], [], [], delay)
    done = bool(ready) and proc.stdout.readline().strip() == "done"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    return done


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_passphrase_change_keeps_the_entry_and_the_passphrase_together(tmp_path):
    template = make_post(tmp_path / "template.micic", PASS, nationals=400)
    start = time.monotonic()
    copy = tmp_path / "calibrate.micic"
    copy.write_bytes(template.read_bytes())
    assert _change_and_kill(copy, 30.0)
    seconds = time.monotonic() - start
    rng = random.Random(12)
    outcomes = set()
    for run in range(RUNS):
        path = tmp_path / f"post{run}.micic"
        path.write_bytes(template.read_bytes())
        done = _change_and_kill(path, rng.uniform(0.0, 1.3 * seconds))
        state = _state(path)
        assert state in (("old", 0), ("new", 1))
        if done:
            assert state == ("new", 1)
        outcomes.add(state[0])
    assert outcomes == {"old", "new"}, "the kills should land both before and after the commit"


def test_when_the_audit_entry_cannot_be_written_the_passphrase_is_not_changed(tmp_path, monkeypatch):
    path = make_post(tmp_path / "post.micic", PASS)
    real = AuditLog.record

    def failing(self, action, *args, **kwargs):
        if action == "change_passphrase":
            raise OSError("the audit entry could not be written")
        return real(self, action, *args, **kwargs)
    monkeypatch.setattr(AuditLog, "record", failing)
    with PostStore.open(path, passphrase=PASS) as store, pytest.raises(OSError):
        store.change_passphrase(NEW)
    monkeypatch.setattr(AuditLog, "record", real)
    assert _state(path) == ("old", 0)


def test_a_finished_passphrase_change_has_its_entry(tmp_path):
    path = make_post(tmp_path / "post.micic", PASS)
    with PostStore.open(path, passphrase=PASS) as store:
        store.change_passphrase(NEW)
    assert _state(path) == ("new", 1)


def test_the_old_passphrase_on_a_change_still_in_the_wal_is_called_wrong_not_damaged(tmp_path):
    import shutil

    path = make_post(tmp_path / "post.micic", PASS)
    copy = tmp_path / "copy.micic"
    with PostStore.open(path, passphrase=PASS) as store:
        store.change_passphrase(NEW)
        shutil.copyfile(path, copy)  # as a kill leaves it: the change committed in the WAL, not yet in the file
        shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
    with pytest.raises(WrongPassphraseError):
        PostStore.open(copy, passphrase=PASS)
    assert _state(copy) == ("new", 1)
