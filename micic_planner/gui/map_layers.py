"""The map's layers as QGraphicsItems in Web Mercator world units (256 across at zoom 0).

Nationals are one item that paints a density grid computed with numpy for the part being
drawn, so a million nationals never become a million items.
"""

import math
from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem, QStyleOptionGraphicsItem

from micic_planner.core.enums import PlaceKind, RouteStatus
from micic_planner.core.mercator import WORLD, tile_span, to_world

TABLE_ROLE, ID_ROLE = 0, 1  # QGraphicsItem.data keys: which record an item stands for
INK, CLOSED, GREY = QColor("#1a1a1a"), QColor("#b3261e"), QColor("#555555")
CELL_PX = 6  # density cell, in screen pixels
# Classes of nationals per cell, absolute so that a partial repaint never shows a seam.
DENSITY_STEPS = (1, 3, 10, 30, 100, 300, 1000)
DENSITY_COLOURS = ["#fbb4b9", "#f768a1", "#e7298a", "#c51b8a", "#ae017e", "#7a0177", "#5b0160", "#3f007d"]
DOTS_BELOW = 3000  # with fewer nationals in view, each is a dot


def cosmetic(colour: QColor, width: float = 1.0, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)  # width in screen pixels whatever the zoom
    return pen


def world_point(lat: float, lon: float) -> QPointF:
    x, y = to_world(lon, lat)
    return QPointF(float(x), float(y))


def tag(item: QGraphicsItem, table: str, record_id: int) -> QGraphicsItem:
    item.setData(TABLE_ROLE, table)
    item.setData(ID_ROLE, record_id)
    return item


class OutlineLayer(QGraphicsPathItem):
    """Country outlines (Natural Earth), one path for all."""

    def __init__(self, countries):
        path = QPainterPath()
        for country in countries:
            for ring in country.rings:
                xs, ys = to_world(np.array([p[0] for p in ring]), np.array([p[1] for p in ring]))
                path.addPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in zip(xs, ys)]))
        super().__init__(path)
        self.setPen(cosmetic(QColor("#8a8a8a"), 0.8))
        self.setBrush(QColor("#f4f1ea"))
        self.setZValue(-10)


class DensityLayer(QGraphicsItem):
    """Nationals as a density grid at the current zoom, or as dots when few are in view."""

    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(5)  # over the zones' fill, under routes and places
        self.set_points(np.empty(0), np.empty(0))
        lut = [QColor(c) for c in DENSITY_COLOURS]
        self._lut = np.array([0] + [(225 << 24) | (c.red() << 16) | (c.green() << 8) | c.blue() for c in lut],
                             dtype=np.uint32)

    def set_points(self, lat: np.ndarray, lon: np.ndarray) -> None:
        self.prepareGeometryChange()
        x, y = to_world(lon, lat)
        order = np.argsort(x, kind="stable")
        self.x, self.y = np.asarray(x, dtype=np.float64)[order], np.asarray(y, dtype=np.float64)[order]
        if len(self.x):
            self._rect = QRectF(self.x[0], float(self.y.min()), max(1e-6, self.x[-1] - self.x[0]),
                                max(1e-6, float(self.y.max() - self.y.min())))
        else:
            self._rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1) if not self._rect.isNull() else QRectF()

    def count_in(self, rect: QRectF) -> int:
        lo, hi = np.searchsorted(self.x, [rect.left(), rect.right()])
        ys = self.y[lo:hi]
        return int(((ys >= rect.top()) & (ys <= rect.bottom())).sum())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if not len(self.x):
            return
        rect = option.exposedRect.intersected(self.boundingRect())
        scale = painter.worldTransform().m11()
        if rect.isEmpty() or scale <= 0:
            return
        lo, hi = np.searchsorted(self.x, [rect.left(), rect.right()])
        xs, ys = self.x[lo:hi], self.y[lo:hi]
        keep = (ys >= rect.top()) & (ys <= rect.bottom())
        xs, ys = xs[keep], ys[keep]
        if not len(xs):
            return
        if len(xs) < DOTS_BELOW:
            painter.setPen(cosmetic(QColor("#b71c1c"), 4))
            painter.drawPoints([QPointF(a, b) for a, b in zip(xs.tolist(), ys.tolist())])
            return
        cell = CELL_PX / scale
        # Cells sit on one grid for the whole world, so a strip repainted after a pan lines up.
        gx0, gy0 = math.floor(rect.left() / cell) * cell, math.floor(rect.top() / cell) * cell
        nx = max(1, int(math.ceil((rect.right() - gx0) / cell)))
        ny = max(1, int(math.ceil((rect.bottom() - gy0) / cell)))
        ix = np.minimum(((xs - gx0) / cell).astype(np.int64), nx - 1)
        iy = np.minimum(((ys - gy0) / cell).astype(np.int64), ny - 1)
        counts = np.bincount(iy * nx + ix, minlength=nx * ny)
        pixels = self._lut[np.searchsorted(DENSITY_STEPS, counts, side="right")].reshape(ny, nx)
        image = QImage(np.ascontiguousarray(pixels).data, nx, ny, nx * 4, QImage.Format.Format_ARGB32)
        painter.drawImage(QRectF(gx0, gy0, nx * cell, ny * cell), image)


