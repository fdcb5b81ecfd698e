"""Review conflicts and flags: what two sites changed without seeing each other, and what a merge found.

Conflicts: each record by name ("López García, Ana (1984-03-02) · Vulnerabilidades"), the values standing at
each site side by side with who and when; choosing one fills the answer, and a flags field (vulnerabilities)
is answered by ticking boxes, preset to every flag some site set. Flags: an over-booked movement, a number
issued twice, a person seated twice, in words, each marked as handled with a short note.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.sync.review_text import BOOLEAN, DELETE, EMPTY, FLAGS, when_text
from micic_planner.gui.errors import explained
from micic_planner.gui.fitted_dialog import FittedDialog

_PAGES = {"text": 0, FLAGS: 1, BOOLEAN: 2, DELETE: 3}


class FlagNote:
    """The short note saying what was done about a flag; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, flag_text: str) -> str | None:
        text, ok = QInputDialog.getText(parent, parent.tr("Mark as handled"),
                                        parent.tr("What was done about it (kept with the flag):") + "\n" + flag_text)
        return text if ok else None


def _cell(text: str) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
    cell.setToolTip(text)
    return cell


def _table(headers: list[str], stretch: tuple[int, ...] = (0,)) -> QTableWidget:
    """Read-only rows; the `stretch` columns share the width and wrap, the others fit their content."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())  # wrapped text, as wide as shown
    return table


class ReviewDialog(FittedDialog):
    def __init__(self, parent, sync):
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Close, width=1260, height=600)
        self.sync = sync
        self.setWindowTitle(self.tr("Review conflicts"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._conflicts_page(), "")
        self.tabs.addTab(self._flags_page(), "")
        QVBoxLayout(self.body).addWidget(self.tabs)
        self.items: list[dict] = []
        self.flag_items: list[dict] = []
        self.reload()
        self.reload_flags()

    # -- the conflicts -------------------------------------------------------------------------
    def _conflicts_page(self) -> QWidget:
        page = QWidget()
        self.empty = QLabel(self.tr("No conflicts to review."))
        self.empty.setWordWrap(True)
        self.conflicts = QListWidget()
        self.conflicts.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        self.values = _table([self.tr("Value"), self.tr("Site"), self.tr("User"), self.tr("When")], stretch=(0, 1))
        self.values.setMinimumHeight(110)
        choose = QLabel(self.tr("Each site's value; choose one to keep it, or combine them below."))
        choose.setWordWrap(True)
        self.answer_title = QLabel(self.tr("The value to keep:"))
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("The value to keep: choose one above, or combine them here"))
        self.flag_boxes: list[QCheckBox] = []
        self.flag_grid = QGridLayout()
        flags_page = QWidget()
        flags_layout = QVBoxLayout(flags_page)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Tick what is true now: the boxes start with every flag either site set."))
        hint.setWordWrap(True)
        flags_layout.addWidget(hint)
        flags_layout.addLayout(self.flag_grid)
        self.yes_no = QComboBox()
        self.yes_no.addItem(self.tr("Yes"), 1)
        self.yes_no.addItem(self.tr("No"), 0)
        deleted = QLabel(self.tr("The record was deleted at one site while another edited it. Settling "
                                 "acknowledges it: the record stays deleted."))
        deleted.setWordWrap(True)
        self.answer_stack = QStackedWidget()
        for widget in (self.answer, flags_page, self.yes_no, deleted):
            self.answer_stack.addWidget(widget)
        self.settle_button = QPushButton(self.tr("Settle"))
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(choose)
        right.addWidget(self.values, 1)
        right.addWidget(self.answer_title)
        right.addWidget(self.answer_stack)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.settle_button)
        right.addLayout(row)
        body = QHBoxLayout()
        self.conflicts.setMaximumWidth(360)
        body.addWidget(self.conflicts, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        self.conflicts.currentRowChanged.connect(self._on_conflict_changed)
        self.values.currentCellChanged.connect(self._on_value_changed)
        self.values.cellClicked.connect(self._on_value_changed)
        self.settle_button.clicked.connect(self._on_settle_clicked)
        return page

    def reload(self) -> None:
        try:
            self.items = self.sync.review()
            self.empty.setText(self.tr("No conflicts to review."))
        except PermissionDeniedError:
            self.items = []
            self.empty.setText(self.tr("Your role may not read the conflicts: they hold restricted fields "
                                       "(vulnerabilities, documents, consent)."))
        self.conflicts.clear()
        for item in self.items:
            self.conflicts.addItem(f"{item['label']} · {item['field_label']}")
        self.empty.setVisible(not self.items)
        self.settle_button.setEnabled(bool(self.items))
        self.tabs.setTabText(0, self.tr("Conflicts") + f" ({len(self.items)})")
        if self.items:
            self.conflicts.setCurrentRow(0)
        else:
            self._on_conflict_changed(-1)

    def _current(self) -> dict | None:
        row = self.conflicts.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _on_conflict_changed(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        values = item["values"] if item else []
        self.heading.setText(f"{item['label']} · {item['field_label']}" if item else "")
        self.values.setRowCount(len(values))
        for r, v in enumerate(values):
            for c, text in enumerate((v["text"], v["site"], v["user"] or EMPTY, when_text(v["at"]))):
                self.values.setItem(r, c, _cell(text))
        self.values.resizeRowsToContents()
        kind = item["kind"] if item else "text"
        self.answer_stack.setCurrentIndex(_PAGES.get(kind, 0))
        self.answer_title.setVisible(kind != DELETE)
        self.answer.clear()
        if kind == FLAGS:
            self._flag_choices(item["choices"])
            union = 0
            for v in values:
                union |= int(v["value"] or 0)
            self._tick(union)  # every flag a site set, until the officer says otherwise
            self.values.clearSelection()
        elif values:
            self.values.setCurrentCell(0, 0)
            self._on_value_changed(0, 0)

    def _flag_choices(self, choices: list[tuple[int, str]]) -> None:
        if [box.property("flag") for box in self.flag_boxes] == [value for value, _label in choices]:
            return
        for box in self.flag_boxes:
            box.deleteLater()
        self.flag_boxes = []
        for n, (value, label) in enumerate(choices):
            box = QCheckBox(label)
            box.setProperty("flag", value)
            self.flag_grid.addWidget(box, n // 3, n % 3)
            self.flag_boxes.append(box)

    def _tick(self, value: int) -> None:
        for box in self.flag_boxes:
            box.setChecked(bool(value & box.property("flag")))

    def _on_value_changed(self, row: int, _column: int = 0, *_previous) -> None:
        item = self._current()
        if item is None or not 0 <= row < len(item["values"]):
            return
        value = item["values"][row]["value"]
        if item["kind"] == FLAGS:
            self._tick(int(value or 0))
        elif item["kind"] == BOOLEAN:
            self.yes_no.setCurrentIndex(0 if value in (1, True, "1") else 1)
        elif item["kind"] != DELETE:
            self.answer.setText("" if value is None else str(value))

    def answer_value(self):
        """What settling writes: the ticked flags added up, yes or no, or the text (empty where it may be)."""
        item = self._current()
        if item is None or item["kind"] == DELETE:
            return None
        if item["kind"] == FLAGS:
            return sum(box.property("flag") for box in self.flag_boxes if box.isChecked())
        if item["kind"] == BOOLEAN:
            return self.yes_no.currentData()
        text = self.answer.text().strip()
        standing = [v["value"] for v in item["values"]]
        if not text and None in standing:
            return None
        if text.lstrip("-").isdigit() and any(isinstance(v, int) for v in standing):
            return int(text)
        return text

    def _on_settle_clicked(self) -> None:
        item = self._current()
        if item is None:
            return
        row = self.conflicts.currentRow()
        with explained(self):
            self.sync.settle(item["table"], item["uuid"], item["field"], self.answer_value())
        self.reload()
        if self.items:
            self.conflicts.setCurrentRow(min(row, len(self.items) - 1))

    # -- the flags of merges -------------------------------------------------------------------
    def _flags_page(self) -> QWidget:
        page = QWidget()
        self.flags_empty = QLabel(self.tr("No flags to look at: no merge over-booked a movement, numbered a "
                                          "document twice or seated a person twice."))
        self.flags_empty.setWordWrap(True)
        self.flags_table = _table([self.tr("What the merge found"), self.tr("Concerns"), self.tr("Since"),
                                   self.tr("Handled")], stretch=(0, 1, 3))
        self.show_handled = QCheckBox(self.tr("Show the handled ones too"))
        self.handle_button = QPushButton(self.tr("Mark as handled…"))
        row = QHBoxLayout()
        row.addWidget(self.show_handled)
        row.addStretch(1)
        row.addWidget(self.handle_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.flags_empty)
        layout.addWidget(self.flags_table, 1)
        layout.addLayout(row)
        self.show_handled.toggled.connect(self.reload_flags)
        self.handle_button.clicked.connect(self._on_handle_clicked)
        self.flags_table.currentCellChanged.connect(self._update_handle_button)
        return page

    def reload_flags(self) -> None:
        with explained(self):
            self.flag_items = self.sync.flags(include_handled=self.show_handled.isChecked())
        self.flags_table.setRowCount(len(self.flag_items))
        for r, f in enumerate(self.flag_items):
            handled = EMPTY if f["handled_at"] is None else self.tr("{who}, {when}: {note}").format(
                who=f["handled_by"] or EMPTY, when=when_text(f["handled_at"]), note=f["note"])
            for c, text in enumerate((f["text"], f["label"], when_text(f["since"]), handled)):
                self.flags_table.setItem(r, c, _cell(text))
        self.flags_table.resizeRowsToContents()
        open_flags = sum(1 for f in self.flag_items if f["handled_at"] is None)
        self.tabs.setTabText(1, self.tr("Flags") + f" ({open_flags})")
        self.flags_empty.setVisible(not self.flag_items)
        if self.flag_items:
            self.flags_table.setCurrentCell(0, 0)
        self._update_handle_button()

    def _current_flag(self) -> dict | None:
        row = self.flags_table.currentRow()
        return self.flag_items[row] if 0 <= row < len(self.flag_items) else None

    def _update_handle_button(self, *_args) -> None:
        flag = self._current_flag()
        self.handle_button.setEnabled(flag is not None and flag["handled_at"] is None)

    def _on_handle_clicked(self) -> None:
        flag = self._current_flag()
        if flag is None:
            return
        note = FlagNote.ask(self, flag["text"])
        if note is None:
            return
        with explained(self):
            self.sync.settle_flag(flag["table"], flag["uuid"], flag["kind"], note)
        self.reload_flags()
