"""Speed of `demo`: the whole demo post at 100,000 and 1,000,000 nationals, against raw executemany.

    .venv/bin/python bench/bench_demo.py [N ...]      # default: 100000 1000000

Target: the whole demo written at >= 100,000 nationals per second. The demo is written as
`micic-planner demo` writes it: into a new scratch file (no journal while loading, then WAL and
one fsync). Its time is split into rows in (generated, then inserted by executemany), the CHECK
pass, the index rebuild, the search index rebuild, and the rest (links checked, commit, WAL, fsync).
It is also written as into any open post (rollback journal, synchronous=FULL), for comparison.
For comparison, in the same run: the generator alone (rows built, nothing written) and the raw
`executemany` of the same rows into a bare table with the same columns (no keys, indexes, search
index or triggers): the ceiling for rows this wide on this machine. The load average is printed
because the machine may be shared.
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


def whole_demo(folder: Path, n: int, scratch: bool = True) -> dict[str, float]:
    """Seconds for write_demo, split by the statements SQLite ran after the rows were in."""
    path = folder / f"demo_{n}_{scratch}.micic"
    marks: list[tuple[float, str]] = []
    with PostStore.open(path, create=True) as store:
        conn = store.db.conn

        def progress(done: int) -> None:
            if done >= n and not marks:  # trace only after the rows: a callback per row would cost seconds
                marks.append((time.perf_counter(), "rows in"))
                conn.set_trace_callback(lambda sql: marks.append((time.perf_counter(), sql)))

        started = time.perf_counter()
        write_demo(store, nationals=n, seed=1, progress=progress, scratch=scratch)
        ended = time.perf_counter()
        conn.set_trace_callback(None)
    size = sum(p.stat().st_size for p in folder.glob(path.name + "*"))
    print(f"    file: {size / 1e6:,.0f} MB")
    at = {"start": started, "end": ended}
    for t, sql in marks:
        text = " ".join(sql.split()).upper()
        key = ("rows in" if sql == "rows in" else "checks" if text.startswith("SELECT ID, NOT") else
               "indexes" if text.startswith("CREATE INDEX") else "fts" if "'REBUILD'" in text else
               "after fts" if "'AUTOMERGE'" in text and "fts" in at else None)
        if key and key not in at:
            at[key] = t
    at.setdefault("rows in", started)
    for key in ("checks", "indexes", "fts", "after fts"):
        at.setdefault(key, at["rows in"])
    return {"whole": ended - started, "rows in": at["rows in"] - started,
            "checks": at["indexes"] - at["checks"], "indexes": at["fts"] - at["indexes"],
            "fts": at["after fts"] - at["fts"], "rest": ended - at["after fts"]}


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
            t = whole_demo(folder, n)
            print(f"  demo, rows in:          {t['rows in']:7.1f} s  (post, then nationals generated and inserted)")
            print(f"  demo, CHECK pass:       {t['checks']:7.1f} s")
            print(f"  demo, index rebuild:    {t['indexes']:7.1f} s")
            print(f"  demo, search index:     {t['fts']:7.1f} s")
            print(f"  demo, rest:             {t['rest']:7.1f} s  (links checked, commit, WAL, fsync)")
            demo = t["whole"]
            print(f"  demo (whole post):      {demo:7.1f} s  {n / demo:>10,.0f} rows/s")
            safe = whole_demo(folder, n, scratch=False)
            print(f"  same into an open post: {safe['whole']:7.1f} s  {n / safe['whole']:>10,.0f} rows/s  "
                  f"(write_demo without scratch: rollback journal, synchronous=FULL; rows in "
                  f"{safe['rows in']:.1f} s)")
            verdict = "meets" if n / demo >= 100_000 else "misses"
            print(f"  {verdict} the 100,000 rows/s target; load average now {load()}")
            for leftover in itertools.chain(folder.glob("*.db*"), folder.glob("*.micic*")):
                leftover.unlink()


if __name__ == "__main__":
    main()
