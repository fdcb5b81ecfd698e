"""Town names on the map, from the offline gazetteer: the most populous first, never overlapping."""

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from micic_planner.core.mercator import WORLD, to_world

GAP_PX = 14  # free space kept around each label, so the map stays readable at a glance
CELL_PX = 64  # grid used to find neighbouring labels quickly
KEPT_SCALES = 12  # placements remembered, one per zoom step
SPRITE_PAD = 3  # room around a label's image for the halo


class TownLayer(QGraphicsItem):
    """Labels at a fixed size in pixels; which towns get one depends only on the zoom, not on the pan.

    The view repaints only the strip a pan uncovers, so a label chosen for the whole viewport could
    differ between two strips and leave half a word behind. Chosen per zoom, a label is the same in
    every strip. `towns` are (name, lat, lon), most populous first.
    """

    def __init__(self, towns: list[tuple[str, float, float]]):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(8)  # over the density grid and zones, under routes and places
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        metrics = QFontMetricsF(self.font)
        self.names = [t[0] for t in towns]
        self.widths = [metrics.horizontalAdvance(n) for n in self.names]
        self.height = metrics.height()
        self.ascent = metrics.ascent()
        self.points = [QPointF(*map(float, to_world(lon, lat))) for _n, lat, lon in towns]
        self._placed: dict[float, list[int]] = {}
        self._sprites: dict[tuple[int, float], QImage] = {}

    def boundingRect(self) -> QRectF:
        return QRectF(-WORLD, -WORLD, 3 * WORLD, 3 * WORLD)  # labels are pixels wide at every zoom

    def placed(self, scale: float) -> list[int]:
        """Indices of the towns labelled at `scale`, found greedily in population order."""
        key = round(scale, 9)
        if key not in self._placed:
            if len(self._placed) >= KEPT_SCALES:
                self._placed.pop(next(iter(self._placed)))
            self._placed[key] = self._place(scale)
        return self._placed[key]

    def _place(self, scale: float) -> list[int]:
        grid: dict[tuple[int, int], list[QRectF]] = {}
        chosen = []
        for i, point in enumerate(self.points):
            box = self._box(point.x() * scale, point.y() * scale, i).adjusted(-GAP_PX, -GAP_PX, GAP_PX, GAP_PX)
            cells = [(cx, cy) for cx in range(int(box.left() // CELL_PX), int(box.right() // CELL_PX) + 1)
                     for cy in range(int(box.top() // CELL_PX), int(box.bottom() // CELL_PX) + 1)]
            if any(box.intersects(other) for cell in cells for other in grid.get(cell, ())):
                continue
            for cell in cells:
                grid.setdefault(cell, []).append(box)
            chosen.append(i)
        return chosen

    def _box(self, x: float, y: float, i: int) -> QRectF:
        """The label's rectangle in pixels: the dot, then the name to its right."""
        return QRectF(x - 3, y - self.height / 2, self.widths[i] + 9, self.height)

    def sprite(self, i: int, ratio: float) -> QImage:
        """Town `i`'s dot and name with its halo, drawn once: text paths are too slow to stroke at every pan."""
        key = (i, ratio)
        image = self._sprites.get(key)
        if image is None:
            w, h = self.widths[i] + SPRITE_PAD * 2 + 6, self.height + SPRITE_PAD * 2
            image = QImage(math.ceil(w * ratio), math.ceil(h * ratio), QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#37474f"))
            p.drawEllipse(QPointF(SPRITE_PAD, h / 2), 2.2, 2.2)
            path = QPainterPath()
            path.addText(SPRITE_PAD + 6, SPRITE_PAD + self.ascent, self.font, self.names[i])
            halo = QPen(QColor(255, 255, 255, 230), 3)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.strokePath(path, halo)
            p.fillPath(path, QColor("#263238"))
            p.end()
            self._sprites[key] = image
        return image

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        transform = painter.worldTransform()
        scale = transform.m11()
        if scale <= 0:
            return
        exposed = transform.mapRect(option.exposedRect).adjusted(-2, -2, 2, 2)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.save()
        painter.resetTransform()
        for i in self.placed(scale):
            at = transform.map(self.points[i])
            if not exposed.intersects(self._box(at.x(), at.y(), i)):
                continue
            image = self.sprite(i, ratio)
            painter.drawImage(QPointF(at.x() - SPRITE_PAD, at.y() - image.height() / ratio / 2), image)
        painter.restore()
