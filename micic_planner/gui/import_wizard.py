"""The import wizard: file, column mapping, preview and validation, duplicates, then one all-or-nothing import."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWizard

from micic_planner.core.duplicates import DuplicateFinder
from micic_planner.core.import_job import ImportDecisions, ImportOutcome, ImportPipeline
from micic_planner.core.import_rows import RowValidator
from micic_planner.gui.errors import explained
from micic_planner.gui.worker import Worker, run_and_wait

KEEP_RECORDS = 200_000  # beyond this many rows, side-by-side shows only the registry record


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _trn(text: str, count: int) -> str:
    """A sentence part with one count (%Ln), in its plural form for that count."""
    return QCoreApplication.translate("ImportWizard", text, "", count)


class RecordingFinder(DuplicateFinder):
    """A duplicate finder that remembers the file's records, so the wizard can show them side by side."""

    def __init__(self, registry):
        super().__init__(registry)
        self.records: dict[int, dict] = {}

    def check_batch(self, rows):
        if len(self.records) < KEEP_RECORDS:
            self.records.update(rows)
        else:
            found = super().check_batch(rows)
            wanted = {c.row for c in found}
            self.records.update((r, rec) for r, rec in rows if r in wanted)
            return found
        return super().check_batch(rows)


class ImportWizard(QWizard):
    """Holds what the pages decide; `run_import` writes it in one transaction off the GUI thread."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        from micic_planner.gui.import_pages import DuplicatesPage, FilePage, MappingPage, ValidationPage
        from micic_planner.storage.import_store import ImportStore

        self.context = context
        self.imports = ImportStore(context.store)
        self.table = None
        self.mapping = None
        self.source = ""
        self.region = ""
        self.sex_codes: str | None = "mf"  # what a one-letter "M" means; the mapping page asks when unsure
        self.decisions = ImportDecisions(duplicates="skip")
        self.analysis: ImportOutcome | None = None
        self.records: dict[int, dict] = {}
        self.result: ImportOutcome | None = None
        self.setWindowTitle(self.tr("Import nationals"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(980, 640)
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.validation_page, self.duplicates_page = ValidationPage(self), DuplicatesPage(self)
        for page in (self.file_page, self.mapping_page, self.validation_page, self.duplicates_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def validator(self) -> RowValidator:
        return RowValidator(self.mapping, region=self.region or None, zones=self.imports.zones(),
                            sex_codes=self.sex_codes)

    def analyse(self) -> ImportOutcome:
        """A pass over the whole file that writes nothing: every issue and every possible duplicate."""
        from micic_planner.storage.nationals import fast_uuid

        decisions = ImportDecisions(skip=set(self.decisions.skip), fixes=dict(self.decisions.fixes),
                                    skip_invalid=True, duplicates="keep")
        finder = RecordingFinder(self.imports.lookup())
        pipeline = ImportPipeline(self.validator(), decisions, fast_uuid, finder, where=str(self.table.path))
        outcome = _in_worker(self, _tr("Checking the file…"), lambda p, c: pipeline.consume(self.table.rows()))
        self.records = finder.records
        self.analysis = outcome
        return outcome

    def run_import(self) -> ImportOutcome | None:
        from micic_planner.storage.nationals import fast_uuid

        pipeline = ImportPipeline(self.validator(), self.decisions, fast_uuid, DuplicateFinder(self.imports.lookup()),
                                  where=str(self.table.path))
        expected = self.analysis.report.rows if self.analysis else 0

        def job(progress, _cancelled):
            from micic_planner.storage.place_coordinates import PlaceCoordinates

            outcome, changes = self.imports.apply(pipeline, self.table.rows(), file_name=self.table.path,
                                                  source=self.source, expected=expected,
                                                  progress=lambda n: progress(n, expected),
                                                  notes=getattr(self.table, "notes", None),
                                                  person_notes=getattr(self.table, "person_notes", None),
                                                  inquiry_notes=getattr(self.table, "inquiry_notes", None))
            # Rows that name a town but give no coordinates get the town's, from the offline gazetteer.
            return outcome, changes | PlaceCoordinates(self.imports.store).fill(self.region or None)

        result = _in_worker(self, _tr("Importing…"), job, expected)
        if result is None:
            return None
        outcome, changes = result
        if self.source:
            self.imports.save_mapping(self.source, self.mapping.to_json(), self.region)
        self.context.apply(changes)
        self.result = outcome
        return outcome

    def accept(self) -> None:
        outcome = self.run_import()
        if outcome is None:
            return
        ImportResultDialog.ask(self, self.summary(outcome))
        super().accept()

    def summary(self, outcome: ImportOutcome) -> str:
        """What the import did; each count takes its own plural form, so a sentence holds one count."""
        text = " ".join((_trn("%Ln national(s) imported,", outcome.inserted), _trn("%Ln merged,", outcome.merged),
                         _trn("%Ln skipped.", outcome.skipped)))
        if outcome.statuses_kept:
            text += " " + _trn("%Ln merged national(s) kept their status, newer or more specific than the file's.",
                               outcome.statuses_kept)
        if outcome.notes:
            notes = outcome.notes
            text += " " + " ".join((_trn("The file's %Ln note(s) on other people:", notes.total),
                                    _trn("%Ln used,", notes.used), _trn("%Ln changed a status.", len(notes.applied))))
            unused = [n.note_id or n.person_id for n in (*notes.kept, *notes.superseded, *notes.unmatched)]
            if unused:
                text += "\n" + _tr("Notes not used: {notes}").format(notes=", ".join(unused[:20]))
        if outcome.inquiries_noted:
            text += "\n" + _trn("%Ln new note(s) from Person Finder added to the hotline's inquiries about the "
                                 "same person.", outcome.inquiry_notes)
        expired = getattr(self.table, "expired", None)
        if expired:
            text += "\n" + _tr("Not imported, the sender's record having expired (PFIF expiry_date): {names}").format(
                names=", ".join(f"{name or record_id} ({when[:10]})" for record_id, name, when in expired[:20]))
        return text


class ImportResultDialog:
    """Tells the person what the import did; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, text: str) -> None:
        QMessageBox.information(parent, _tr("Import finished"), text)


class OpenFileDialog:
    """Which file to import; tests replace `ask`."""

    @classmethod
    def ask(cls, parent) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            parent, _tr("Import nationals"), "", _tr("Lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xml);;All files (*)"))
        return path


def _in_worker(parent, label: str, function, total: int = 0):
    """Run `function(progress, cancelled)` off the GUI thread behind a progress dialog; None after an error."""
    dialog = QProgressDialog(label, "", 0, total, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    worker = Worker(function, parent)
    worker.progressed.connect(lambda done, _total: dialog.setValue(min(done, dialog.maximum())) if total else None)
    with explained(parent, _tr("The import could not go on")):
        try:
            return run_and_wait(worker)
        finally:
            dialog.close()
    return None


def run_import_wizard(window) -> None:
    """Menu action (File > Import nationals…)."""
    if window.context.store is None:
        return
    ImportWizard(window.context, window).exec()
