"""Review conflicts: each field two sites changed without seeing each other, its values side by side."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from micic_planner.gui.errors import explained


class ReviewDialog(QDialog):
    def __init__(self, parent, sync):
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle(self.tr("Review conflicts"))
        self.conflicts = QListWidget()
        self.values = QTableWidget(0, 4)
        self.values.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Site"), self.tr("User"), self.tr("When")])
        self.values.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("The value to keep: choose one above, or combine them here"))
        self.settle_button = QPushButton(self.tr("Settle"))
        self.empty = QLabel(self.tr("No conflicts to review."))
        right = QVBoxLayout()
        right.addWidget(self.values)
        right.addWidget(self.answer)
        right.addWidget(self.settle_button)
        body = QHBoxLayout()
        body.addWidget(self.conflicts, 1)
        body.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.conflicts.currentRowChanged.connect(self._on_conflict_changed)
        self.values.currentCellChanged.connect(self._on_value_changed)
        self.settle_button.clicked.connect(self._on_settle_clicked)
        self.items: list[dict] = []
        self.reload()

    def reload(self) -> None:
        self.items = self.sync.review()
        self.conflicts.clear()
        for item in self.items:
            field = item["field"] or self.tr("deleted while edited elsewhere")
            self.conflicts.addItem(f"{item['table']} {item['uuid'][:8]} · {field}")
        self.empty.setVisible(not self.items)
        self.settle_button.setEnabled(bool(self.items))
        if self.items:
            self.conflicts.setCurrentRow(0)
        else:
            self.values.setRowCount(0)

    def _on_conflict_changed(self, row: int) -> None:
        values = self.items[row]["values"] if 0 <= row < len(self.items) else []
        self.values.setRowCount(len(values))
        for r, v in enumerate(values):
            for c, key in enumerate(("value", "site", "user", "at")):
                cell = QTableWidgetItem("" if v[key] is None else str(v[key]))
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.values.setItem(r, c, cell)
        if values:
            self.values.setCurrentCell(0, 0)

    def _on_value_changed(self, row: int, _column: int, *_previous) -> None:
        cell = self.values.item(row, 0)
        if cell is not None:
            self.answer.setText(cell.text())

    def _on_settle_clicked(self) -> None:
        row = self.conflicts.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        value = self.answer.text()
        if value.lstrip("-").isdigit():
            value = int(value)
        with explained(self):
            self.sync.settle(item["table"], item["uuid"], item["field"], value)
        self.reload()
