"""The facilitator's view of an exercise: pick a scenario, start it on a sandbox, release injects, log actions."""

from datetime import UTC, datetime
from pathlib import Path

import qtawesome
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.exercise import find_scenario, list_scenarios
from micic_planner.core.exercise_scoring import OUTCOME_LABELS
from micic_planner.core.i18n import language
from micic_planner.core.security import Action
from micic_planner.core.team_roles import role_code, role_label
from micic_planner.gui.errors import Confirm, explained
from micic_planner.gui.security.roles import may, offer

# The same cue as the printed report: green on time, amber late, red not done.
OUTCOME_COLOURS = {"on_time": "#d9ead3", "late": "#fff2cc", "missed": "#f4cccc", "pending": "#ffffff",
                   "not_due": "#eeeeee"}


class SandboxFileDialog:
    """Where to create the sandbox, or to save the report; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, title: str, start: str, pattern: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(parent, title, start, pattern)
        return path or None


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


class ExerciseView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.lang = language()
        self.scenarios = list_scenarios()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start())
        self.pages.addWidget(self._build_running())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._on_timer_tick)
        context.store_replaced.connect(self.refresh)
        context.changed.connect(self._on_context_changed)
        self.refresh()

    # -- building --------------------------------------------------------------
    def _build_start(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.scenario_box = QComboBox()
        for s in self.scenarios:
            self.scenario_box.addItem(s.title(self.lang), s.id)
        self.scenario_box.currentIndexChanged.connect(self._on_scenario_changed)
        self.briefing = QLabel()
        self.briefing.setWordWrap(True)
        self.facilitator = QLineEdit()
        self.team_name = QLineEdit()
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.25, 10.0)
        self.scale.setSingleStep(0.25)
        self.scale.setValue(1.0)
        self.scale.setSuffix(" ×")
        form.addRow(self.tr("Scenario"), self.scenario_box)
        form.addRow(self.tr("Briefing"), self.briefing)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Team"), self.team_name)
        form.addRow(self.tr("Time scale (exercise minutes per minute)"), self.scale)
        self.start_button = QPushButton(self.tr("Start on a new sandbox…"))
        self.start_button.clicked.connect(self._on_start_clicked)
        note = QLabel(self.tr("The exercise runs on a sandbox: a new training post file with the scenario's "
                              "fictional post. The real post file is never opened."))
        note.setWordWrap(True)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addStretch()
        self._on_scenario_changed()
        return page

    def _build_running(self) -> QWidget:
        page = QWidget()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt")
        self.title.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setStyleSheet("font-size: 20pt")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        self.injects = _table([self.tr("No."), self.tr("Minute"), self.tr("Released"), self.tr("Inject")])
        self.release_button = QPushButton(self.tr("Release the selected inject now"))
        self.release_button.clicked.connect(self._on_release_clicked)
        injects_box = QGroupBox(self.tr("Injects"))
        v = QVBoxLayout(injects_box)
        v.addWidget(self.injects)
        v.addWidget(self.release_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.expected = _table([self.tr("Deadline"), self.tr("Outcome"), self.tr("Role"), self.tr("Expected action")])
        self.injects.setColumnWidth(0, 50)
        self.injects.setColumnWidth(1, 70)
        self.expected.setColumnWidth(0, 70)
        expected_box = QGroupBox(self.tr("Expected actions"))
        QVBoxLayout(expected_box).addWidget(self.expected)
        self.action_text = QLineEdit()
        self.action_text.setPlaceholderText(self.tr("What the team did"))
        self.action_role = QComboBox()
        self.action_role.setEditable(True)
        self.action_expected = QComboBox()
        # Expected actions are long sentences: the box must not widen the window past the sidebar.
        self.action_expected.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_expected.setMinimumContentsLength(24)
        self.action_role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_role.setMinimumContentsLength(14)
        self.log_button = QPushButton(self.tr("Record"))
        self.log_button.clicked.connect(self._on_log_clicked)
        self.action_text.returnPressed.connect(self._on_log_clicked)
        entry = QHBoxLayout()
        entry.addWidget(self.action_text, 3)
        entry.addWidget(self.action_role, 1)
        entry.addWidget(self.action_expected, 2)
        entry.addWidget(self.log_button)
        self.log = _table([self.tr("Minute"), self.tr("Role"), self.tr("Answers"), self.tr("What the team did")])
        self.log.setWordWrap(False)
        for column, width in ((0, 70), (1, 180), (2, 320)):
            self.log.setColumnWidth(column, width)
        log_box = QGroupBox(self.tr("Team actions"))
        v = QVBoxLayout(log_box)
        v.addLayout(entry)
        v.addWidget(self.log)
        self.report_button = QPushButton(self.tr("Print the after-action report…"))
        self.report_button.clicked.connect(self._on_report_clicked)
        self.end_button = QPushButton(self.tr("End the exercise…"))
        self.end_button.clicked.connect(self._on_end_clicked)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pause_exercise")
        self.pause_button.clicked.connect(self._on_pause_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.report_button)
        split = QSplitter(Qt.Orientation.Vertical)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(injects_box)
        upper.addWidget(expected_box)
        split.addWidget(upper)
        split.addWidget(log_box)
        box = QVBoxLayout(page)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addLayout(buttons)
        return page

    # -- state -----------------------------------------------------------------
    def _exercises(self):
        from micic_planner.storage.exercise_store import ExerciseStore

        store = self.context.store
        if store is None or not store.db.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'exercise_runs'").fetchone():
            return None
        return ExerciseStore(store)

    def refresh(self) -> None:
        """Show the start page, or the running exercise of the open sandbox."""
        exercises = self._exercises()
        run = exercises.latest() if exercises and exercises.runs() else None
        self.run, self.exercises = run, exercises
        self.scenario = find_scenario(run.scenario_id) if run else None
        self.pages.setCurrentIndex(1 if run else 0)
        if run is None:
            self.timer.stop()
            return
        self.title.setText(f"{self.scenario.title(self.lang)} — {self.context.store.post().name}")
        roles = [r[0] for r in self.context.store.db.execute("SELECT role FROM team ORDER BY position")]
        self.action_role.clear()
        self.action_role.addItem("", "")
        for role in roles:  # stored by code (m024), read in the user's language
            self.action_role.addItem(role_label(role), role)
        self.action_expected.clear()
        self.action_expected.addItem(self.tr("(no expected action)"), "")
        for e in self.scenario.expected:
            self.action_expected.addItem(e.text(self.lang), e.key)
        if run.ended_at is None:
            # The clock keeps ticking while the team works in other views: injects arrive on schedule.
            self.timer.start()
        else:
            self.timer.stop()
        self._show_state()

    def _show_state(self) -> None:
        now = datetime.now(UTC)
        run, scenario = self.run, self.scenario
        minute = run.minute_at(run.ended_at or now)
        ended = self.tr(" (ended)") if run.ended_at else ""
        seconds = int(minute * 60)
        clock = f"{seconds // 60}:{seconds % 60:02d}"  # seconds show the clock is alive from the first minute
        paused = self.tr(" (paused)") if run.paused and not run.ended_at else ""
        self.clock.setText(self.tr("Minute {m} of {t}").format(m=clock, t=scenario.duration_minutes) + ended + paused)
        releases = self.exercises.releases(run)
        rows = []
        for inject in scenario.injects:
            if inject.key in releases:
                at, by, _note = releases[inject.key]
                done = f"{run.minute_at(at):.0f} · " + (self.tr("clock") if by == "schedule" else self.tr("by hand"))
            else:
                done = "—"
            rows.append([str(inject.number), str(inject.minute), done, inject.text(self.lang)])
        _fill(self.injects, rows)
        score = self.exercises.score(run, scenario, now)
        _fill(self.expected, [[f"{r.due_minute:.0f}" if r.due_minute is not None else "—",
                               self.tr(OUTCOME_LABELS[r.outcome]), role_label(r.expected.role, self.lang),
                               r.expected.text(self.lang)]
                              for r in score.results])
        for row, result in enumerate(score.results):
            self.expected.item(row, 1).setBackground(QColor(OUTCOME_COLOURS[result.outcome]))
        titles = {e.key: e.text(self.lang) for e in scenario.expected}
        from micic_planner.storage.exercise_store import parse_utc

        _fill(self.log, [[f"{run.minute_at(parse_utc(a['at'])):.0f}", a["role"], titles.get(a["expected_key"], ""),
                          a["text"]] for a in self.exercises.actions(run)])
        for widget in (self.release_button, self.log_button, self.end_button, self.pause_button):
            offer(widget, self.context, Action.RUN_EXERCISE, run.ended_at is None)
        self.pause_button.setText(self.tr("Resume") if run.paused else self.tr("Pause"))
        self.pause_button.setIcon(qtawesome.icon("mdi6.play" if run.paused else "mdi6.pause"))

    # -- slots -----------------------------------------------------------------
    def _on_scenario_changed(self, *_args) -> None:
        if self.scenarios:
            s = self.scenarios[max(0, self.scenario_box.currentIndex())]
            self.briefing.setText(s.briefing(self.lang))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.run is not None and self.run.ended_at is None and self.context.store is not None:
            self.timer.start()
            self._on_timer_tick()

    def _on_timer_tick(self) -> None:
        if self.run is None or self.run.ended_at is not None or self.context.store is None:
            self.timer.stop()
            return
        if may(self.context, Action.RUN_EXERCISE):  # an observer's window shows the clock, releases nothing
            with explained(self, self.tr("Could not release the inject")):
                due = self.exercises.release_due(self.run, self.scenario)
                if due:
                    self.context.apply(self._all_changes())
        self._show_state()

    def _all_changes(self):
        from micic_planner.core.changes import changed

        return changed("nationals", "routes", "places", "partners", "exercise_injects")

    def _on_context_changed(self, changes) -> None:
        if self.run is not None and self.isVisible():
            self._show_state()

    def start_sandbox(self, path: str) -> bool:
        """Create the sandbox at `path`, start the chosen scenario on it, and open it in the window."""
        from micic_planner.storage.exercise_store import ExerciseStore
        from micic_planner.storage.scenario_writer import create_sandbox

        scenario = self.scenarios[self.scenario_box.currentIndex()]
        with explained(self, self.tr("Could not start the exercise")) as failed:
            store = create_sandbox(path, scenario)
            exercises = ExerciseStore(store)
            run = exercises.start(scenario, facilitator=self.facilitator.text(), team=self.team_name.text(),
                                  time_scale=self.scale.value())
            exercises.release_due(run, scenario)
        if failed:
            return False
        window = self.window()
        if hasattr(window, "set_store"):
            window.set_store(store)
            if hasattr(window, "show_view"):
                window.show_view("exercise")
        else:
            self.context.set_store(store)
        return True

    def _on_start_clicked(self) -> None:
        scenario = self.scenarios[self.scenario_box.currentIndex()]
        start = str(Path.home() / f"sandbox-{scenario.id}-{datetime.now():%Y%m%d-%H%M}.micic")
        path = SandboxFileDialog.ask(self, self.tr("Create the sandbox"), start,
                                     self.tr("MICIC post files (*.micic *.db)"))
        if path:
            self.start_sandbox(path)

    def _on_release_clicked(self) -> None:
        row = self.injects.currentRow()
        if row < 0:
            return
        with explained(self, self.tr("Could not release the inject")):
            changes = self.exercises.release(self.run, self.scenario, self.scenario.injects[row])
            self.context.apply(changes)
        self._show_state()

    def _on_log_clicked(self) -> None:
        with explained(self, self.tr("Could not record the action")) as failed:
            changes = self.exercises.log_action(self.run, self.action_text.text(),
                                                role=role_code(self.action_role.currentText()),
                                                expected_key=self.action_expected.currentData() or "")
        if not failed:
            self.action_text.clear()
            self.context.apply(changes)
            self._show_state()

    def _on_pause_clicked(self) -> None:
        with explained(self, self.tr("Could not pause or resume the exercise")):
            step = self.exercises.resume if self.run.paused else self.exercises.pause
            self.context.apply(step(self.run))
        self._show_state()

    def _on_end_clicked(self) -> None:
        if not Confirm.ask(self, self.tr("End the exercise"), self.tr(
                "End the exercise now? The clock stops for good and no more injects can be released; "
                "the after-action report can still be printed.")):
            return
        with explained(self, self.tr("Could not end the exercise")):
            self.context.apply(self.exercises.end(self.run))
        self.refresh()

    def write_report(self, path: str) -> None:
        from micic_planner.reports.exercise_report_pdf import ExerciseReportRenderer

        with explained(self, self.tr("Could not print the report")):
            ExerciseReportRenderer(self.lang).render(self.exercises.review(self.run, self.scenario), path)

    def _on_report_clicked(self) -> None:
        start = str(Path.home() / self.tr("after-action-{id}.pdf").format(id=self.scenario.id))
        path = SandboxFileDialog.ask(self, self.tr("Save the after-action report as"), start,
                                     self.tr("PDF documents (*.pdf)"))
        if path:
            self.write_report(path if path.lower().endswith(".pdf") else path + ".pdf")
