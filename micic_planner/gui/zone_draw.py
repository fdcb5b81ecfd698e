"""Drawing a zone on the map: click the corners, close with a double-click or Enter, Esc cancels.

The polygon is saved as a new zone or replaces an existing zone's polygon, through the undo
stack; the nationals can then be put into zones by their coordinates in the same undo step.
"""

import copy

import numpy as np
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from micic_planner.core.errors import MicicError
from micic_planner.core.mercator import to_lonlat
from micic_planner.core.models import Zone
from micic_planner.gui.commands import AddRecord, EditRecord, RecordCommand
from micic_planner.gui.errors import Confirm, show_error
from micic_planner.gui.map_layers import cosmetic

DRAFT = QColor("#c2185b")
SAME_PX = 4  # a click this near the previous corner adds no new corner


class ZoneDraft(QObject):
    """The corners clicked so far, drawn as a line that follows the mouse to the next corner."""

    closed = Signal(list)  # [[lon, lat], ...], a closed ring
    cancelled = Signal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.corners: list[QPointF] = []
        self.hover: QPointF | None = None
        self.line = QGraphicsPathItem()
        self.line.setPen(cosmetic(DRAFT, 2, Qt.PenStyle.DashLine))
        self.line.setBrush(QColor(194, 24, 91, 40))
        self.line.setZValue(30)
        canvas.scene().addItem(self.line)
        self.marks: list[QGraphicsItem] = []

    def add(self, at: QPointF) -> None:
        if self.corners:
            last = self.canvas.mapFromScene(self.corners[-1])
            if (last - self.canvas.mapFromScene(at)).manhattanLength() <= SAME_PX:
                return
        self.corners.append(QPointF(at))
        mark = QGraphicsRectItem(QRectF(-3.5, -3.5, 7, 7))
        mark.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        mark.setPos(at)
        mark.setPen(cosmetic(DRAFT, 1.5))
        mark.setBrush(QColor("white"))
        mark.setZValue(31)
        self.canvas.scene().addItem(mark)
        self.marks.append(mark)
        self._redraw()

    def move(self, at: QPointF) -> None:
        self.hover = QPointF(at)
        self._redraw()

    def _redraw(self) -> None:
        points = self.corners + ([self.hover] if self.hover is not None and self.corners else [])
        path = QPainterPath()
        if points:
            path.moveTo(points[0])
            for p in points[1:]:
                path.lineTo(p)
            if len(points) >= 3:
                path.closeSubpath()
        self.line.setPath(path)

    def ring(self) -> list[list[float]]:
        """The corners as [lon, lat], closed by repeating the first."""
        ring = [list(to_lonlat(p.x(), p.y())) for p in self.corners]
        return ring + ring[:1]

    def finish(self) -> bool:
        """Close the polygon; False (and the draft stays) while it has fewer than three corners."""
        if len(self.corners) < 3:
            return False
        ring = self.ring()
        self.remove()
        self.closed.emit(ring)
        return True

    def cancel(self) -> None:
        self.remove()
        self.cancelled.emit()

    def remove(self) -> None:
        for item in [self.line, *self.marks]:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.marks, self.corners = [], []


class ZoneNameDialog(QDialog):
    """The drawn polygon's zone: a new one by name, or an existing zone whose polygon it replaces."""

    def __init__(self, parent, zones: list[Zone]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save the drawn zone"))
        self.target = QComboBox()
        self.target.addItem(self.tr("A new zone"), None)
        for zone in zones:
            self.target.addItem(self.tr("Replace the outline of “{name}”").format(name=zone.name), zone.id)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Zone 3 – Puerto Madero"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.target.currentIndexChanged.connect(lambda: self.name.setEnabled(self.target.currentData() is None))
        form = QFormLayout()
        form.addRow(self.tr("Save as"), self.target)
        form.addRow(self.tr("Name of the new zone"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.target.currentData() is None and not self.name.text().strip():
            self.error.setText(self.tr("Give the new zone a name, or choose a zone to replace."))
            self.error.show()
            return
        super().accept()

    def answer(self) -> tuple[str, int | None]:
        return self.name.text().strip(), self.target.currentData()

    @classmethod
    def ask(cls, parent, zones: list[Zone]) -> tuple[str, int | None] | None:
        """(name of a new zone, None) or ("", id of the zone to replace); None if cancelled."""
        dialog = cls(parent, zones)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RezoneNationals(RecordCommand):
    """Put nationals into zones by their coordinates (`micic-planner zone`); undo puts back their zones."""

    def __init__(self, context):
        super().__init__(context, Q.translate("ZoneDraw", "Put nationals into zones"))
        self.ids = self.before = self.after = np.empty(0, dtype=np.int64)

    def _zones(self) -> tuple[np.ndarray, np.ndarray]:
        rows = self.store.db.execute("SELECT id, coalesce(zone_id, -1) FROM nationals ORDER BY id").fetchall()
        arr = np.array(rows, dtype=np.int64).reshape(-1, 2)
        return arr[:, 0], arr[:, 1]

    def do(self) -> None:
        from micic_planner.storage.assignment_store import AssignmentStore

        if self._first:
            ids, before = self._zones()
            changes = AssignmentStore(self.store).place_in_zones()
            _ids, after = self._zones()
            moved = np.flatnonzero(before != after)  # only the moved rows are kept for undo
            self.ids, self.before, self.after = ids[moved], before[moved], after[moved]
            self.context.apply(changes)
        else:
            self._write(self.after)

    def undo_write(self) -> None:
        self._write(self.before)

    def _write(self, zones: np.ndarray) -> None:
        from micic_planner.core.changes import changed

        values = [(None if z < 0 else int(z), int(i)) for z, i in zip(zones, self.ids)]
        with self.store.db.atomic():
            self.store.db.conn.executemany("UPDATE nationals SET zone_id = ? WHERE id = ?", values)
        self.context.apply(changed("nationals", "zones", count=len(values)))

    def moved(self) -> int:
        return len(self.ids)


def save_drawn_zone(context, parent, ring: list[list[float]]) -> Zone | None:
    """Ask which zone the polygon is, save it and offer to re-zone the nationals; one undo step."""
    zones = context.store.records.list(Zone, order_by="name")
    answer = ZoneNameDialog.ask(parent, zones)
    if answer is None:
        return None
    name, replace_id = answer
    try:
        if replace_id is None:
            zone = Zone(name, polygon=ring)
            command = AddRecord(context, zone, Q.translate("ZoneDraw", "Draw zone “{name}”").format(name=name))
        else:
            before = next(z for z in zones if z.id == replace_id)
            zone = copy.deepcopy(before)
            zone.polygon = ring
            command = EditRecord(context, before, zone,
                                 Q.translate("ZoneDraw", "Redraw zone “{name}”").format(name=zone.name))
        command.run()
    except MicicError as exc:
        show_error(parent, exc, Q.translate("ZoneDraw", "Could not save the zone"))
        return None
    steps = [command]
    if Confirm.ask(parent, Q.translate("ZoneDraw", "Zones"), Q.translate(
            "ZoneDraw", "Put the nationals into zones by their coordinates now?\n\nThose inside no zone keep "
                        "the zone they have. You can undo this with Ctrl+Z.")):
        rezone = RezoneNationals(context)
        try:
            steps.append(rezone.run())
        except MicicError as exc:
            show_error(parent, exc, Q.translate("ZoneDraw", "Could not put the nationals into zones"))
    # One undo step for the polygon and the re-zoning; each command already did its first write.
    context.undo_stack.beginMacro(command.text())
    for step in steps:
        context.undo_stack.push(step)
    context.undo_stack.endMacro()
    return zone
