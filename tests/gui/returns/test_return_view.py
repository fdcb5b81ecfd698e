"""The Return view at 1366×768 in Spanish: the list, a blocked step explained, a step taken, cases from a movement."""

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from micic_planner.core.crisis import Movement
from micic_planner.core.enums import Hazard
from micic_planner.core.returns.case import CaseState, Profile, ReturnCase
from micic_planner.core.returns.listing import CaseFilter
from micic_planner.gui.returns import dialogs as return_dialogs
from micic_planner.gui.returns.cases_model import CasesModel
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.returns.case_store import ReturnStore
from tests.gui.test_walkthrough import FRAME_ALLOWANCE, SCREEN_HEIGHT, settle
from tests.returns.returns_fixture import add_people


@pytest.fixture
def cases(demo_store):
    ids = add_people(demo_store)
    returns = ReturnStore(demo_store)
    child = ReturnCase(date.today(), assessment="Quiere volver con su abuela", programme="Fondo de Reserva CRM")
    returns.open_case(child, [ids["nino"]])
    returns.advance(child.id, CaseState.ASSESSED)
    returns.open_case(ReturnCase(date.today(), programme="OIM AVRR", profile=Profile.PROTECTION), [ids["asilo"]])
    return ids, child


def _view(window, qtbot):
    window.resize(1366, SCREEN_HEIGHT)
    view = window.show_view("returns")
    settle(qtbot)
    return view


def test_the_cases_model_passes_the_qt_model_checks(qtmodeltester, demo_store, cases):
    model = CasesModel(ReturnStore(demo_store))
    model.set_filter(model.filter)
    qtmodeltester.check(model)


def test_a_blocked_return_of_a_child_is_explained_beside_its_step(spanish, window, cases, qtbot):
    _ids, child = cases
    view = _view(window, qtbot)
    view.state_box.setCurrentIndex(view.state_box.findData(CaseState.ASSESSED))
    assert {r.state for r in view.model.rows} == {CaseState.ASSESSED} and child.id in [r.id for r in view.model.rows]
    view.table.selectRow(next(i for i, r in enumerate(view.model.rows) if r.id == child.id))
    assert view.case_id == child.id
    buttons = view.step_buttons()
    assert not buttons[CaseState.APPROVED].isEnabled()
    assert buttons[CaseState.WITHDRAWN].isEnabled()
    why = view.findChild(QLabel, "blocked_approved")
    assert "interés superior" in why.text()
    for label in view.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.text():
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()) - 2, label.text()


def test_taking_a_step_moves_the_case_and_adds_it_to_the_timeline(window, cases, qtbot):
    _ids, child = cases
    view = _view(window, qtbot)
    view.show_case(child.id)
    view.step_buttons()[CaseState.WITHDRAWN].click()
    settle(qtbot)
    assert ReturnStore(window.context.store).case_file(child.id)[0].state is CaseState.WITHDRAWN
    view.show_case(child.id)
    assert view.timeline.rowCount() == 3


def test_the_filters_narrow_the_list_in_sql(window, cases, qtbot):
    view = _view(window, qtbot)
    store = ReturnStore(window.context.store)
    view.profile_box.setCurrentIndex(view.profile_box.findData(int(Profile.PROTECTION)))
    assert view.model.total == store.count(CaseFilter(profile=Profile.PROTECTION)) >= 1
    assert all(r.profile & Profile.PROTECTION for r in view.model.rows)
    view.programme_box.setCurrentIndex(view.programme_box.findData("Fondo de Reserva CRM"))
    assert view.model.total == 0  # the child's programme, and the child has no protection flag
    view.profile_box.setCurrentIndex(0)
    assert view.model.total == 1


def test_evacuees_on_a_movement_become_return_cases_in_one_step(window, cases, qtbot, monkeypatch):
    ids, _child = cases
    store = window.context.store
    crises = CrisisStore(store)
    crisis = crises.current() or crises.open("Huracán", Hazard.HURRICANE)
    bus = Movement(crisis.id, "Repatriación 1", seats=10, repatriation=True)
    crises.movements.save(bus)
    crises.movements.add(bus.id, [ids["solo"], ids["madre"]])
    view = _view(window, qtbot)
    before = view.model.total
    monkeypatch.setattr(return_dialogs.MovementChoice, "ask", classmethod(lambda cls, parent, title, m: bus.id))
    view.from_movement_button.click()
    settle(qtbot)
    assert view.model.total == before + 2  # Pedro alone, and Marta's household of three


