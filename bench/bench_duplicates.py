"""Duplicate detection of a 10,000-row file against a registry of 1,000,000 nationals.

    .venv/bin/python bench/bench_duplicates.py [registry] [file_rows]

The registry is the demo post bench_import.py makes (cached in the temp folder). Half of the file
are registry people written differently (no accents, other case); half are new people.
Target: <= 10 s.
"""

import csv
import random
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from micic_planner.core.column_mapping import guess_mapping
from micic_planner.core.duplicates import DuplicateFinder
from micic_planner.core.import_job import ImportDecisions, ImportPipeline
from micic_planner.core.import_rows import RowValidator
from micic_planner.interchange.tables import open_table
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.exchange_source import ExchangeSource
from micic_planner.storage.import_store import ImportStore
from micic_planner.storage.nationals import fast_uuid
from micic_planner.storage.store import PostStore

REGISTRY = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
FILE_ROWS = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
DATA = Path(tempfile.gettempdir()) / "micic_bench"


def registry() -> Path:
    DATA.mkdir(exist_ok=True)
    db = DATA / f"demo_{REGISTRY}.db"
    if not db.exists():
        t = time.perf_counter()
        with PostStore.open(db, create=True) as store:
            write_demo(store, REGISTRY, seed=7)
        print(f"made a registry of {REGISTRY:,} demo nationals in {time.perf_counter() - t:.1f} s")
    return db


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def make_file(db: Path) -> Path:
    """Half known people (names without accents, upper case), half new people from another demo."""
    out = DATA / f"incoming_{FILE_ROWS}.csv"
    half = FILE_ROWS // 2
    fields = ["family_names", "given_names", "birth_date", "phone", "passport_no"]
    rng = random.Random(3)
    with PostStore.open(db) as store:
        total = store.nationals.count()
        ids = rng.sample(range(1, total + 1), half)
        known = [store.db.execute(f"SELECT {', '.join(fields)} FROM nationals WHERE id = ?", [i]).fetchone()
                 for i in ids]
    new_db = DATA / "incoming_new.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{new_db}{suffix}").unlink(missing_ok=True)
    with PostStore.open(new_db, create=True) as store:
        write_demo(store, FILE_ROWS - half, seed=99)
        new = list(ExchangeSource(store).nationals(fields))
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Apellidos", "Nombre(s)", "Fecha de nacimiento", "Teléfono", "Pasaporte"])
        for family, given, birth, phone, passport in known:
            # Typed again by someone else: no accents, no phone, no passport; only name and date of birth.
            writer.writerow([plain(family).upper(), plain(given), birth or "", "", ""] if rng.random() < 0.5
                            else [family, given, birth or "", phone, passport])
        for rec in new:
            writer.writerow([rec[f] or "" for f in fields])
    return out


def main() -> None:
    db = registry()
    path = make_file(db)
    with PostStore.open(db) as store:
        imports = ImportStore(store)
        t = time.perf_counter()
        table = open_table(path)
        validator = RowValidator(guess_mapping(table.headers), region="MX", zones=imports.zones(), sex_codes="mf")
        pipeline = ImportPipeline(validator, ImportDecisions(duplicates="keep"), fast_uuid,
                                  DuplicateFinder(imports.lookup()))
        outcome = pipeline.consume(table.rows())
        elapsed = time.perf_counter() - t
        flagged = {c.row for c in outcome.candidates}
        reasons = {}
        for c in outcome.candidates:
            reasons[c.reason] = reasons.get(c.reason, 0) + 1
        print(f"{FILE_ROWS:,} rows against {store.nationals.count():,} nationals: {elapsed:.1f} s (target <= 10 s), "
              f"validation included")
        print(f"  rows flagged: {len(flagged):,} (of {FILE_ROWS // 2:,} known people); matches by reason: {reasons}")


if __name__ == "__main__":
    main()
