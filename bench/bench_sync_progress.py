"""What progress and cancel cost on a bundle import (issue 18: the Sync menu's long jobs run in a worker).

The 100,000-change bundle of bench_sync.py (one status update of everyone) is applied at headquarters
from the same starting copy, alternately with progress and cancel on and off, and the medians compared
(target: the overhead negligible, < 3 %). Also printed: how many progress reports one import makes.

    .venv/bin/python bench/bench_sync_progress.py [rounds]
"""

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


def _import(tmp: Path, bundle: Path, watched: bool) -> tuple[float, int, float]:
    """Seconds to apply the bundle on a fresh copy of headquarters; progress reports; seconds after the last."""
    for suffix in ("", "-wal", "-shm"):
        (tmp / f"run.db{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp / "hq.db", tmp / "run.db")
    hq = PostStore.open(tmp / "run.db")
    calls = []
    kwargs = {"progress": lambda done, total: calls.append(time.perf_counter()),
              "cancelled": lambda: False} if watched else {}
    start = time.perf_counter()
    got = SyncStore(hq).import_bundle(bundle, **kwargs)
    end = time.perf_counter()
    assert got["applied"] >= 100_000, got
    hq.close()
    return end - start, len(calls), (end - calls[-1]) if calls else 0.0


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        bundle = _prepare(tmp)
        times = {False: [], True: []}
        for r in range(rounds):
            for watched in ((False, True) if r % 2 == 0 else (True, False)):
                seconds, calls, tail = _import(tmp, bundle, watched)
                times[watched].append(seconds)
                if watched:
                    print(f"  with progress: {seconds:.2f} s, {calls} reports, the last {tail:.2f} s before the end")
                else:
                    print(f"  without:       {seconds:.2f} s")
        off, on = statistics.median(times[False]), statistics.median(times[True])
        print(f"100,000-change bundle applied: {off:.2f} s without progress, {on:.2f} s with "
              f"({(on / off - 1) * 100:+.1f} %, target < 3 %), median of {rounds}")


if __name__ == "__main__":
    main()