def test_the_case_dialog_fits_the_screen(spanish, window, cases, qtbot):
    _ids, child = cases
    dialog = return_dialogs.CaseDialog(ReturnStore(window.context.store).case_file(child.id)[0], window)
    dialog.show()
    settle(qtbot)
    assert dialog.height() + FRAME_ALLOWANCE.height() <= SCREEN_HEIGHT
    assert dialog.rect().contains(dialog.buttons.geometry())
    dialog.close()
    QApplication.processEvents()


def test_the_declaration_and_the_case_file_print_from_the_view(window, cases, qtbot, monkeypatch, tmp_path):
    from micic_planner.gui.crisis.prompts import SaveAs

    _ids, child = cases
    view = _view(window, qtbot)
    view.show_case(child.id)
    for button, name in ((view.declaration_button, "declaracion.pdf"), (view.file_button, "expediente.pdf")):
        monkeypatch.setattr(SaveAs, "ask", classmethod(lambda cls, parent, title, n, f, out=name: str(tmp_path / out)))
        button.click()
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert window.context.store.audit.count("print_restricted") == 1


def test_a_case_is_handed_over_and_taken_in_from_the_window(window, cases, qtbot, monkeypatch, tmp_path):
    from micic_planner.gui.crisis.prompts import SaveAs
    from micic_planner.storage.store import PostStore

    _ids, child = cases
    returns = ReturnStore(window.context.store)
    case = returns.case_file(child.id)[0]
    case.consent_handover = True
    returns.save(case)
    view = _view(window, qtbot)
    view.show_case(child.id)
    target = tmp_path / "traspaso.zip"
    monkeypatch.setattr(SaveAs, "ask", classmethod(lambda cls, parent, title, n, f: str(target)))
    monkeypatch.setattr(return_dialogs.HandoverPassphrase, "ask",
                        classmethod(lambda cls, parent, confirm: "ceiba marimba volcán 2026"))
    view.handover_button.click()
    assert target.exists()
    other = tmp_path / "recepcion.micic"
    PostStore.open(other, create=True).close()
    window.set_store(PostStore.open(other))
    view = _view(window, qtbot)
    monkeypatch.setattr(return_dialogs.HandoverFile, "ask", classmethod(lambda cls, parent, title: str(target)))
    view.take_in_button.click()
    settle(qtbot)
    assert view.model.total == 1 and view.model.rows[0].number == case.number


def test_the_nationals_selected_after_a_crisis_become_cases_from_the_menu(window, cases, qtbot, dialogs):
    ids, _child = cases
    nationals = window.show_view("nationals")
    settle(qtbot)
    before = ReturnStore(window.context.store).count()
    action = window.menu_actions["micic_planner.gui.returns.menu_actions.cases_from_selection"]
    action.trigger()
    assert "No national is selected" in dialogs[-1][1]
    nationals.table.selectRow(0)
    chosen = nationals.selected_ids()
    action.trigger()
    settle(qtbot)
    assert ReturnStore(window.context.store).count() > before
    assert window.stack.currentWidget() is window.views["returns"]
    assert ReturnStore(window.context.store).case_ids_of(chosen[0])


def test_a_warden_list_viewer_sees_no_case_in_the_window(window, qtbot, monkeypatch):
    from argon2 import PasswordHasher

    from micic_planner.core.security import Role
    from micic_planner.storage import users
    from micic_planner.storage.store import PostStore

    monkeypatch.setattr(users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1), raising=False)
    store = window.context.store
    store.add_user("ana", Role.ADMINISTRATOR, "Ana-volcán-marimba-7731")
    store.add_user("vera", Role.VIEWER, "Vera-quetzal-río-9054")
    path = store.path
    window.close_post()
    window.set_store(PostStore.open(path, user="vera", password="Vera-quetzal-río-9054"))
    view = _view(window, qtbot)
    assert view.denied.isVisible() and not view.splitter.isVisible()
    assert view.returns is None and view.model.rows == []


