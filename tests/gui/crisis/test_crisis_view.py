"""The crisis view driven through its widgets, dialogs answered by monkeypatched `ask`."""

from datetime import date

import pytest

from micic_planner.core.crisis import DocumentIssued, DocumentKind, Movement, StatusSource
from micic_planner.core.enums import AccountabilityStatus, AlertPhase, Hazard
from micic_planner.gui.context import AppContext
from micic_planner.gui.crisis import crisis_view, dialogs, prompts, status_dialog
from micic_planner.gui.crisis.crisis_view import CrisisView
from micic_planner.gui.crisis.status_dialog import BulkStatusDialog, StatusRequest
from micic_planner.gui.errors import Confirm
from tests.crisis_fixture import build_post


@pytest.fixture
def view(store, qtbot, monkeypatch):
    store.user_name = "officer1"
    store.post_data = build_post(store)
    widget = CrisisView(AppContext(store))
    qtbot.addWidget(widget)
    return widget


def open_crisis(view, monkeypatch, **extra):
    answer = {"title": "Huracán Eta", "hazard": Hazard.HURRICANE, "zones": [], "phase": AlertPhase.PRECAUTION,
              "reset_statuses": True, **extra}
    monkeypatch.setattr(dialogs.OpenCrisisDialog, "ask", classmethod(lambda cls, parent, zones: answer))
    view.open_button.click()
    return view.crisis


def board_counts(model) -> dict:
    out = {}
    for r in range(model.rowCount() - 1):
        for c in range(model.columnCount() - 1):
            text = model.index(r, c).data()
            if text:
                out[(model.keys[r], c)] = int(text.replace(",", ""))
    return out


def test_opening_a_crisis_shows_its_level_and_checklist_and_a_tick_records_who(view, monkeypatch):
    assert not view.close_button.isEnabled()
    crisis = open_crisis(view, monkeypatch)
    assert crisis.title == "Huracán Eta" and not view.open_button.isEnabled()
    items = view.checklist.items
    assert items.count() == 1 and "Alert the warden network" in items.item(0).text()
    items.item(0).setCheckState(items.item(0).checkState().__class__.Checked)
    done = view.crises.checklist(crisis.id, 1)[0]
    assert done.done_by == "officer1" and "officer1" in view.checklist.items.item(0).text()
    monkeypatch.setattr(prompts.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "landfall"))
    view.checklist.level.setCurrentIndex(3)
    view.checklist.apply_level.click()
    assert view.crisis.phase == AlertPhase.MANDATORY_EVACUATION
    assert "Evacuate by the open routes" in view.checklist.items.item(0).text()


def test_the_board_equals_sql_counts_and_refreshes_after_a_bulk_update(view, monkeypatch, qtmodeltester):
    open_crisis(view, monkeypatch)
    costa = view.store.post_data["costa"]
    request = StatusRequest("zone", AccountabilityStatus.SAFE, StatusSource.WARDEN, "all fine", zone_id=costa.id)
    monkeypatch.setattr(status_dialog.BulkStatusDialog, "ask", classmethod(lambda cls, *a: request))
    view.board.update_button.click()
    qtmodeltester.check(view.board.zones_model)
    qtmodeltester.check(view.board.vuln_model)
    statuses = [s.value for s in AccountabilityStatus]
    expected = {(z, statuses.index(s)): n for z, s, n in view.store.db.execute(
        "SELECT zone_id, status, count(*) FROM nationals GROUP BY 1, 2")}
    assert board_counts(view.board.zones_model) == expected
    assert "20 of 30 nationals accounted for" in view.board.summary.text()
    assert "20 nationals set to Safe (source: Warden)" in view.timeline.model.rows[0].text()


def test_a_selection_of_document_numbers_is_updated_and_an_unknown_one_changes_nothing(view, monkeypatch):
    open_crisis(view, monkeypatch)
    shown = []
    monkeypatch.setattr("micic_planner.gui.errors.ErrorDialog.ask",
                        classmethod(lambda cls, parent, title, text, details="": shown.append(text)))
    bad = StatusRequest("selection", AccountabilityStatus.INJURED, keys=["G10000", "NOPE"])
    monkeypatch.setattr(status_dialog.BulkStatusDialog, "ask", classmethod(lambda cls, *a: bad))
    view.board.update_button.click()
    assert shown and "NOPE" in shown[0]
    good = StatusRequest("selection", AccountabilityStatus.INJURED, keys=["G10000", "2"])
    monkeypatch.setattr(status_dialog.BulkStatusDialog, "ask", classmethod(lambda cls, *a: good))
    view.board.update_button.click()
    assert dict(view.store.db.execute("SELECT status, count(*) FROM nationals GROUP BY 1")) == {
        "injured": 2, "not_contacted": 28}


