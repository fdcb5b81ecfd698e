"""Crisis mode: the crisis shown (open or past), its alert level and checklist, board, movements, aid, timeline."""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from micic_planner.core.changes import changed
from micic_planner.core.models import Zone
from micic_planner.core.security import Action
from micic_planner.gui.crisis.aid_panel import AidPanel
from micic_planner.gui.crisis.board_panel import BoardPanel
from micic_planner.gui.crisis.checklist_panel import ChecklistPanel
from micic_planner.gui.crisis.dialogs import OpenCrisisDialog
from micic_planner.gui.crisis.movements_panel import MovementsPanel
from micic_planner.gui.crisis.prompts import TextPrompt
from micic_planner.gui.crisis.timeline_panel import TimelinePanel
from micic_planner.gui.errors import Confirm, explained
from micic_planner.gui.locale_support import fmt_timestamp
from micic_planner.gui.security.roles import offer
from micic_planner.storage.crisis_store import CrisisStore

# Which panels a write to these tables makes stale.
BOARD_TABLES = ("nationals", "status_events", "zones")
CRISIS_TABLES = ("crises", "crisis_actions", "crisis_log", "movements", "manifest_entries", "documents_issued",
                 "assistance", "alert_actions", "places", "partners")


class CrisisView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.crises: CrisisStore | None = None
        self.shown = None  # the crisis on screen, open or closed
        self.chooser = QComboBox()
        self.chooser.setMinimumWidth(320)
        self.chooser.currentIndexChanged.connect(self._on_chooser_changed)
        self.state = QLabel()
        self.state.setObjectName("crisis_state")
        self.state.setStyleSheet("font-weight: bold;")
        self.state.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open a crisis…"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.close_button = QPushButton(self.tr("Close the crisis…"))
        self.close_button.clicked.connect(self._on_close_clicked)
        self.checklist = ChecklistPanel(self)
        self.board = BoardPanel(self)
        self.movements = MovementsPanel(self)
        self.aid = AidPanel(self)
        self.timeline = TimelinePanel(self)
        self.tabs = QTabWidget()
        for panel, title in ((self.board, self.tr("Accountability")),
                             (self.checklist, self.tr("Alert level and actions")),
                             (self.movements, self.tr("Movements and manifests")),
                             (self.aid, self.tr("Documents and assistance")), (self.timeline, self.tr("Timeline"))):
            self.tabs.addTab(panel, title)
        self.message = QLabel()
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Crisis:")))
        head.addWidget(self.chooser, 1)
        head.addWidget(self.open_button)
        head.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.state)  # a line of its own: hazard, level and start never cut at 1366 px
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        context.changed.connect(self._on_changed)
        context.store_replaced.connect(self.reload)
        self.reload()

    @property
    def store(self):
        return self.context.store

    @property
    def crisis(self):
        """The crisis that may be written to: the one shown, if it is still open."""
        return self.shown if self.shown is not None and self.shown.is_open else None

    # -- refreshing ----------------------------------------------------------
    def reload(self) -> None:
        self.crises = CrisisStore(self.store) if self.store is not None else None
        self.shown = None
        self._fill_chooser()
        self.refresh_all()

    def _fill_chooser(self) -> None:
        keep = self.shown.id if self.shown else None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        crises = self.crises.list() if self.crises else []
        for c in crises:
            state = self.tr("open") if c.is_open else self.tr("closed")
            self.chooser.addItem(f"{c.title} — {c.started_at[:10]} ({state})", c.id)
        ids = [c.id for c in crises]
        chosen = keep if keep in ids else next((c.id for c in crises if c.is_open), ids[0] if ids else None)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(chosen)))
        self.shown = self.crises.get(chosen) if chosen is not None else None
        self.chooser.blockSignals(False)

    def refresh_all(self) -> None:
        self._refresh_head()
        for panel in (self.board, self.checklist, self.movements, self.aid, self.timeline):
            panel.refresh()

    def _refresh_head(self) -> None:
        c = self.shown
        has_store = self.crises is not None
        open_now = has_store and self.crises.current_id() is not None
        offer(self.open_button, self.context, Action.RUN_CRISIS, has_store and not open_now)
        offer(self.close_button, self.context, Action.RUN_CRISIS, self.crisis is not None)
        if c is None:
            self.state.setText(self.tr("No crisis. Open one when an alert is raised."))
            return
        started = fmt_timestamp(c.started_at, seconds=False)
        if c.is_open:
            self.state.setText(self.tr("{hazard} — alert level {n}: {phase} — since {start}").format(
                hazard=c.hazard.label(), n=c.phase.value, phase=c.phase.label(), start=started))
        else:
            closed = fmt_timestamp(c.closed_at, seconds=False)
            self.state.setText(self.tr("Closed on {closed} (record kept, read only)").format(closed=closed))

    def _on_chooser_changed(self, _index: int) -> None:
        cid = self.chooser.currentData()
        self.shown = self.crises.get(cid) if cid is not None else None
        self.refresh_all()

    def _on_changed(self, changes) -> None:
        if self.crises is None:
            return
        if changes.touches("crises"):
            self._fill_chooser()
            self.refresh_all()
            return
        if self.shown is not None:
            self.shown = self.crises.get(self.shown.id)
        self._refresh_head()
        if changes.touches(*BOARD_TABLES):
            self.board.refresh()
        if changes.touches(*CRISIS_TABLES, *BOARD_TABLES):
            for panel in (self.checklist, self.movements, self.aid, self.timeline):
                panel.refresh()

    # -- writing -------------------------------------------------------------
    def apply(self, changes) -> None:
        self.context.apply(changes)

    def apply_tables(self, *tables: str) -> None:
        self.context.apply(changed(*tables))

    def notify(self, text: str) -> None:
        self.message.setText(text)

    def notify_written(self, path: str) -> None:
        self.notify(self.tr("Written: {path}").format(path=path))

    def _on_open_clicked(self) -> None:
        answer = OpenCrisisDialog.ask(self, self.store.records.list(Zone, order_by="name"))
        if answer is None:
            return
        with explained(self, self.tr("Crisis not opened")):
            crisis = self.crises.open(**answer)
            self.shown = crisis
            self.apply(changed("crises", "crisis_log", "crisis_actions", "nationals", "status_events"))

    def _on_close_clicked(self) -> None:
        if self.crisis is None or not Confirm.ask(self, self.tr("Close the crisis"), self.tr(
                "Close “{title}”? Its whole record is kept and can still be printed.").format(title=self.crisis.title)):
            return
        note = TextPrompt.ask(self, self.tr("Close the crisis"), self.tr("Closing note (optional)"))
        if note is None:
            return
        with explained(self):
            self.apply(self.crises.close(note))
