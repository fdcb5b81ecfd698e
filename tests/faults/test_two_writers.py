"""Two programs on one post: the second writer waits, then is told plainly who holds the file; a passphrase change
and a restore refuse to start while the post is open elsewhere; a marker left by a dead process blocks nothing."""

import json
import os
import subprocess
import sys
import time

import pytest

from micic_planner.core.errors import PostBusyError
from micic_planner.storage import connection, holders
from micic_planner.storage.store import PostStore
from tests.faults.conftest import PASS, digest, make_post

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the other program is a POSIX child process")

# The other program: opens the post, and with "write" starts a write it does not finish, until told to stop.
OTHER = r"""
import sys
from micic_planner.storage.store import PostStore
store = PostStore.open(sys.argv[1], passphrase=sys.argv[3] or None)
if sys.argv[2] == "write":
    store.db.execute("BEGIN IMMEDIATE")
    store.db.execute("UPDATE nationals SET phone = '+50499000000'")
print("ready", flush=True)
sys.stdin.readline()
store.db.conn.rollback()
store.close()
"""


@pytest.fixture
def other(monkeypatch):
    """Start the other program on a post; it stops at the end of the test."""
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", 1.0)
    started = []

    def start(path, mode="open", passphrase=None):
        env = dict(os.environ, PYTHONPATH=os.getcwd())
        proc = subprocess.Popen([sys.executable, "-c", OTHER, str(path), mode, passphrase or ""], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started.append(proc)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        return proc
    yield start
    for proc in started:
        proc.communicate("stop\n", timeout=30)


def test_a_second_writer_waits_then_is_told_who_holds_the_post(post, other, cli):
    proc = other(post, "write")
    start = time.monotonic()
    code, out, err = cli("crisis", "open", "--db", post, "--title", "Eta", "--hazard", "hurricane", lang="es")
    assert time.monotonic() - start >= connection.BUSY_TIMEOUT_SECONDS  # it waited for the other writer first
    assert code == 2
    assert "Otro programa está escribiendo en este archivo del puesto" in err
    assert f"proceso {proc.pid}" in err and "este programa" not in err


def test_the_storage_api_says_the_post_is_busy(post, other):
    other(post, "write")
    with PostStore.open(post) as store, pytest.raises(PostBusyError):
        store.save_post(store.post())


def test_a_passphrase_change_refuses_while_the_post_is_open_elsewhere(tmp_path, other, cli, monkeypatch):
    post = make_post(tmp_path / "post.micic", PASS)
    proc = other(post, "open", PASS)
    before = digest(post)
    monkeypatch.setenv("MICIC_NEW_PASSPHRASE", "otra frase de paso muy larga 93")
    code, out, err = cli("passwd", post)
    assert code == 2
    assert "cannot be changed while the post is open elsewhere" in err and f"process {proc.pid}" in err
    assert digest(post) == before


def test_a_restore_refuses_while_the_post_is_open_elsewhere(post, other, cli):
    backup_made = cli("backup", post)[1].rsplit(": ", 1)[1].strip()
    proc = other(post, "open")
    code, out, err = cli("restore", backup_made, post)
    assert code == 2
    assert "cannot be restored while the post is open elsewhere" in err and f"process {proc.pid}" in err
    assert not list((post.parent / "post backups").glob("*-replaced-*"))


def test_a_marker_left_by_a_dead_process_blocks_nothing(tmp_path, cli, monkeypatch):
    post = make_post(tmp_path / "post.micic", PASS)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    marker = post.with_name(f".{post.name}.open-{os.uname().nodename}-{dead.stdout.strip()}-1")
    marker.write_text(json.dumps({"user": "ana", "host": os.uname().nodename, "pid": int(dead.stdout),
                                  "since": "2026-12-01 10:00 UTC"}), encoding="utf-8")
    monkeypatch.setenv("MICIC_NEW_PASSPHRASE", "otra frase de paso muy larga 93")
    assert cli("passwd", post)[0] == 0
    assert not marker.exists()


def test_an_open_post_is_named_with_its_user_host_and_process(post):
    with PostStore.open(post):
        found = holders.holders(post, include_self=True)
        assert len(found) == 1 and found[0].pid == os.getpid() and found[0].user
    assert holders.holders(post, include_self=True) == []


def test_a_post_is_not_encrypted_while_it_is_open_elsewhere(post, other, cli, monkeypatch):
    proc = other(post, "open")
    before = digest(post)
    monkeypatch.setenv("MICIC_NEW_PASSPHRASE", "otra frase de paso muy larga 93")
    code, out, err = cli("encrypt", post, lang="es")
    assert code == 2 and "no se puede cifrar mientras está abierto" in err and f"proceso {proc.pid}" in err
    assert digest(post) == before
