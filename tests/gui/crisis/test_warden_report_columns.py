"""The warden report never cuts a name or a phone: four "Fuentes …" rows must be told apart on a call."""

from PySide6.QtCore import Qt

from micic_planner.core.models import National
from micic_planner.gui.crisis import call_list_model
from micic_planner.gui.crisis.status_dialog import BulkStatusDialog
from micic_planner.storage.crisis_store import CrisisStore
from tests.crisis_fixture import build_post

LONG_GIVEN = ("María Guadalupe Esperanza", "María Guadalupe Concepción", "María Guadalupe Encarnación",
              "María Guadalupe Inmaculada")


def _report(store, qtbot, monkeypatch):
    monkeypatch.setattr(call_list_model, "PAGE", 8)  # the long names arrive in a later page than the first
    data = build_post(store)
    for i, given in enumerate(LONG_GIVEN):
        store.nationals.add(National(given, "Fuentes Hernández de la Santísima Trinidad", zone_id=data["costa"].id,
                                     phone=f"+52962555010{i}", phone2="+529621234567"))
    acc = CrisisStore(store).accountability
    dialog = BulkStatusDialog([], acc.wardens(), acc)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    dialog.wait_loaded()
    model = dialog.report_model
    while model.canFetchMore():
        model.fetchMore()
    return dialog, model


def test_every_name_and_phone_of_the_warden_report_fits_its_column_whole(store, qtbot, monkeypatch):
    dialog, model = _report(store, qtbot, monkeypatch)
    table = dialog.report
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    metrics = table.fontMetrics()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert sum(n.startswith("Fuentes") for n in names) == 4
    for row in range(model.rowCount()):
        for column in (0, 1):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) < table.columnWidth(column), (row, column, text)


def test_the_warden_report_shows_phones_grouped_for_reading_aloud(store, qtbot, monkeypatch):
    _dialog, model = _report(store, qtbot, monkeypatch)
    phones = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "+52 962 555 0100 / +52 962 123 4567" in phones
    assert not any("+52962" in p or "+50499" in p for p in phones)
