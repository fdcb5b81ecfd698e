"""The program in Spanish: Qt's own dialogs, default file names, counts and sorting the user's way."""

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo

from micic_planner.gui import locale_support
from micic_planner.gui.locale_support import install_language


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def test_qt_file_dialogs_speak_spanish(spanish):
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"


def test_qt_catalogue_is_found_in_the_pyside_package_when_qt_points_elsewhere(qapp, monkeypatch, tmp_path):
    # A frozen build may report a translations folder that does not exist.
    monkeypatch.setattr(QLibraryInfo, "path", lambda which: str(tmp_path / "missing"))
    install_language(qapp, "es")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"
    finally:
        install_language(qapp, "en")


def test_english_needs_no_qt_catalogue(qapp):
    install_language(qapp, "en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    assert locale_support.qt_translation_folders()


def test_a_national_without_a_household_is_not_called_homeless(spanish, store, qtbot):
    from micic_planner.core.models import National
    from micic_planner.gui.forms.national_form import NationalForm, national_fields

    NationalForm.store = store
    form = NationalForm("National", national_fields(lambda text: text, store.db), National("López", "Ana"))
    qtbot.addWidget(form)
    text = form.members_label.text()
    assert "hogar" in text and "Sin hogar" not in text


def test_the_audit_log_reads_in_spanish_with_local_times_and_no_json(spanish, store, qtbot):
    from micic_planner.gui.security.tables import AuditDialog

    store.audit.record("login")
    store.audit.record("restore", before={"name": "Viejo", "city": "Tapachula"},
                       after={"name": "Nuevo", "city": "Tapachula"})
    dialog = AuditDialog(None, store)
    qtbot.addWidget(dialog)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Registrar" not in headers and "N.º de registro" in headers and headers[0] == "Cuándo"
    cells = [table.item(0, c).text() for c in range(8)]
    assert cells[2] == "Restauración desde un respaldo"
    assert cells[5] == "name: Viejo" and cells[6] == "name: Nuevo"
    assert "T" not in cells[0] and "Z" not in cells[0] and "." not in cells[0].split(" ")[1]
    assert table.item(1, 2).text() == "Inicio de sesión"
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert "Inicio de sesión" in kinds and "login" not in kinds


def test_a_stored_utc_time_is_shown_in_local_time_to_the_second(spanish, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "America/Mexico_City")
    time.tzset()
    try:
        assert locale_support.fmt_timestamp("2024-03-31T18:05:09.12Z") == "31/03/2024 12:05:09"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_audit_log_groups_the_digits_of_its_count(spanish, store, qtbot):
    from micic_planner.gui.security.tables import AuditDialog

    with store.db.atomic():
        store.db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) "
                         "INSERT INTO audit_log (at, user, action, detail) "
                         "SELECT '2024-01-01T00:00:00.00Z', '', 'login', '' FROM n")
    dialog = AuditDialog(None, store)
    qtbot.addWidget(dialog)
    total = store.audit.count()
    assert total >= 1200
    assert locale_support.fmt_int(total) in dialog.count.text() and str(total) not in dialog.count.text()


def test_names_sort_as_spanish_does_with_accented_capitals_among_their_letter(spanish):
    names = ["Yesenia", "Ángel", "Nora", "Ñandú", "Álvaro", "ana"]
    assert sorted(names, key=locale_support.collation_key) == ["Álvaro", "ana", "Ángel", "Nora", "Ñandú", "Yesenia"]


def test_the_zone_choices_of_the_national_form_follow_spanish_order(spanish, store):
    from micic_planner.core.models import Zone
    from micic_planner.gui.forms.national_form import national_fields

    for name in ("Yucatán", "Ángeles", "Centro"):
        store.records.add(Zone(name))
    zone = next(f for f in national_fields(lambda text: text, store.db) if f.name == "zone_id")
    choices = zone.choices()
    assert [label for _id, label in choices][1:] == ["Ángeles", "Centro", "Yucatán"]


def test_every_record_table_sorts_names_as_spanish_does(spanish, qtmodeltester):
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    from micic_planner.gui.models.record_model import Column, FoldingFilterProxy, RecordTableModel

    model = RecordTableModel([Column("Name", lambda r: r.name)])
    model.set_records([SimpleNamespace(id=i, name=n) for i, n in
                       enumerate(["Yesenia", "Ñandú", "Zona 10", "Ángel", "Nora", "Zona 2", "álvaro"])])
    proxy = FoldingFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == ["álvaro", "Ángel", "Nora", "Ñandú", "Yesenia", "Zona 2", "Zona 10"]


def test_the_status_dialog_lists_zones_and_wardens_in_spanish_order(spanish, store, qtbot):
    from micic_planner.core.models import Warden, Zone
    from micic_planner.gui.crisis.status_dialog import BulkStatusDialog
    from micic_planner.storage.crisis_store import CrisisStore

    for name in ("Zona Norte", "Ángeles", "Centro"):
        zone = Zone(name)
        store.records.add(zone)
        store.records.add(Warden(f"Enlace de {name}", zone.id))
    acc = CrisisStore(store).accountability
    dialog = BulkStatusDialog(store.records.list(Zone, order_by="name"), acc.wardens(), acc)
    qtbot.addWidget(dialog)
    assert [dialog.zone.itemText(i) for i in range(3)] == ["Ángeles", "Centro", "Zona Norte"]
    assert dialog.warden.itemText(0).startswith("Enlace de Ángeles")
