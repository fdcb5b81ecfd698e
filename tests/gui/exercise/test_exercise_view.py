"""The facilitator's view: start a scenario on a sandbox, release injects, log team actions, print the report."""

import pytest
from pypdf import PdfReader

from micic_planner.gui.context import AppContext
from micic_planner.gui.exercise import exercise_view
from micic_planner.gui.exercise.exercise_view import ExerciseView


def _close(context):
    store = context.store
    context.set_store(None)  # stops the exercise clock before the file closes
    store.close()


def _view(qtbot, store=None):
    context = AppContext(store)
    view = ExerciseView(context)
    qtbot.addWidget(view)
    return context, view


def test_the_view_offers_the_three_scenarios_when_no_exercise_runs(qtbot):
    _context, view = _view(qtbot)
    assert view.pages.currentIndex() == 0
    ids = {view.scenario_box.itemData(i) for i in range(view.scenario_box.count())}
    assert {"hurricane-chiapas", "earthquake-mexico-city", "conflict-lebanon"} <= ids


def test_starting_creates_a_training_sandbox_and_shows_the_first_inject(qtbot, tmp_path, monkeypatch):
    context, view = _view(qtbot)
    view.scenario_box.setCurrentIndex(view.scenario_box.findData("hurricane-chiapas"))
    view.facilitator.setText("Ana López")
    path = tmp_path / "sandbox.micic"
    monkeypatch.setattr(exercise_view.SandboxFileDialog, "ask", classmethod(lambda cls, *a: str(path)))
    view.start_button.click()
    assert context.store is not None and context.store.post().is_training
    assert view.pages.currentIndex() == 1
    assert view.injects.rowCount() == 8
    assert view.injects.item(0, 2).text() != "—" and view.injects.item(1, 2).text() == "—"
    assert view.run.facilitator == "Ana López"
    _close(context)


def test_a_released_inject_changes_the_sandbox_and_actions_are_logged(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(exercise_view.Confirm, "ask", classmethod(lambda cls, *a: True))
    context, view = _view(qtbot)
    view.scenario_box.setCurrentIndex(view.scenario_box.findData("hurricane-chiapas"))
    assert view.start_sandbox(str(tmp_path / "sandbox.micic"))
    view.injects.selectRow(1)
    view.release_button.click()
    assert context.store.db.execute("SELECT count(*) FROM routes WHERE status = 'closed'").fetchone()[0] == 1
    view.action_text.setText("Ruta alterna por Cantón Santa Cruz")
    view.action_expected.setCurrentIndex(view.action_expected.findData("alternate-route"))
    view.log_button.click()
    assert view.log.rowCount() == 1 and view.log.item(0, 3).text() == "Ruta alterna por Cantón Santa Cruz"
    outcomes = [view.expected.item(r, 1).text() for r in range(view.expected.rowCount())]
    assert "On time" in outcomes
    view.end_button.click()
    assert not view.log_button.isEnabled()
    out = tmp_path / "report.pdf"
    view.write_report(str(out))
    assert "Ruta alterna por Cantón Santa Cruz" in "".join(p.extract_text() for p in PdfReader(out).pages)
    _close(context)


def _running(qtbot, tmp_path):
    context, view = _view(qtbot)
    view.scenario_box.setCurrentIndex(view.scenario_box.findData("hurricane-chiapas"))
    assert view.start_sandbox(str(tmp_path / "sandbox.micic"))
    return context, view


def test_ending_an_exercise_asks_first_and_a_no_leaves_it_running(qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(exercise_view.Confirm, "ask", classmethod(lambda cls, *a: asked.append(a) or False))
    context, view = _running(qtbot, tmp_path)
    view.end_button.click()
    assert asked and view.exercises.current() is not None and view.log_button.isEnabled()
    monkeypatch.setattr(exercise_view.Confirm, "ask", classmethod(lambda cls, *a: True))
    view.end_button.click()
    assert view.exercises.current() is None and not view.pause_button.isEnabled()
    _close(context)


def test_the_clock_shows_seconds_so_it_moves_within_the_first_minute(qtbot, tmp_path):
    from datetime import timedelta

    context, view = _running(qtbot, tmp_path)
    view.run.started_at -= timedelta(seconds=75)
    view._show_state()
    assert view.clock.text().startswith("Minute 1:15 of ")
    _close(context)


def test_a_paused_exercise_keeps_its_clock_and_resumes_where_it_stopped(qtbot, tmp_path):
    from datetime import timedelta

    context, view = _running(qtbot, tmp_path)
    view.pause_button.click()
    assert view.run.paused and view.pause_button.text() == "Resume" and "(paused)" in view.clock.text()
    assert view.expected.item(0, 0).text() == "15"  # the deadline stays on the exercise clock while paused
    frozen = view.clock.text()
    paused_at = view.run.pauses[-1][0]
    assert view.run.minute_at(paused_at + timedelta(minutes=30)) == pytest.approx(view.run.minute_at(paused_at))
    assert view.exercises.release_due(view.run, view.scenario, paused_at + timedelta(hours=5)) == []
    view._show_state()
    assert view.clock.text() == frozen
    view.pause_button.click()
    stored = view.exercises.run(view.run.id)
    assert not stored.paused and len(stored.pauses) == 1 and view.pause_button.text() == "Pause"
    _close(context)


def test_the_about_box_lists_library_licences_and_data_credits(qtbot):
    from micic_planner.gui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    html = dialog.details.toPlainText()
    assert "reportlab" in html and "Natural Earth" in html and "GeoNames" in html and "CC BY 4.0" in html


def test_the_clock_releases_due_injects_and_stops_when_the_post_closes(qtbot, tmp_path):
    from datetime import timedelta

    context, view = _view(qtbot)
    view.scenario_box.setCurrentIndex(view.scenario_box.findData("earthquake-mexico-city"))
    view.scale.setValue(10.0)
    assert view.start_sandbox(str(tmp_path / "sandbox.micic"))
    assert view.timer.isActive()
    view.run.started_at -= timedelta(minutes=2)  # 20 exercise minutes at ten times speed
    view._on_timer_tick()
    assert [view.injects.item(r, 2).text() != "—" for r in range(4)] == [True, True, True, False]
    _close(context)
    assert not view.timer.isActive()


def test_the_action_log_offers_team_roles_in_spanish_and_records_their_codes(qtbot, qapp, tmp_path):
    from micic_planner.gui.locale_support import install_language

    install_language(qapp, "es")
    try:
        context, view = _running(qtbot, tmp_path)
        roles = [view.action_role.itemText(i) for i in range(view.action_role.count())]
        assert "Oficial de protección" in roles and "Protection officer" not in roles
        view.action_role.setCurrentIndex(roles.index("Oficial de protección"))
        view.action_text.setText("Lista de niños no acompañados enviada al DIF")
        view.log_button.click()
        stored = context.store.db.execute("SELECT role FROM exercise_actions").fetchall()
        assert stored == [("Protection officer",)]
        _close(context)
    finally:
        install_language(qapp, "en")
