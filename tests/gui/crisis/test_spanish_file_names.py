"""Files the program offers to save are named in the user's language."""

import pytest
from PySide6.QtWidgets import QFileDialog

from micic_planner.core.crisis import Movement
from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.gui.context import AppContext
from micic_planner.gui.crisis import dialogs, prompts
from micic_planner.gui.crisis.crisis_view import CrisisView
from micic_planner.gui.locale_support import install_language
from micic_planner.gui.security import tables
from tests.crisis_fixture import build_post


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def test_the_manifest_is_offered_as_a_spanish_file_name(spanish, store, qtbot, monkeypatch):
    store.user_name = "officer1"
    store.post_data = build_post(store)
    view = CrisisView(AppContext(store))
    qtbot.addWidget(view)
    answer = {"title": "Huracán Eta", "hazard": Hazard.HURRICANE, "zones": [], "phase": AlertPhase.PRECAUTION,
              "reset_statuses": True}
    monkeypatch.setattr(dialogs.OpenCrisisDialog, "ask", classmethod(lambda cls, parent, zones: answer))
    view.open_button.click()
    point = store.post_data["point"]
    monkeypatch.setattr(dialogs.MovementDialog, "ask", classmethod(
        lambda cls, parent, movement, points: Movement(view.crisis.id, "Autobús 1", seats=7, origin_id=point.id)))
    view.movements.buttons["new"].click()
    offered = []
    monkeypatch.setattr(prompts.SaveAs, "ask", classmethod(lambda cls, parent, title, name, filters:
                                                           offered.append(name)))
    view.movements.print_manifest()
    assert offered and offered[0].startswith("manifiesto-") and offered[0].endswith(".pdf")


def test_the_audit_log_export_is_offered_as_a_spanish_file_name(spanish, store, qtbot, monkeypatch):
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, name, filters: (offered.append(name), ("", ""))[1]))
    dialog = tables.AuditDialog(None, store)
    qtbot.addWidget(dialog)
    dialog._on_export_clicked()
    assert offered == ["registro-de-auditoria.csv"]
