"""The Messages and Hotline views in Spanish at 1366x768: the whole path, driven through the widgets."""

import pytest

from micic_planner.core import i18n
from micic_planner.core.enums import Hazard
from micic_planner.gateway.gammu_engine import GammuEngine
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.messaging.outbox_store import OutboxStore
from micic_planner.storage.store import PostStore
from tests.messaging.post_fixture import FATHER, SHARED, build_post
from tests.messaging.test_replies import arrive


@pytest.fixture
def window(qtbot, tmp_path, dialogs):
    from micic_planner.gui.main_window import MainWindow

    path = tmp_path / "tapachula.micic"
    store = PostStore.open(path, create=True)
    people = build_post(store)
    CrisisStore(store).open("Huracán Eta", Hazard.HURRICANE)
    OutboxStore(store).save_settings("none", str(tmp_path / "modem"), per_minute=0)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_store(store)
    win.resize(1366, 768)
    win.show()
    yield win, people, tmp_path / "modem"
    for view in win.views.values():
        worker = getattr(view, "worker", None)
        if worker is not None:
            worker.wait(30_000)
    win.context.store = None
    store.close()


def _labels_fit(widget) -> list[str]:
    from PySide6.QtWidgets import QLabel, QPushButton

    cut = [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and not w.wordWrap() and w.text()
           and w.sizeHint().width() > w.width() + 1]
    cut += [w.text() for w in widget.findChildren(QPushButton)
            if w.isVisible() and w.sizeHint().width() > w.width() + 1]
    return cut


def test_a_template_is_edited_a_zone_messaged_and_its_replies_confirmed_in_the_window(window, qtbot, dialogs):
    win, people, modem = window
    view = win.show_view("messages")
    texts = view.templates
    texts.phase.setCurrentIndex(texts.phase.findData(2))
    texts.text.setPlainText("Consulado: vaya a {assembly_point}; enlace {warden} {warden_phone}.")
    texts.save.click()
    send = view.sending
    send.zone.setCurrentIndex(send.zone.findData(people["costa"].id))
    send.status.setCurrentIndex(send.status.findData("not_contacted"))
    send.build.click()
    assert send.found.count == 4 and "4 messages to 6 nationals" in send.summary.text()
    assert texts.count.text().startswith("1 SMS")
    send.send.click()
    qtbot.waitUntil(lambda: send.worker is None, timeout=20_000)
    assert dialogs == []
    assert send.progress.value() == 4
    assert view.outbox.model.rows[0][5] == "4"

    engine = GammuEngine.dummy(modem)
    arrive(engine, FATHER, "BIEN 4")
    arrive(engine, SHARED, "AYUDA")
    engine.close()
    view.tabs.setCurrentWidget(view.inbox)
    view.inbox.read.click()
    qtbot.waitUntil(lambda: view.inbox.model.rowCount() == 2, timeout=20_000)
    view.inbox.confirm_all.click()
    store = win.context.store
    assert store.nationals.get(people["child"].id).status.value == "safe"
    assert store.nationals.get(people["cux1"].id).status.value == "needs_help"
    assert dialogs == []


def test_a_mothers_call_is_logged_matched_and_called_back_in_the_hotline(window, dialogs):
    win, people, _modem = window
    view = win.show_view("hotline")
    view.caller.setText("Francisca Cux")
    view.relationship.setText("madre")
    view.contact.setText("+50277001234")
    view.caller_place.setText("Huehuetenango, Guatemala")
    view.sought.setText("juana cux")
    view.find.click()
    assert view.matches.count() == 1 and view.matches.currentItem() is not None
    view.log.click()
    assert view.model.rowCount() == 1 and view.model.rows[0][5] == str(people["cux2"].id)
    view.table.selectRow(0)
    view.answer.setText("Su hija pidió ayuda; la Cruz Roja va en camino.")
    view.called.click()
    assert view.model.rowCount() == 0  # no longer open
    assert dialogs == []


