"""The "Update statuses…" dialog on a large post: time to open it, to show the warden report, memory added.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_status_dialog.py [nationals ...]   (200000 1000000)

Targets (issue 14.1): the dialog and its warden-report tab each open in <= 1 s, <= 200 MB added.
The warden is the one with the longest list (a whole urban zone). The tab shows the most urgent
households first, then the whole list once it is in calling order (both are timed).
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
    from PySide6.QtWidgets import QApplication

    from micic_planner.core.models import Zone
    from micic_planner.gui.crisis.status_dialog import BulkStatusDialog
    from micic_planner.storage.crisis_store import CrisisStore
    from micic_planner.storage.store import PostStore

    path = branch_copy(count, "window")
    app = QApplication.instance() or QApplication([])
    opens, heads, tabs, added = [], [], [], []
    for _run in range(3):
        store = PostStore.open(path)
        store.nationals.count()  # the post is open, as it is when the Crisis view shows
        acc = CrisisStore(store).accountability
        app.processEvents()
        before = rss_mb()
        started = time.perf_counter()
        wardens = acc.wardens()
        dialog = BulkStatusDialog(store.records.list(Zone, order_by="name"), wardens, acc)
        dialog.show()
        app.processEvents()
        opens.append(time.perf_counter() - started)
        longest = max(range(len(wardens)), key=lambda i: wardens[i][4])
        dialog.warden.blockSignals(True)
        dialog.warden.setCurrentIndex(dialog.warden.findData(wardens[longest][0]))
        dialog.warden.blockSignals(False)
        started = time.perf_counter()
        dialog.tabs.setCurrentIndex(2)
        while dialog.report_model.rowCount() == 0 and dialog.loader is not None:
            app.processEvents()
            time.sleep(0.005)
        heads.append(time.perf_counter() - started)
        dialog.wait_loaded()
        app.processEvents()
        tabs.append(time.perf_counter() - started)
        listed = len(dialog.report_model.ids)
        added.append(rss_mb() - before)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
        store.close()
    print(f"Status dialog on {count:,} nationals (median of 3; machine shared, figures noisy)")
    print(f"  open the dialog:        {sorted(opens)[1]:6.2f} s (target <= 1) runs: "
          + ", ".join(f"{t:.2f}" for t in opens))
    print(f"  warden report, first page:  {sorted(heads)[1]:6.2f} s (target <= 1) runs: "
          + ", ".join(f"{t:.2f}" for t in heads))
    print(f"  warden report, all {listed:,} people in calling order: {sorted(tabs)[1]:6.2f} s runs: "
          + ", ".join(f"{t:.2f}" for t in tabs))
    print(f"  memory added:           {sorted(added)[1]:6.1f} MB (target <= 200)")
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
