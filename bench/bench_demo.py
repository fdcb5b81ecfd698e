"""Speed of `demo`: the whole demo post at 100,000 and 1,000,000 nationals, against raw executemany.

    .venv/bin/python bench/bench_demo.py [N ...]      # default: 100000 1000000

Target: the whole demo written at >= 100,000 nationals per second. For comparison, in the same run:
the generator alone (rows built, nothing written) and the raw `executemany` of the same rows into a
bare table with the same columns (no keys, indexes, search index or triggers): the ceiling for rows
this wide on this machine. The load average is printed because the machine may be shared.
"""

import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

from micic_planner.core.demo import NATIONAL_COLUMNS, DemoGenerator
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.store import PostStore

SIZES = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]
SAMPLE = 100_000  # rows kept in memory for the raw baseline, inserted again and again up to N


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def generate_only(n: int) -> float:
    started = time.perf_counter()
    for _row in DemoGenerator(1).nationals(n, list(range(1, 8))):
        pass
    return time.perf_counter() - started


def raw_executemany(folder: Path, n: int) -> float:
    """Same columns and values, bare table, one transaction, default driver settings of the post file."""
    rows = list(DemoGenerator(1).nationals(min(n, SAMPLE), list(range(1, 8))))
    conn = sqlite3.connect(str(folder / f"raw_{n}.db"))
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"CREATE TABLE nationals (id INTEGER PRIMARY KEY, {', '.join(NATIONAL_COLUMNS)})")
    sql = f"INSERT INTO nationals ({', '.join(NATIONAL_COLUMNS)}) VALUES ({', '.join('?' * len(NATIONAL_COLUMNS))})"
    started = time.perf_counter()
    conn.execute("BEGIN")
    done = 0
    while done < n:
        batch = rows if n - done >= len(rows) else rows[:n - done]
        conn.executemany(sql, batch)
        done += len(batch)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def whole_demo(folder: Path, n: int) -> tuple[float, float]:
    """Seconds for write_demo, and seconds until the last row was handed to SQLite."""
    path = folder / f"demo_{n}.micic"
    marks = []
    with PostStore.open(path, create=True) as store:
        started = time.perf_counter()
        write_demo(store, nationals=n, seed=1, progress=lambda done: marks.append(time.perf_counter()))
        seconds = time.perf_counter() - started
        rows_in = (marks[-2] if len(marks) > 1 else marks[-1]) - started
    size = sum(p.stat().st_size for p in folder.glob(f"demo_{n}.micic*"))
    print(f"    file: {size / 1e6:,.0f} MB")
    return seconds, rows_in


def main() -> None:
    print(f"bench_demo: {os.cpu_count()} cores, load average {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in SIZES:
            print(f"{n:,} nationals")
            gen = generate_only(n)
            print(f"  generator alone:        {gen:7.1f} s  {n / gen:>10,.0f} rows/s")
            raw = raw_executemany(folder, n)
            print(f"  raw executemany:        {raw:7.1f} s  {n / raw:>10,.0f} rows/s  (bare table, same rows)")
            demo, rows_in = whole_demo(folder, n)
            print(f"  demo (whole post):      {demo:7.1f} s  {n / demo:>10,.0f} rows/s  "
                  f"(rows in after {rows_in:.1f} s; indexes and search index rebuilt in the rest)")
            verdict = "meets" if n / demo >= 100_000 else "misses"
            print(f"  {verdict} the 100,000 rows/s target; load average now {load()}")
            for leftover in itertools.chain(folder.glob("*.db*"), folder.glob("*.micic*")):
                leftover.unlink()


if __name__ == "__main__":
    main()
