"""Bulk status update of 100,000 nationals in one transaction (target: <= 2 s)."""

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.core.crisis import StatusSource  # noqa: E402
from micic_planner.core.enums import AccountabilityStatus, Hazard  # noqa: E402
from micic_planner.core.models import Zone  # noqa: E402
from micic_planner.storage.crisis_store import CrisisStore  # noqa: E402
from micic_planner.storage.nationals import fast_uuid  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

N = 100_000


def registry(store: PostStore, n: int, seed: int = 5) -> None:
    """A registry of `n` nationals over 12 zones, written with the registry's own bulk load."""
    rnd = random.Random(seed)
    zones = [Zone(f"Zona {i}") for i in range(12)]
    store.records.add_many(zones)
    rows = ((fast_uuid(), f"Nombre{i}", rnd.choice(["Pérez", "Núñez", "López"]), rnd.choice(zones).id,
             rnd.choice([0, 0, 0, 4, 8, 16]), f"H{i // 3}" if i % 2 else "") for i in range(n))
    store.nationals.bulk_insert(["uuid", "given_names", "family_names", "zone_id", "vulnerabilities", "household"],
                                rows, expected=n)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = PostStore.open(Path(tmp) / "bench.db", create=True)
        registry(store, N)
        crises = CrisisStore(store)
        crises.open("Bench", Hazard.HURRICANE)
        ids = [r[0] for r in store.db.execute("SELECT id FROM nationals")]
        rnd = random.Random(1)
        statuses = [s for s in AccountabilityStatus if s != AccountabilityStatus.NOT_CONTACTED]
        rows = [(i, rnd.choice(statuses), "") for i in ids]
        start, cpu = time.perf_counter(), time.process_time()
        changes = crises.accountability.set_rows(rows, StatusSource.WARDEN)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        events = store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
        print(f"bulk status update: {changes.count:,} nationals in {elapsed:.2f} s wall, {cpu:.2f} s CPU "
              f"(target <= 2 s), one transaction, {events:,} status events")
        start, cpu = time.perf_counter(), time.process_time()
        changes = crises.accountability.set_status(ids, AccountabilityStatus.SAFE, StatusSource.PHONE)
        print(f"same status for a selection: {changes.count:,} nationals in {time.perf_counter() - start:.2f} s wall, "
              f"{time.process_time() - cpu:.2f} s CPU")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        store.close()


if __name__ == "__main__":
    main()
