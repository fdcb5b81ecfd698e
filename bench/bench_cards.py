"""Time household evacuation cards for 10,000 households of a demo post (target: 50 pages a second or more)."""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.reports.household_cards_pdf import HouseholdCardRenderer  # noqa: E402
from micic_planner.storage.card_source import HouseholdCards  # noqa: E402
from micic_planner.storage.demo_writer import write_demo  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

HOUSEHOLDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "post.db"
        with PostStore.open(path, create=True) as store:
            write_demo(store, nationals=int(HOUSEHOLDS * 2.7))  # the demo's households hold about 2.5 people
        start, cpu = time.perf_counter(), time.process_time()
        with PostStore.open(path) as store:
            cards = HouseholdCards(store).for_zone(None)[:HOUSEHOLDS]
            post = store.post()
        loaded = time.perf_counter() - start
        pages = HouseholdCardRenderer(post.name, post.phone, post.host_country).render(cards, Path(folder) / "c.pdf")
        total, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = (Path(folder) / "c.pdf").stat().st_size / 1e6
        # CPU time too: on a shared machine the wall clock says more about the neighbours than the code.
        print(f"cards for {len(cards):,} households: {pages:,} pages, {total:.1f} s wall, {cpu:.1f} s CPU "
              f"(reading {loaded:.2f} s), {pages / total:.0f} pages/s wall, {pages / cpu:.0f} pages/s CPU, "
              f"{size:.1f} MB")


if __name__ == "__main__":
    main()