def test_the_views_fit_a_1366x768_screen_in_spanish_with_no_cut_text(window, qtbot, monkeypatch):
    monkeypatch.setattr(i18n, "_current", {"lang": "es"})
    win, _people, _modem = window
    for key in ("messages", "hotline"):
        view = win.show_view(key)
        qtbot.wait(50)
        tabs = getattr(view, "tabs", None)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
                qtbot.wait(20)
            assert _labels_fit(view) == [], key


def test_the_rows_model_passes_qts_model_checks(qtmodeltester):
    from micic_planner.gui.messages.rows_model import RowsModel

    model = RowsModel(["a", "b"])
    model.set_rows([(1, "x"), (2, None)], [1, 2])
    qtmodeltester.check(model)


def test_the_list_prints_as_a_call_script_for_the_zones_warden_with_the_households_to_visit(window, qtbot,
                                                                                           monkeypatch, tmp_path):
    from pypdf import PdfReader

    from micic_planner.gui.crisis import prompts

    win, people, _modem = window
    out = tmp_path / "guion.pdf"
    monkeypatch.setattr(prompts.SaveAs, "ask", classmethod(lambda cls, *a, **k: str(out)))
    view = win.show_view("messages")
    view.templates.phase.setCurrentIndex(view.templates.phase.findData(2))
    view.templates.text.setPlainText("Consulado: vaya a {assembly_point}; llame al {hotline}.")
    view.templates.save.click()
    send = view.sending
    send.zone.setCurrentIndex(send.zone.findData(people["costa"].id))
    send.build.click()
    send.script.click()
    qtbot.waitUntil(lambda: out.exists() and not send._print_worker.isRunning(), timeout=20_000)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Consulado: vaya a [Assembly point]; llame al +529621234567." in text
    assert "Rosa Martínez" in text and "Tzul" in text and "Cux" in text


def test_a_warden_list_viewer_takes_calls_in_the_window_but_cannot_send(window, dialogs):
    from micic_planner.core.security import Role, Session

    win, people, _modem = window
    win.context.store.session = Session("vera", Role.VIEWER)
    view = win.show_view("messages")
    view.reload()
    send = view.sending
    send.zone.setCurrentIndex(send.zone.findData(people["costa"].id))
    send.build.click()
    assert send.found.count == 4 and not send.send.isEnabled() and not view.templates.save.isEnabled()
    hotline = win.show_view("hotline")
    hotline.reload()
    hotline.caller.setText("Francisca Cux")
    hotline.sought.setText("Juana Cux")
    hotline.log.click()
    assert hotline.model.rowCount() == 1 and dialogs == []


def test_a_list_narrows_to_a_selection_of_nationals_typed_by_id(window):
    win, people, _modem = window
    send = win.show_view("messages").sending
    send.selection.setText(f"{people['mam'].id}")
    send.build.click()
    assert [r.phone for r in send.found.recipients] == ["+50255506000"]


def test_the_hotline_shows_what_person_finder_said_about_the_person_an_inquiry_seeks(window):
    from micic_planner.core.messaging.inquiry import Inquiry
    from micic_planner.core.messaging.inquiry_notes import InquiryNote
    from micic_planner.storage.messaging.hotline_store import HotlineStore
    from micic_planner.storage.messaging.inquiry_notes_store import attach_inquiry_notes

    win, _people, _modem = window
    store = win.context.store
    HotlineStore(store).log(Inquiry("Rosa Ixcoy", "Baltazar Ixcoy Tum", "hermana"))
    with store.db.atomic():
        attach_inquiry_notes(store.db, "micic.x", [InquiryNote("pf/1", "google.org/p.1", "Baltazar Ixcoy Tum",
                                                               "believed_alive", "2026-11-02T10:00:00Z", "Cruz Roja",
                                                               "Está en el albergue")])
    view = win.show_view("hotline")
    view.reload()
    assert view.model.rows[0][-1] == "1"
    view.table.selectRow(0)
    assert "Está en el albergue" in view.notes.toPlainText() and "Cruz Roja" in view.notes.toPlainText()
