"""Phones are shown grouped for reading aloud and stored in E.164, whatever the window shows."""

from PySide6.QtCore import Qt

from micic_planner.core.models import National, Post
from micic_planner.core.phone_display import display_phone, typed_phone


def test_a_stored_number_is_shown_grouped_in_the_international_format():
    assert display_phone("+529621234567") == "+52 962 123 4567"
    assert display_phone("+50255500000") == "+502 5550 0000"


def test_what_cannot_be_read_as_a_phone_is_shown_as_stored():
    assert display_phone("") == "" and display_phone(None) == ""
    assert display_phone("ext. 12") == "ext. 12"


def test_a_grouped_number_typed_back_is_stored_in_e164():
    assert typed_phone("+52 962 123 4567") == "+529621234567"
    assert typed_phone(" 962 123 4567 ") == "962 123 4567"  # read in the host country by the form's validation


def test_the_registry_table_shows_phones_grouped_and_keeps_them_in_e164(qtbot, store):
    from micic_planner.gui.models.nationals_model import COLUMNS, NationalsTableModel

    store.nationals.add(National("López", "Ana", phone="+529621234567"))
    model = NationalsTableModel(store)
    column = [key for key, _title, _sort in COLUMNS].index("phone")
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == "+52 962 123 4567"
    assert store.nationals.get(model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1)).phone == "+529621234567"


def test_the_national_form_shows_the_phone_grouped_and_saves_it_unchanged(qtbot, store):
    from micic_planner.gui.forms.national_form import NationalForm, national_fields

    store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula", lat=14.9, lon=-92.26))
    NationalForm.store = store
    form = NationalForm("National", national_fields(lambda text: text, store.db),
                        National("López", "Ana", phone="+529621234567", emergency_phone="+50255500000"))
    qtbot.addWidget(form)
    assert form.editors["phone"].text() == "+52 962 123 4567"
    assert form.editors["emergency_phone"].text() == "+502 5550 0000"
    record = form.collect()
    assert record.phone == "+529621234567" and record.emergency_phone == "+50255500000"


def test_the_partners_table_shows_the_24_hour_phone_grouped(window):
    view = window.show_view("partners")
    model = view.panel.model
    phones = {model.data(model.index(r, 3)) for r in range(model.rowCount())}
    assert phones and all(" " in p for p in phones if p), phones
    assert not any(p.startswith("+") and " " not in p for p in phones)



def test_the_registry_table_never_cuts_a_grouped_phone_in_the_windows_font(spanish, window):
    from micic_planner.gui.models.nationals_model import COLUMNS

    view = window.show_view("nationals")
    column = [key for key, _title, _sort in COLUMNS].index("phone")
    phones = [view.model.index(row, column).data() for row in range(min(view.model.rowCount(), 200))]
    phones = [text for text in phones if text]
    assert phones and all(text.count(" ") == 3 for text in phones)  # grouped: "+52 962 123 4567"
    widest = max(view.table.fontMetrics().horizontalAdvance(text) for text in phones)
    assert widest + 12 < view.table.columnWidth(column)  # the cell's margins: nothing cut to "+52 962 123 …"
