"""The Sync menu's long jobs run in a worker: the window keeps processing events while a bundle is imported, and a
cancelled import says that nothing was changed (and nothing was)."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from micic_planner.gui.sync import actions
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync import demo_hub
from micic_planner.storage.sync.sync_store import SyncStore


@pytest.fixture
def hq_window(tmp_path, qtbot, monkeypatch):
    from micic_planner.gui.main_window import MainWindow

    paths = demo_hub.write_sync_demo(tmp_path / "demo", nationals=40)
    monkeypatch.setattr(actions.BundlePath, "ask",
                        classmethod(lambda cls, parent, save, suggested="": str(paths["bundle_b"])))
    told = []
    monkeypatch.setattr(actions.Info, "ask", classmethod(lambda cls, parent, title, text: told.append(text)))
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_store(PostStore.open(paths["hq"]))
    return window, told  # the window closes the post when qtbot closes it


def test_a_bundle_is_imported_off_the_gui_thread_while_the_window_processes_events(hq_window, monkeypatch):
    window, told = hq_window
    real = SyncStore.import_bundle
    seen = {}
    ticked = threading.Event()

    def import_bundle(self, path, **kwargs):
        seen["thread"] = threading.get_ident()
        # The GUI thread's event loop runs meanwhile: its timer fires while the import has not returned.
        seen["events processed meanwhile"] = ticked.wait(5)
        return real(self, path, **kwargs)

    monkeypatch.setattr(SyncStore, "import_bundle", import_bundle)
    QTimer.singleShot(20, ticked.set)
    actions.import_bundle(window)
    assert seen["thread"] != threading.get_ident()
    assert seen["events processed meanwhile"]
    assert len(told) == 1 and " read, " in told[0] and " applied, " in told[0]
    assert window.context.store.db.execute("SELECT count(*) FROM sync_log").fetchone()[0] > 0


def test_a_cancelled_import_changes_nothing_and_says_so(hq_window, monkeypatch):
    window, told = hq_window
    db = window.context.store.db
    before = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sync_log", "nationals", "sync_review")]
    real = SyncStore.import_bundle
    asked = threading.Event()

    def import_bundle(self, path, *, progress=None, cancelled=None):
        asked.wait(5)  # until the person pressed Cancel in the progress dialog
        return real(self, path, progress=progress, cancelled=cancelled)

    def press_cancel():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                widget.findChild(QPushButton).click()  # its Cancel button
        asked.set()

    monkeypatch.setattr(SyncStore, "import_bundle", import_bundle)
    QTimer.singleShot(20, press_cancel)
    actions.import_bundle(window)
    assert len(told) == 1 and "nothing was changed" in told[0]
    assert [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("sync_log", "nationals", "sync_review")] == before


def test_the_country_picture_is_counted_off_the_gui_thread_and_shows_when_ready(hq_window, monkeypatch):
    from micic_planner.storage.sync import picture_source

    window, _told = hq_window
    real = picture_source.country_picture
    seen = {}

    def country_picture(db, today=None):
        seen["thread"] = threading.get_ident()
        return real(db, today)

    monkeypatch.setattr(picture_source, "country_picture", country_picture)
    view = window.show_view("hub")
    view.wait()
    # A million nationals take seconds to group by post: the window's thread never does it.
    assert seen["thread"] != threading.get_ident()
    assert view.picture is not None and view.picture.total == window.context.store.db.execute(
        "SELECT count(*) FROM nationals").fetchone()[0]
    assert view.table.rowCount() > 0
