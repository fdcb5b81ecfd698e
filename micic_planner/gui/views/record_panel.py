"""A searchable, sortable table of one kind of record, with add, edit and delete through undoable commands."""

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.models import ENTITY_TABLES
from micic_planner.core.security import Action
from micic_planner.gui.commands import AddRecord, DeleteRecords, EditRecord, push
from micic_planner.gui.errors import Confirm, explained
from micic_planner.gui.forms.record_form import RecordForm
from micic_planner.gui.locale_support import fmt_int
from micic_planner.gui.models.record_model import RECORD_ROLE, FoldingFilterProxy, RecordTableModel
from micic_planner.gui.security.roles import may


class RecordSpec:
    """What a panel shows and edits; one subclass per kind of record."""

    cls: type = object
    order_by = "id"
    form_class = RecordForm

    def __init__(self, panel: "RecordPanel"):
        self.panel = panel
        self.context = panel.context

    def tr(self, text: str) -> str:
        # lupdate records a spec's strings under the spec's own class name.
        return QCoreApplication.translate(type(self).__name__, text)

    def title(self) -> str:
        raise TypeError("subclasses define title()")

    def empty_text(self) -> str:
        return self.tr("Nothing here yet. Press “Add” (Ctrl+N) to create the first record.")

    def columns(self) -> list:
        raise TypeError("subclasses define columns()")

    def fields(self) -> list:
        raise TypeError("subclasses define fields()")

    def new_record(self):
        raise TypeError("subclasses define new_record()")

    def validate(self, record) -> None:
        """Raise core ValidationErrors for a record the user may not save."""

    def load(self) -> list:
        return self.context.store.records.list(self.cls, order_by=self.order_by)

    def describe(self, record) -> str:
        return getattr(record, "name", "") or str(record.id)

    def edit(self, record, title: str):
        return self.form_class.ask(self.panel, title, self.fields(), record, self.validate)


class RecordPanel(QWidget):
    selection_changed = Signal()

    def __init__(self, context, spec_class: type[RecordSpec], parent=None):
        super().__init__(parent)
        self.context = context
        self.spec = spec_class(self)
        self.table_name = ENTITY_TABLES[self.spec.cls]
        self.model = RecordTableModel(self.spec.columns(), self)
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel(self.spec.title())
        self.heading.setObjectName("heading")
        self.count_label = QLabel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.setToolTip(self.tr("Add a record (Ctrl+N)"))
        self.edit_button.setToolTip(self.tr("Edit the selected record (Enter or F2)"))
        self.delete_button.setToolTip(self.tr("Delete the selected records (Del)"))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit_selected, Qt.ShortcutContext.WidgetShortcut)
        self.empty = QLabel(self.spec.empty_text())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("empty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        context.changed.connect(self._on_changes)
        context.store_replaced.connect(self.reload)
        self.reload()

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_ids()
        self.model.set_records(self.spec.load() if self.context.store is not None else [])
        self._fit_columns()
        self._update_state()
        if selected:
            self.select_id(selected[0])

    def _fit_columns(self) -> None:
        """Columns as wide as their text, within reason, so names are not cut to "Cacahoatán…"."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            widest = header.sectionSize(column) if self.model.columns[column].whole else 260
            header.resizeSection(column, min(max(header.sectionSize(column), 60), widest))

    def _on_changes(self, changes) -> None:
        if changes.touches(self.table_name, *self.watched_tables()):
            self.reload()

    def watched_tables(self) -> tuple[str, ...]:
        """Other tables whose changes alter what this panel shows (names of linked records)."""
        return getattr(self.spec, "watches", ())

    def _update_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.stack.setCurrentWidget(self.table if total else self.empty)
        text = fmt_int(total) if shown == total else self.tr("{shown} of {total}").format(
            shown=fmt_int(shown), total=fmt_int(total))
        self.count_label.setText(f"({text})")
        self._on_selection_changed()

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_state()

    def editable(self) -> bool:
        """Whether the signed-in role may change the plan; a read-only role sees no add, edit or delete."""
        return may(self.context, Action.EDIT_PLAN)

    def _on_selection_changed(self, *_args) -> None:
        has = bool(self.selected_ids())
        editable = self.editable()
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(editable)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.selection_changed.emit()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.data(index, RECORD_ROLE) for index in rows]

    def selected_records(self) -> list:
        ids = set(self.selected_ids())
        return [r for r in self.model.records if r.id in ids]

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    # -- writing ---------------------------------------------------------------
    def add_record(self) -> None:
        if not self.editable():
            return
        record = self.spec.edit(self.spec.new_record(), self.tr("Add: {what}").format(what=self.spec.title()))
        if record is None:
            return
        with explained(self, self.tr("Could not add the record")):
            push(self.context, AddRecord(self.context, record,
                                         self.tr("Add “{name}”").format(name=self.spec.describe(record))))
            self.select_id(record.id)

    def edit_selected(self) -> None:
        if not self.editable():
            return
        records = self.selected_records()
        if not records:
            return
        before = records[0]
        after = self.spec.edit(before, self.tr("Edit: {name}").format(name=self.spec.describe(before)))
        if after is None:
            return
        with explained(self, self.tr("Could not save the record")):
            push(self.context, EditRecord(self.context, before, after,
                                          self.tr("Edit “{name}”").format(name=self.spec.describe(after))))

    def delete_selected(self) -> None:
        if not self.editable():
            return
        records = self.selected_records()
        if not records:
            return
        names = ", ".join(self.spec.describe(r) for r in records[:5]) + ("…" if len(records) > 5 else "")
        question = self.tr("Delete %Ln record(s): {names}?\n\nYou can undo this with Ctrl+Z.", "",
                           len(records)).format(names=names)
        if not Confirm.ask(self, self.tr("Delete"), question):
            return
        with explained(self, self.tr("Could not delete")):
            push(self.context, DeleteRecords(self.context, self.spec.cls, [r.id for r in records],
                                             self.tr("Delete {names}").format(names=names)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()


class SinglePanelView(QWidget):
    """A view that is one record panel; the main window's Edit menu acts on it."""

    spec_class: type[RecordSpec] = RecordSpec

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.panel = RecordPanel(context, self.spec_class, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def add_record(self) -> None:
        self.panel.add_record()

    def edit_selected(self) -> None:
        self.panel.edit_selected()

    def delete_selected(self) -> None:
        self.panel.delete_selected()

    def focus_search(self) -> None:
        self.panel.focus_search()

    def show_record(self, table: str, record_id: int) -> None:
        self.panel.select_id(record_id)
