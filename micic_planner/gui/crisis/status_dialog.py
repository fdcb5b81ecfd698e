"""Bulk accountability update: a selection of people, a whole zone, or a warden's report line by line."""

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.gui import status_style
from micic_planner.gui.crisis import call_list_model
from micic_planner.gui.crisis.call_list_model import CallListModel
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.locale_support import by_name, fmt_int
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
        box.addItem(status_style.icon(s), s.label(), s)
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
        zones, wardens = by_name(zones), by_name(wardens, lambda w: w[3])  # a zone's wardens keep their order
        self.tabs = QTabWidget()
        self.tabs.addTab(self._selection_page(), self.tr("Selection"))
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

    def _selection_page(self) -> QWidget:
        page = QWidget()
        self.keys = QPlainTextEdit()
        self.keys.setObjectName("status_keys")
        self.keys.setPlaceholderText(self.tr("One id, document number or name per line"))
        self.keys.textChanged.connect(self._on_keys_changed)
        self.problems = QLabel()
        self.problems.setObjectName("status_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.hide()
        self.apply_good = QPushButton()
        self.apply_good.setObjectName("apply_recognised")
        self.apply_good.clicked.connect(self._on_apply_good_clicked)
        self.apply_good.hide()
        self.finder = QLineEdit()
        self.finder.setObjectName("name_finder")
        self.finder.setPlaceholderText(self.tr("Find by name, accents not needed"))
        self.finder.setClearButtonEnabled(True)
        self.finder.textChanged.connect(self._on_finder_changed)
        self.found = QListWidget()
        self.found.setObjectName("name_matches")
        self.found.itemActivated.connect(self._on_found_activated)
        self.found.setWordWrap(True)
        self.add_found = QPushButton(self.tr("Add to the list"))
        self.add_found.clicked.connect(lambda: self._on_found_activated(self.found.currentItem()))
        finder = QVBoxLayout()
        finder.addWidget(self.finder)
        finder.addWidget(self.found, 1)
        finder.addWidget(self.add_found, alignment=Qt.AlignmentFlag.AlignRight)
        lines = QVBoxLayout()
        lines.addWidget(self.keys, 1)
        lines.addWidget(self.problems)
        lines.addWidget(self.apply_good, alignment=Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(page)
        layout.addLayout(lines, 1)
        layout.addLayout(finder, 1)
        self._resolved: list[list[int]] | None = None
        return page

    # -- selection: typed lines, checked before anything is written -------------
    def _lines(self) -> list[tuple[int, str]]:
        """(line number, text) of every non-blank line."""
        return [(n, t.strip()) for n, t in enumerate(self.keys.toPlainText().splitlines()) if t.strip()]

    def _on_keys_changed(self) -> None:
        self._resolved = None  # the marks describe text that is no longer there

    def check_lines(self) -> list[tuple[int, str, int]]:
        """Resolve every line; mark and return (line number, text, matches) of those naming not exactly one."""
        lines = self._lines()
        self._resolved = self.accountability.resolve_lines([t for _n, t in lines])
        bad = [(n, t, len(ids)) for (n, t), ids in zip(lines, self._resolved) if len(ids) != 1]
        marks = []
        for n, _t, _count in bad:
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(QColor("#f8d7da"))
            mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.cursor = QTextCursor(self.keys.document().findBlockByNumber(n))
            marks.append(mark)
        self.keys.setExtraSelections(marks)
        if bad:
            unknown = [t for _n, t, c in bad if c == 0]
            several = [t for _n, t, c in bad if c > 1]
            parts = []
            if unknown:
                parts.append(self.tr("No national matches: {lines}").format(lines=", ".join(unknown[:8])))
            if several:
                parts.append(self.tr("Several nationals match (use the finder on the right): {lines}").format(
                    lines=", ".join(several[:8])))
            self.problems.setText("\n".join(parts))
            good = len(lines) - len(bad)
            self.apply_good.setText(self.tr("Apply the %Ln recognised line(s) only", "", good))
            self.apply_good.setEnabled(good > 0)
        self.problems.setVisible(bool(bad))
        self.apply_good.setVisible(bool(bad))
        return bad

    def good_ids(self) -> list[int]:
        return [ids[0] for ids in self._resolved or [] if len(ids) == 1]

    def _on_apply_good_clicked(self) -> None:
        if self._resolved is None:
            self.check_lines()
        if self.good_ids():
            super().accept()

    def accept(self) -> None:
        """A selection with a line naming no one, or several, keeps the dialog open with that line marked."""
        if self.tabs.currentIndex() == 0 and self.check_lines():
            return
        super().accept()

    def _on_finder_changed(self, text: str) -> None:
        self.found.clear()
        for nid, family, given, place, status in self.accountability.find_by_name(text):
            where = f" — {place}" if place else ""
            label = f"{family}, {given}{where} — {AccountabilityStatus(status).label()}"
            item = QListWidgetItem(status_style.icon(status), label)
            item.setData(Qt.ItemDataRole.UserRole, f"{nid} · {family}, {given}")
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def _on_found_activated(self, item) -> None:
        if item is None:
            return
        text = self.keys.toPlainText()
        self.keys.setPlainText((text.rstrip("\n") + "\n" if text.strip() else "") + item.data(Qt.ItemDataRole.UserRole))

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
        # Four "Fuentes …" rows cannot be told apart: names and phones are never elided; the table
        # scrolls sideways instead, and their columns widen as pages of longer names are read.
        self.report.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.report_model.rowsInserted.connect(lambda _parent, first, last: self._fit_columns(first, last))
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

    def _fit_columns(self, first: int, last: int) -> None:
        """Widen the name and phone columns to the rows just read (never narrow them: the rows above stay)."""
        header, delegate = self.report.horizontalHeader(), self.report.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(self.report)
        for column in (0, 1):
            widest = max((delegate.sizeHint(option, self.report_model.index(row, column)).width()
                          for row in range(first, last + 1)), default=0)
            widest = max(widest, header.sectionSizeFromContents(column).width()) + int(self.report.showGrid())
            if widest > header.sectionSize(column):
                header.resizeSection(column, widest)

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
        self.loading.setText(self.tr("The most urgent households are shown; the rest of the list is being "
                                     "put in calling order…"))

    def _on_loaded(self, ids: list) -> None:
        if self._reload:
            return
        self.report_model.extend_ids(ids)
        self.loading.setText(self.tr("%Ln person(s) still to call, in calling order. Select the lines a warden "
                                     "reported on and set their status below.", "", len(ids)))

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
            if self._resolved is None:
                self.check_lines()
            request.keys = [str(i) for i in dict.fromkeys(self.good_ids())]
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
