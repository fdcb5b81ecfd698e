"""The route form: the record's fields plus its waypoints, with the length and time computed as you type."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from micic_planner.core.errors import ValidationError, ValidationErrors
from micic_planner.core.routes import format_hours, route_leg
from micic_planner.gui.forms.record_form import RecordForm
from micic_planner.gui.locale_support import fmt_float


class RouteForm(RecordForm):
    places: dict = {}  # id -> Place, set by the routes view before asking

    def __init__(self, title, fields, record, validate=None, parent=None):
        box = QGroupBox()
        self.waypoints = QTableWidget(0, 2)
        self.waypoints.setObjectName("waypoints")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        super().__init__(title, fields, record, validate, parent, extra=box, width=660)
        box.setTitle(self.tr("Waypoints between the origin and the destination (latitude, longitude)"))
        self.waypoints.setHorizontalHeaderLabels([self.tr("Latitude"), self.tr("Longitude")])
        self.waypoints.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.waypoints.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waypoints.setMinimumHeight(140)
        for lat, lon in record.waypoints:
            self.add_waypoint(lat, lon)
        # A driven length holds only for the line that was driven: any edit of it measures the waypoints.
        self._driven = (record.driven_km, self._line(record.waypoints, record.origin_id, record.destination_id))
        add = QPushButton(self.tr("Add waypoint"))
        remove = QPushButton(self.tr("Remove selected"))
        up = QPushButton(self.tr("Move up"))
        add.clicked.connect(lambda: self.add_waypoint(None, None))
        remove.clicked.connect(self._on_remove_clicked)
        up.clicked.connect(self._on_up_clicked)
        buttons = QHBoxLayout()
        for button in (add, remove, up):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.waypoints)
        column.addLayout(buttons)
        column.addWidget(self.summary)
        self.waypoints.itemChanged.connect(self.update_summary)
        for name in ("origin_id", "destination_id"):
            self.editors[name].currentIndexChanged.connect(self.update_summary)
        self.editors["speed_kmh"].valueChanged.connect(self.update_summary)
        self.update_summary()

    def add_waypoint(self, lat, lon) -> None:
        row = self.waypoints.rowCount()
        self.waypoints.insertRow(row)
        for col, value in enumerate((lat, lon)):
            self.waypoints.setItem(row, col, QTableWidgetItem("" if value is None else f"{float(value):.6f}"))

    def _on_remove_clicked(self) -> None:
        for row in sorted({i.row() for i in self.waypoints.selectedIndexes()}, reverse=True):
            self.waypoints.removeRow(row)
        self.update_summary()

    def _on_up_clicked(self) -> None:
        row = self.waypoints.currentRow()
        if row <= 0:
            return
        points = self.read_waypoints(strict=False)
        points[row - 1], points[row] = points[row], points[row - 1]
        self.waypoints.setRowCount(0)
        for lat, lon in points:
            self.add_waypoint(lat, lon)
        self.waypoints.selectRow(row - 1)

    def read_waypoints(self, strict: bool = True) -> list[list[float]]:
        points = []
        for row in range(self.waypoints.rowCount()):
            texts = [(self.waypoints.item(row, c).text() if self.waypoints.item(row, c) else "").strip()
                     for c in (0, 1)]
            if not any(texts):
                continue
            try:
                lat, lon = (float(t.replace(",", ".")) for t in texts)
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError
            except ValueError:
                if strict:
                    raise ValidationErrors([ValidationError("waypoints", self.tr(
                        "Waypoint {row} is not a valid latitude and longitude.").format(row=row + 1),
                        hint=self.tr("Write both as decimal degrees, for example 14.6349 and -90.5069."))]) from None
                continue
            points.append([lat, lon])
        return points

    @staticmethod
    def _line(waypoints, origin_id, destination_id) -> tuple:
        return tuple((round(float(a), 6), round(float(b), 6)) for a, b in waypoints), origin_id, destination_id

    def _keep_driven(self, record) -> None:
        km, line = getattr(self, "_driven", (None, None))
        same = self._line(record.waypoints, record.origin_id, record.destination_id) == line
        record.driven_km = km if same else None

    def update_summary(self, *_args) -> None:
        self.record.waypoints = self.read_waypoints(strict=False)
        self.record.origin_id = self.editors["origin_id"].currentData()
        self.record.destination_id = self.editors["destination_id"].currentData()
        self._keep_driven(self.record)
        self.record.speed_kmh = self.editors["speed_kmh"].value() or 1
        leg = route_leg(self.record, self.places)
        self.summary.setText(self.tr("Length {km} km, about {time} at {speed} km/h.").format(
            km=fmt_float(leg.km, 1), time=format_hours(leg.hours), speed=fmt_float(self.record.speed_kmh, 0)))

    def extra_problems(self) -> list[ValidationError]:
        try:
            self.read_waypoints()
        except ValidationErrors as exc:
            return exc.errors
        return []

    def collect(self):
        record = super().collect()
        record.waypoints = self.read_waypoints()
        self._keep_driven(record)
        return record
