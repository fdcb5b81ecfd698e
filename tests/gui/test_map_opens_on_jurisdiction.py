"""The map opens on the post's jurisdiction, not on the whole world, and keeps the user's own zoom."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent


def _visible(view):
    canvas = view.canvas
    return canvas.mapToScene(canvas.viewport().rect()).boundingRect()


def test_the_map_opens_on_the_jurisdiction_at_1366_by_768(window, qtbot):
    window.resize(1366, 768)
    view = window.show_view("map")
    qtbot.wait(20)
    visible, extent = _visible(view), view.extent_rect()
    assert visible.intersects(extent)
    # fitted: the jurisdiction fills the view along one side, so the view is at most a little wider or taller
    assert visible.width() < extent.width() * 2 and visible.height() < extent.height() * 2, (visible, extent)


def test_the_jurisdiction_covers_the_posts_zones(window):
    view = window.show_view("map")
    west, south, east, north = view.extent_box(pad=0)
    for zone in view._zones:
        for lon, lat in zone.polygon:
            assert west <= lon <= east and south <= lat <= north


def test_a_zoom_by_the_user_is_kept_when_the_window_is_resized(window, qtbot):
    window.resize(1366, 768)
    view = window.show_view("map")
    qtbot.wait(20)
    centre = QPointF(view.canvas.viewport().rect().center())
    wheel = QWheelEvent(centre, view.canvas.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.canvas.wheelEvent(wheel)
    zoomed = view.canvas.scale_factor()
    window.resize(1200, 700)
    qtbot.wait(20)
    assert view.canvas.scale_factor() == zoomed
