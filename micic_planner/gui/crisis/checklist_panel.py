"""The open crisis's alert level and its actions from the alert matrix, ticked with who and when."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.enums import AlertPhase
from micic_planner.core.i18n import translate
from micic_planner.core.security import Action
from micic_planner.gui.crisis.prompts import TextPrompt
from micic_planner.gui.errors import explained
from micic_planner.gui.locale_support import fmt_timestamp
from micic_planner.gui.security.roles import offer


class ChecklistPanel(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.level = QComboBox()
        for p in AlertPhase:
            self.level.addItem(f"{p.value}. {p.label()}", p)
        self.apply_level = QPushButton(self.tr("Set alert level"))
        self.apply_level.clicked.connect(self._on_level_clicked)
        self.shown = QComboBox()
        self.shown.addItem(self.tr("Actions of the current level"), "current")
        self.shown.addItem(self.tr("Actions of every level reached"), "reached")
        self.shown.addItem(self.tr("All actions of the matrix"), "all")
        self.shown.currentIndexChanged.connect(lambda _i: self.refresh())
        self.items = QListWidget()
        self.items.itemChanged.connect(self._on_item_changed)
        self.empty = QLabel(self.tr("The alert matrix has no action for this hazard. Add actions in “Alert levels”."))
        self.empty.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Alert level:")))
        bar.addWidget(self.level)
        bar.addWidget(self.apply_level)
        bar.addStretch(1)
        bar.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.items, 1)
        self._filling = False

    def refresh(self) -> None:
        crisis = self.view.shown
        writable = self.view.crisis is not None
        for widget in (self.level, self.apply_level, self.items):
            offer(widget, self.view.context, Action.RUN_CRISIS, writable)
        self._filling = True
        self.items.clear()
        if crisis is None:
            self._filling = False
            return
        self.level.setCurrentIndex(crisis.phase.value - 1)
        mode = self.shown.currentData()
        reached = {p for p, _at in self.view.crises.levels(crisis.id)}
        for item in self.view.crises.checklist(crisis.id):
            if (mode == "current" and item.phase != crisis.phase.value) or (
                    mode == "reached" and item.phase not in reached):
                continue
            text = f"[{item.phase}] {item.text()}" + (f" — {translate(item.role)}" if item.role else "")
            if item.done_at:
                when = fmt_timestamp(item.done_at, seconds=False)
                text += "   ✔ " + self.tr("{who}, {when}").format(who=item.done_by or "?", when=when)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.done_at else Qt.CheckState.Unchecked)
            self.items.addItem(row)
        self.empty.setVisible(self.items.count() == 0)
        self._filling = False

    def _on_item_changed(self, row: QListWidgetItem) -> None:
        if self._filling:
            return
        done = row.checkState() == Qt.CheckState.Checked
        with explained(self):
            self.view.apply(self.view.crises.tick(row.data(Qt.ItemDataRole.UserRole), done))

    def _on_level_clicked(self) -> None:
        phase = self.level.currentData()
        if self.view.crisis is None or phase == self.view.crisis.phase:
            return
        reason = TextPrompt.ask(self, self.tr("Alert level"), self.tr("Why does the level change? (for the timeline)"))
        if reason is None:
            return
        with explained(self):
            self.view.apply(self.view.crises.set_level(phase, reason))
