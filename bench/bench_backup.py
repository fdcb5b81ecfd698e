"""Backup of a large encrypted post: time to a checked backup, and how long the window's reads wait meanwhile.

    .venv/bin/python bench/bench_backup.py [nationals]

Target (issue 7): a backup of a 1,000,000-national post in <= 10 s without blocking the window.
"""

import os
import shutil
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _gui_registry import big_post  # noqa: E402
from bench_encryption import PASS, encrypted_copy  # noqa: E402

from micic_planner.core.filters import NationalFilter  # noqa: E402
from micic_planner.storage.backup import FULL_CHECK_BYTES  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402


def main() -> None:
    nationals = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    path = encrypted_copy(big_post(nationals))
    with PostStore.open(path, passphrase=PASS) as store:
        job = store.backup_job()
        result = {}

        def run():
            started, cpu = time.perf_counter(), time.thread_time()
            result["path"] = job()
            result["seconds"] = time.perf_counter() - started
            result["cpu"] = time.thread_time() - cpu

        worker = threading.Thread(target=run)
        worker.start()
        # What the window does meanwhile: page the list and edit; the longest wait is what a person feels.
        waits, edits = [], 0
        while worker.is_alive():
            started = time.perf_counter()
            store.nationals.page(NationalFilter(), 5000, 100)
            national = store.nationals.get(1 + edits % 1000)
            store.nationals.update(national)
            edits += 1
            waits.append((time.perf_counter() - started) * 1000)
            time.sleep(0.02)
        worker.join()
    made = result["path"]
    size = made.stat().st_size / 1e6
    check = "quick_check" if made.stat().st_size > FULL_CHECK_BYTES else "integrity_check"
    print(f"backup of {nationals:,} nationals ({size:.0f} MB, encrypted, checked with {check}): "
          f"{result['seconds']:.1f} s wall, {result['cpu']:.1f} s CPU of the backup thread (target <= 10 s; "
          f"load average {os.getloadavg()[0]:.1f})")
    if waits:
        waits.sort()
        print(f"window meanwhile: {len(waits)} page reads + edits, median {waits[len(waits) // 2]:.0f} ms, "
              f"longest {waits[-1]:.0f} ms")
    shutil.rmtree(made.parent)


if __name__ == "__main__":
    main()
