"""Time the map view over a 1,000,000-national demo post: opening, then redrawing after pans and zooms.

A pan is timed as a full redraw of the viewport (`viewport().grab()`), which is more than Qt
repaints for a drag (only the strip that scrolled into view).
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from micic_planner.gui.context import AppContext  # noqa: E402
from micic_planner.storage.demo_writer import write_demo  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

NATIONALS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000


def redraw(app, view) -> float:
    start = time.perf_counter()
    view.canvas.viewport().grab()
    return time.perf_counter() - start


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from micic_planner.gui.map_view import MapView

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "post.db"
        start = time.perf_counter()
        with PostStore.open(path, create=True) as store:
            write_demo(store, nationals=NATIONALS)
        print(f"demo post of {NATIONALS:,} nationals written in {time.perf_counter() - start:.1f} s")
        with PostStore.open(path) as store:
            start = time.perf_counter()
            view = MapView(AppContext(store))
            view.resize(1400, 900)
            view.show()
            app.processEvents()
            print(f"map view opened (nationals read, layers built) in {time.perf_counter() - start:.2f} s; "
                  f"{len(view.scene.items())} scene items")
            print(f"first full redraw: {redraw(app, view) * 1000:.0f} ms")
            for zoom in (1, 4, 16):
                view.fit()
                view.canvas.scale(zoom, zoom)
                app.processEvents()
                times = []
                for step in range(12):
                    bar = view.canvas.horizontalScrollBar() if step % 2 else view.canvas.verticalScrollBar()
                    bar.setValue(bar.value() + (150 if step % 4 < 2 else -150))
                    app.processEvents()
                    times.append(redraw(app, view))
                print(f"zoom x{zoom}: full redraw after a pan, median {statistics.median(times) * 1000:.0f} ms, "
                      f"worst {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
