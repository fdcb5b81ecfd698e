"""The receiving office's work on one case: plan goals, referrals to services and follow-up visits."""

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from micic_planner.core.returns.reintegration import REFERRAL_STEPS, SHAREABLE, Dimension, PlanGoal, Referral
from micic_planner.core.security import Action
from micic_planner.gui.crisis.prompts import SaveAs
from micic_planner.gui.errors import explained
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.security.roles import offer
from micic_planner.storage.returns.reintegration_store import ReintegrationStore


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(90)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


def _dimensions() -> QComboBox:
    box = QComboBox()
    for d in Dimension:
        box.addItem(d.label(), d)
    return box


class ReintegrationDialog(FittedDialog):
    def __init__(self, context, case_id: int, number: str, parent=None):
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Close, width=760, height=640)
        self.context = context
        self.case_id = case_id
        self.store = ReintegrationStore(context.store)
        self.setWindowTitle(self.tr("Reintegration of case {number}").format(number=number))
        box = QVBoxLayout(self.body)
        box.addWidget(self._build_goals())
        box.addWidget(self._build_referrals())
        box.addWidget(self._build_visits())
        for button in (self.add_goal_button, self.refer_button, self.referral_state_button, self.visit_button,
                       self.letter_button):
            offer(button, context, Action.RECEIVE_RETURNS)
        self.refresh()
        self.fit()

    # -- building ----------------------------------------------------------------
    def _build_goals(self) -> QGroupBox:
        group = QGroupBox(self.tr("Plan agreed with the returnee"))
        self.goals = _table([self.tr("Dimension"), self.tr("Goal")])
        self.goal_dimension, self.goal_text = _dimensions(), QLineEdit()
        self.add_goal_button = QPushButton(self.tr("Add the goal"))
        self.add_goal_button.clicked.connect(self._on_add_goal_clicked)
        row = QHBoxLayout()
        row.addWidget(self.goal_dimension)
        row.addWidget(self.goal_text, 1)
        row.addWidget(self.add_goal_button)
        layout = QVBoxLayout(group)
        layout.addWidget(self.goals)
        layout.addLayout(row)
        return group

    def _build_referrals(self) -> QGroupBox:
        group = QGroupBox(self.tr("Referrals to services"))
        self.referrals = _table([self.tr("Service"), self.tr("Dimension"), self.tr("State"), self.tr("Outcome")])
        self.service, self.referral_dimension = QLineEdit(), _dimensions()
        self.service.setPlaceholderText(self.tr("Service"))
        self.share = {name: QCheckBox(name) for name in SHAREABLE}
        self.share["name"].setChecked(True)
        self.consent = QCheckBox(self.tr("The returnee consents"))
        self.refer_button = QPushButton(self.tr("Refer"))
        self.refer_button.clicked.connect(self._on_refer_clicked)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.service, 1)
        first.addWidget(self.referral_dimension)
        for box in self.share.values():
            second.addWidget(box)
        second.addWidget(self.consent)
        second.addWidget(self.refer_button)
        self.next_state, self.outcome = QComboBox(), QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Outcome"))
        self.referral_state_button = QPushButton(self.tr("Set the state"))
        self.referral_state_button.clicked.connect(self._on_referral_state_clicked)
        self.letter_button = QPushButton(self.tr("Print letter…"))
        self.letter_button.setToolTip(self.tr("The letter to the chosen referral's service, with only the fields "
                                              "the returnee agreed to share"))
        self.letter_button.clicked.connect(self._on_letter_clicked)
        self.referrals.itemSelectionChanged.connect(self._on_referral_selection_changed)
        third = QHBoxLayout()
        third.addWidget(self.next_state)
        third.addWidget(self.outcome, 1)
        third.addWidget(self.referral_state_button)
        third.addWidget(self.letter_button)
        layout = QVBoxLayout(group)
        layout.addWidget(self.referrals)
        for row in (first, second, third):
            layout.addLayout(row)
        return group

    def _build_visits(self) -> QGroupBox:
        group = QGroupBox(self.tr("Follow-up visits"))
        self.visits = _table([self.tr("Due"), self.tr("Done on"), self.tr("What the visit found")])
        self.visit_notes = QLineEdit()
        self.visit_notes.setPlaceholderText(self.tr("What the visit found"))
        self.visit_button = QPushButton(self.tr("Record the next visit as done"))
        self.visit_button.clicked.connect(self._on_visit_clicked)
        row = QHBoxLayout()
        row.addWidget(self.visit_notes, 1)
        row.addWidget(self.visit_button)
        layout = QVBoxLayout(group)
        layout.addWidget(self.visits)
        layout.addLayout(row)
        return group

    # -- reading -----------------------------------------------------------------
    def refresh(self) -> None:
        goals, self.referral_rows, self.visit_rows = self.store.plan(self.case_id)
        _fill(self.goals, [[g.dimension.label(), g.goal] for g in goals])
        _fill(self.referrals, [[r.service, r.dimension.label(), r.state.label(), r.outcome]
                               for r in self.referral_rows])
        _fill(self.visits, [[str(v.due_on), str(v.done_on or "—"), v.notes] for v in self.visit_rows])
        self._on_referral_selection_changed()

    def _on_referral_selection_changed(self) -> None:
        self.next_state.clear()
        row = self.referrals.currentRow()
        if 0 <= row < len(self.referral_rows):
            for state in REFERRAL_STEPS[self.referral_rows[row].state]:
                self.next_state.addItem(state.label(), state)

    # -- acting ------------------------------------------------------------------
    def _apply(self, title: str, action) -> bool:
        with explained(self, title) as failed:
            self.context.apply(action())
        self.refresh()
        return not failed

    def _on_add_goal_clicked(self) -> None:
        goal = PlanGoal(self.case_id, self.goal_dimension.currentData(), self.goal_text.text().strip(), date.today())
        if self._apply(self.tr("Could not add the goal"), lambda: self.store.add_goal(goal)):
            self.goal_text.clear()

    def _on_refer_clicked(self) -> None:
        shared = ",".join(name for name, box in self.share.items() if box.isChecked())
        referral = Referral(self.case_id, self.service.text().strip(), self.referral_dimension.currentData(),
                            date.today(), self.consent.isChecked(), shared)
        if self._apply(self.tr("Could not refer"), lambda: self.store.refer(referral)):
            self.service.clear()
            self.consent.setChecked(False)

    def _on_referral_state_clicked(self) -> None:
        row, state = self.referrals.currentRow(), self.next_state.currentData()
        if state is None or not 0 <= row < len(self.referral_rows):
            return
        referral_id = self.referral_rows[row].id
        if self._apply(self.tr("Could not change the referral"),
                       lambda: self.store.set_referral_state(referral_id, state, self.outcome.text())):
            self.outcome.clear()

    def _on_letter_clicked(self) -> None:
        from micic_planner.core.i18n import language
        from micic_planner.reports.returns.referral_letter_pdf import ReferralLetterRenderer

        row = self.referrals.currentRow()
        if not 0 <= row < len(self.referral_rows):
            return
        referral_id = self.referral_rows[row].id
        path = SaveAs.ask(self, self.tr("Print letter"), f"referencia-{referral_id}.pdf", "PDF (*.pdf)")
        if not path:
            return
        with explained(self, self.tr("Could not print")):
            ReferralLetterRenderer(language()).render(self.store.referral_letter(referral_id), path)

    def _on_visit_clicked(self) -> None:
        due = next((v for v in self.visit_rows if v.done_on is None), None)
        if due is None:
            return
        if self._apply(self.tr("Could not record the visit"),
                       lambda: self.store.record_follow_up(due.id, date.today(), self.visit_notes.text())):
            self.visit_notes.clear()

    @classmethod
    def ask(cls, parent, context, case_id: int, number: str) -> None:
        cls(context, case_id, number, parent).exec()
