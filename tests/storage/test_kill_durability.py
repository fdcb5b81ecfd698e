"""SIGKILL at random moments during a large import and during editing: the file opens, passes the
integrity check, holds the import whole or not at all, and loses nothing committed before."""

import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time

import pytest

from micic_planner.core.models import Post
from micic_planner.storage.store import PostStore

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]
RUNS = 20
BASE = 1000
IMPORT_ROWS = 15_000
PASS = "marimba volcán lluvia 47"

CHILD = r"""
import sys
from micic_planner.storage.nationals import fast_uuid
from micic_planner.storage.store import PostStore
from micic_planner.core.models import National
path, mode, passphrase = sys.argv[1], sys.argv[2], sys.argv[3] or None
store = PostStore.open(path, passphrase=passphrase)
print("ready", flush=True)
if mode == "import":
    rows = ((fast_uuid(), f"Imported {i}", "Núñez", "+50255500000") for i in range(ROWS))
    store.nationals.bulk_insert(["uuid", "given_names", "family_names", "phone"], rows, expected=ROWS)
    print("done", flush=True)
else:
    i = 0
    while True:
        national = National(f"Edit {i}", "Pérez")
        store.nationals.add(national)
        national.phone = f"+5025550{i:04d}"
        store.nationals.update(national)
        print(i, flush=True)
        i += 1
""".replace("ROWS", str(IMPORT_ROWS))


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """A plain and an encrypted post with BASE committed nationals, copied for each run."""
    folder = tmp_path_factory.mktemp("kill")
    made = {}
    for name, passphrase in (("plain.db", None), ("encrypted.db", PASS)):
        store = PostStore.open(folder / name, create=True, passphrase=passphrase)
        store.save_post(Post("Consulado", "GT", "Guatemala", is_training=passphrase is None))
        from micic_planner.storage.nationals import fast_uuid

        store.nationals.bulk_insert(["uuid", "given_names", "family_names"],
                                    [(fast_uuid(), f"Base {i}", "López") for i in range(BASE)])
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        made[name] = (folder / name, passphrase)
    return made


def _run_and_kill(path, mode, passphrase, delay) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), mode, passphrase or ""],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    lines = [proc.stdout.readline().strip()]
    assert lines[0] == "ready", proc.stderr.read()
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if ready:
            line = proc.stdout.readline()
            if line:
                lines.append(line.strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    lines += [line.strip() for line in proc.stdout.read().splitlines()]
    proc.stdout.close()
    proc.stderr.close()
    return lines


def _import_seconds(template, passphrase, tmp_path) -> float:
    """How long one import takes here and now, from ready to done, so the kills can straddle the commit."""
    path = tmp_path / "calibrate.db"
    shutil.copy(template, path)
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), "import", passphrase or ""],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "ready"
    start = time.monotonic()
    assert proc.stdout.readline().strip() == "done"
    seconds = time.monotonic() - start
    proc.wait()
    proc.stdout.close()
    path.unlink()
    return seconds


def _check_opens_whole(path, passphrase) -> PostStore:
    store = PostStore.open(path, passphrase=passphrase)
    assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    base = store.db.execute("SELECT count(*) FROM nationals WHERE given_names LIKE 'Base %'").fetchone()[0]
    assert base == BASE
    return store


def test_a_killed_import_is_either_absent_or_complete_and_the_file_stays_sound(templates, tmp_path):
    rng = random.Random(7)
    outcomes = set()
    seconds = _import_seconds(*templates["plain.db"], tmp_path)
    for run in range(RUNS):
        template, passphrase = templates["encrypted.db" if run % 5 == 4 else "plain.db"]
        path = tmp_path / f"import{run}.db"
        shutil.copy(template, path)
        lines = _run_and_kill(path, "import", passphrase, rng.uniform(0.0, 1.6 * seconds))
        store = _check_opens_whole(path, passphrase)
        imported = store.db.execute("SELECT count(*) FROM nationals WHERE given_names LIKE 'Imported %'").fetchone()[0]
        assert imported in (0, IMPORT_ROWS)
        if "done" in lines:
            assert imported == IMPORT_ROWS
        assert store.audit.count(action="import") == (2 if imported else 1)  # the base load, and this one
        # Indexes and the search index came back whole with the rows.
        assert store.db.execute("SELECT count(*) FROM nationals_fts WHERE nationals_fts MATCH 'lopez'").fetchone()[0] \
            == BASE
        outcomes.add(imported)
        store.close()
        path.unlink()
    assert outcomes == {0, IMPORT_ROWS}, "the kills should land both before and after the commit"


def test_a_kill_during_editing_loses_nothing_that_was_committed(templates, tmp_path):
    rng = random.Random(11)
    for run in range(RUNS):
        template, passphrase = templates["encrypted.db" if run % 5 == 4 else "plain.db"]
        path = tmp_path / f"edit{run}.db"
        shutil.copy(template, path)
        lines = _run_and_kill(path, "edit", passphrase, rng.uniform(0.05, 0.5))
        committed = [int(x) for x in lines[1:] if x.isdigit()]
        store = _check_opens_whole(path, passphrase)
        rows = dict(store.db.execute("SELECT given_names, phone FROM nationals WHERE given_names LIKE 'Edit %'"))
        for i in committed:
            assert rows[f"Edit {i}"] == f"+5025550{i:04d}"
        # At most the one edit in flight is missing its update; it is never half-written.
        assert len(rows) - len(committed) <= 1
        store.close()
        path.unlink()
