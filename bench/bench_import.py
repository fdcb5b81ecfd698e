"""Import of a large CSV with full validation against the plain csv.reader + executemany load of the same file.

    .venv/bin/python bench/bench_import.py [rows]      # default 1,000,000; data cached in the temp folder

Target: validated import <= 3x the plain load, measured in the same run.
"""

import csv
import shutil
import sys
import tempfile
import time
from pathlib import Path

from micic_planner.core.column_mapping import guess_mapping
from micic_planner.core.duplicates import DuplicateFinder
from micic_planner.core.fast_phone import PhoneNormalizer
from micic_planner.core.import_job import ImportDecisions, ImportPipeline
from micic_planner.core.import_rows import RowValidator
from micic_planner.core.validation import normalize_phone
from micic_planner.interchange.exports import export_post
from micic_planner.interchange.tables import open_table
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.exchange_source import ExchangeSource
from micic_planner.storage.import_store import ImportStore
from micic_planner.storage.nationals import fast_uuid
from micic_planner.storage.store import PostStore

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
DATA = Path(tempfile.gettempdir()) / "micic_bench"


def source_file() -> tuple[Path, Path]:
    """A demo post with ROWS nationals and its full CSV export, made once and cached."""
    DATA.mkdir(exist_ok=True)
    db, out = DATA / f"demo_{ROWS}.db", DATA / f"nationals_{ROWS}.csv"
    if not out.exists():
        db.unlink(missing_ok=True)
        t = time.perf_counter()
        with PostStore.open(db, create=True) as store:
            write_demo(store, ROWS, seed=7)
            export_post(ExchangeSource(store), "csv", out, profile="full")
        print(f"made {ROWS:,} demo nationals and their CSV in {time.perf_counter() - t:.1f} s")
    return db, out


def fresh_store(demo_db: Path, name: str) -> PostStore:
    """An empty registry with the demo post's zones, so zone names resolve."""
    path = DATA / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = PostStore.open(path, create=True)
    with PostStore.open(demo_db) as demo:
        zones = demo.db.execute("SELECT id, uuid, name, code FROM zones").fetchall()
    with store.db.atomic():
        store.db.conn.executemany("INSERT INTO zones (id, uuid, name, code) VALUES (?, ?, ?, ?)", zones)
    return store


def plain_load(demo_db: Path, path: Path) -> float:
    store = fresh_store(demo_db, "plain.db")
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        headers = next(reader)
        mapping = guess_mapping(headers)
        keep = [i for i, name in enumerate(mapping.fields) if name and name != "zone"]
        columns = [mapping.fields[i] for i in keep]
        t = time.perf_counter()
        store.nationals.bulk_insert(columns, ([row[i] for i in keep] for row in reader), expected=ROWS)
        elapsed = time.perf_counter() - t
    store.close()
    return elapsed


def validated_import(demo_db: Path, path: Path, duplicates: bool) -> tuple[float, object]:
    store = fresh_store(demo_db, "validated.db")
    t = time.perf_counter()
    table = open_table(path)
    imports = ImportStore(store)
    validator = RowValidator(guess_mapping(table.headers), region="MX", zones=imports.zones(), sex_codes="mf")
    finder = DuplicateFinder(imports.lookup()) if duplicates else None
    pipeline = ImportPipeline(validator, ImportDecisions(check_duplicates=duplicates, duplicates="keep"),
                              fast_uuid, finder)
    outcome, _changes = imports.apply(pipeline, table.rows(), file_name=path, expected=ROWS)
    elapsed = time.perf_counter() - t
    store.close()
    return elapsed, outcome


def phone_cost(path: Path, sample: int = 50_000) -> None:
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        headers = next(reader)
        at = [i for i, h in enumerate(headers) if h in ("Phone", "Emergency phone")]
        phones = []
        for row in reader:
            phones += [row[i] for i in at if row[i]]
            if len(phones) >= sample:
                break
    fast = PhoneNormalizer("MX")
    t = time.perf_counter()
    for p in phones:
        normalize_phone(p, "phone", "MX")
    slow = (time.perf_counter() - t) / len(phones) * 1e6
    t = time.perf_counter()
    for p in phones:
        fast(p, "phone")
    quick = (time.perf_counter() - t) / len(phones) * 1e6
    print(f"phone parsing: phonenumbers {slow:.1f} µs/number, import fast path {quick:.1f} µs/number "
          f"({len(phones):,} numbers)")


def main() -> None:
    demo_db, path = source_file()
    print(f"file: {path.stat().st_size / 1e6:.0f} MB, {ROWS:,} rows")
    phone_cost(path)
    plain = plain_load(demo_db, path)
    print(f"plain csv.reader + executemany load: {plain:.1f} s")
    checked, outcome = validated_import(demo_db, path, duplicates=False)
    print(f"import with full validation:       {checked:.1f} s  ({checked / plain:.2f}x; target <= 3x) "
          f"{outcome.inserted:,} rows, {len(outcome.report.issues)} issues")
    with_dups, outcome = validated_import(demo_db, path, duplicates=True)
    print(f"... and duplicate detection:       {with_dups:.1f} s  ({with_dups / plain:.2f}x) "
          f"{len({c.row for c in outcome.candidates}):,} rows flagged")
    for name in ("plain.db", "validated.db"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{DATA / name}{suffix}").unlink(missing_ok=True)
    shutil.disk_usage(DATA)


if __name__ == "__main__":
    main()
