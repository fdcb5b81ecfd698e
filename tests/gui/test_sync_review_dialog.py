"""The review window as a consular officer reads it, in Spanish at 1366×768 (issue 18 item 5): the conflict
named by the person and the field, the values in words with site, user and time, the vulnerabilities
combined by ticking boxes; the merge's flags in words, each marked as handled with a note."""

from datetime import date

import pytest

from micic_planner.core.crisis import Movement
from micic_planner.core.enums import Hazard, Vulnerability
from micic_planner.core.models import National
from micic_planner.core.security import Role, Session
from micic_planner.gui.fitted_dialog import available_size
from micic_planner.gui.sync import review_dialog
from micic_planner.gui.sync.review_dialog import ReviewDialog
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync.authority import flag
from micic_planner.storage.sync.sync_store import SyncStore

OLDER, MEDICAL = Vulnerability.OLDER_PERSON, Vulnerability.MEDICAL_NEED


@pytest.fixture
def hq(tmp_path):
    """Headquarters with Ana's vulnerabilities in conflict (it added a medical need, her post old age) and
    a movement a merge over-booked."""
    post, hq = PostStore.open(tmp_path / "post.db", create=True), PostStore.open(tmp_path / "hq.db", create=True)
    SyncStore(post).init("Tapachula")
    SyncStore(hq).init("Sede central", headquarters=True)
    SyncStore(post).export_keys(tmp_path / "post.key")
    SyncStore(hq).export_keys(tmp_path / "hq.key")
    SyncStore(hq).register(tmp_path / "post.key")
    SyncStore(post).register(tmp_path / "hq.key")
    ana = National("Ana", "López García", birth_date=date(1984, 3, 2))
    post.nationals.add(ana)
    SyncStore(post).export("Sede central", tmp_path / "b1")
    SyncStore(hq).import_bundle(tmp_path / "b1")
    hq.db.execute("UPDATE nationals SET vulnerabilities = ?", [MEDICAL.value])
    post.db.execute("UPDATE nationals SET vulnerabilities = ?", [OLDER.value])
    SyncStore(post).export("Sede central", tmp_path / "b2")
    SyncStore(hq).import_bundle(tmp_path / "b2")
    crises = CrisisStore(hq)
    bus = Movement(crises.open("Eta", Hazard.HURRICANE).id, "Bus 1", seats=2)
    crises.movements.save(bus)
    flag(hq.db, "movements", bus.uuid, "overbooked", {"movement": "Bus 1", "seats": 2, "listed": 3, "owner": ""})
    yield hq
    post.close()
    hq.close()


def _open(qtbot, store) -> ReviewDialog:
    dialog = ReviewDialog(None, SyncStore(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_conflict_reads_by_name_and_field_and_the_ticked_boxes_settle_to_their_union(hq, qtbot, spanish):
    dialog = _open(qtbot, hq)
    room = available_size(dialog)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.conflicts.item(0).text() == "López García, Ana (1984-03-02) · Vulnerabilidades"
    assert dialog.tabs.tabText(0) == "Conflictos (1)" and dialog.tabs.tabText(1) == "Avisos (1)"
    rows = {dialog.values.item(r, 0).text(): dialog.values.item(r, 1).text() for r in range(2)}
    assert rows == {MEDICAL.label("es"): "Sede central", OLDER.label("es"): "Tapachula"}
    assert all(dialog.values.item(r, 3).text().endswith(" UTC") for r in range(2))
    ticked = {box.text() for box in dialog.flag_boxes if box.isChecked()}
    assert ticked == {OLDER.label("es"), MEDICAL.label("es")}  # preset to every flag either site set
    assert not dialog.answer.isVisibleTo(dialog)  # no number to type
    dialog.settle_button.click()
    assert hq.db.execute("SELECT vulnerabilities FROM nationals").fetchone() == (OLDER.value | MEDICAL.value,)
    assert dialog.conflicts.count() == 0 and dialog.empty.isVisibleTo(dialog)
    assert dialog.empty.text() == "No hay conflictos por revisar."


def test_choosing_a_value_ticks_its_flags_and_unticking_one_settles_without_it(hq, qtbot, spanish):
    dialog = _open(qtbot, hq)
    row = next(r for r in range(2) if dialog.values.item(r, 1).text() == "Tapachula")
    dialog.values.setCurrentCell(row, 0)
    assert {box.text() for box in dialog.flag_boxes if box.isChecked()} == {OLDER.label("es")}
    assert dialog.answer_value() == OLDER.value
    dialog.settle_button.click()
    assert hq.db.execute("SELECT vulnerabilities FROM nationals").fetchone() == (OLDER.value,)


def test_a_flag_is_marked_as_handled_with_a_note_and_stays_readable(hq, qtbot, spanish, monkeypatch):
    hq.session = Session("marta", Role.OFFICER)
    hq.user_name = "marta"
    dialog = _open(qtbot, hq)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.flags_table.rowCount() == 1
    assert dialog.flags_table.item(0, 0).text() == "Bus 1: 3 personas en la lista para 2 plazas tras una fusión"
    assert dialog.flags_table.item(0, 1).text() == "Bus 1 (movimiento)"
    asked = []
    monkeypatch.setattr(review_dialog.FlagNote, "ask", classmethod(
        lambda cls, parent, text: asked.append(text) or "Una persona pasó al Bus 2"))
    dialog.handle_button.click()
    assert asked and dialog.flags_table.rowCount() == 0 and dialog.flags_empty.isVisibleTo(dialog)
    assert dialog.tabs.tabText(1) == "Avisos (0)"
    dialog.show_handled.setChecked(True)
    assert dialog.flags_table.rowCount() == 1
    handled = dialog.flags_table.item(0, 3).text()
    assert handled.startswith("marta, ") and handled.endswith(": Una persona pasó al Bus 2")
    assert not dialog.handle_button.isEnabled()


def test_a_viewer_is_told_the_conflicts_hold_restricted_fields_and_sees_no_values(hq, qtbot, spanish):
    hq.session = Session("vera", Role.VIEWER)
    dialog = _open(qtbot, hq)
    assert dialog.conflicts.count() == 0 and dialog.values.rowCount() == 0
    assert "campos restringidos" in dialog.empty.text()
    assert dialog.flags_table.rowCount() == 1  # the flag names a movement, nothing restricted
    assert not dialog.settle_button.isEnabled()
