"""Issue 15.4 in the window: an alert read during a crisis is kept in the log and its level applied in one step."""

from types import SimpleNamespace

from PySide6.QtWidgets import QFileDialog

from micic_planner.core.crisis import LogKind
from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.core.models import Post
from micic_planner.gui import export_dialog
from micic_planner.gui.context import AppContext
from micic_planner.storage.crisis_store import CrisisStore
from tests.cli.test_read_alert_cli import red_alert


def test_applying_an_alerts_level_from_the_window_raises_the_crisis_and_logs_the_alert(store, tmp_path, monkeypatch):
    store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula", lat=14.9, lon=-92.26, jurisdiction=["MX-CHP"]))
    crises = CrisisStore(store)
    crises.open("Agatha", Hazard.HURRICANE, None, AlertPhase(1))
    path = red_alert(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked = {}

    def answer(parent, text, phase):
        asked.update(text=text, phase=phase)
        return "apply"

    monkeypatch.setattr(export_dialog.AlertAnswer, "ask", answer)
    export_dialog.show_cap_alert(SimpleNamespace(context=AppContext(store)))
    assert asked["phase"] == 4 and "touches the post's jurisdiction" in asked["text"]
    crisis = crises.current()
    assert crisis.phase == AlertPhase(4)
    assert LogKind.ALERT in [line.kind for line in crises.timeline(crisis.id)]
