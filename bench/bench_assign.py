"""Time the assembly point assignment of a 1,000,000-national demo post to 100 points with capacities.

The demo post (the project's own generator) has 12 assembly points; the bench adds 88 more
placed where nationals live, with capacities for about 110 % of them, so that points fill up.
Prints the core (numpy) time and the whole job from the post file (read, assign, write).
"""

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.core.assignment import assign  # noqa: E402
from micic_planner.core.enums import PlaceKind  # noqa: E402
from micic_planner.core.models import Place  # noqa: E402
from micic_planner.storage.assignment_store import AssignmentStore  # noqa: E402
from micic_planner.storage.demo_writer import write_demo  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

NATIONALS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
POINTS = 100


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "post.db"
        start = time.perf_counter()
        with PostStore.open(path, create=True) as store:
            write_demo(store, nationals=NATIONALS)
            job = AssignmentStore(store)
            reg = job.registry_arrays()
            rng = np.random.default_rng(7)
            located = np.flatnonzero(~np.isnan(reg["lat"]))
            existing = job.points()
            extra = POINTS - len(existing)
            picks = rng.choice(located, extra, replace=False)
            capacity = int(1.1 * NATIONALS / POINTS)
            store.records.add_many([Place(f"Punto de banco {i}", PlaceKind.ASSEMBLY_POINT, float(reg["lat"][k]),
                                          float(reg["lon"][k]), capacity=capacity) for i, k in enumerate(picks)])
            store.db.execute("UPDATE places SET capacity = ? WHERE kind = 'assembly_point'", [capacity])
        print(f"demo post of {NATIONALS:,} nationals and {POINTS} assembly points written in "
              f"{time.perf_counter() - start:.1f} s")
        with PostStore.open(path) as store:
            job = AssignmentStore(store)
            start = time.perf_counter()
            reg = job.registry_arrays()
            points = job.points()
            read = time.perf_counter() - start
            plat, plon = np.array([p[2] for p in points]), np.array([p[3] for p in points])
            cap = np.array([p[4] for p in points])
            for attempt in range(3):
                start, cpu = time.perf_counter(), time.process_time()
                result = assign(reg["lat"], reg["lon"], reg["household"], reg["vulnerabilities"], plat, plon, cap, 25)
                wall, cpu = time.perf_counter() - start, time.process_time() - cpu
                print(f"core assignment, run {attempt + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU")
            s = result.summary
            print(f"  {s.assigned:,} assigned, {s.households:,} households, {s.no_room:,} without room, "
                  f"{s.beyond_radius:,} beyond {s.radius_km:g} km, {s.points_full} points full "
                  f"(reading the registry took {read:.2f} s)")
            start, cpu = time.perf_counter(), time.process_time()
            report = job.assign()
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            print(f"whole job from the post file (read, assign, write {report.changes.count:,} rows): "
                  f"{wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
