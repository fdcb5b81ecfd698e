"""The window's side of disclosures: the export dialog's partner, encryption and warning; prints in the ledger;
the administrator's ledger dialog."""

import pytest
import pyzipper
from PySide6.QtWidgets import QMessageBox

from micic_planner.core.crisis import Movement
from micic_planner.core.models import National, Partner, Post
from micic_planner.gui.context import AppContext
from micic_planner.gui.export_dialog import ExportDialog
from micic_planner.storage.disclosures import DisclosureLedger

PASSPHRASE = "caballo batería grapa correcta"


@pytest.fixture
def dialog(store, qtbot):
    store.save_post(Post("Consulado", "GT", "Guatemala"))
    store.nationals.add(National("Ana", "Ruiz", consent_share=True, migration_status="Irregular"))
    store.nationals.add(National("Luis", "Pérez", consent_share=False))
    store.records.add(Partner("OIM Guatemala"))
    d = ExportDialog(AppContext(store))
    qtbot.addWidget(d)
    return d


def choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))


def test_a_partner_export_names_the_partner_in_the_ledger_and_warns_that_it_is_in_clear(dialog, tmp_path):
    assert not dialog.encrypt.isChecked() and not dialog.clear_warning.isHidden()
    choose(dialog.partner_box, 1)
    dialog.path_edit.setText(str(tmp_path / "oim.csv"))
    assert dialog.export() == 2
    [entry] = DisclosureLedger(dialog.context.store).entries()
    assert entry["partner_name"] == "OIM Guatemala" and entry["file_name"] == "oim.csv" and entry["count"] == 2
    assert dialog.disclosure.personal and not dialog.disclosure.encrypted


def test_the_full_profile_is_encrypted_by_default_and_opens_with_the_passphrase(dialog, tmp_path, monkeypatch):
    choose(dialog.format_box, "xlsx")
    choose(dialog.profile_box, "full")
    assert dialog.encrypt.isChecked() and dialog.clear_warning.isHidden()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.path_edit.setText(str(tmp_path / "registro.xlsx"))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[1]))
    dialog.accept()
    assert shown == ["Exported"]
    with pyzipper.AESZipFile(tmp_path / "registro.xlsx.zip") as zf:
        zf.setpassword(PASSPHRASE.encode())
        assert zf.read("registro.xlsx")[:2] == b"PK"
    assert DisclosureLedger(dialog.context.store).entries()[0]["encrypted"]


def test_two_different_passphrases_write_nothing(dialog, tmp_path, dialogs):
    choose(dialog.profile_box, "full")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.path_edit.setText(str(tmp_path / "r.csv"))
    assert dialog.export() is None
    assert "not the same" in dialogs[0][1]
    assert sorted(p.name for p in tmp_path.glob("r.csv*")) == []
    assert DisclosureLedger(dialog.context.store).count() == 0


def test_a_manifest_printed_from_the_window_is_in_the_ledger(store, qtbot, monkeypatch, tmp_path):
    from micic_planner.gui.crisis import dialogs as crisis_dialogs
    from micic_planner.gui.crisis import prompts
    from micic_planner.gui.crisis.crisis_view import CrisisView
    from tests.crisis_fixture import build_post
    from tests.gui.crisis.test_crisis_view import open_crisis

    store.user_name = "officer1"
    store.post_data = build_post(store)
    widget = CrisisView(AppContext(store))
    qtbot.addWidget(widget)
    crisis = open_crisis(widget, monkeypatch)
    point = store.post_data["point"]
    monkeypatch.setattr(crisis_dialogs.MovementDialog, "ask", classmethod(
        lambda cls, parent, movement, points: Movement(crisis.id, "Autobús 1", seats=7, origin_id=point.id)))
    widget.movements.buttons["new"].click()
    widget.movements.buttons["fill"].click()
    out = tmp_path / "manifest.pdf"
    monkeypatch.setattr(prompts.SaveAs, "ask", classmethod(lambda cls, *a: str(out)))
    worker = widget.movements.print_manifest()
    with qtbot.waitSignal(worker.succeeded, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: DisclosureLedger(store).count() == 1, timeout=5_000)
    [entry] = DisclosureLedger(store).entries()
    assert (entry["kind"], entry["document"], entry["count"], entry["user"]) == ("print", "manifest", 6, "officer1")


def test_the_ledger_dialog_shows_the_lists_and_who_was_given_to_a_partner(dialog, tmp_path, qtbot):
    from micic_planner.gui.security.disclosures_dialog import DisclosuresDialog

    choose(dialog.partner_box, 1)
    dialog.path_edit.setText(str(tmp_path / "oim.csv"))
    dialog.export()
    ledger_dialog = DisclosuresDialog(None, dialog.context.store)
    qtbot.addWidget(ledger_dialog)
    assert ledger_dialog.table.rowCount() == 1 and ledger_dialog.people.isHidden()
    ledger_dialog.partner.setCurrentIndex(ledger_dialog.partner.findText("OIM Guatemala"))
    assert ledger_dialog.people.rowCount() == 2
    names = {ledger_dialog.people.item(r, 1).text(): ledger_dialog.people.item(r, 6).text() for r in range(2)}
    assert "family_names" in names["Ruiz"] and "(record purged)" not in names
