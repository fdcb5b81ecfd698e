"""The map's legend: each symbol drawn as the map draws it, with what it means."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from micic_planner.gui.map_layers import CLOSED, DENSITY_COLOURS, INK

SIZE = 22


def _icon(draw) -> QPixmap:
    pixmap = QPixmap(SIZE * 2, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    draw(painter, SIZE * 2, SIZE)
    painter.end()
    return pixmap


def _point(fill: str, ring=INK, width: float = 1.2):
    def draw(p, w, h):
        p.setPen(QPen(ring, width))
        p.setBrush(QColor("white"))
        p.drawEllipse(QPointF(w / 2, h / 2), 8, 8)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(fill))
        p.drawEllipse(QPointF(w / 2, h / 2), 5.5, 5.5)
    return draw


def _shape(kind: str):
    def draw(p, w, h):
        c = QPointF(w / 2, h / 2)
        p.setPen(QPen(INK, 1.2))
        if kind == "shelter":
            p.setBrush(QColor("#90caf9"))
            p.drawRect(QRectF(c.x() - 6, c.y() - 6, 12, 12))
        elif kind == "haven":
            p.setBrush(QColor("#a5d6a7"))
            p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - 7), QPointF(c.x() + 7, c.y() + 6),
                                     QPointF(c.x() - 7, c.y() + 6)]))
        else:
            p.setBrush(INK)
            p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - 6), QPointF(c.x() + 6, c.y()), QPointF(c.x(), c.y() + 6),
                                     QPointF(c.x() - 6, c.y())]))
    return draw


def _line(colour: QColor, width: float, style: Qt.PenStyle):
    def draw(p, w, h):
        p.setPen(QPen(colour, width, style))
        p.drawLine(QPointF(3, h / 2), QPointF(w - 3, h / 2))
    return draw


def _zone(p, w, h):
    p.setPen(QPen(QColor("#37474f"), 1.5, Qt.PenStyle.DotLine))
    p.setBrush(QColor(31, 78, 121, 22))
    p.drawRoundedRect(QRectF(3, 3, w - 6, h - 6), 6, 6)


def _density(p, w, h):
    p.setPen(Qt.PenStyle.NoPen)
    colours = [QColor(c) for c in DENSITY_COLOURS]
    step = (w - 6) / len(colours)
    for i, colour in enumerate(colours):
        p.setBrush(colour)
        p.drawRect(QRectF(3 + i * step, 5, step + 0.5, h - 10))


def _town(p, w, h):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#37474f"))
    p.drawEllipse(QRectF(w / 2 - 2.5, h / 2 - 2.5, 5, 5))


class MapLegend(QWidget):
    """A row of symbols under the map's toolbar, so nobody has to guess what a shape means."""

    def __init__(self, parent=None):
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        entries = (
            (_density, self.tr("Nationals (darker: more)")),
            (_point("#2e7d32"), self.tr("Assembly point (fill: how full)")),
            (_point("#ef6c00"), self.tr("almost full")),
            (_point(CLOSED.name(), CLOSED, 3), self.tr("over capacity")),
            (_shape("shelter"), self.tr("Shelter")),
            (_shape("haven"), self.tr("Safe haven")),
            (_shape("exit"), self.tr("Border, airport or port")),
            (_line(QColor("#1f4e79"), 3.5, Qt.PenStyle.SolidLine), self.tr("Primary route")),
            (_line(QColor("#1f4e79"), 2, Qt.PenStyle.DashLine), self.tr("Alternate route")),
            (_line(CLOSED, 3, Qt.PenStyle.SolidLine), self.tr("Closed route")),
            (_zone, self.tr("Warden zone")),
            (_town, self.tr("Town (GeoNames)")),
        )
        # Three rows of four, so the legend fits a 1,366-pixel laptop screen beside the sidebar in Spanish.
        for part in (entries[:4], entries[4:8], entries[8:]):
            row = QHBoxLayout()
            for draw, text in part:
                icon = QLabel()
                icon.setPixmap(_icon(draw))
                row.addWidget(icon)
                row.addWidget(QLabel(text))
                row.addSpacing(6)
            row.addStretch(1)
            rows.addLayout(row)