class TileLayer(QGraphicsItem):
    """A raster basemap from an MBTiles file (storage.mbtiles.MBTiles), drawn at the zoom in use."""

    def __init__(self, tiles):
        super().__init__()
        self.tiles = tiles
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(-5)
        self._cache: OrderedDict = OrderedDict()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, WORLD, WORLD)

    def zoom_for(self, scale: float) -> int:
        wanted = math.ceil(math.log2(max(scale, 1e-9)) - 0.25)
        return min(max(wanted, self.tiles.min_zoom), self.tiles.max_zoom)

    def pixmap(self, z: int, x: int, y: int) -> QPixmap | None:
        key = (z, x, y)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        data = self.tiles.tile(z, x, y)
        pix = None
        if data:
            pix = QPixmap()
            if not pix.loadFromData(data):
                pix = None
        self._cache[key] = pix
        if len(self._cache) > 512:
            self._cache.popitem(last=False)
        return pix

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = option.exposedRect.intersected(self.boundingRect())
        z = self.zoom_for(painter.worldTransform().m11())
        span = tile_span(z)
        x0, x1 = int(rect.left() // span), int(rect.right() // span)
        y0, y1 = int(rect.top() // span), int(rect.bottom() // span)
        if (x1 - x0 + 1) * (y1 - y0 + 1) > 400:
            return  # zoomed far out of what the file covers: the outlines are enough
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for tx in range(max(0, x0), min(2 ** z - 1, x1) + 1):
            for ty in range(max(0, y0), min(2 ** z - 1, y1) + 1):
                pix = self.pixmap(z, tx, ty)
                if pix is not None:
                    painter.drawPixmap(QRectF(tx * span, ty * span, span, span), pix, QRectF(pix.rect()))


class PlaceMarker(QGraphicsItem):
    """A place at a constant screen size; an assembly point's ring is its capacity, its fill the load."""

    def __init__(self, place, load: int, biggest: int):
        super().__init__()
        self.place, self.load = place, load
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setPos(world_point(place.lat, place.lon))
        self.setZValue(20)
        is_point = place.kind == PlaceKind.ASSEMBLY_POINT
        self.radius = (6 + 8 * math.sqrt(place.capacity / biggest)) if is_point and place.capacity else 6.0
        tag(self, "places", place.id)
        load_text = f"{load} / {place.capacity}" if place.capacity else str(load)
        self.setToolTip(f"{place.name}\n{place.kind.label()}" + (f"\n{load_text}" if is_point else ""))

    def boundingRect(self) -> QRectF:
        r = self.radius + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def ratio(self) -> float:
        return self.load / self.place.capacity if self.place.capacity else 0.0

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r, kind = self.radius, self.place.kind
        if kind == PlaceKind.ASSEMBLY_POINT:
            ratio = self.ratio()
            painter.setPen(QPen(CLOSED if ratio > 1 else INK, 3 if ratio > 1 else 1.2))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(QPointF(0, 0), r, r)
            fill = QColor("#2e7d32") if ratio < 0.8 else QColor("#ef6c00") if ratio <= 1 else CLOSED
            inner = r * math.sqrt(min(ratio, 1.0)) if self.place.capacity else r * 0.6
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(0, 0), inner, inner)
        elif kind == PlaceKind.SHELTER:
            painter.setPen(QPen(INK, 1.2))
            painter.setBrush(QColor("#90caf9"))
            painter.drawRect(QRectF(-r, -r, 2 * r, 2 * r))
        elif kind == PlaceKind.SAFE_HAVEN:
            painter.setPen(QPen(INK, 1.2))
            painter.setBrush(QColor("#a5d6a7"))
            painter.drawPolygon(QPolygonF([QPointF(0, -r - 1), QPointF(r + 1, r), QPointF(-r - 1, r)]))
        else:
            painter.setPen(QPen(INK, 1))
            painter.setBrush(INK)
            painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))


