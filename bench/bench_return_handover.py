"""Time a return handover of 1,000 cases: written (read from the post, encrypted to a file) and read back
(decrypted, taken into the receiving office's own encrypted post file). Target: ≤ 2 s each way (issue 16).

    .venv/bin/python bench/bench_return_handover.py [CASES]
"""

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.core.models import National, Post  # noqa: E402
from micic_planner.core.returns.case import ReturnCase  # noqa: E402
from micic_planner.interchange.return_handover import read_handover, write_handover  # noqa: E402
from micic_planner.storage.returns.case_store import ReturnStore  # noqa: E402
from micic_planner.storage.returns.handover import ReturnHandover  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

CASES = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
PASSPHRASE = "ceiba marimba volcán 2026"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        with PostStore.open(folder / "post.micic", create=True, passphrase=PASSPHRASE) as store:
            store.save_post(Post("Consulado de Honduras en Tapachula", "MX", "Tapachula"))
            returns = ReturnStore(store)
            with store.db.atomic():
                for i in range(CASES):
                    n = National(f"Persona {i}", "Ficticia Núñez", birth_date=date(1980 + i % 30, 1, 1),
                                 passport_no=f"F{i:06d}", passport_expiry=date(2031, 1, 1), languages="es")
                    store.nationals.add(n)
                    returns.open_case(ReturnCase(date(2026, 11, 1), assessment="Ficticio", consent_handover=True,
                                                 programme="Programa ficticio"), [n.id])
            ids = [r[0] for r in store.db.execute("SELECT id FROM return_cases")]
            start = time.perf_counter()
            write_handover(ReturnHandover(store).outgoing(ids), folder / "traspaso.zip", PASSPHRASE)
            written = time.perf_counter() - start
        with PostStore.open(folder / "office.micic", create=True, passphrase=PASSPHRASE) as office:
            office.save_post(Post("Centro ficticio de recepción", "HN", "San Pedro Sula"))
            start = time.perf_counter()
            result = ReturnHandover(office).incoming(read_handover(folder / "traspaso.zip", PASSPHRASE))
            read = time.perf_counter() - start
        size = (folder / "traspaso.zip").stat().st_size
        print(f"{CASES} cases: written {written:.2f} s ({size / 1024:.0f} KiB), read back {read:.2f} s "
              f"({result.count} cases taken in)")


if __name__ == "__main__":
    main()
