"""What progress and cancel cost on a bundle import (issue 18: the Sync menu's long jobs run in a worker).

The 100,000-change bundle of bench_sync.py (one status update of everyone) is applied at headquarters
from the same starting copy, alternately with progress and cancel on and off, and the medians compared
(target: the overhead negligible, < 3 %). Also printed: how many progress reports one import makes.

    .venv/bin/python bench/bench_sync_progress.py [rounds]
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_status import N, registry  # noqa: E402
from bench_sync import _status_update  # noqa: E402

from micic_planner.storage.store import PostStore  # noqa: E402
from micic_planner.storage.sync.sync_store import SyncStore  # noqa: E402


def _prepare(tmp: Path) -> Path:
    post = PostStore.open(tmp / "post.db", create=True)
    registry(post, N)
    hq = PostStore.open(tmp / "hq.db", create=True)
    post_sync, hq_sync = SyncStore(post), SyncStore(hq)
    post_sync.init("Post")
    hq_sync.init("HQ", headquarters=True)
    post_sync.export_keys(tmp / "post.key")
    hq_sync.export_keys(tmp / "hq.key")
    hq_sync.register(tmp / "post.key")
    post_sync.register(tmp / "hq.key")
    post_sync.export("HQ", tmp / "all.bundle")
    hq_sync.import_bundle(tmp / "all.bundle")
    hq_sync.export("Post", tmp / "ack.bundle")
    post_sync.import_bundle(tmp / "ack.bundle")
    _status_update(post, 3)
    sent = post_sync.export("HQ", tmp / "events.bundle")
    print(f"bundle of {sent['changes']:,} changes ({sent['bytes'] / 1e6:.1f} MB)")
    post.close()
    hq.close()
    return tmp / "events.bundle"


def _import(tmp: Path, bundle: Path, watched: bool) -> tuple[float, float, int, float]:
    """Wall and CPU seconds to apply the bundle on a fresh copy of headquarters; progress reports; seconds
    between the last report but one and the end (the writes, which the bar shows as the last fifth)."""
    for suffix in ("", "-wal", "-shm"):
        (tmp / f"run.db{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp / "hq.db", tmp / "run.db")
    hq = PostStore.open(tmp / "run.db")
    calls = []
    kwargs = {"progress": lambda done, total: calls.append(time.perf_counter()),
              "cancelled": lambda: False} if watched else {}
    start, cpu = time.perf_counter(), time.process_time()
    got = SyncStore(hq).import_bundle(bundle, **kwargs)
    end, cpu = time.perf_counter(), time.process_time() - cpu
    assert got["applied"] >= 100_000, got
    hq.close()
    return end - start, cpu, len(calls), (end - calls[-2]) if len(calls) > 1 else 0.0


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        bundle = _prepare(tmp)
        wall, cpu = {False: [], True: []}, {False: [], True: []}
        for r in range(rounds):
            for watched in ((False, True) if r % 2 == 0 else (True, False)):
                seconds, used, calls, tail = _import(tmp, bundle, watched)
                wall[watched].append(seconds)
                cpu[watched].append(used)
                print(f"  {'with progress' if watched else 'without':13s}: {seconds:.2f} s ({used:.2f} s CPU)"
                      + (f", {calls} reports, the writes after the last but one {tail:.2f} s" if watched else ""))
        for name, figures in (("wall", wall), ("CPU", cpu)):
            off, on = statistics.median(figures[False]), statistics.median(figures[True])
            print(f"100,000-change bundle applied, {name} time: {off:.2f} s without progress, {on:.2f} s with "
                  f"({(on / off - 1) * 100:+.1f} %, target < 3 %), median of {rounds}")
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall time is noisy when loaded)")


if __name__ == "__main__":
    main()
