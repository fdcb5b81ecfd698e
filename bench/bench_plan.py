"""Time the printed plan of a 100,000-national demo post, without and with the restricted annex."""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.reports.plan_pdf import PlanRenderer  # noqa: E402
from micic_planner.storage.demo_writer import write_demo  # noqa: E402
from micic_planner.storage.plan_source import load_plan_data  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

NATIONALS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "post.db"
        start = time.perf_counter()
        with PostStore.open(path, create=True) as store:
            write_demo(store, nationals=NATIONALS)
        print(f"demo post of {NATIONALS:,} nationals written in {time.perf_counter() - start:.1f} s")
        for restricted in (False, True):
            start, cpu = time.perf_counter(), time.process_time()
            with PostStore.open(path) as store:
                data = load_plan_data(store, restricted=restricted)
                loaded = time.perf_counter() - start
                renderer = PlanRenderer(data, lang="es")
                pages = renderer.render(Path(folder) / "plan.pdf")
            total, cpu = time.perf_counter() - start, time.process_time() - cpu
            size = (Path(folder) / "plan.pdf").stat().st_size / 1e6
            label = "with restricted annex" if restricted else "without annex"
            # CPU time too: on a shared machine the wall clock says more about the neighbours than the code.
            print(f"plan {label}: {pages} pages, {total:.2f} s wall, {cpu:.2f} s CPU (reading {loaded:.2f} s, "
                  f"layout {renderer.seconds:.2f} s), {pages / total:.0f} pages/s wall, {pages / cpu:.0f} pages/s CPU, "
                  f"{size:.1f} MB")


if __name__ == "__main__":
    main()
