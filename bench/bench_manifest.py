"""Manifests for 20,000 people printed as PDF (target: >= 100 pages/s)."""

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.core.crisis import Movement, MovementMode  # noqa: E402
from micic_planner.core.enums import Hazard, PlaceKind  # noqa: E402
from micic_planner.core.models import Place  # noqa: E402
from micic_planner.reports.manifest_pdf import ManifestRenderer, ManifestSheet  # noqa: E402
from micic_planner.storage.crisis_store import CrisisStore  # noqa: E402
from micic_planner.storage.nationals import fast_uuid  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

N = 20_000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = PostStore.open(Path(tmp) / "bench.db", create=True)
        point = Place("Estadio Olímpico", PlaceKind.ASSEMBLY_POINT, 15.5, -88.0, N)
        store.records.add(point)
        rnd = random.Random(3)
        rows = ((fast_uuid(), f"María José {i}", rnd.choice(["Pérez García", "Núñez", "López Ávila"]),
                 f"19{rnd.randint(40, 99)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}", f"G{rnd.randint(10**7, 10**8)}",
                 rnd.choice([0, 0, 0, 4, 16, 1]), f"H{i // 3}" if i % 2 else "", point.id) for i in range(N))
        store.nationals.bulk_insert(["uuid", "given_names", "family_names", "birth_date", "passport_no",
                                     "vulnerabilities", "household", "assembly_point_id"], rows, expected=N)
        crises = CrisisStore(store)
        crisis = crises.open("Huracán Eta", Hazard.HURRICANE)
        movement = Movement(crisis.id, "Vuelo humanitario 1", MovementMode.FLIGHT, N, point.id, "Ciudad de México")
        crises.movements.save(movement)
        start = time.perf_counter()
        crises.movements.autofill(movement.id)
        fill = time.perf_counter() - start
        passengers = crises.movements.passengers(movement.id)
        renderer = ManifestRenderer("es")
        sheet = ManifestSheet(movement, "Consulado General en San Pedro Sula", point.name, crisis.title)
        out = Path(tmp) / "manifest.pdf"
        start = time.perf_counter()
        renderer.render(sheet, passengers, out)
        elapsed = time.perf_counter() - start
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
        print(f"auto-fill of {len(passengers):,} seats: {fill:.2f} s")
        print(f"manifest PDF: {len(passengers):,} people, {pages} pages in {elapsed:.2f} s = "
              f"{pages / elapsed:.0f} pages/s (target >= 100), {out.stat().st_size / 1e6:.1f} MB")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        store.close()


if __name__ == "__main__":
    main()
