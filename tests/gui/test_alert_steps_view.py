"""The window's alert matrix shows and records the standfast and stand-down steps."""

from micic_planner.core.models import AlertAction
from tests.gui.test_record_views import answer_form


def test_a_standfast_line_added_in_the_window_is_stored_and_shown_as_such(window, monkeypatch, dialogs):
    store = window.context.store
    view = window.show_view("alerts")
    spec = view.panel.spec
    assert "step" in [f.name for f in spec.fields()]
    assert dict(spec.steps())["standfast"] == "Standfast (shelter in place)"

    def fill(a):
        a.phase, a.step, a.kind = 3, "standfast", "trigger"
        a.text_es, a.text_en = "Tiroteo en el centro de la ciudad.", "Shooting in the city centre."
    answer_form(monkeypatch, fill)
    window.menu_actions["add"].trigger()
    added = [a for a in store.records.list(AlertAction) if a.text_en == "Shooting in the city centre."]
    assert [(a.phase, a.step) for a in added] == [(3, "standfast")]
    row = view.panel.model.row_of(added[0].id)
    shown = [view.panel.model.index(row, c).data() for c in range(view.panel.model.columnCount())]
    assert "Standfast (shelter in place)" in shown
    assert dialogs == []
