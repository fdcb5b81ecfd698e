"""Time the cases list and the aggregate return report at 100,000 cases (issue 16: first show ≤ 100 ms,
aggregate report ≤ 5 s). The cases are written straight in SQL over a demo registry, one person each.

    .venv/bin/python bench/bench_returns.py [CASES]
"""

import random
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.core.returns.case import CaseState, Profile  # noqa: E402
from micic_planner.core.returns.listing import CaseFilter  # noqa: E402
from micic_planner.reports.returns.aggregate_pdf import AggregateRenderer, AggregateSheet  # noqa: E402
from micic_planner.storage.demo_writer import write_demo  # noqa: E402
from micic_planner.storage.returns.case_store import ReturnStore  # noqa: E402
from micic_planner.storage.returns.figures_source import ReturnFiguresSource  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402
from micic_planner.storage.sync.capture import logged_in_bulk  # noqa: E402

CASES = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
PROGRAMMES = ("Fondo de Reserva CRM", "OIM AVRR", "Programa nacional de retorno", "")
MUNICIPALITIES = ("Choloma", "Tela", "La Ceiba", "San Pedro Sula", "Tegucigalpa", "Juticalpa")


def fill(store) -> None:
    rng = random.Random(16)
    states = list(CaseState)
    flags = [int(p) for p in Profile.members()] + [0] * 20
    # The demo's own dozen cases stay; the bench's come after them, one per national not already in a case.
    base = store.db.execute("SELECT coalesce(max(id), 0) FROM return_cases").fetchone()[0]
    people = [r[0] for r in store.db.execute("SELECT id FROM nationals WHERE id NOT IN (SELECT national_id FROM "
                                             "return_members) LIMIT ?", [CASES - base])]
    start = date(2025, 1, 1)
    cases, members = [], []
    for k, nid in enumerate(people, base + 1):
        state = rng.choice(states)
        asked = start + timedelta(days=rng.randrange(600))
        left = (asked + timedelta(days=rng.randrange(10, 90))).isoformat() if state in (
            CaseState.DEPARTED, CaseState.RECEIVED, CaseState.IN_REINTEGRATION, CaseState.CLOSED) else None
        cases.append((k, str(uuid.uuid4()), f"RET-{asked.year}-{k:06d}", state.value, asked.isoformat(),
                      rng.choice(flags), rng.choice(PROGRAMMES), "HN", rng.choice(MUNICIPALITIES), left))
        members.append((k, nid))
    # As a bulk job writes: the sync log takes the rows set-based at the end (return cases travel since m040).
    with store.db.atomic(), store.audit.bulk("return_cases", "return_members"), \
            logged_in_bulk(store.db, "return_members"), logged_in_bulk(store.db, "return_cases"):
        store.db.conn.executemany(
            "INSERT INTO return_cases (id, uuid, number, state, requested_on, profile, programme, return_country, "
            "return_municipality, departed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cases)
        store.db.conn.executemany("INSERT INTO return_members (case_id, national_id, principal) VALUES (?, ?, 1)",
                                  members)


def timed(label: str, job, repeat: int = 1):
    best, result = None, None
    for _ in range(repeat):
        t = time.perf_counter()
        result = job()
        spent = time.perf_counter() - t
        best = spent if best is None else min(best, spent)
    print(f"{label}: {best * 1000:.0f} ms")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        with PostStore.open(Path(folder) / "post.micic", create=True) as store:
            write_demo(store, nationals=CASES + 100)  # room for the demo's own returnees
            fill(store)
            returns = ReturnStore(store)
            print(f"{returns.count():,} cases")
            first = lambda flt: lambda: (returns.count(flt), returns.page(flt, 0, 100))
            timed("cases list, first show (count + first 100 rows)", first(CaseFilter()), 3)
            timed("  filtered by state", first(CaseFilter(state=CaseState.ASSESSED)), 3)
            timed("  filtered by profile", first(CaseFilter(profile=Profile.UNACCOMPANIED_CHILD)), 3)
            timed("  filtered by programme", first(CaseFilter(programme="OIM AVRR")), 3)
            figures = timed("aggregate figures (SQL)", ReturnFiguresSource(store).figures)
            timed("aggregate report (figures + PDF)", lambda: AggregateRenderer("es").render(
                AggregateSheet(ReturnFiguresSource(store).figures(), "Consulado ficticio")))
            print(f"{figures.people:,} people returned")


if __name__ == "__main__":
    main()