def test_the_receiving_office_plans_refers_and_follows_up_in_the_window(spanish, window, qtbot):
    from micic_planner.core.returns.reintegration import Dimension, ReferralState
    from micic_planner.gui.returns.reintegration_dialog import ReintegrationDialog
    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    store = window.context.store
    returns = ReturnStore(store)
    arrived = returns.page(CaseFilter(state=CaseState.RECEIVED), 0, 1)[0]
    view = _view(window, qtbot)
    view.show_case(arrived.id)
    assert view.reintegration_button.isEnabled()
    dialog = ReintegrationDialog(window.context, arrived.id, arrived.number, window)
    dialog.show()
    settle(qtbot)
    assert dialog.height() + FRAME_ALLOWANCE.height() <= SCREEN_HEIGHT
    dialog.goal_dimension.setCurrentIndex(dialog.goal_dimension.findData(Dimension.ECONOMIC))
    dialog.goal_text.setText("Taller de reparación de sillas de ruedas")
    dialog.add_goal_button.click()
    for service in ("Oficina de empleo (demo)", "Centro de rehabilitación (demo)"):
        dialog.service.setText(service)
        dialog.consent.setChecked(True)
        dialog.refer_button.click()
    dialog.referrals.selectRow(0)
    dialog.next_state.setCurrentIndex(dialog.next_state.findData(ReferralState.ACCEPTED))
    dialog.referral_state_button.click()
    for notes in ("Buscando local", "Taller abierto"):
        dialog.visit_notes.setText(notes)
        dialog.visit_button.click()
    goals, referrals, visits = ReintegrationStore(store).plan(arrived.id)
    assert [g.goal for g in goals] == ["Taller de reparación de sillas de ruedas"]
    assert [r.state for r in referrals] == [ReferralState.ACCEPTED, ReferralState.SENT]
    assert [v.notes for v in visits if v.done_on] == ["Buscando local", "Taller abierto"]
    dialog.close()


def test_an_emergency_travel_document_recorded_in_the_window_clears_the_document_safeguard(window, cases, qtbot,
                                                                                           monkeypatch):
    ids, _child = cases
    store = window.context.store
    returns = ReturnStore(store)
    case = ReturnCase(date.today(), assessment="Pasaporte vencido")
    returns.open_case(case, [ids["solo"]])
    returns.advance(case.id, CaseState.ASSESSED)
    returns.advance(case.id, CaseState.APPROVED)
    view = _view(window, qtbot)
    view.show_case(case.id)
    assert not view.step_buttons()[CaseState.DOCUMENTS_READY].isEnabled()
    monkeypatch.setattr(return_dialogs.TravelDocument, "ask",
                        classmethod(lambda cls, parent, members: (members[0][0], "LP-2026-00077")))
    view.document_button.click()
    settle(qtbot)
    assert view.step_buttons()[CaseState.DOCUMENTS_READY].isEnabled()


def test_no_button_name_or_timeline_note_of_the_return_view_is_cut_at_1366(spanish, window, cases, qtbot):
    from PySide6.QtWidgets import QPushButton

    view = _view(window, qtbot)
    for button in view.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    table = view.table
    for column in range(view.model.columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column) - 1, column
    assert table.textElideMode().name == "ElideNone"
    assert view.timeline.wordWrap() and view.timeline.textElideMode().name == "ElideNone"


def test_a_long_timeline_note_wraps_in_a_taller_row_instead_of_ending_in_an_ellipsis(spanish, window, cases, qtbot):
    _ids, child = cases
    view = _view(window, qtbot)
    view.returns.advance(child.id, CaseState.WITHDRAWN, note="La familia pidió esperar al fin del ciclo escolar "
                         "para que los dos niños terminen el año en la escuela de Tapachula; la madre volverá a llamar "
                         "al consulado en cuanto tenga la fecha del último examen, y el padre consultará con el patrón")
    view.show_case(child.id)
    settle(qtbot)
    row = view.timeline.rowCount() - 1
    note = view.timeline.item(row, 3).text()
    width = view.timeline.columnWidth(3)
    assert view.timeline.fontMetrics().horizontalAdvance(note) > width  # too long for one line here
    assert view.timeline.rowHeight(row) >= 2 * view.timeline.fontMetrics().height()
