"""Bulk accountability update: a selection of people, a whole zone, or a warden's report line by line."""

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus


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


class BulkStatusDialog(QDialog):
    def __init__(self, zones: list, wardens: list, call_list, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update statuses"))
        self.resize(720, 520)
        self.call_list = call_list
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
        # Warden report
        warden_page = QWidget()
        warden_layout = QVBoxLayout(warden_page)
        self.warden = QComboBox()
        for wid, name, _zone_id, zone_name, pending in wardens:
            self.warden.addItem(f"{name} — {zone_name} ({pending})", wid)
        self.report = QTableWidget(0, 3)
        self.report.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Reported status")])
        self.report.horizontalHeader().setStretchLastSection(True)
        warden_layout.addWidget(self.warden)
        warden_layout.addWidget(self.report)
        self.tabs.addTab(warden_page, self.tr("Warden report"))
        self.warden.currentIndexChanged.connect(self._on_warden_changed)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(common)
        layout.addWidget(buttons)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_warden_changed()

    def _on_tab_changed(self, index: int) -> None:
        if index == 2:
            self.source.setCurrentIndex(max(0, self.source.findData(StatusSource.WARDEN)))

    def _on_warden_changed(self, *_args) -> None:
        wid = self.warden.currentData()
        people = self.call_list(wid) if wid is not None else []
        self.report.setRowCount(len(people))
        for r, p in enumerate(people):
            name = QTableWidgetItem(f"{p['family_names']}, {p['given_names']}")
            name.setData(256, p["id"])
            self.report.setItem(r, 0, name)
            self.report.setItem(r, 1, QTableWidgetItem(p["phone"] or ""))
            self.report.setCellWidget(r, 2, _statuses(QComboBox(), self.tr("(no news)")))

    def set_reported(self, row: int, status: AccountabilityStatus) -> None:
        box = self.report.cellWidget(row, 2)
        box.setCurrentIndex(box.findData(status))

    def answer(self) -> StatusRequest:
        kind = ("selection", "zone", "warden")[self.tabs.currentIndex()]
        request = StatusRequest(kind, self.status.currentData(), self.source.currentData(), self.note.text().strip())
        if kind == "selection":
            request.keys = [k.strip() for k in self.keys.toPlainText().splitlines() if k.strip()]
        elif kind == "zone":
            request.zone_id, request.only = self.zone.currentData(), self.only.currentData()
        else:
            for r in range(self.report.rowCount()):
                status = self.report.cellWidget(r, 2).currentData()
                if status is not None:
                    request.rows.append((self.report.item(r, 0).data(256), status, request.note))
        return request

    @classmethod
    def ask(cls, parent, zones: list, wardens: list, call_list) -> StatusRequest | None:
        dialog = cls(zones, wardens, call_list, parent)
        return dialog.answer() if dialog.exec() else None