def route_item(route, path: list[tuple[float, float]], alternate: bool) -> list[QGraphicsItem]:
    """A route's line (primary solid, alternate dashed) and, when it is closed, crosses along it."""
    points = [world_point(lat, lon) for lat, lon in path]
    qpath = QPainterPath(points[0])
    for p in points[1:]:
        qpath.lineTo(p)
    closed = route.status == RouteStatus.CLOSED
    line = QGraphicsPathItem(qpath)
    line.setPen(cosmetic(CLOSED if closed else QColor("#1f4e79"), 2 if alternate else 3.5,
                         Qt.PenStyle.DashLine if alternate else Qt.PenStyle.SolidLine))
    line.setZValue(10 if alternate else 11)
    line.setToolTip(f"{route.name}\n{route.status.label()}")
    tag(line, "routes", route.id)
    items: list[QGraphicsItem] = [line]
    if closed:
        for a, b in zip(points, points[1:]):
            items.append(tag(CrossMarker((a + b) / 2), "routes", route.id))
    return items


class CrossMarker(QGraphicsItem):
    """A red cross on a closed route, the same size at every zoom."""

    def __init__(self, at: QPointF):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setPos(at)
        self.setZValue(12)

    def boundingRect(self) -> QRectF:
        return QRectF(-7, -7, 14, 14)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(CLOSED, 3))
        painter.drawLine(QPointF(-5, -5), QPointF(5, 5))
        painter.drawLine(QPointF(-5, 5), QPointF(5, -5))


def zone_items(zone) -> list[QGraphicsItem]:
    """A zone's outline (dotted, lightly filled) and its label, which is what a click selects."""
    from PySide6.QtWidgets import QGraphicsPolygonItem

    points = [world_point(lat, lon) for lon, lat in zone.polygon]
    poly = QGraphicsPolygonItem(QPolygonF(points))
    poly.setPen(cosmetic(QColor("#37474f"), 1.5, Qt.PenStyle.DotLine))
    poly.setBrush(QColor(31, 78, 121, 22))
    poly.setZValue(2)
    label = QGraphicsSimpleTextItem(zone.code or zone.name)
    font = QFont()
    font.setItalic(True)
    font.setBold(True)
    label.setFont(font)
    label.setBrush(QColor("#37474f"))
    label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
    centre = poly.boundingRect().center()
    label.setPos(centre)
    label.setZValue(15)
    label.setToolTip(zone.name)
    tag(label, "zones", zone.id)
    return [poly, label]
