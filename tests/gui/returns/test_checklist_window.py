"""The return checklist in the window, in Spanish: a case's mark recorded from its dialog, the self-assessment
printed from the Return view, both dialogs fitting a 1366×768 screen."""

from micic_planner.core.returns.case import CaseState
from micic_planner.core.returns.checklist import CaseMark, PracticeMark
from micic_planner.core.returns.listing import CaseFilter
from micic_planner.storage.returns.case_store import ReturnStore
from tests.gui.test_walkthrough import FRAME_ALLOWANCE, SCREEN_HEIGHT, settle


def _row_of(dialog, key: str) -> int:
    return next(r for r, m in enumerate(dialog.marks) if m and m.item.key == key)


def test_a_mark_recorded_in_a_cases_checklist_is_stored_with_its_note(spanish, window, qtbot):
    from micic_planner.gui.returns.checklist_dialog import CaseChecklistDialog

    store = window.context.store
    case = ReturnStore(store).page(CaseFilter(state=CaseState.REQUESTED), 0, 1)[0]
    view = window.show_view("returns")
    settle(qtbot)
    assert view.checklist_button.text() == "Lista de verificación…" and view.self_assessment_button.isEnabled()
    dialog = CaseChecklistDialog(window.context, case.id, case.number, window)
    dialog.show()
    settle(qtbot)
    assert dialog.height() + FRAME_ALLOWANCE.height() <= SCREEN_HEIGHT
    assert dialog.table.item(0, 0).text() == "Antes del retorno"
    dialog.table.selectRow(_row_of(dialog, "legal_remedies"))
    assert "para. 37(e)" in dialog.source.text()
    dialog.mark_box.setCurrentIndex(dialog.mark_box.findData(CaseMark.GAP))
    dialog.note.setText("Falta cita con la defensoría")
    dialog.record_button.click()
    assert store.db.execute("SELECT state, note FROM return_checklist WHERE case_id = ? AND item_key = ?",
                            [case.id, "legal_remedies"]).fetchone() == ("gap", "Falta cita con la defensoría")
    assert dialog.table.item(_row_of(dialog, "legal_remedies"), 1).text() == "Carencia"
    dialog.close()


def test_the_self_assessment_prints_from_its_dialog(spanish, window, qtbot, monkeypatch, tmp_path):
    from micic_planner.gui.crisis.prompts import SaveAs
    from micic_planner.gui.returns.checklist_dialog import SelfAssessmentDialog

    dialog = SelfAssessmentDialog(window.context, window)
    dialog.show()
    settle(qtbot)
    assert dialog.height() + FRAME_ALLOWANCE.height() <= SCREEN_HEIGHT
    dialog.table.selectRow(_row_of(dialog, "return_monitoring"))
    dialog.mark_box.setCurrentIndex(dialog.mark_box.findData(PracticeMark.NOT_YET))
    dialog.record_button.click()
    monkeypatch.setattr(SaveAs, "ask", classmethod(lambda cls, parent, title, n, f: str(tmp_path / "auto.pdf")))
    dialog.print_button.click()
    assert (tmp_path / "auto.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()
