"""Headquarters' first consolidation of a post (issue 18): target <= 30 s for 1,000,000 nationals.

    .venv/bin/python bench/bench_consolidate.py [nationals]

A post of N nationals over 12 zones, each with a status event (the registry's own bulk load and bulk
status update), both files encrypted. The post writes its first bundle (an SQLCipher file keyed with its
exchange key, signed); headquarters verifies it, attaches it and copies it in set-based.
"""

import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_status import registry  # noqa: E402

from micic_planner.core.crisis import StatusSource  # noqa: E402
from micic_planner.core.enums import AccountabilityStatus, Hazard  # noqa: E402
from micic_planner.storage.crisis_store import CrisisStore  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402
from micic_planner.storage.sync import consolidate  # noqa: E402
from micic_planner.storage.sync.hub_store import HubStore  # noqa: E402
from micic_planner.storage.sync.sync_store import SyncStore  # noqa: E402

PASS = "bench passphrase for sync"


def _build(path: Path, n: int, kept: Path | None) -> PostStore:
    post = PostStore.open(path, create=True, passphrase=PASS)
    start = time.perf_counter()
    registry(post, n)
    crises = CrisisStore(post)
    crises.open("Bench", Hazard.HURRICANE)
    rnd = random.Random(3)
    statuses = list(AccountabilityStatus)[1:]
    crises.accountability.set_rows([(r[0], rnd.choice(statuses), "") for r in post.db.execute(
        "SELECT id FROM nationals")], StatusSource.WARDEN)
    print(f"post of {n:,} nationals with a status event each built in {time.perf_counter() - start:.1f} s")
    if kept is not None:
        post.close()
        shutil.copy(path, kept)
        post = PostStore.open(path, passphrase=PASS)
    return post


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        tmp = Path(tmp)
        # BENCH_KEEP=FOLDER keeps the built post there and starts from a copy of it next time.
        kept = Path(os.environ["BENCH_KEEP"]) / f"post-{n}.micic" if os.environ.get("BENCH_KEEP") else None
        if kept is not None and kept.exists():
            shutil.copy(kept, tmp / "post.micic")
            post = PostStore.open(tmp / "post.micic", passphrase=PASS)
        else:
            post = _build(tmp / "post.micic", n, kept)
        hq = PostStore.open(tmp / "hq.micic", create=True, passphrase=PASS)
        post_sync, hq_sync = SyncStore(post), SyncStore(hq)
        post_sync.init("Post")
        hq_sync.init("HQ", headquarters=True)
        post_sync.export_keys(tmp / "post.key")
        hq_sync.export_keys(tmp / "hq.key")
        hq_sync.register(tmp / "post.key")
        post_sync.register(tmp / "hq.key")

        start = time.perf_counter()
        sent = HubStore(post).export_first("HQ", tmp / "first.micicsync")
        print(f"first bundle written in {time.perf_counter() - start:.1f} s: {sent['changes']:,} changes, "
              f"{sent['nationals']:,} nationals, {sent['status_events']:,} status events, {sent['bytes'] / 1e6:.0f} MB")
        start, cpu = time.perf_counter(), time.process_time()
        got = hq_sync.import_bundle(tmp / "first.micicsync")
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"first consolidation at headquarters: {seconds:.1f} s ({cpu:.1f} s CPU; on a shared machine the CPU "
              f"time says what the program itself took) (target <= 30 s): {got['records']:,} records, "
              f"{got['changes']:,} changes logged, {got['one_by_one']:,} applied one by one")
        for step, secs in consolidate.TIMINGS.items():
            print(f"  {step}: {secs:.1f} s")
        hq.close()
        print(f"headquarters' file: {(tmp / 'hq.micic').stat().st_size / 1e6:.0f} MB")
        hq = PostStore.open(tmp / "hq.micic", passphrase=PASS)
        check = hq.db.execute("SELECT count(*), sum(status = 'not_contacted') FROM nationals").fetchone()
        print(f"headquarters holds {check[0]:,} nationals, {check[1]:,} without a status (0 expected)")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        post.close()
        hq.close()


if __name__ == "__main__":
    main()
