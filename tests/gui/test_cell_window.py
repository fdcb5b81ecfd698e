"""The crisis cell in the window: serving shows the code and who is connected; a joined copy shows the link."""

import pytest
from PySide6.QtWidgets import QMessageBox

from micic_planner.cell.host import CellHost
from micic_planner.gui.cell import actions
from micic_planner.gui.cell.join_dialog import JoinDialog
from tests.cell.cellfixtures import PASSWORDS, make_post, open_post

SERVE = "micic_planner.gui.cell.actions.serve"
JOIN = "micic_planner.gui.cell.actions.join"


def test_serving_from_the_window_shows_the_address_fingerprint_and_join_code(window, monkeypatch):
    monkeypatch.setattr(actions, "PORT", 0)
    window.menu_actions[SERVE].trigger()
    panel = window.cell_panel
    assert panel.isVisible()
    assert panel.code.text() == panel.host.code and len(panel.code.text()) == 8
    assert panel.fingerprint.text().count(":") == 31
    panel.close()
    assert panel.host._loop is None  # closing the panel stops serving


@pytest.fixture
def host(tmp_path):
    make_post(tmp_path / "post.db", people=5)
    store = open_post(tmp_path / "post.db", "jefa")
    cell = CellHost(store, "127.0.0.1", 0)
    cell.start()
    yield cell
    cell.stop()
    store.close()


def test_an_officer_joins_from_the_window_and_a_banner_says_when_the_laptop_works_offline(window, host, tmp_path,
                                                                                          monkeypatch, qtbot):
    copy = tmp_path / "ana-copy.db"
    monkeypatch.setattr(JoinDialog, "ask", classmethod(lambda cls, parent=None: {
        "url": f"https://127.0.0.1:{host.port}", "code": host.code, "user": "ana", "password": PASSWORDS["ana"][0],
        "copy": str(copy), "passphrase": "la copia de Ana 2026!", "again": "la copia de Ana 2026!"}))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.menu_actions[JOIN].trigger()
    assert window.context.store.path == copy
    banner = window.cell_banner.label
    qtbot.waitUntil(lambda: "connected" in banner.text(), timeout=10_000)
    host.stop()
    qtbot.waitUntil(lambda: "OFFLINE" in banner.text(), timeout=15_000)
    window.cell_banner.stop()
