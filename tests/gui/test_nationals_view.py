import copy
from datetime import date

import pytest

from micic_planner.core.enums import AccountabilityStatus, Vulnerability
from micic_planner.core.filters import NationalFilter
from micic_planner.core.models import National
from micic_planner.gui.forms.national_form import NationalForm, national_fields


@pytest.fixture
def view(window):
    return window.show_view("nationals")


def answer_form(monkeypatch, change):
    """Replace the national form: the edited copy is what `change` makes of the record shown."""
    def ask(cls, parent, title, fields, record, validate=None):
        edited = copy.deepcopy(record)
        change(edited)
        return edited
    monkeypatch.setattr(NationalForm, "ask", classmethod(ask))


def test_add_edit_undo_and_delete_a_national(window, view, monkeypatch, dialogs):
    store = window.context.store
    before = store.nationals.count()

    def fill(n):
        n.family_names, n.given_names, n.birth_date = "Núñez Pérez", "María José", date(1990, 5, 1)
    answer_form(monkeypatch, fill)
    window.menu_actions["add"].trigger()
    assert store.nationals.count() == before + 1
    added = store.nationals.ids(NationalFilter(text="nunez perez maria"))
    assert len(added) == 1
    assert view.selected_ids() == added

    answer_form(monkeypatch, lambda n: setattr(n, "status", AccountabilityStatus.SAFE))
    window.menu_actions["edit"].trigger()
    assert store.nationals.get(added[0]).status == AccountabilityStatus.SAFE

    window.menu_actions["undo"].trigger()
    assert store.nationals.get(added[0]).status == AccountabilityStatus.NOT_CONTACTED
    assert "Undo" in window.menu_actions["undo"].text() or window.menu_actions["undo"].isEnabled()

    view.table.selectRow(view.model.row_of(added[0]))
    window.menu_actions["delete"].trigger()
    assert store.nationals.count() == before
    window.menu_actions["undo"].trigger()
    restored = store.nationals.get(added[0])
    assert restored.family_names == "Núñez Pérez"
    window.menu_actions["redo"].trigger()
    assert store.nationals.count() == before
    assert dialogs == []


def test_search_finds_nunez_when_typing_nunez(window, view):
    store = window.context.store
    store.nationals.add(National("Zacarías", "Núñez Zúñiga"))
    window.context.apply(store.nationals.add(National("Ana", "Nuño")))
    view.search.setText("nunez zun")
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 0)) == "Núñez Zúñiga"


def test_filters_give_the_same_count_as_sql(window, view):
    db = window.context.store.db
    view.vulnerability.setCurrentIndex(view.vulnerability.findData(int(Vulnerability.OLDER_PERSON)))
    expected = db.execute("SELECT count(*) FROM nationals WHERE vulnerabilities & 4").fetchone()[0]
    assert expected > 0
    assert view.model.rowCount() == expected
    zone_id = view.zone.itemData(1)
    view.zone.setCurrentIndex(1)
    expected = db.execute("SELECT count(*) FROM nationals WHERE vulnerabilities & 4 AND zone_id = ?",
                          [zone_id]).fetchone()[0]
    assert view.model.rowCount() == expected
    view.clear_filters()
    assert view.model.rowCount() == db.execute("SELECT count(*) FROM nationals").fetchone()[0]


def test_a_household_moves_together_when_one_member_moves(window, view, monkeypatch):
    store = window.context.store
    key = store.db.execute("SELECT household FROM nationals WHERE household != '' GROUP BY household "
                           "HAVING count(*) > 1 LIMIT 1").fetchone()[0]
    members = store.nationals.household_members(key)
    view.household.setText(key)
    view.table.selectRow(view.model.row_of(members[0].id))
    answer_form(monkeypatch, lambda n: setattr(n, "address", "Calle Nueva 5"))
    window.menu_actions["edit"].trigger()
    assert {m.address for m in store.nationals.household_members(key)} == {"Calle Nueva 5"}
    window.menu_actions["undo"].trigger()
    assert [m.address for m in store.nationals.household_members(key)] == [m.address for m in members]


def test_the_form_shows_each_validation_message_beside_its_field(window, qtbot):
    NationalForm.store = window.context.store
    NationalForm.region = "MX"
    form = NationalForm("Edit", national_fields(lambda t: t, window.context.store.db), National("", ""))
    qtbot.addWidget(form)
    form.editors["given_names"].setText("José")
    form.editors["birth_date"].setText("31/02/2001")
    form.editors["phone"].setText("12")
    form.accept()
    assert form.result() == 0
    assert form.errors["family_names"].text() == "This field is required."
    assert "not a real date" in form.errors["birth_date"].text()
    assert form.errors["given_names"].isHidden()
    form.editors["family_names"].setText("Ávila")
    form.editors["birth_date"].setText("28/02/2001")
    form.accept()
    assert "phone number" in form.errors["phone"].text()
    assert form.errors["family_names"].isHidden()
    form.editors["phone"].setText("962 123 4567")
    form.accept()
    assert form.result() == 1
    assert form.result_record().phone == "+529621234567"
    assert form.result_record().birth_date == date(2001, 2, 28)
