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


def test_after_its_last_count_the_dialog_stays_with_a_busy_bar_while_the_job_writes(qtbot):
    seen = {}

    def job(progress, _cancelled):
        progress(10, 10)  # every change applied; the file is still being written
        time.sleep(1.0)
        return 7

    def look():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        seen["busy"] = [(d.minimum(), d.maximum()) for d in dialogs]
        seen["label"] = [d.labelText() for d in dialogs]

    QTimer.singleShot(800, look)
    assert run_with_progress(None, "Importing…", job, counts=True) == 7
    # Reaching its maximum used to reset and hide the dialog: the window looked free for the last second.
    assert seen["busy"] == [(0, 0)] and "Importing…" in seen["label"][0] and "\n" in seen["label"][0]
