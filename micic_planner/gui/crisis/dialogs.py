"""Forms of crisis mode: opening a crisis, a movement, a document issued, assistance given.

Each exposes a class method `ask(...)` that returns the answer (or None), so tests replace it.
"""

from datetime import date

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
)

from micic_planner.core.crisis import Assistance, AssistanceKind, DocumentIssued, DocumentKind, Movement, MovementMode
from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.gui.crisis.national_picker import NationalPicker
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.locale_support import by_name, date_pattern


class _Form(FittedDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self.body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def finish(self) -> None:
        """The buttons sit below the scrolling fields (FittedDialog), always in view."""


def _combo(items) -> QComboBox:
    box = QComboBox()
    for text, value in items:
        box.addItem(text, value)
    return box


class OpenCrisisDialog(_Form):
    """Title, hazard, affected zones and starting alert level of a new crisis."""

    def __init__(self, zones: list, parent=None):
        super().__init__(self.tr("Open a crisis"), parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Hurricane Eta"))
        self.hazard = _combo([(h.label(), h) for h in Hazard])
        self.phase = _combo([(f"{p.value}. {p.label()}", p) for p in AlertPhase])
        self.zones = QListWidget()
        for zone in by_name(zones):
            item = QListWidgetItem(zone.name)
            item.setData(Qt.ItemDataRole.UserRole, zone.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.zones.addItem(item)
        self.reset = QCheckBox(self.tr("Start everyone affected from “not yet contacted”"))
        self.reset.setChecked(True)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Hazard"), self.hazard)
        self.form.addRow(self.tr("Alert level"), self.phase)
        self.form.addRow(self.tr("Affected zones (none ticked: all)"), self.zones)
        self.form.addRow(self.reset)
        self.finish()

    def answer(self) -> dict:
        zone_ids = [self.zones.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.zones.count())
                    if self.zones.item(i).checkState() == Qt.CheckState.Checked]
        return {"title": self.title.text(), "hazard": self.hazard.currentData(), "zones": zone_ids,
                "phase": self.phase.currentData(), "reset_statuses": self.reset.isChecked()}

    @classmethod
    def ask(cls, parent, zones: list) -> dict | None:
        dialog = cls(zones, parent)
        return dialog.answer() if dialog.exec() else None


class MovementDialog(_Form):
    """A bus, flight or boat: name, assembly point, destination, departure, seats, carrier."""

    def __init__(self, movement: Movement, points: list, parent=None):
        super().__init__(self.tr("Movement"), parent)
        self.movement = movement
        self.name = QLineEdit(movement.name)
        self.mode = _combo([(m.label(), m) for m in MovementMode])
        self.mode.setCurrentIndex(list(MovementMode).index(movement.mode))
        self.origin = _combo([(self.tr("(none)"), None)] + [(p.name, p.id) for p in points])
        self.origin.setCurrentIndex(max(0, self.origin.findData(movement.origin_id)))
        self.destination = QLineEdit(movement.destination)
        self.departs = QDateTimeEdit(QDateTime.fromString(movement.departs_at, "yyyy-MM-ddTHH:mm")
                                     if movement.departs_at else QDateTime.currentDateTime())
        self.departs.setDisplayFormat(date_pattern() + " HH:mm")
        self.seats = QSpinBox()
        self.seats.setRange(0, 100_000)
        self.seats.setValue(movement.seats)
        self.carrier = QLineEdit(movement.carrier)
        self.repatriation = QCheckBox(self.tr("Repatriation: arrival means home"))
        self.repatriation.setChecked(movement.repatriation)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Vehicle"), self.mode),
                              (self.tr("Assembly point"), self.origin), (self.tr("Destination"), self.destination),
                              (self.tr("Departure"), self.departs), (self.tr("Seats"), self.seats),
                              (self.tr("Carrier"), self.carrier)):
            self.form.addRow(label, widget)
        self.form.addRow(self.repatriation)
        self.finish()

    def answer(self) -> Movement:
        m = self.movement
        m.name, m.mode, m.origin_id = self.name.text().strip(), self.mode.currentData(), self.origin.currentData()
        m.destination, m.seats, m.carrier = self.destination.text().strip(), self.seats.value(), self.carrier.text()
        m.departs_at = self.departs.dateTime().toString("yyyy-MM-ddTHH:mm")
        m.repatriation = self.repatriation.isChecked()
        return m

    @classmethod
    def ask(cls, parent, movement: Movement, points: list) -> Movement | None:
        dialog = cls(movement, points, parent)
        return dialog.answer() if dialog.exec() else None


class DocumentDialog(_Form):
    """An emergency travel document issued: national, kind, number, date."""

    def __init__(self, store, crisis_id: int, next_number, parent=None):
        super().__init__(self.tr("Issue a travel document"), parent)
        self.crisis_id = crisis_id
        self.national = NationalPicker(store)
        self.kind = _combo([(k.label(), k) for k in DocumentKind])
        self.number = QLineEdit(next_number(DocumentKind.SAFE_CONDUCT))
        self.kind.currentIndexChanged.connect(lambda _i: self.number.setText(next_number(self.kind.currentData())))
        self.issued = QDateEdit(QDate.currentDate())
        self.issued.setDisplayFormat(date_pattern())
        self.notes = QLineEdit()
        for label, widget in ((self.tr("National"), self.national), (self.tr("Document"), self.kind),
                              (self.tr("Number"), self.number), (self.tr("Date issued"), self.issued),
                              (self.tr("Note"), self.notes)):
            self.form.addRow(label, widget)
        self.finish()

    def answer(self) -> DocumentIssued | None:
        if self.national.national_id() is None:
            return None
        return DocumentIssued(self.crisis_id, self.national.national_id(), self.kind.currentData(),
                              self.number.text().strip(), date.fromisoformat(self.issued.date().toString("yyyy-MM-dd")),
                              notes=self.notes.text())

    @classmethod
    def ask(cls, parent, store, crisis_id: int, next_number) -> DocumentIssued | None:
        dialog = cls(store, crisis_id, next_number, parent)
        return dialog.answer() if dialog.exec() else None


class AssistanceDialog(_Form):
    """Assistance given: national, kind, partner, date."""

    def __init__(self, store, crisis_id: int, partners: list, parent=None):
        super().__init__(self.tr("Record assistance given"), parent)
        self.crisis_id = crisis_id
        self.national = NationalPicker(store)
        self.kind = _combo([(k.label(), k) for k in AssistanceKind])
        self.partner = _combo([(self.tr("(the post itself)"), None)] + [(p.name, p.id) for p in partners])
        self.given = QDateEdit(QDate.currentDate())
        self.given.setDisplayFormat(date_pattern())
        self.notes = QLineEdit()
        for label, widget in ((self.tr("National"), self.national), (self.tr("Assistance"), self.kind),
                              (self.tr("Partner"), self.partner), (self.tr("Date"), self.given),
                              (self.tr("Note"), self.notes)):
            self.form.addRow(label, widget)
        self.finish()

    def answer(self) -> Assistance | None:
        if self.national.national_id() is None:
            return None
        return Assistance(self.crisis_id, self.national.national_id(), self.kind.currentData(),
                          date.fromisoformat(self.given.date().toString("yyyy-MM-dd")), self.partner.currentData(),
                          notes=self.notes.text())

    @classmethod
    def ask(cls, parent, store, crisis_id: int, partners: list) -> Assistance | None:
        dialog = cls(store, crisis_id, partners, parent)
        return dialog.answer() if dialog.exec() else None
