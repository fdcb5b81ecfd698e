"""Nationals view over a registry of 1,000,000: first show, jump to the last row, memory added.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui_nationals.py [nationals]

Targets (issue 3): first show <= 100 ms after the post is open, last row <= 50 ms, <= 150 MB added.
"""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from _gui_registry import big_post, rss_mb
    from PySide6.QtWidgets import QApplication

    from micic_planner.gui.context import AppContext
    from micic_planner.gui.views.nationals_view import NationalsView
    from micic_planner.storage.store import PostStore

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    path = big_post(count)
    app = QApplication.instance() or QApplication([])
    shows, lasts, added = [], [], []
    for _run in range(3):
        store = PostStore.open(path)
        store.nationals.count()  # the post is open and its pages warm, as after the Overview
        context = AppContext(store)
        app.processEvents()
        before = rss_mb()
        started = time.perf_counter()
        view = NationalsView(context)
        view.resize(1280, 760)
        view.show()
        app.processEvents()
        shows.append((time.perf_counter() - started) * 1000)
        assert view.model.rowCount() == count, view.model.rowCount()
        started = time.perf_counter()
        view.table.scrollToBottom()
        view.table.selectRow(count - 1)
        app.processEvents()
        lasts.append((time.perf_counter() - started) * 1000)
        last_shown = view.model.data(view.model.index(count - 1, 0))
        added.append(rss_mb() - before)
        view.close()
        view.deleteLater()
        app.processEvents()
        store.close()
    print(f"Nationals view over {count:,} nationals (median of 3; machine shared, figures noisy)")
    runs = ", ".join(f"{s:.0f}" for s in shows)
    print(f"  first show:       {sorted(shows)[1]:7.1f} ms (target <= 100) runs: {runs}")
    print(f"  jump to last row: {sorted(lasts)[1]:7.1f} ms (target <= 50) runs: {', '.join(f'{s:.0f}' for s in lasts)}")
    print(f"  memory added:      {sorted(added)[1]:7.1f} MB  (target <= 150)   last row: {last_shown!r}")
    print(f"  pages cached: {len(view.model._pages)} of {view.model.page_loads} read")


if __name__ == "__main__":
    main()