def test_the_warden_report_dialog_returns_only_the_lines_with_news(view, monkeypatch, qtbot):
    open_crisis(view, monkeypatch)
    acc = view.crises.accountability
    dialog = BulkStatusDialog([], acc.wardens(), acc)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(2)
    dialog.wait_loaded()
    assert dialog.report_model.rowCount() == 20
    dialog.set_reported(0, AccountabilityStatus.SAFE)
    dialog.set_reported(3, AccountabilityStatus.NEEDS_HELP)
    request = dialog.answer()
    assert request.kind == "warden" and request.source == StatusSource.WARDEN
    assert [status for _id, status, _note in request.rows] == [AccountabilityStatus.SAFE,
                                                               AccountabilityStatus.NEEDS_HELP]


def test_a_movement_is_filled_boarded_and_printed_from_the_view(view, monkeypatch, qtbot, tmp_path):
    crisis = open_crisis(view, monkeypatch)
    point = view.store.post_data["point"]
    monkeypatch.setattr(dialogs.MovementDialog, "ask", classmethod(
        lambda cls, parent, movement, points: Movement(crisis.id, "Autobús 1", seats=7, origin_id=point.id)))
    view.movements.buttons["new"].click()
    view.movements.buttons["fill"].click()
    rows = view.movements.model.rows
    assert len(rows) == 6  # two households of three: a third would not fit in the seventh seat
    assert rows[0]["vulnerabilities"]
    view.movements.table.selectRow(0)
    view.movements.buttons["board"].click()
    assert view.store.nationals.get(rows[0]["id"]).status == AccountabilityStatus.EVACUATED
    assert view.movements.model.rows[0]["boarded_at"]
    out = tmp_path / "manifest.pdf"
    monkeypatch.setattr(prompts.SaveAs, "ask", classmethod(lambda cls, *a: str(out)))
    worker = view.movements.print_manifest()
    with qtbot.waitSignal(worker.succeeded, timeout=20_000):
        pass
    assert out.exists() and "Written" in view.message.text()


def test_a_document_issued_from_the_view_appears_in_its_register(view, monkeypatch):
    crisis = open_crisis(view, monkeypatch)
    nid = view.store.post_data["people"][0].id
    monkeypatch.setattr(dialogs.DocumentDialog, "ask", classmethod(
        lambda cls, parent, store, crisis_id, next_number: DocumentIssued(
            crisis_id, nid, DocumentKind.LAISSEZ_PASSER, next_number(DocumentKind.LAISSEZ_PASSER), date.today())))
    view.aid.issue_button.click()
    assert view.aid.documents.rowCount() == 1
    assert view.aid.documents.index(0, 0).data().startswith("LP-")
    assert view.crises.aid.documents(crisis.id)[0][0].by_user == "officer1"


def test_the_document_form_finds_a_national_by_document_number(view, monkeypatch, qtbot):
    crisis = open_crisis(view, monkeypatch)
    form = dialogs.DocumentDialog(view.store, crisis.id, view.crises.aid.next_number)
    qtbot.addWidget(form)
    form.national.set_text("G10004")
    answer = form.answer()
    assert answer.national_id == view.store.post_data["people"][4].id
    assert answer.number.startswith("SC-") and answer.kind == DocumentKind.SAFE_CONDUCT


def test_closing_the_crisis_keeps_it_readable_and_allows_a_new_one(view, monkeypatch):
    crisis = open_crisis(view, monkeypatch)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(prompts.TextPrompt, "ask", classmethod(lambda cls, *a, **k: "over"))
    view.close_button.click()
    assert view.crisis is None and view.shown.id == crisis.id and not view.shown.is_open
    assert view.open_button.isEnabled() and not view.board.update_button.isEnabled()
    assert not view.movements.buttons["new"].isEnabled()
    assert view.timeline.model.rows[0].text() == "Crisis closed: over"
    assert crisis_view.CrisisView is CrisisView


def test_the_lessons_entered_in_the_crisis_window_reach_the_after_action_report(view, monkeypatch):
    from micic_planner.reports.after_action_pdf import AfterActionRenderer
    from micic_planner.storage.after_action_source import load_after_action

    crisis = open_crisis(view, monkeypatch)
    assert view.timeline.lessons_button.isEnabled()
    asked = []
    monkeypatch.setattr(prompts.LongTextPrompt, "ask", classmethod(
        lambda cls, parent, title, label, text="": asked.append(text) or "Faltaron radios en la costa."))
    view.timeline.lessons_button.click()
    assert asked == [""]
    assert view.crises.get(crisis.id).lessons == "Faltaron radios en la costa."
    pdf = AfterActionRenderer("es").render(load_after_action(view.crises, crisis.id, "es"), "Consulado")
    import io

    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Lecciones aprendidas" in text and "Faltaron radios en la costa." in text
    view.timeline.lessons_button.click()
    assert asked[-1] == "Faltaron radios en la costa."  # the window offers what is recorded, to amend it
