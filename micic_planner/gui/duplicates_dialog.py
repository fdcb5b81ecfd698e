"""Possible duplicates of an import, each shown side by side with the record it matches, with a choice per row."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.column_mapping import FIELD_TITLES
from micic_planner.core.i18n import translate
from micic_planner.core.import_job import default_choice
from micic_planner.core.phone_display import display_phone

SHOWN = ("family_names", "given_names", "sex", "birth_date", "passport_no", "consular_id", "phone", "phone2",
         "email", "address", "place", "household", "emergency_contact", "emergency_phone", "status")
PHONES = ("phone", "phone2", "emergency_phone")
REASONS = {"record": "Same record ID", "document": "Same document number", "phone": "Same phone",
           "name": "Similar name and same date of birth",
           "weak": "Same phone only, another name or date of birth: kept"}


class DuplicatesPanel(QWidget):
    """A list of the file's rows that may be known nationals; the chosen one is compared field by field."""

    def __init__(self, wizard, parent=None):
        super().__init__(parent)
        self.wiz = wizard
        self.rows: list[int] = []
        self.by_row: dict[int, list] = {}
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.compare = QTableWidget(0, 3)
        self.compare.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In the file"), self.tr("Known record")])
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.verticalHeader().hide()
        self.choice = QComboBox()
        for value, text in (("skip", self.tr("Skip the row")), ("merge", self.tr("Merge into the known record")),
                            ("keep", self.tr("Keep both"))):
            self.choice.addItem(text, value)
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        self.all_choice = QComboBox()
        for value, text in (("skip", self.tr("Skip every duplicate")), ("merge", self.tr("Merge every duplicate")),
                            ("keep", self.tr("Keep every duplicate"))):
            self.all_choice.addItem(text, value)
        self.all_choice.currentIndexChanged.connect(self._on_all_changed)
        self.reason = QLabel()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.reason)
        rl.addWidget(self.compare)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("This row:")))
        row.addWidget(self.choice, 1)
        rl.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("No row of the file looks like a national already known."))
        layout.addWidget(self.empty)
        layout.addWidget(self.all_choice)
        layout.addWidget(splitter, 1)

    def load(self, candidates) -> None:
        self.by_row = {}
        for cand in candidates:
            self.by_row.setdefault(cand.row, []).append(cand)
        self.rows = sorted(self.by_row)
        self.list.clear()
        for row in self.rows:
            rec = self.wiz.records.get(row, {})
            name = f"{rec.get('family_names', '')}, {rec.get('given_names', '')}".strip(", ")
            QListWidgetItem(self.tr("Row {row}: {name}").format(row=row, name=name), self.list)
        self.empty.setVisible(not self.rows)
        self.all_choice.setVisible(bool(self.rows))
        if self.rows:
            self.list.setCurrentRow(0)

    def choose(self, index: int, value: str) -> None:
        """Decide for the index-th listed row, as picking in the combo box does."""
        self.list.setCurrentRow(index)
        self.choice.setCurrentIndex(self.choice.findData(value))

    def _on_all_changed(self, _index: int) -> None:
        self.wiz.decisions.duplicates = self.all_choice.currentData()
        self.wiz.decisions.choices.clear()
        self._on_row_changed(self.list.currentRow())

    def _on_choice_changed(self, _index: int) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.rows):
            self.wiz.decisions.choices[self.rows[index]] = self.choice.currentData()

    def _on_row_changed(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        cand = self.by_row[row][0]
        mine = self.wiz.records.get(row, {})
        if cand.existing_id is not None:
            known = self._known(cand.existing_id)
            where = self.tr("national #{id} in the registry").format(id=cand.existing_id)
        else:
            known = self.wiz.records.get(cand.other_row, {})
            where = self.tr("row {row} of this file").format(row=cand.other_row)
        self.reason.setText(self.tr("{reason} as {where} (score {score:.0f})").format(
            reason=translate(REASONS["weak" if cand.weak else cand.reason]), where=where, score=cand.score))
        self.compare.setRowCount(len(SHOWN))
        for r, name in enumerate(SHOWN):
            values = [translate(FIELD_TITLES[name]), mine.get(name), known.get(name)]
            for c, value in enumerate(values):
                shown = display_phone(value) if c and name in PHONES else value
                item = QTableWidgetItem("" if shown is None else str(shown))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c and values[1] and values[2] and str(values[1]) != str(values[2]):
                    item.setBackground(Qt.GlobalColor.yellow)
                self.compare.setItem(r, c, item)
        choice = default_choice(self.by_row[row], self.wiz.decisions.duplicates, self.wiz.decisions.choices.get(row))
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData(choice))
        self.choice.blockSignals(False)

    def _known(self, national_id: int) -> dict:
        from micic_planner.core.errors import NotFoundError
        from micic_planner.storage.mapping import to_row

        try:
            return to_row(self.wiz.context.store.nationals.get(national_id))
        except NotFoundError:
            return {}
