"""Bulk accountability update: a selection of people, a whole zone, or a warden's report line by line."""

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.gui.crisis import call_list_model
from micic_planner.gui.crisis.call_list_model import CallListModel
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.locale_support import fmt_int
from micic_planner.gui.worker import Worker
from micic_planner.storage.accountability_store import call_order, call_order_head
from micic_planner.storage.overview_queries import PostReader


@dataclass
class StatusRequest:
    """What the person asked for; the view turns it into one storage call."""

    kind: str  # "selection", "zone" or "warden"
    status: AccountabilityStatus | None = None
    source: StatusSource = StatusSource.PHONE
    note: str = ""
    keys: list[str] = field(default_factory=list)  # selection: ids or document numbers
    zone_id: int | None = None
    only: AccountabilityStatus | None = None  # zone: only those with this status
    rows: list[tuple[int, AccountabilityStatus, str]] = field(default_factory=list)  # warden report


def _statuses(box: QComboBox, blank: str | None = None) -> QComboBox:
    if blank is not None:
        box.addItem(blank, None)
    for s in AccountabilityStatus:
        box.addItem(s.label(), s)
    return box


class BulkStatusDialog(FittedDialog):
    """Opens at once on any registry: the warden's list is ordered off the GUI thread and read in pages."""

    def __init__(self, zones: list, wardens: list, accountability, parent=None):
        super().__init__(parent, width=800, height=700)
        self.setWindowTitle(self.tr("Update statuses"))
        self.accountability = accountability
        self.loader: Worker | None = None
        self._reload = False
        self._head: list[int] = []
        self._reading = None  # the worker's connection while it reads
        self.zones_of_wardens = {w[0]: w[2] for w in wardens}
        self.tabs = QTabWidget()
        # Selection
        self.keys = QPlainTextEdit()
        self.keys.setPlaceholderText(self.tr("One id or document number per line"))
        self.tabs.addTab(self.keys, self.tr("Selection"))
        # Zone
        zone_page = QWidget()
        zone_form = QFormLayout(zone_page)
        self.zone = QComboBox()
        for zone in zones:
            self.zone.addItem(zone.name, zone.id)
        self.only = _statuses(QComboBox(), self.tr("(everyone in the zone)"))
        self.only.setCurrentIndex(1)
        zone_form.addRow(self.tr("Zone"), self.zone)
        zone_form.addRow(self.tr("Only those now"), self.only)
        self.tabs.addTab(zone_page, self.tr("Zone"))
        self.tabs.addTab(self._warden_page(wardens), self.tr("Warden report"))
        # Common
        self.status = _statuses(QComboBox())
        self.status.setCurrentIndex(1)
        self.source = QComboBox()
        for s in StatusSource:
            if s not in (StatusSource.MANIFEST, StatusSource.CRISIS):
                self.source.addItem(s.label(), s)
        self.note = QLineEdit()
        common = QFormLayout()
        common.addRow(self.tr("New status (selection and zone)"), self.status)
        common.addRow(self.tr("Source"), self.source)
        common.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(common)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def _warden_page(self, wardens: list) -> QWidget:
        page = QWidget()
        self.warden = QComboBox()
        for wid, name, _zone_id, zone_name, pending in wardens:
            self.warden.addItem(f"{name} — {zone_name} ({fmt_int(pending)})", wid)
        self.report_model = CallListModel(self.accountability.call_rows, self.tr("(no news)"), [
            self.tr("Name"), self.tr("Phone"), self.tr("Reported status")], self)
        self.report = QTableView()
        self.report.setObjectName("warden_report")
        self.report.setModel(self.report_model)
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.report.setWordWrap(False)
        self.report.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.report.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.setMinimumHeight(self.report.verticalHeader().defaultSectionSize() * 10)
        self.loading = QLabel()
        self.loading.setWordWrap(True)
        # One picker for every selected row: a list of thousands never gets a drop-down per row.
        self.reported = _statuses(QComboBox(), self.tr("(no news)"))
        self.reported.setCurrentIndex(1)
        self.mark = QPushButton(self.tr("Set for the selected people"))
        self.mark.clicked.connect(self._on_mark_clicked)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Reported status")))
        picker.addWidget(self.reported, 1)
        picker.addWidget(self.mark)
        layout = QVBoxLayout(page)
        layout.addWidget(self.warden)
        layout.addWidget(self.loading)
        layout.addWidget(self.report, 1)
        layout.addLayout(picker)
        self.warden.currentIndexChanged.connect(self._on_warden_changed)
        return page

    def _on_tab_changed(self, index: int) -> None:
        if index == 2:
            self.source.setCurrentIndex(max(0, self.source.findData(StatusSource.WARDEN)))
            if self.loader is None and not self.report_model.ids:
                self._on_warden_changed()

    def _on_warden_changed(self, *_args) -> None:
        """Order the warden's list in a worker: a zone of 60,000 takes half a second to sort in SQLite."""
        if self.loader is not None:
            self._reload = True  # the running load is stopped; once it has ended the new one starts
            self._interrupt()
            return
        wid = self.warden.currentData()
        self.report_model.set_ids([])
        if wid is None:
            return
        self.loading.setText(self.tr("Reading the call list…"))
        zone_id = self.zones_of_wardens.get(wid)
        self.loader = Worker(lambda progress, _cancelled: self._read_call_list(zone_id, progress), self)
        self.loader.progressed.connect(self._on_head_read)
        self.loader.succeeded.connect(self._on_loaded)
        self.loader.failed.connect(lambda _exc: self.loading.setText(self.tr("The call list could not be read.")))
        self.loader.finished.connect(self._on_loader_finished)
        self.loader.start()

    def _read_call_list(self, zone_id: int | None, progress) -> list[int]:
        """In the worker, on a connection of its own (the GUI thread keeps reading pages meanwhile):
        the most urgent households first, in a fraction of a second, then the whole order."""
        store = self.accountability.crises.store
        reader = PostReader(*PostReader.source(store)) if store.path else None
        db = reader.db if reader is not None else self.accountability.db
        self._reading = db.conn
        try:
            self._head = call_order_head(db, zone_id, call_list_model.PAGE)
            progress(len(self._head), 0)  # hands `_head` over to the GUI thread
            return call_order(db, zone_id)
        finally:
            self._reading = None
            if reader is not None:
                reader.close()

    def _on_head_read(self, _count: int, _total: int) -> None:
        if self._reload or not self._head:
            return
        self.report_model.set_ids(self._head)
        self.report.resizeColumnsToContents()
        self.loading.setText(self.tr("The most urgent households are shown; the rest of the list is being "
                                     "put in calling order…"))

    def _on_loaded(self, ids: list) -> None:
        if self._reload:
            return
        self.report_model.extend_ids(ids)
        self.report.resizeColumnsToContents()
        self.loading.setText(self.tr("{count} people still to call, in calling order. Select the lines a warden "
                                     "reported on and set their status below.").format(count=fmt_int(len(ids))))

    def _on_loader_finished(self) -> None:
        self.loader = None
        if self._reload:
            self._reload = False
            self._on_warden_changed()

    def wait_loaded(self) -> None:
        """Block until the call list is read (for tests and before closing)."""
        while self.loader is not None:
            self.loader.wait()
            QCoreApplication.processEvents()

    def _on_mark_clicked(self) -> None:
        rows = sorted({i.row() for i in self.report.selectionModel().selectedRows()})
        self.report_model.set_reported(rows, self.reported.currentData())

    def set_reported(self, row: int, status: AccountabilityStatus) -> None:
        self.report_model.set_reported([row], status)

    def answer(self) -> StatusRequest:
        kind = ("selection", "zone", "warden")[self.tabs.currentIndex()]
        request = StatusRequest(kind, self.status.currentData(), self.source.currentData(), self.note.text().strip())
        if kind == "selection":
            request.keys = [k.strip() for k in self.keys.toPlainText().splitlines() if k.strip()]
        elif kind == "zone":
            request.zone_id, request.only = self.zone.currentData(), self.only.currentData()
        else:
            request.rows = [(nid, status, request.note) for nid, status in self.report_model.reported.items()]
        return request

    def _interrupt(self) -> None:
        """Stop the worker's query (a zone of 300,000 takes seconds to order) rather than wait for it."""
        reading = self._reading
        if self.loader is not None and self.loader.isRunning() and reading is not None:
            reading.interrupt()

    def done(self, result: int) -> None:
        if self.loader is not None:
            self._interrupt()
            self.loader.wait()
        super().done(result)

    @classmethod
    def ask(cls, parent, zones: list, wardens: list, accountability) -> StatusRequest | None:
        dialog = cls(zones, wardens, accountability, parent)
        return dialog.answer() if dialog.exec() else None
