"""Encrypted post: opening (with key derivation), and search and paging against the same post unencrypted.

    .venv/bin/python bench/bench_encryption.py [nationals]

Targets (issue 7): opening an encrypted post <= 300 ms including key derivation; searching and
paging an encrypted 1,000,000-national post within 1.5x of the same post unencrypted, same run.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _gui_registry import big_post  # noqa: E402

from micic_planner.core.filters import NationalFilter  # noqa: E402
from micic_planner.storage import encryption  # noqa: E402
from micic_planner.storage.connection import raw_connect  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

PASS = "marimba volcán lluvia 47"
QUERIES = ["garc", "maria lop", "hernandez", "núñez", "rodrig jos", "pe"]


def encrypted_copy(plain: Path) -> Path:
    target = plain.with_name(plain.stem + "-encrypted.micic")
    if not target.exists():
        started = time.perf_counter()
        conn = raw_connect(plain)
        encryption.export_encrypted(conn, target, PASS)
        conn.close()
        print(f"encrypted copy made in {time.perf_counter() - started:.1f} s: {target}")
    return target


def timed(function, repeat: int = 5, cpu: list | None = None) -> float:
    """Median wall time in ms; the median CPU time of this process goes to `cpu` when given."""
    times, cpus = [], []
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        function()
        times.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - used) * 1000)
    if cpu is not None:
        cpu.append(statistics.median(cpus))
    return statistics.median(times)


def workload(store) -> None:
    total = store.nationals.count()
    for text in QUERIES:
        flt = NationalFilter(text=text)
        n = store.nationals.count(flt)
        store.nationals.page(flt, 0, 100, total=n)
    for offset in (0, total // 3, total // 2, total - 100):
        store.nationals.page(NationalFilter(), offset, 100, total=total)
    store.nationals.page(NationalFilter(), 0, 100, order="birth_date", total=total)


def main() -> None:
    nationals = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    plain = big_post(nationals)
    encrypted = encrypted_copy(plain)
    open_ms = timed(lambda: PostStore.open(encrypted, passphrase=PASS).close())
    derive_ms = timed(lambda: encryption.derive_key(PASS, bytes(16)))
    print(f"open encrypted post: {open_ms:.0f} ms median of 5 (key derivation alone {derive_ms:.0f} ms; "
          "target <= 300 ms)")
    results, cpu = {}, {}
    for name, path, passphrase in (("plain", plain, None), ("encrypted", encrypted, PASS)):
        with PostStore.open(path, passphrase=passphrase) as store:
            workload(store)  # warm the page cache, as a person would by opening the list
            cpu[name] = []
            results[name] = timed(lambda s=store: workload(s), cpu=cpu[name])
        print(f"search and paging, {name}: {results[name]:.0f} ms wall, {cpu[name][0]:.0f} ms CPU, median of 5 "
              f"({len(QUERIES)} searches + 5 pages over {nationals:,} nationals)")
    print(f"encrypted / plain: {results['encrypted'] / results['plain']:.2f}x wall, "
          f"{cpu['encrypted'][0] / cpu['plain'][0]:.2f}x CPU (target <= 1.5x; "
          f"load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
