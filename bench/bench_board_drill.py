"""The crisis board's drill-down on a large post: time from a count to the list of its people, memory added.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_board_drill.py [nationals ...]   (200000 1000000)

Target (issue 14.5): a count opens its list in <= 1 s, <= 200 MB added. The Nationals view counts
the matches and reads only the first page from SQLite. Runs on a copy of the shared benchmark post,
so this branch's migrations never touch the file other branches measure.
"""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from _gui_registry import counts

    for count in counts(sys.argv[1:]):
        measure(count)


def measure(count: int) -> None:
    from _gui_registry import branch_copy, rss_mb
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from micic_planner.core.enums import AccountabilityStatus
    from micic_planner.gui.context import AppContext
    from micic_planner.gui.views.nationals_view import NationalsView
    from micic_planner.storage.store import PostStore

    copy = branch_copy(count, "window")
    app = QApplication.instance() or QApplication([])
    store = PostStore.open(copy)
    zone = store.db.execute(
        "SELECT zone_id FROM nationals GROUP BY zone_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    view = NationalsView(AppContext(store))
    view.resize(1100, 700)
    view.show()
    app.processEvents()
    cases = [("a whole status (not yet contacted)", None, AccountabilityStatus.NOT_CONTACTED),
             ("the largest zone, not yet contacted", zone, AccountabilityStatus.NOT_CONTACTED),
             ("the largest zone, missing", zone, AccountabilityStatus.MISSING),
             ("the largest zone, every status", zone, None)]
    print(f"Board drill-down on {count:,} nationals (median of 3; machine shared, figures noisy)")
    before = rss_mb()
    for label, zone_id, status in cases:
        runs, shown = [], 0
        for _run in range(3):
            view.clear_filters()
            app.processEvents()
            started = time.perf_counter()
            view.show_filtered(zone_id, status)
            shown = view.model.rowCount()
            view.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)  # the first page read, as it is painted
            app.processEvents()
            runs.append(time.perf_counter() - started)
        print(f"  {label:40s} {sorted(runs)[1]:6.2f} s (target <= 1), {shown:,} people; runs: "
              + ", ".join(f"{t:.2f}" for t in runs))
    print(f"  memory added: {rss_mb() - before:6.1f} MB (target <= 200)")
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    store.close()


if __name__ == "__main__":
    main()
