"""The accountability board over 1,000,000 nationals (target: refresh <= 100 ms)."""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_status import registry  # noqa: E402

from micic_planner.core.crisis import StatusSource  # noqa: E402
from micic_planner.core.enums import AccountabilityStatus, Hazard  # noqa: E402
from micic_planner.storage.crisis_store import CrisisStore  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

N = 1_000_000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = PostStore.open(Path(tmp) / "bench.db", create=True)
        start = time.perf_counter()
        registry(store, N)
        print(f"registry of {N:,} nationals written in {time.perf_counter() - start:.1f} s")
        crises = CrisisStore(store)
        crises.open("Bench", Hazard.HURRICANE)
        rnd = random.Random(2)
        statuses = list(AccountabilityStatus)
        sample = rnd.sample(range(1, N + 1), 300_000)
        crises.accountability.set_rows([(i, rnd.choice(statuses), "") for i in sample], StatusSource.WARDEN)
        crises.accountability.board()  # the first read after the bulk load groups the registry once
        timings, cpu = [], time.process_time()
        for _ in range(7):
            start = time.perf_counter()
            board = crises.accountability.board()
            timings.append((time.perf_counter() - start) * 1000)
        cpu = (time.process_time() - cpu) * 1000 / 7
        assert board.total == N
        print(f"board refresh over {board.total:,} nationals: median {statistics.median(timings):.0f} ms, "
              f"best {min(timings):.0f} ms, worst {max(timings):.0f} ms, {cpu:.0f} ms CPU (target <= 100 ms)")
        ids = rnd.sample(range(1, N + 1), 1000)
        crises.accountability.set_status(ids, AccountabilityStatus.SAFE, StatusSource.PHONE)
        start = time.perf_counter()
        crises.accountability.board()
        print(f"board refresh right after an update of 1,000 statuses: {(time.perf_counter() - start) * 1000:.0f} ms")
        start = time.perf_counter()
        crises.accountability.rebuild_board()
        print(f"full regrouping of the registry (after a bulk load): {(time.perf_counter() - start) * 1000:.0f} ms")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        store.close()


if __name__ == "__main__":
    main()
