"""The map's canvas: pan by dragging, zoom with the wheel, and picking the record under a click."""

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from micic_planner.gui.map_layers import ID_ROLE, TABLE_ROLE, DensityLayer

PICK_PX = 6  # how near a click must be to an item, in screen pixels
PICK_ORDER = ("places", "routes", "zones")


class MapCanvas(QGraphicsView):
    """Pan by dragging, zoom with the wheel under the mouse; a click without a drag picks an item."""

    picked = Signal(str, int)
    counted = Signal(int)  # nationals near a click on the density layer

    def __init__(self, scene: QGraphicsScene, parent=None):
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setBackgroundBrush(QColor("#dbe9f4"))  # sea
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.density: DensityLayer | None = None
        self._press = QPoint()
        self.draft = None  # a ZoneDraft while a zone is being drawn
        self._after_double = False
        # What to show until the user zooms or pans: fitted again whenever the viewport changes size, since
        # a view built hidden or before its layout has no size yet, and a fit then shows the whole world.
        self.home: QRectF | None = None

    def show_home(self, rect: QRectF) -> None:
        self.home = rect
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.home is not None:
            self.fitInView(self.home, Qt.AspectRatioMode.KeepAspectRatio)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event) -> None:
        self.home = None
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        if 0.5 < self.scale_factor() * factor < 2 ** 22:
            self.scale(factor, factor)

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self.draft is not None:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)  # the hand drag resets it
        if self._after_double:  # the release that ends a double-click adds no corner
            self._after_double = False
        elif (pos - self._press).manhattanLength() > 3:
            self.home = None
            return  # a drag pans, also while drawing
        elif self.draft is not None and event.button() == Qt.MouseButton.LeftButton:
            self.draft.add(self.mapToScene(pos))
        elif self.draft is None:
            self.pick(pos)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.draft is None:
            super().mouseDoubleClickEvent(event)
            return
        self._after_double = True
        self.draft.finish()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self.draft is not None:
            self.draft.move(self.mapToScene(event.position().toPoint()))

    def keyPressEvent(self, event) -> None:
        if self.draft is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.draft.finish()
        elif self.draft is not None and event.key() == Qt.Key.Key_Escape:
            self.draft.cancel()
        else:
            super().keyPressEvent(event)

    def item_at(self, pos: QPoint):
        """The record under a viewport position: places first, then routes, then zone labels."""
        area = QRect(pos.x() - PICK_PX, pos.y() - PICK_PX, 2 * PICK_PX, 2 * PICK_PX)
        found = [i for i in self.items(area) if i.data(TABLE_ROLE) and i.isVisible()]

        def nearness(item):
            fixed = item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
            at = self.mapFromScene(item.scenePos() if fixed else item.sceneBoundingRect().center())
            return PICK_ORDER.index(item.data(TABLE_ROLE)), (at - pos).manhattanLength()

        return min(found, key=nearness) if found else None

    def pick(self, pos: QPoint) -> None:
        item = self.item_at(pos)
        if item is not None:
            self.picked.emit(item.data(TABLE_ROLE), int(item.data(ID_ROLE)))
        elif self.density is not None and self.density.isVisible():
            area = self.mapToScene(QRect(pos.x() - 10, pos.y() - 10, 20, 20)).boundingRect()
            self.counted.emit(self.density.count_in(area))
