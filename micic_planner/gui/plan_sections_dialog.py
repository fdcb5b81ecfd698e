"""The "Plan sections" editor: one form per section, built from its definition in `core.section_catalogue`."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.errors import MicicError, ValidationErrors
from micic_planner.core.i18n import translate
from micic_planner.core.plan_sections import FieldDef, SectionState, TableDef, display
from micic_planner.core.security import Action
from micic_planner.gui.errors import show_error
from micic_planner.gui.fitted_dialog import FittedDialog

MARK = {"blank": "○", "partial": "◐", "filled": "●"}
ERROR_STYLE = "border: 1px solid #b00020;"


class SectionForm(QWidget):
    """The widgets of one section: a line per field, a table per repeating group."""

    def __init__(self, state: SectionState, editable: bool, parent=None):
        super().__init__(parent)
        self.section = state.section
        self.inputs: dict[str, QWidget] = {}
        self.tables: dict[str, QTableWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate(self.section.title))
        title.setObjectName("heading")
        layout.addWidget(title)
        if self.section.intro:
            intro = QLabel(translate(self.section.intro))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.section.fields:
            widget = _input(spec, state.values.get(spec.key), editable)
            self.inputs[spec.key] = widget
            label = QLabel(translate(spec.label) + (" *" if spec.required else ""))
            label.setWordWrap(True)
            form.addRow(label, widget)
        layout.addLayout(form)
        for table in self.section.tables:
            layout.addWidget(QLabel(f"<b>{translate(table.title)}</b>"))
            grid = _grid(table, state.values.get(table.key) or [], editable)
            self.tables[table.key] = grid
            layout.addWidget(grid)
            if editable:
                buttons = QHBoxLayout()
                add, remove = QPushButton(self.tr("Add a row")), QPushButton(self.tr("Remove the row"))
                add.clicked.connect(lambda _c=False, g=grid: g.insertRow(g.rowCount()))
                remove.clicked.connect(lambda _c=False, g=grid: g.removeRow(max(g.currentRow(), 0))
                                       if g.rowCount() else None)
                buttons.addWidget(add)
                buttons.addWidget(remove)
                buttons.addStretch(1)
                layout.addLayout(buttons)
        layout.addStretch(1)

    def values(self) -> dict:
        out: dict = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            else:
                out[key] = widget.text()
        for table in self.section.tables:
            grid = self.tables[table.key]
            out[table.key] = [{col.key: (grid.item(r, c).text() if grid.item(r, c) else "")
                               for c, col in enumerate(table.columns)} for r in range(grid.rowCount())]
        return out

    def mark(self, names: set[str]) -> None:
        """Outline the fields named by the errors; table cells are named table[row].column."""
        for key, widget in self.inputs.items():
            widget.setStyleSheet(ERROR_STYLE if key in names else "")
        for table in self.section.tables:
            grid = self.tables[table.key]
            for r in range(grid.rowCount()):
                for c, col in enumerate(table.columns):
                    item = grid.item(r, c)
                    if item is not None:
                        bad = f"{table.key}[{r + 1}].{col.key}" in names
                        item.setBackground(Qt.GlobalColor.yellow if bad else Qt.GlobalColor.transparent)


def _input(spec: FieldDef, value, editable: bool) -> QWidget:
    if spec.type == "choice":
        widget = QComboBox()
        widget.addItem("", "")
        for code, label in spec.choices:
            widget.addItem(translate(label), code)
        widget.setCurrentIndex(max(0, widget.findData(value or "")))
        widget.setEnabled(editable)
        return widget
    if spec.type == "long":
        widget = QPlainTextEdit(str(value or ""))
        widget.setFixedHeight(60)
        widget.setReadOnly(not editable)
        return widget
    widget = QLineEdit("" if value is None else str(value))
    date_hint = QCoreApplication.translate("SectionForm", "YYYY-MM-DD") if spec.type == "date" else ""
    widget.setPlaceholderText(translate(spec.hint) if spec.hint else date_hint)
    widget.setReadOnly(not editable)
    return widget


def _grid(table: TableDef, rows: list[dict], editable: bool) -> QTableWidget:
    grid = QTableWidget(len(rows), len(table.columns))
    grid.setHorizontalHeaderLabels([translate(c.label) for c in table.columns])
    grid.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, col in enumerate(table.columns):
            grid.setItem(r, c, QTableWidgetItem(display(col, row.get(col.key)).replace(",", "")
                                                if col.type == "number" else display(col, row.get(col.key))))
    if not editable:
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    grid.setMinimumHeight(100)
    return grid


class PlanSectionsDialog(FittedDialog):
    """The list of sections with their state on the left, the chosen section's form on the right."""

    def __init__(self, store, parent=None, on_saved=None):
        super().__init__(parent, QDialogButtonBox.StandardButton.Close, width=1000, height=600)
        self.on_saved = on_saved  # told what a save changed, so the window's views refresh (the gap list)
        from micic_planner.storage.plan_section_store import PlanSectionStore

        self.setWindowTitle(self.tr("Plan sections"))
        self.sections = PlanSectionStore(store)
        self.editable = store.session.can(Action.EDIT_PLAN)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._on_section_changed)
        self.holder = QVBoxLayout()
        self.form: SectionForm | None = None
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self.tr("Save the section"))
        self.save_button.setEnabled(self.editable)
        self.save_button.clicked.connect(self.save)
        legend = QLabel(self.tr("● filled   ◐ partly filled   ○ blank: printed as a form to complete"))
        legend.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(legend)
        right = QVBoxLayout()
        right.addLayout(self.holder, 1)
        row = QHBoxLayout(self.body)
        row.addLayout(left)
        row.addLayout(right, 1)
        self.footer.addWidget(self.errors)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        if not self.editable:
            self.errors.setText(self.tr("Your role may read these sections but not change them."))
        self._states = self.sections.states()
        self._fill_list()
        # As wide as the longest title, so no section name is cut off (Spanish titles run long).
        self.list.setFixedWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 8)
        self._on_section_changed(0)  # the list was filled with its signals blocked

    @classmethod
    def ask(cls, parent, store, on_saved=None) -> None:
        cls(store, parent, on_saved).exec()

    def _fill_list(self) -> None:
        current = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for st in self._states:
            QListWidgetItem(f"{MARK[st.state]}  {translate(st.section.title)}", self.list)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.form is not None:
            self.holder.removeWidget(self.form)
            self.form.deleteLater()
        self.form = SectionForm(self._states[row], self.editable)
        self.holder.addWidget(self.form)
        if self.editable:
            self.errors.clear()

    def save(self) -> bool:
        """Save the shown section; every error is listed at once and its fields outlined."""
        if self.form is None:
            return False
        try:
            changes = self.sections.save(self.form.section.key, self.form.values())
        except ValidationErrors as exc:
            self.errors.setText("\n".join(e.user_message() for e in exc.errors))
            self.form.mark({e.field for e in exc.errors})
            return False
        except MicicError as exc:
            show_error(self, exc, self.tr("Could not save the section"))
            return False
        self.form.mark(set())
        if self.on_saved is not None:
            self.on_saved(changes)
        self.errors.setText(self.tr("Saved."))
        self._states = self.sections.states()
        self._fill_list()
        return True
