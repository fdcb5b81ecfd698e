"""A long job's progress dialog shows itself after 400 ms even before the job reports any progress (a first
bundle is read and decrypted for seconds before its first count), so the window is covered and the person
sees it working."""

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from micic_planner.gui.worker import run_with_progress


def test_a_long_job_shows_its_progress_dialog_before_it_reports_anything(qtbot):
    seen = {}

    def look():
        seen["shown"] = any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())

    QTimer.singleShot(700, look)
    assert run_with_progress(None, "Working…", lambda _cancelled: time.sleep(1.0) or 7) == 7
    assert seen["shown"]
