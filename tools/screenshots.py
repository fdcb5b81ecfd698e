"""Screenshots of the main views in Spanish for docs/ and the README, taken offscreen on the demo post.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--lang es] [--out docs]
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
VIEWS = ("overview", "nationals", "routes", "plan", "zones", "places", "partners", "team", "alerts")


def main() -> int:
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "es"
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else ROOT / "docs"
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from micic_planner.app import STYLE
    from micic_planner.gui.demo import build_demo_file
    from micic_planner.gui.locale_support import install_language
    from micic_planner.gui.main_window import MainWindow
    from micic_planner.storage.store import PostStore

    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("MICIC-screenshots")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    install_language(app, lang)
    font = QFont("DejaVu Sans")
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    path = build_demo_file(folder / "demo.micic")
    window = MainWindow(language=lang)
    window.resize(1400, 860)
    window.show()
    window.set_store(PostStore.open(path))
    out.mkdir(exist_ok=True)
    for key in VIEWS:
        view = window.show_view(key)
        if key == "overview":
            view.wait()
        if key == "nationals":
            view.table.selectRow(3)
        if key == "routes":
            view.panel.table.selectRow(0)
        if key == "plan":
            view.output.setText(str(folder / "plan.pdf"))
            view.generate()
            view.wait()
        for _ in range(5):
            app.processEvents()
        target = out / f"screenshot-{key}-{lang}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
