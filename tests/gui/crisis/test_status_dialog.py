"""The status dialog on a long warden list: read in pages, one picker for the selected people."""

from PySide6.QtCore import QItemSelectionModel

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.gui.crisis import call_list_model
from micic_planner.gui.crisis.status_dialog import BulkStatusDialog
from micic_planner.storage.crisis_store import CrisisStore
from tests.crisis_fixture import build_post


def test_the_warden_report_pages_its_list_and_sets_the_selected_rows_with_one_picker(store, qtbot, monkeypatch):
    monkeypatch.setattr(call_list_model, "PAGE", 6)
    build_post(store)
    acc = CrisisStore(store).accountability
    dialog = BulkStatusDialog([], acc.wardens(), acc)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(2)
    dialog.wait_loaded()
    model = dialog.report_model
    assert len(model.ids) == 20 and model.rowCount() < 20  # the rest is read as the table scrolls
    assert dialog.report.indexWidget(model.index(0, 2)) is None  # no drop-down per row
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 20
    selection = dialog.report.selectionModel()
    for row in (1, 2, 7):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    dialog.reported.setCurrentIndex(dialog.reported.findData(AccountabilityStatus.MISSING))
    dialog.mark.click()
    assert model.index(7, 2).data() == AccountabilityStatus.MISSING.label()
    request = dialog.answer()
    assert sorted(r[0] for r in request.rows) == sorted(model.rows[r]["id"] for r in (1, 2, 7))
    assert {r[1] for r in request.rows} == {AccountabilityStatus.MISSING}


def test_a_job_cancelled_behind_the_progress_dialog_returns_nothing_and_raises_nothing(qtbot):
    from PySide6.QtWidgets import QWidget

    from micic_planner.core.errors import Cancelled
    from micic_planner.gui.worker import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)

    def job(cancelled):
        raise Cancelled("stopped")

    assert run_with_progress(parent, "…", job) is None
    assert run_with_progress(parent, "…", lambda cancelled: 42) == 42


def _selection_dialog(store, qtbot):
    data = build_post(store)
    acc = CrisisStore(store).accountability
    dialog = BulkStatusDialog([], acc.wardens(), acc)
    qtbot.addWidget(dialog)
    return dialog, data


def test_a_selection_with_an_unknown_line_keeps_the_dialog_open_with_that_line_marked(store, qtbot):
    dialog, data = _selection_dialog(store, qtbot)
    typed = f"{data['people'][0].id}\nG10003\nZZ-NOBODY\n"
    dialog.keys.setPlainText(typed)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.keys.toPlainText() == typed
    marked = [m.cursor.block().text() for m in dialog.keys.extraSelections()]
    assert marked == ["ZZ-NOBODY"]
    assert "ZZ-NOBODY" in dialog.problems.text() and dialog.apply_good.isVisibleTo(dialog)


def test_the_recognised_lines_are_applied_on_request_and_only_they(store, qtbot):
    dialog, data = _selection_dialog(store, qtbot)
    first = data["people"][0].id
    dialog.keys.setPlainText(f"{first}\nG10003\nZZ-NOBODY")
    dialog.accept()
    dialog.apply_good.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.answer().keys == [str(first), str(data["people"][3].id)]


def test_a_person_is_found_by_name_without_accents_and_added_as_a_line(store, qtbot):
    dialog, data = _selection_dialog(store, qtbot)
    dialog.finder.setText("nunez perez jose 7")
    assert dialog.found.count() == 1
    dialog.add_found.click()
    assert dialog.keys.toPlainText().startswith(f"{data['people'][7].id} · Núñez Pérez")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.answer().keys == [str(data["people"][7].id)]


def test_a_typed_name_matching_several_people_is_marked_not_guessed(store, qtbot):
    dialog, _data = _selection_dialog(store, qtbot)
    dialog.keys.setPlainText("lopez avila")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "lopez avila" in dialog.problems.text() and not dialog.apply_good.isEnabled()
