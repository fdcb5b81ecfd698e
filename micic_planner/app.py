"""Starts the desktop program: the one place where the window is wired to the library.

Only Qt and the window's own modules load before the window shows; storage, reportlab, geopy and
numpy load when a post is opened or a view first needs them, so the window appears quickly.
"""

import os
import sys

STYLE = """
QLabel#heading { font-size: 20pt; font-weight: 600; }
QLabel#bignumber { font-size: 24pt; font-weight: 600; }
QLabel#empty { font-size: 13pt; color: #555; padding: 40px; }
QListWidget#sidebar { font-size: 13pt; }
QListWidget#sidebar::item { padding: 8px 6px; }
QListWidget#sidebar::item:selected { background: #2f6f9f; color: white; }
QListWidget#gaps::item { padding: 4px; }
"""


def parse_args(argv: list[str]) -> dict:
    """`[FILE] [--demo] [--lang xx]`, as the CLI passes them."""
    options = {"file": None, "demo": False, "lang": None}
    items = list(argv)
    while items:
        item = items.pop(0)
        if item == "--demo":
            options["demo"] = True
        elif item == "--lang" and items:
            options["lang"] = items.pop(0)
        elif not item.startswith("-"):
            options["file"] = item
    return options


def run_app(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    options = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("MICIC")
    app.setApplicationName("MICIC Planner")
    from micic_planner.core import i18n
    from micic_planner.gui import settings
    from micic_planner.gui.errors import install_excepthook
    from micic_planner.gui.locale_support import install_language

    lang = options["lang"] or settings.language(i18n.detect_language())
    install_language(app, lang)
    install_excepthook(settings.data_dir() / "errors.log")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)
    app.setStyleSheet(STYLE)

    from micic_planner.gui.main_window import MainWindow

    window = MainWindow(language=lang)
    window.show()
    if os.environ.get("MICIC_EXIT_WHEN_SHOWN"):
        # For bench/bench_gui_startup.py: report that the window is up, then leave.
        app.processEvents()
        print("shown", flush=True)
        return 0
    if options["file"]:
        QTimer.singleShot(0, lambda: window.open_path(options["file"]))
    elif options["demo"]:
        QTimer.singleShot(0, window.open_demo)
    return app.exec()
