"""Town names on the map, from the offline gazetteer: the most populous first, never overlapping."""

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from micic_planner.core.mercator import WORLD, to_world

GAP_PX = 14  # free space kept around each label, so the map stays readable at a glance
CELL_PX = 64  # grid used to find neighbouring labels quickly
KEPT_SCALES = 12  # placements remembered, one per zoom step
SPRITE_PAD = 3  # room around a label's image for the halo


class Label(NamedTuple):
    """A town named on the map: right (side 1) or left (-1) of its anchor, in scene coordinates."""

    town: int
    side: int
    anchor: QPointF
    clear: float  # radius of the place the name hangs on; 0 for the town's own dot


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
        self.avoid: list[tuple[QPointF, float]] = []
        self._placed: dict[float, list[Label]] = {}
        self._sprites: dict[tuple[int, float], QImage] = {}

    def boundingRect(self) -> QRectF:
        return QRectF(-WORLD, -WORLD, 3 * WORLD, 3 * WORLD)  # labels are pixels wide at every zoom

    def set_avoid(self, markers: list[tuple[QPointF, float]]) -> None:
        """Places drawn over the map, as (scene point, radius in pixels): no name is put under one."""
        self.avoid = list(markers)
        self._placed.clear()
        self.update()

    def placed(self, scale: float) -> list[Label]:
        """The towns named at `scale`, in population order."""
        key = round(scale, 9)
        if key not in self._placed:
            if len(self._placed) >= KEPT_SCALES:
                self._placed.pop(next(iter(self._placed)))
            self._placed[key] = self._place(scale)
        return self._placed[key]

    def _place(self, scale: float) -> list[Label]:
        grid: dict[tuple[int, int], list[QRectF]] = {}

        def cells(box: QRectF):
            return [(cx, cy) for cx in range(int(box.left() // CELL_PX), int(box.right() // CELL_PX) + 1)
                    for cy in range(int(box.top() // CELL_PX), int(box.bottom() // CELL_PX) + 1)]

        def free(box: QRectF) -> bool:
            return not any(box.intersects(other) for cell in cells(box) for other in grid.get(cell, ()))

        def take(box: QRectF) -> None:
            for cell in cells(box):
                grid.setdefault(cell, []).append(box)

        # Names keep GAP_PX from each other, but may come close to a place (their own, at least).
        places = [QRectF(p.x() * scale - r, p.y() * scale - r, 2 * r, 2 * r) for p, r in self.avoid]
        chosen = []
        for i, point in enumerate(self.points):
            anchor, clear = self._anchor(point, scale)
            x, y = anchor.x() * scale, anchor.y() * scale
            for side in (1, -1):  # a name goes left of its dot when the right is taken
                box = self.box(x, y, i, side, clear)
                spaced = box.adjusted(-GAP_PX, -GAP_PX, GAP_PX, GAP_PX)
                if free(spaced) and not any(box.intersects(p) for p in places):
                    take(spaced)
                    chosen.append(Label(i, side, anchor, clear))
                    break
        return chosen

    def _anchor(self, point: QPointF, scale: float) -> tuple[QPointF, float]:
        """Where a town's name hangs: its own dot, or the edge of a place drawn on or next to the dot
        (an airport or a shelter in the town), so the biggest towns keep their names beside the places."""
        near = [(m, r) for m, r in self.avoid if math.hypot(m.x() - point.x(), m.y() - point.y()) * scale <= r + 6]
        if not near:
            return point, 0.0
        return min(near, key=lambda mr: math.hypot(mr[0].x() - point.x(), mr[0].y() - point.y()))

    def box(self, x: float, y: float, i: int, side: int = 1, clear: float = 0.0) -> QRectF:
        """The label's rectangle in pixels, right (1) or left (-1) of its anchor at (x, y): the dot
        included, or, hung on a place of radius `clear`, beyond it."""
        if clear:
            return QRectF(self.text_left(x, i, side, clear), y - self.height / 2, self.widths[i], self.height)
        left = x - 3 if side > 0 else x - self.widths[i] - 6
        return QRectF(left, y - self.height / 2, self.widths[i] + 9, self.height)

    def text_left(self, x: float, i: int, side: int, clear: float) -> float:
        space = clear + 2 if clear else 6
        return x + space if side > 0 else x - space - self.widths[i]

    def sprite(self, i: int, ratio: float) -> QImage:
        """Town `i`'s name with its halo, drawn once: text paths are too slow to stroke at every pan."""
        key = (i, ratio)
        image = self._sprites.get(key)
        if image is None:
            w, h = self.widths[i] + SPRITE_PAD * 2, self.height + SPRITE_PAD * 2
            image = QImage(math.ceil(w * ratio), math.ceil(h * ratio), QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            path = QPainterPath()
            path.addText(SPRITE_PAD, SPRITE_PAD + self.ascent, self.font, self.names[i])
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
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#37474f"))
        for i, side, anchor, clear in self.placed(scale):
            at = transform.map(anchor)
            if not exposed.intersects(self.box(at.x(), at.y(), i, side, clear)):
                continue
            if not clear:  # a name hung on a place needs no dot of its own
                painter.drawEllipse(at, 2.2, 2.2)
            left = self.text_left(at.x(), i, side, clear)
            painter.drawImage(QPointF(left - SPRITE_PAD, at.y() - self.height / 2 - SPRITE_PAD), self.sprite(i, ratio))
        painter.restore()
