"""The pages of the import wizard: file and source, column mapping, preview with validation report, duplicates."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from micic_planner.core.column_mapping import EXTRA_FIELDS, FIELD_TITLES, IMPORT_FIELDS, ColumnMapping, guess_mapping
from micic_planner.core.i18n import translate
from micic_planner.core.sex_codes import HM, MF, for_mapping
from micic_planner.gui.errors import explained

PREVIEW_ROWS = 50


def _item(text, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class FilePage(QWizardPage):
    """Which file, who sent it (its saved mapping is reused) and how its phones are written."""

    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the list to import"))
        self.setSubTitle(self.tr("CSV (any delimiter or encoding), Excel XLSX, or a PFIF file from a family-tracing "
                                 "partner. Nothing is written until the last step, and then all or nothing."))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        self.source_box = QComboBox()
        self.source_box.setEditable(True)
        self.source_box.addItems([""] + wizard.imports.sources())
        self.source_box.setToolTip(self.tr("Who sent the list; the column mapping is saved under this name."))
        post = wizard.context.store.post()
        self.region_edit = QLineEdit(post.host_country if post else "")
        self.region_edit.setMaxLength(2)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sent by:"), self.source_box)
        form.addRow(self.tr("Country of phones written without +:"), self.region_edit)
        self.path_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def _on_browse_clicked(self) -> None:
        from micic_planner.gui.import_wizard import OpenFileDialog

        path = OpenFileDialog.ask(self)
        if path:
            self.path_edit.setText(path)

    def validatePage(self) -> bool:
        from micic_planner.interchange.tables import open_table

        with explained(self, self.tr("The file cannot be imported")) as failed:
            wiz = self.wiz
            wiz.table = open_table(self.path_edit.text().strip())
            wiz.source = self.source_box.currentText().strip()
            saved = wiz.imports.saved_mapping(wiz.source) if wiz.source else None
            wiz.mapping = (ColumnMapping.from_json(wiz.table.headers, saved[0], where=wiz.source) if saved
                           else guess_mapping(wiz.table.headers))
            wiz.region = self.region_edit.text().strip().upper() or (saved[1] if saved else "")
        return not failed


class MappingPage(QWizardPage):
    """One line per column of the file: its header, a sample, and the field it fills (editable)."""

    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("The fields were guessed from the headers, in Spanish or English. Correct any "
                                 "guess; columns set to “Ignore” are not imported."))
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                             self.tr("Field")])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().hide()
        self.save_box = QCheckBox(self.tr("Remember this mapping for lists from the same sender"))
        self.save_box.setChecked(True)
        self.missing_label = QLabel()
        self.missing_label.setStyleSheet("color: #b00020")
        # Shown only when the sex column's "M" may be mujer or male (core.sex_codes): the person says which.
        self.sex_label = QLabel(self.tr("The sex column writes M, which can mean mujer or male:"))
        self.sex_box = QComboBox()
        self.sex_box.addItem(self.tr("Choose what M means…"), None)
        self.sex_box.addItem(self.tr("M = mujer, H = hombre (as on CURP and INE)"), HM)
        self.sex_box.addItem(self.tr("M = male or masculino, F = female or femenino"), MF)
        self.sex_box.currentIndexChanged.connect(self._on_sex_codes_changed)
        sex_row = QHBoxLayout()
        sex_row.addWidget(self.sex_label)
        sex_row.addWidget(self.sex_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(self.missing_label)
        layout.addLayout(sex_row)
        layout.addWidget(self.save_box)
        self.combos: list[QComboBox] = []
        self._sex_column: int | None = -1
        self._sex_reading: str | None = MF

    def initializePage(self) -> None:
        wiz = self.wiz
        sample = wiz.table.preview(1)
        first = sample[0] if sample else []
        self._sex_column = -1  # another file may have been chosen: read its sex column again
        self.grid.setRowCount(len(wiz.table.headers))
        self.combos = []
        for i, header in enumerate(wiz.table.headers):
            self.grid.setItem(i, 0, _item(header))
            self.grid.setItem(i, 1, _item(first[i] if i < len(first) else ""))
            combo = QComboBox()
            combo.addItem(self.tr("Ignore"), None)
            for name in (*IMPORT_FIELDS, *EXTRA_FIELDS):
                combo.addItem(translate(FIELD_TITLES[name]), name)
            combo.setCurrentIndex(max(0, combo.findData(wiz.mapping.fields[i])))
            combo.currentIndexChanged.connect(lambda _index, column=i: self._on_field_changed(column))
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self._show_missing()

    def set_field(self, column: int, name: str | None) -> None:
        """Map `column` to `name` (None: ignore), as choosing it in the list does."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(name))

    def _on_field_changed(self, column: int) -> None:
        name = self.combos[column].currentData()
        self.wiz.mapping.set(column, name)
        for i, combo in enumerate(self.combos):  # a field taken away from another column shows as ignored
            wanted = combo.findData(self.wiz.mapping.fields[i])
            if combo.currentIndex() != wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, wanted))
                combo.blockSignals(False)
        self._show_missing()

    def _on_sex_codes_changed(self, _index: int) -> None:
        self._read_sex_codes()
        self.completeChanged.emit()

    def _read_sex_codes(self) -> None:
        """Read the sex column again only when another column is mapped to sex (a pass over the file)."""
        column = self.wiz.mapping.index_of("sex")
        if column != self._sex_column:
            self._sex_column = column
            self._sex_reading = for_mapping(self.wiz.mapping, self.wiz.table.rows())
        ambiguous = self._sex_reading is None
        self.sex_label.setVisible(ambiguous)
        self.sex_box.setVisible(ambiguous)
        self.wiz.sex_codes = self.sex_box.currentData() if ambiguous else self._sex_reading

    def _show_missing(self) -> None:
        self._read_sex_codes()
        missing = self.wiz.mapping.missing_required()
        self.missing_label.setText(self.tr("Required and not matched: {fields}").format(
            fields=", ".join(translate(FIELD_TITLES[f]) for f in missing)) if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (self.wiz.mapping is not None and not self.wiz.mapping.missing_required()
                and self.wiz.sex_codes is not None)

    def validatePage(self) -> bool:
        if self.save_box.isChecked() and self.wiz.source:
            self.wiz.imports.save_mapping(self.wiz.source, self.wiz.mapping.to_json(), self.wiz.region)
        return True


class ValidationPage(QWizardPage):
    """A preview of the first rows and the validation report; fix a value in place, or skip the rows."""

    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview and check"))
        self.summary = QLabel()
        self.preview = QTableWidget(0, 0)
        self.preview.verticalHeader().hide()
        self.issues = QTableWidget(0, 5)
        self.issues.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Value"),
                                               self.tr("Problem"), self.tr("What to do")])
        header = self.issues.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, fit, fit, stretch, stretch)):
            header.setSectionResizeMode(column, mode)
        self.issues.setWordWrap(True)
        self.issues.verticalHeader().hide()
        self.issues.itemChanged.connect(self._on_issue_edited)
        self.skip_box = QCheckBox(self.tr("Skip the rows with errors"))
        self.skip_box.toggled.connect(self._on_skip_toggled)
        recheck = QPushButton(self.tr("Check again"))
        recheck.clicked.connect(self.check)
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        for widget in (self.skip_box, recheck, self.save_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("First rows as they will be read:")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues, 3)
        layout.addLayout(buttons)
        self._filling = False

    def initializePage(self) -> None:
        wiz = self.wiz
        mapped = [(i, f) for i, f in enumerate(wiz.mapping.fields) if f]
        rows = wiz.table.preview(PREVIEW_ROWS)
        self.preview.setColumnCount(len(mapped))
        self.preview.setHorizontalHeaderLabels([translate(FIELD_TITLES[f]) for _i, f in mapped])
        self.preview.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, (i, _f) in enumerate(mapped):
                self.preview.setItem(r, c, _item(values[i] if i < len(values) else ""))
        self.preview.resizeColumnsToContents()
        self.check()

    def check(self) -> None:
        outcome = self.wiz.analyse()
        if outcome is None:
            return
        report = outcome.report
        self._filling = True
        self.issues.setRowCount(len(report.issues))
        for r, issue in enumerate(report.issues):
            row_item = _item(issue.row)
            row_item.setData(Qt.ItemDataRole.UserRole, issue.column)
            problem = _item(issue.message)
            problem.setToolTip(issue.hint)
            for c, value in enumerate((row_item, _item(issue.column), _item(issue.value, editable=True), problem,
                                       _item(issue.hint))):
                self.issues.setItem(r, c, value)
        self.issues.resizeRowsToContents()
        self._filling = False
        self.summary.setText(" ".join((self.tr("%Ln row(s) read:", "", report.rows),
                                       self.tr("%Ln can be imported,", "", report.accepted),
                                       self.tr("%Ln with errors.", "", len(report.bad_rows)))))
        self.save_button.setEnabled(bool(report.issues))
        self._on_skip_toggled(self.skip_box.isChecked())

    def fix(self, issue_index: int, text: str) -> None:
        """Correct the value of one reported cell, as editing it in the table does."""
        self.issues.item(issue_index, 2).setText(text)

    def _on_issue_edited(self, item) -> None:
        if self._filling or item.column() != 2:
            return
        issue = self.wiz.analysis.report.issues[item.row()]
        column = self.wiz.table.headers.index(issue.column) if issue.column in self.wiz.table.headers else None
        if column is not None:
            self.wiz.decisions.fixes.setdefault(issue.row, {})[column] = item.text()

    def _on_skip_toggled(self, checked: bool) -> None:
        bad = set(self.wiz.analysis.report.bad_rows) if self.wiz.analysis else set()
        fixed = set(self.wiz.decisions.fixes)
        self.wiz.decisions.skip = (bad - fixed) if checked else set()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        analysis = self.wiz.analysis
        return analysis is not None and (not analysis.report.issues or self.skip_box.isChecked())

    def _on_save_clicked(self) -> None:
        path = SaveReportDialog.ask(self)
        if path:
            from micic_planner.core.import_job import report_csv

            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                f.write(report_csv(self.wiz.analysis))


class SaveReportDialog:
    """Where to save the validation report; tests replace `ask`."""

    @classmethod
    def ask(cls, parent) -> str:
        from PySide6.QtCore import QCoreApplication

        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ImportWizard", "Save the validation report"),
            QCoreApplication.translate("ImportWizard", "validation_report.csv"), "CSV (*.csv)")
        return path


class DuplicatesPage(QWizardPage):
    """Each possible duplicate side by side with the known record: merge, keep both, or skip."""

    def __init__(self, wizard):
        super().__init__()
        from micic_planner.gui.duplicates_dialog import DuplicatesPanel

        self.wiz = wizard
        self.setTitle(self.tr("Possible duplicates"))
        self.setSubTitle(self.tr("Same document, same phone, or a similar name with the same date of birth. "
                                 "Merging fills the empty fields of the known record and keeps its history."))
        self.panel = DuplicatesPanel(wizard)
        QVBoxLayout(self).addWidget(self.panel)

    def initializePage(self) -> None:
        self.panel.load(self.wiz.analysis.candidates if self.wiz.analysis else [])
