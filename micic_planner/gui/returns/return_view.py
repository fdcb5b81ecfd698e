"""The Return view: the cases list with its filters, and the chosen case's people, next steps and timeline."""

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.returns.case import CaseState, Profile, ReturnCase
from micic_planner.core.returns.listing import CaseFilter
from micic_planner.core.security import Action
from micic_planner.gui.errors import explained
from micic_planner.gui.returns import case_actions, checklist_actions
from micic_planner.gui.returns.case_details import detail_lines
from micic_planner.gui.returns.cases_model import ID_ROLE, CasesModel
from micic_planner.gui.returns.dialogs import (
    CaseDialog,
    MovementChoice,
    NewCaseDialog,
    StepNote,
    TravelDocument,
)
from micic_planner.gui.security.roles import may, offer
from micic_planner.storage.returns.case_store import ReturnStore

# Steps taken at home need the receiving office's permission; the rest the post's.
_HOME = {CaseState.RECEIVED, CaseState.IN_REINTEGRATION, CaseState.CLOSED}


class ReturnView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.returns: ReturnStore | None = None
        self.case_id: int | None = None
        self.model = CasesModel(None, self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_case())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.denied = QLabel(self.tr("Your role does not show return cases."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.denied)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        checklist_actions.install(self)  # issue 16.7: the case's checklist and the self-assessment
        context.store_replaced.connect(self.refresh)
        context.changed.connect(self._on_context_changed)
        self.refresh()

    # -- building ----------------------------------------------------------------
    def _build_list(self) -> QWidget:
        page = QWidget()
        self.state_box = QComboBox()
        self.state_box.addItem(self.tr("Every state"), None)
        for state in CaseState:
            self.state_box.addItem(state.label(), state)
        self.profile_box = QComboBox()
        self.profile_box.addItem(self.tr("Every profile"), 0)
        for flag in Profile.members():
            self.profile_box.addItem(flag.label(), int(flag))
        self.programme_box = QComboBox()
        for box in (self.state_box, self.profile_box, self.programme_box):
            box.currentIndexChanged.connect(self._on_filter_changed)
        filters = QHBoxLayout()
        for box in (self.state_box, self.profile_box, self.programme_box):
            filters.addWidget(box, 1)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # A name is how a call-taker tells two cases apart: never cut, the list scrolls sideways instead.
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.selectionModel().currentRowChanged.connect(self._on_case_current_changed)
        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.clicked.connect(self._on_new_clicked)
        self.from_movement_button = QPushButton(self.tr("Cases from a movement…"))
        self.from_movement_button.setToolTip(self.tr("Turn the nationals evacuated or repatriated on a movement "
                                                     "into return cases, households kept together"))
        self.from_movement_button.clicked.connect(self._on_from_movement_clicked)
        self.handover_button = QPushButton(self.tr("Hand over…"))
        self.handover_button.setToolTip(self.tr("Write the chosen case to an encrypted file for the receiving office"))
        self.handover_button.clicked.connect(self._on_handover_clicked)
        self.take_in_button = QPushButton(self.tr("Take in a handover…"))
        self.take_in_button.setToolTip(self.tr("Continue here the cases of a handover file the other office sent"))
        self.take_in_button.clicked.connect(self._on_take_in_clicked)
        self.directory_button = QPushButton(self.tr("Print directory…"))
        self.directory_button.setToolTip(self.tr("The referral directory: services at home by municipality, then "
                                                 "the programmes that pay for return"))
        self.directory_button.clicked.connect(self._on_directory_clicked)
        # Three by two: four or five Spanish labels in one row are wider than the list at 1366 px, and a
        # button cut to "…sos desde un traslado" tells nobody what it does.
        buttons = QGridLayout()
        for k, button in enumerate((self.new_button, self.from_movement_button, self.directory_button,
                                    self.handover_button, self.take_in_button)):
            buttons.addWidget(button, k // 3, k % 3)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(self.count_label)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        return page

    def _build_case(self) -> QWidget:
        page = QWidget()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.people = QLabel()
        self.details = QLabel()
        for label in (self.title, self.people, self.details):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_box = QGroupBox(self.tr("Next steps"))
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.timeline = QTableWidget(0, 4)
        self.timeline.setHorizontalHeaderLabels([self.tr("State"), self.tr("When"), self.tr("Who"), self.tr("Note")])
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.timeline.setWordWrap(True)  # a step's note wraps in its row rather than ending in "…"
        self.timeline.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.edit_button = QPushButton(self.tr("Edit case…"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.movement_button = QPushButton(self.tr("Put on a movement…"))
        self.movement_button.clicked.connect(self._on_movement_clicked)
        self.declaration_button = QPushButton(self.tr("Print declaration…"))
        self.declaration_button.clicked.connect(self._on_declaration_clicked)
        self.file_button = QPushButton(self.tr("Print case file…"))
        self.file_button.clicked.connect(self._on_case_file_clicked)
        self.reintegration_button = QPushButton(self.tr("Reintegration…"))
        self.reintegration_button.setToolTip(self.tr("Plan, referrals and follow-up visits, at the receiving office"))
        self.reintegration_button.clicked.connect(self._on_reintegration_clicked)
        self.sustainability_button = QPushButton(self.tr("Sustainability…"))
        self.sustainability_button.setToolTip(self.tr("The Reintegration Sustainability Survey at each follow-up "
                                                      "visit, and the scores per programme and municipality"))
        self.sustainability_button.clicked.connect(self._on_sustainability_clicked)
        self.document_button = QPushButton(self.tr("Travel document…"))
        self.document_button.setToolTip(self.tr("Record the emergency travel document a person travels on"))
        self.document_button.clicked.connect(self._on_document_clicked)
        # Two by two: four Spanish labels side by side are wider than the panel at 1366 px.
        buttons = QGridLayout()
        for k, button in enumerate((self.edit_button, self.movement_button, self.declaration_button,
                                    self.file_button, self.document_button, self.reintegration_button,
                                    self.sustainability_button)):
            buttons.addWidget(button, k // 2, k % 2)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.people)
        box.addWidget(self.details)
        box.addWidget(self.steps_box)
        box.addWidget(QLabel(self.tr("Timeline")))
        box.addWidget(self.timeline, 1)
        box.addLayout(buttons)
        self.case_page = page
        # The case's details grow with its plan and proposals: they scroll rather than squeeze the timeline.
        self.timeline.setMinimumHeight(110)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(440)
        scroll.setWidget(page)
        return scroll

    # -- reading -----------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        allowed = store is not None and may(self.context, Action.VIEW_RETURNS)
        self.denied.setVisible(store is not None and not allowed)
        self.splitter.setVisible(allowed)
        self.returns = ReturnStore(store) if allowed else None
        self.model.returns = self.returns
        if self.returns is None:
            return
        current = self.programme_box.currentData()
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        self.programme_box.addItem(self.tr("Every programme"), "")
        for name in self.returns.programmes():
            self.programme_box.addItem(name, name)
        self.programme_box.setCurrentIndex(max(0, self.programme_box.findData(current or "")))
        self.programme_box.blockSignals(False)
        offer(self.new_button, self.context, Action.MANAGE_RETURNS)
        offer(self.from_movement_button, self.context, Action.MANAGE_RETURNS)
        offer(self.take_in_button, self.context, Action.HANDOVER_RETURNS)
        self._on_filter_changed()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(state=self.state_box.currentData(), profile=Profile(self.profile_box.currentData() or 0),
                          programme=self.programme_box.currentData() or "")

    def _on_filter_changed(self, *_args) -> None:
        if self.returns is None:
            return
        keep = self.case_id
        self.model.set_filter(self.current_filter())
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("Cases: {n}").format(n=self.model.total))
        row = next((i for i, r in enumerate(self.model.rows) if r.id == keep), 0 if self.model.rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self.show_case(self.model.rows[row].id if row >= 0 else None)

    def _on_case_current_changed(self, current, _previous) -> None:
        case_id = self.model.data(current, ID_ROLE) if current.isValid() else None
        if case_id != self.case_id:
            self.show_case(case_id)

    def show_case(self, case_id: int | None) -> None:
        """Show one case (its read is audited by the store), or nothing."""
        self.case_id = case_id
        self.case_page.setEnabled(case_id is not None)
        self._clear_steps()
        if case_id is None:
            for label in (self.title, self.people, self.details):
                label.clear()
            self.timeline.setRowCount(0)
            return
        case, members, steps = self.returns.case_file(case_id)
        self.case, self.members = case, members
        self.title.setText(f"{case.number} · {case.state.label()}")
        self.people.setText(self.tr("People: {names}").format(names="; ".join(
            m.name + (f" ({self.tr('travel document')} {m.etd_number})" if m.etd_number else "") for m in members)))
        self.details.setText("\n".join(detail_lines(self.context.store, case)))
        self.timeline.setRowCount(len(steps))
        for r, step in enumerate(steps):
            for c, text in enumerate((step.state.label(), step.at[:16].replace("T", " "), step.by_user, step.note)):
                self.timeline.setItem(r, c, QTableWidgetItem(text))
        for column in range(3):  # state, when, who; the note takes what is left and wraps in it
            self.timeline.resizeColumnToContents(column)
        self.timeline.resizeRowsToContents()
        for state, blockers in self.returns.steps_ahead(case_id):
            # A decline asks for its reason when clicked, so a missing reason does not block the button.
            blockers = [b for b in blockers if b.key != "decline_reason"]
            button = QPushButton(state.label())
            button.setObjectName(f"step_{state.value}")
            button.clicked.connect(lambda _c=False, s=state: self._on_step_clicked(s))
            offer(button, self.context, Action.RECEIVE_RETURNS if state in _HOME else Action.MANAGE_RETURNS,
                  not blockers)
            self.steps_layout.addWidget(button)
            if blockers:
                why = QLabel("\n".join(f"• {b.message} {b.hint}" for b in blockers))
                why.setObjectName(f"blocked_{state.value}")
                why.setWordWrap(True)
                why.setStyleSheet("color: #8a1c1c")
                self.steps_layout.addWidget(why)
        offer(self.edit_button, self.context, Action.MANAGE_RETURNS)
        offer(self.document_button, self.context, Action.MANAGE_RETURNS)
        offer(self.movement_button, self.context, Action.MANAGE_MOVEMENTS)
        offer(self.file_button, self.context, Action.PRINT_RESTRICTED)
        offer(self.handover_button, self.context, Action.HANDOVER_RETURNS)
        offer(self.reintegration_button, self.context, Action.VIEW_RETURNS,
              case.state in (CaseState.RECEIVED, CaseState.IN_REINTEGRATION, CaseState.CLOSED))
        offer(self.sustainability_button, self.context, Action.VIEW_RETURNS,
              case.state in (CaseState.RECEIVED, CaseState.IN_REINTEGRATION, CaseState.CLOSED))

    def _clear_steps(self) -> None:
        while self.steps_layout.count():
            widget = self.steps_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def step_buttons(self) -> dict[CaseState, QPushButton]:
        found = {}
        for i in range(self.steps_layout.count()):
            widget = self.steps_layout.itemAt(i).widget()
            if isinstance(widget, QPushButton):
                found[CaseState(widget.objectName().removeprefix("step_"))] = widget
        return found

    # -- acting ------------------------------------------------------------------
    def _on_step_clicked(self, state: CaseState) -> None:
        note = ""
        with explained(self, self.tr("Could not take the step")):
            if state is CaseState.DECLINED:
                reason = StepNote.ask(self, state.label(), self.tr("Reason, which the person is told"))
                if not reason:
                    return
                self.context.apply(self.returns.save(dataclasses.replace(self.case, decline_reason=reason)))
                note = reason
            self.context.apply(self.returns.advance(self.case_id, state, note))

    def _on_edit_clicked(self) -> None:
        case = CaseDialog.ask(self, self.case)
        if case is not None:
            with explained(self, self.tr("Could not save the case")):
                self.context.apply(self.returns.save(case))

    def _on_new_clicked(self) -> None:
        answer = NewCaseDialog.ask(self, self.context.store)
        if answer is None:
            return
        with explained(self, self.tr("Could not open the case")):
            self.context.apply(self._open_one(answer.pop("national_id"), answer))

    def _open_one(self, national_id: int, answer: dict):
        household = self.context.store.nationals.get(national_id).household
        ids = [national_id] + ([m.id for m in self.context.store.nationals.household_members(household)
                                if m.id != national_id] if household else [])
        return self.returns.open_case(ReturnCase(date.today(), **answer), ids)

    def _movements(self) -> list[tuple[int, str]]:
        rows = self.context.store.db.execute(
            "SELECT m.id, m.name, c.title, m.destination FROM movements m JOIN crises c ON c.id = m.crisis_id "
            "ORDER BY m.id DESC").fetchall()
        return [(i, f"{name} — {title}" + (f" → {dest}" if dest else "")) for i, name, title, dest in rows]

    def _on_from_movement_clicked(self) -> None:
        movements = self._movements()
        if not movements:
            return
        chosen = MovementChoice.ask(self, self.tr("Cases from a movement"), movements)
        if chosen is not None:
            with explained(self, self.tr("Could not open the cases")):
                self.context.apply(self.returns.from_movement(chosen))

    def _on_movement_clicked(self) -> None:
        movements = self._movements()
        if not movements:
            return
        chosen = MovementChoice.ask(self, self.tr("Put on a movement"), movements)
        if chosen is not None:
            with explained(self, self.tr("Could not put the case on the movement")):
                self.context.apply(self.returns.put_on_movement(self.case_id, chosen))

    def _on_document_clicked(self) -> None:
        answer = TravelDocument.ask(self, [(m.national_id, m.name) for m in self.members])
        if answer is not None:
            with explained(self, self.tr("Could not record the document")):
                self.context.apply(self.returns.set_travel_document(self.case_id, *answer))

    def _on_reintegration_clicked(self) -> None:
        from micic_planner.gui.returns.reintegration_dialog import ReintegrationDialog

        ReintegrationDialog.ask(self, self.context, self.case_id, self.case.number)

    def _on_sustainability_clicked(self) -> None:
        from micic_planner.gui.returns.sustainability_dialog import SustainabilityDialog

        SustainabilityDialog.ask(self, self.context, self.case_id, self.case.number)

    def _on_declaration_clicked(self) -> None:
        case_actions.declaration(self)

    def _on_case_file_clicked(self) -> None:
        case_actions.case_file(self)

    def _on_directory_clicked(self) -> None:
        case_actions.directory(self)

    def _on_handover_clicked(self) -> None:
        case_actions.handover(self)

    def _on_take_in_clicked(self) -> None:
        case_actions.take_in(self)

    def _on_context_changed(self, changes) -> None:
        if changes.touches("return_cases", "return_members", "return_steps", "nationals"):
            self.refresh()

