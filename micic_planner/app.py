"""Starts the desktop program: the one place where the window is wired to the library."""

import sys


def run_app(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from micic_planner.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    return app.exec()
