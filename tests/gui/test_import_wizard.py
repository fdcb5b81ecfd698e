import pytest
from PySide6.QtWidgets import QWizard

from micic_planner.core.models import National, Post
from micic_planner.gui.context import AppContext
from micic_planner.gui.import_wizard import ImportResultDialog, ImportWizard

CSV = ("Apellidos;Nombre(s);Fecha de nacimiento;Teléfono;Pasaporte\n"
       "Núñez Pérez;María José;31/05/1990;5512 3456;G1\n"
       "Gómez;Luis;31/02/1990;;G2\n"
       "Ruiz;Ana;01/01/1980;;P777\n")


@pytest.fixture
def wizard(qtbot, store, tmp_path, monkeypatch):
    store.save_post(Post("Consulado", "GT", "Guatemala"))
    store.nationals.add(National("Ana", "Ruiz", email="ana@example.org", passport_no="P777"))
    path = tmp_path / "lista.csv"
    path.write_bytes(CSV.encode("cp1252"))
    context = AppContext(store)
    changes = []
    context.changed.connect(changes.append)
    wiz = ImportWizard(context)
    wiz.changes = changes
    qtbot.addWidget(wiz)
    wiz.file_page.path_edit.setText(str(path))
    wiz.file_page.source_box.setCurrentText("Iglesia San José")
    monkeypatch.setattr(ImportResultDialog, "ask", classmethod(lambda cls, parent, text: wiz.__dict__.setdefault(
        "told", text)))
    wiz.show()
    return wiz


def test_the_wizard_guesses_the_spanish_mapping_and_reports_the_bad_row(wizard):
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping.fields == ["family_names", "given_names", "birth_date", "phone", "passport_no"]
    wizard.next()
    page = wizard.validation_page
    assert [i.row for i in wizard.analysis.report.issues] == [3]
    assert not page.isComplete()  # a bad row blocks the import until fixed or skipped
    page.skip_box.setChecked(True)
    assert page.isComplete()


def test_a_fixed_row_is_imported_and_a_duplicate_is_merged_in_one_go(wizard):
    wizard.next()
    wizard.next()
    wizard.validation_page.fix(0, "28/02/1990")
    wizard.validation_page.check()
    assert wizard.analysis.report.issues == []
    wizard.next()
    panel = wizard.duplicates_page.panel
    assert panel.rows == [4]
    assert panel.compare.item(0, 1).text() == "Ruiz" and panel.compare.item(0, 2).text() == "Ruiz"
    panel.choose(0, "merge")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert (wizard.result.inserted, wizard.result.merged) == (2, 1)
    store = wizard.context.store
    assert store.nationals.count() == 3
    assert store.db.execute("SELECT birth_date FROM nationals WHERE family_names = 'Ruiz'").fetchone() == (
        "1980-01-01",)
    assert wizard.changes and wizard.changes[-1].touches("nationals")
    assert wizard.imports.saved_mapping("Iglesia San José") is not None


def test_changing_a_field_in_the_mapping_takes_it_from_the_other_column(wizard):
    wizard.next()
    wizard.mapping_page.set_field(4, "family_names")
    assert wizard.mapping.fields[0] is None and wizard.mapping.fields[4] == "family_names"
    assert wizard.mapping_page.isComplete()
    assert wizard.mapping_page.combos[0].currentData() is None


def test_the_export_dialog_chooses_the_partner_profile_and_never_offers_sensitive_fields(qtbot, store, tmp_path):
    from PySide6.QtCore import Qt

    from micic_planner.gui.export_dialog import ExportDialog

    store.nationals.add(National("Ana", "Ruiz", consent_share=True, migration_status="Irregular"))
    dialog = ExportDialog(AppContext(store))
    qtbot.addWidget(dialog)
    assert dialog.profile_box.currentData() == "partner"
    assert "migration_status" not in dialog.chosen_fields() and "family_names" in dialog.chosen_fields()
    sensitive = next(dialog.fields.item(i) for i in range(dialog.fields.count())
                     if dialog.fields.item(i).data(Qt.ItemDataRole.UserRole) == "notes")
    assert not sensitive.flags() & Qt.ItemFlag.ItemIsEnabled
    dialog.path_edit.setText(str(tmp_path / "lista.csv"))
    assert dialog.export() == 1
    text = (tmp_path / "lista.csv").read_text(encoding="utf-8-sig")
    assert "Ruiz" in text and "Irregular" not in text


def test_the_mapping_step_asks_what_m_means_when_the_sex_column_cannot_tell(qtbot, store, tmp_path):
    store.save_post(Post("Consulado", "MX", "Tapachula"))
    path = tmp_path / "mujeres.csv"
    path.write_text("Apellidos,Nombres,Sexo\nIbarra,Begoña,M\n", encoding="utf-8")
    wiz = ImportWizard(AppContext(store))
    qtbot.addWidget(wiz)
    wiz.file_page.path_edit.setText(str(path))
    wiz.show()
    wiz.next()
    page = wiz.mapping_page
    assert page.sex_box.isVisibleTo(page) and not page.isComplete()
    page.sex_box.setCurrentIndex(page.sex_box.findData("hm"))
    assert page.isComplete()
    wiz.next()
    assert wiz.analysis.report.issues == []
    record, _issues = wiz.validator().check(2, ["Ibarra", "Begoña", "M"], lambda: "u")
    assert record[wiz.validator().columns.index("sex")] == "F"


def test_a_merge_in_the_window_keeps_an_injured_status_and_says_so(qtbot, store, tmp_path, monkeypatch):
    from micic_planner.core.enums import AccountabilityStatus

    store.save_post(Post("Consulado", "MX", "Tapachula"))
    known = National("Begoña", "Ibarra", passport_no="G77")
    store.nationals.add(known)
    known.status = AccountabilityStatus.INJURED
    store.nationals.update(known, source="phone")
    path = tmp_path / "cruz_roja.csv"
    path.write_text("Apellidos,Nombres,Pasaporte,Estado\nIbarra,Begoña,G77,safe\n", encoding="utf-8")
    wiz = ImportWizard(AppContext(store))
    qtbot.addWidget(wiz)
    monkeypatch.setattr(ImportResultDialog, "ask", classmethod(lambda cls, parent, text: wiz.__dict__.setdefault(
        "told", text)))
    wiz.file_page.path_edit.setText(str(path))
    wiz.show()
    wiz.next()
    wiz.next()
    wiz.next()
    wiz.duplicates_page.panel.choose(0, "merge")
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert store.nationals.get(known.id).status is AccountabilityStatus.INJURED
    assert len(store.nationals.status_history(known.id)) == 1
    assert "1 merged national kept their status" in wiz.told  # its plural form (issue 14)
