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
