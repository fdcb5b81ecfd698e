"""The return checklist in the window: a case's marks, and the office's self-assessment of its practice.

Both dialogs show the items stage by stage with their mark, note, who and when; the chosen item's source
is shown under the list, so whoever marks it can read what it rests on.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from micic_planner.core.returns.checklist import CaseMark, Mark, PracticeMark
from micic_planner.core.security import Action
from micic_planner.gui.crisis.prompts import SaveAs
from micic_planner.gui.errors import explained
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.security.roles import may, offer
from micic_planner.storage.returns.checklist_store import ChecklistStore, action_for


class _CaseMarks:
    """A case's marks: what the dialog reads, the permission a mark needs, and how it is written."""

    kinds = CaseMark

    def __init__(self, store: ChecklistStore, case_id: int):
        self.store, self.case_id = store, case_id

    def read(self) -> list[Mark]:
        return self.store.case_checklist(self.case_id)

    def action(self, mark: Mark) -> Action:
        return action_for(mark.item.stage)

    def write(self, mark: Mark, value, note: str):
        return self.store.set_case_item(self.case_id, mark.item.key, value, note)


class _PracticeMarks:
    """The office's ratings of its own practice, item by item."""

    kinds = PracticeMark

    def __init__(self, store: ChecklistStore, context):
        self.store, self.context = store, context

    def read(self) -> list[Mark]:
        return self.store.practice()

    def action(self, mark: Mark) -> Action:
        return Action.RECEIVE_RETURNS if not may(self.context, Action.MANAGE_RETURNS) else Action.MANAGE_RETURNS

    def write(self, mark: Mark, value, note: str):
        return self.store.set_practice(mark.item.key, value, note)


class _MarksDialog(FittedDialog):
    """The items by stage with their marks; choose one, set its mark and note, record.

    What is marked (a case's checklist, or the office's practice) is the `marks` object it is given.
    """

    def __init__(self, context, marks, parent=None):
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Close, width=1040, height=660)
        self.context = context
        self.store = marks.store
        self.marked = marks
        self.marks: list[Mark | None] = []  # one per table row; None for a stage's heading row
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Checklist item"), self.tr("Mark"), self.tr("Note"),
                                              self.tr("Who"), self.tr("When")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(300)
        # The wrapped items take the height of the width the table finally gets, not of the one it had first.
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setObjectName("checklist_source")
        self.mark_box = QComboBox()
        self.mark_box.addItem(self.tr("Not marked"), None)
        for mark in marks.kinds:
            self.mark_box.addItem(mark.label(), mark)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note"))
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.clicked.connect(self._on_record_clicked)
        self.row = QHBoxLayout()
        self.row.addWidget(self.mark_box)
        self.row.addWidget(self.note, 1)
        self.row.addWidget(self.record_button)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        box = QVBoxLayout(self.body)
        box.addWidget(self.intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.source)
        box.addLayout(self.row)

    # -- reading -----------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current().item.key if self.current() else None
        self.marks = []
        self.table.setRowCount(0)
        stage = None
        bold = QFont()
        bold.setBold(True)
        for m in self.marked.read():
            if m.item.stage is not stage:
                stage = m.item.stage
                row = self._add_row(None)
                heading = QTableWidgetItem(stage.label())
                heading.setFont(bold)
                self.table.setItem(row, 0, heading)
                self.table.setSpan(row, 0, 1, 5)
            row = self._add_row(m)
            for column, text in enumerate((m.item.label(), m.mark.label() if m.mark else "—", m.note, m.by_user,
                                           m.at[:16].replace("T", " "))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for column in (1, 3, 4):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        found = next((r for r, m in enumerate(self.marks) if m and m.item.key == keep), 1 if self.marks else -1)
        if found >= 0:
            self.table.selectRow(found)
        self._on_selection_changed()

    def _add_row(self, mark: Mark | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.marks.append(mark)
        return row

    def current(self) -> Mark | None:
        row = self.table.currentRow()
        return self.marks[row] if 0 <= row < len(self.marks) else None

    def _on_selection_changed(self) -> None:
        m = self.current()
        self.source.setText(self.tr("Source: {citation}").format(citation=m.item.citation()) if m else "")
        if m is not None:
            self.mark_box.setCurrentIndex(max(0, self.mark_box.findData(m.mark)))
            self.note.setText(m.note)
        offer(self.record_button, self.context, self.marked.action(m) if m else Action.MANAGE_RETURNS,
              m is not None)

    # -- acting ------------------------------------------------------------------
    def _on_record_clicked(self) -> None:
        m = self.current()
        if m is None:
            return
        with explained(self, self.tr("Could not record the mark")):
            self.context.apply(self.marked.write(m, self.mark_box.currentData(), self.note.text()))
        self.refresh()


class CaseChecklistDialog(_MarksDialog):
    def __init__(self, context, case_id: int, number: str, parent=None):
        super().__init__(context, _CaseMarks(ChecklistStore(context.store), case_id), parent)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Checklist of case {number}").format(number=number))
        self.intro.setText(self.tr("Mark each item done, not applicable, or a gap (a gap says what is missing). "
                                   "The post marks the items before and during the return; the receiving office "
                                   "those after it."))
        self.refresh()
        self.fit()

    @classmethod
    def ask(cls, parent, context, case_id: int, number: str) -> None:
        cls(context, case_id, number, parent).exec()


class SelfAssessmentDialog(_MarksDialog):
    def __init__(self, context, parent=None):
        super().__init__(context, _PracticeMarks(ChecklistStore(context.store), context), parent)
        self.setWindowTitle(self.tr("Self-assessment of return practice"))
        self.intro.setText(self.tr("Rate this office's practice on each item: in place, partly, or not yet. The "
                                   "print lists the gaps first, each with the document it rests on."))
        self.print_button = QPushButton(self.tr("Print with gaps…"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.row.addWidget(self.print_button)
        self.refresh()
        self.fit()

    def _on_print_clicked(self) -> None:
        from micic_planner.core.i18n import language
        from micic_planner.reports.returns.self_assessment_pdf import SelfAssessmentRenderer, SelfAssessmentSheet

        path = SaveAs.ask(self, self.tr("Print self-assessment"), "autoevaluacion-retorno.pdf", "PDF (*.pdf)")
        if not path:
            return
        with explained(self, self.tr("Could not print")):
            post = self.context.store.post()
            SelfAssessmentRenderer(language()).render(
                SelfAssessmentSheet(self.store.practice(), post.name if post else ""), path)

    @classmethod
    def ask(cls, parent, context) -> None:
        cls(context, parent).exec()
