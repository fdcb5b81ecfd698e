"""The map view over the demo post: layers, picking a record, density, basemap and assignment."""

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRectF
from PySide6.QtGui import QColor, QImage

from micic_planner.gui.context import AppContext


@pytest.fixture
def demo_store(store):
    from micic_planner.storage.demo_writer import write_demo

    write_demo(store, nationals=400, seed=1)
    return store


@pytest.fixture
def view(qtbot, demo_store):
    from micic_planner.gui.map_view import MapView

    context = AppContext(demo_store)
    widget = MapView(context)
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit()
    return widget


def viewport_pos(view, item) -> QPoint:
    """Where a fixed-size item (marker, label) is anchored on screen."""
    return view.canvas.mapFromScene(item.scenePos())


def test_the_map_opens_with_the_demo_posts_places_routes_zones_and_nationals(view, demo_store):
    assert len(view.layers["places"]) == 12 and len(view.layers["zones"]) == 2 * 7
    assert len(view.layers["routes"]) >= 20
    assert len(view.density.x) == demo_store.db.execute("SELECT count(*) FROM nationals WHERE lat IS NOT NULL"
                                                         ).fetchone()[0]
    assert len(view.scene.items()) < 200  # nationals are one layer, never one item each


def test_clicking_an_assembly_point_selects_its_record(view, qtbot):
    item = view.layers["places"][0]
    with qtbot.waitSignal(view.context.record_requested) as signal:
        view.canvas.pick(viewport_pos(view, item))
    assert signal.args == ["places", item.place.id]


def test_clicking_a_zone_label_selects_the_zone(view, qtbot):
    for key in ("places", "others", "routes"):
        view.toggles[key].setChecked(False)
    label = view.layers["zones"][1]
    view.show_record("zones", label.data(1))
    with qtbot.waitSignal(view.context.record_requested) as signal:
        view.canvas.pick(viewport_pos(view, label) + QPoint(4, 6))
    assert signal.args == ["zones", label.data(1)]


def test_hiding_a_layer_hides_its_items_and_they_are_no_longer_picked(view):
    item = view.layers["places"][0]
    view.toggles["places"].setChecked(False)
    assert not item.isVisible()
    picked = view.canvas.item_at(viewport_pos(view, item))
    assert picked is None or picked.data(0) != "places" or picked is not item


def test_a_click_on_the_density_layer_counts_the_nationals_there(view, qtbot):
    for key in ("places", "others", "routes", "zones"):
        view.toggles[key].setChecked(False)
    tapachula = view.canvas.mapFromScene(view.layers["places"][0].scenePos())
    with qtbot.waitSignal(view.canvas.counted) as signal:
        view.canvas.pick(tapachula)
    assert signal.args[0] > 0


def test_an_mbtiles_basemap_is_drawn_under_the_layers(view, tmp_path, monkeypatch):
    from micic_planner.gui import map_view
    from micic_planner.storage.mbtiles import write_mbtiles

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#00ff00"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    tiles = {(z, x, y): bytes(buffer.data()) for z in range(0, 3) for x in range(2 ** z) for y in range(2 ** z)}
    path = tmp_path / "base.mbtiles"
    write_mbtiles(path, tiles, name="prueba", attribution="© prueba")
    monkeypatch.setattr(map_view.BasemapDialog, "ask", classmethod(lambda cls, parent: str(path)))
    view.basemap_button.click()
    assert view.tiles is not None and view.status.text() == "© prueba"
    for key in ("nationals", "places", "others", "routes", "zones"):
        view.toggles[key].setChecked(False)
    shot = view.canvas.viewport().grab().toImage()
    assert shot.pixelColor(5, 5) == QColor("#00ff00")


def test_the_assign_button_updates_the_loads_on_the_map(view, monkeypatch, demo_store):
    from micic_planner.gui import assign_action

    shown = []
    monkeypatch.setattr(assign_action.AssignmentSummaryDialog, "ask",
                        classmethod(lambda cls, parent, text, details: shown.append(text)))
    monkeypatch.setattr(assign_action.AssignConfirm, "ask", classmethod(lambda cls, parent, preview: True))
    assert all(marker.load == 0 for marker in view.layers["places"])
    view.assign_button.click()
    assert shown and "no household was split" in shown[0]
    loads = [marker.load for marker in view.layers["places"]]
    assert sum(loads) > 0 and all(m.load <= m.place.capacity for m in view.layers["places"])
    assigned = demo_store.db.execute("SELECT count(*) FROM assignments").fetchone()
    assert assigned[0] == sum(loads)


def test_the_place_search_lists_namesakes_with_their_region_and_gives_back_coordinates(qtbot, no_network):
    from micic_planner.gui.place_search import PlaceSearch

    box = PlaceSearch(country="MX")
    qtbot.addWidget(box)
    box.setText("queretaro")
    found = box.search(box.text())
    labels = box.model.stringList()
    assert labels[0] == "Santiago de Querétaro, Querétaro, Mexico"
    assert "Querétaro, Ángel Albino Corzo, Chiapas, Mexico" in labels
    with qtbot.waitSignal(box.placeChosen) as signal:
        box.choose(0)
    assert signal.args == ["Santiago de Querétaro", found[0].lat, found[0].lon]
    assert box.text() == "Santiago de Querétaro"


def draw(view, corners, close="enter"):
    """Click the corners on the map, then close the polygon as a person would."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view.draw_button.click()
    for x, y in corners:
        QTest.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(x, y))
    if close == "enter":
        QTest.keyClick(view.canvas, Qt.Key.Key_Return)
    elif close == "double":
        QTest.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          QPoint(*corners[-1]))
    else:
        QTest.keyClick(view.canvas, Qt.Key.Key_Escape)


def lonlat_at(view, x, y):
    from micic_planner.core.mercator import to_lonlat

    at = view.canvas.mapToScene(QPoint(x, y))
    return to_lonlat(at.x(), at.y())


def answer(monkeypatch, name_answer, rezone: bool):
    from micic_planner.gui import errors, zone_draw

    asked = []
    monkeypatch.setattr(zone_draw.ZoneNameDialog, "ask",
                        classmethod(lambda cls, parent, zones: asked.append([z.name for z in zones]) or name_answer))
    monkeypatch.setattr(errors.Confirm, "ask", classmethod(lambda cls, parent, title, text: rezone))
    return asked


def test_a_zone_drawn_with_clicks_holds_the_clicked_points_and_undo_removes_it(view, demo_store, monkeypatch):
    import numpy as np

    from micic_planner.core.models import Zone
    from micic_planner.core.zoning import points_in_ring

    asked = answer(monkeypatch, ("Zona dibujada", None), rezone=False)
    corners = [(300, 200), (600, 220), (560, 480), (320, 450)]
    before = len(demo_store.records.list(Zone))
    draw(view, corners)
    assert asked and len(asked[0]) == before
    zone = next(z for z in demo_store.records.list(Zone) if z.name == "Zona dibujada")
    clicked = [lonlat_at(view, x, y) for x, y in corners]
    assert len(zone.polygon) == 5 and zone.polygon[0] == zone.polygon[-1]
    assert np.allclose(zone.polygon[:4], clicked, atol=1e-6)
    centre = lonlat_at(view, 450, 330)
    assert points_in_ring(np.array([centre[0]]), np.array([centre[1]]), zone.polygon)[0]
    assert view.item_for("zones", zone.id) is not None and view.canvas.draft is None
    assert not view.draw_button.isChecked()
    view.context.undo_stack.undo()
    assert len(demo_store.records.list(Zone)) == before
    assert view.item_for("zones", zone.id) is None


def test_a_drawn_zone_closed_by_double_click_rezones_the_nationals_in_one_undo_step(view, demo_store, monkeypatch):
    from micic_planner.core.models import Zone

    answer(monkeypatch, ("Todo el mapa", None), rezone=True)
    zones_before = dict(demo_store.db.execute("SELECT id, zone_id FROM nationals").fetchall())
    view.fit()
    w, h = view.canvas.viewport().width(), view.canvas.viewport().height()
    draw(view, [(2, 2), (w - 3, 2), (w - 3, h - 3), (2, h - 3)], close="double")
    zone = next(z for z in demo_store.records.list(Zone) if z.name == "Todo el mapa")
    assert len(zone.polygon) == 5  # the double-click's own clicks add no extra corner
    zones_after = dict(demo_store.db.execute("SELECT id, zone_id FROM nationals").fetchall())
    assert sum(1 for z in zones_after.values() if z == zone.id) > 0
    assert view.context.undo_stack.count() == 1
    view.context.undo_stack.undo()
    assert dict(demo_store.db.execute("SELECT id, zone_id FROM nationals").fetchall()) == zones_before
    assert all(z.name != "Todo el mapa" for z in demo_store.records.list(Zone))
    view.context.undo_stack.redo()
    assert dict(demo_store.db.execute("SELECT id, zone_id FROM nationals").fetchall()) == zones_after


def test_a_drawn_polygon_can_replace_an_existing_zones_outline(view, demo_store, monkeypatch):
    from micic_planner.core.models import Zone

    target = demo_store.records.list(Zone, order_by="id")[0]
    answer(monkeypatch, ("", target.id), rezone=False)
    draw(view, [(100, 100), (200, 100), (150, 200)])
    after = demo_store.records.get(Zone, target.id)
    assert len(after.polygon) == 4 and after.polygon != target.polygon and after.name == target.name
    view.context.undo_stack.undo()
    assert demo_store.records.get(Zone, target.id).polygon == target.polygon


def test_escape_or_too_few_corners_saves_no_zone(view, demo_store, monkeypatch):
    from micic_planner.core.models import Zone

    asked = answer(monkeypatch, ("Nada", None), rezone=False)
    count = len(demo_store.records.list(Zone))
    draw(view, [(100, 100), (200, 100), (150, 200)], close="escape")
    assert view.canvas.draft is None and not view.draw_button.isChecked()
    draw(view, [(100, 100), (200, 100)])
    assert view.canvas.draft is not None and len(view.canvas.draft.corners) == 2  # still drawing
    view.draw_button.click()
    assert view.canvas.draft is None
    assert asked == [] and len(demo_store.records.list(Zone)) == count
    assert len([i for i in view.scene.items() if i.zValue() >= 30]) == 0  # the draft left nothing behind


def test_town_names_from_the_gazetteer_are_drawn_without_overlapping_and_can_be_hidden(view):
    towns = view.towns
    assert towns is not None and "Tapachula" in towns.names
    scale = view.canvas.scale_factor()
    placed = towns.placed(scale)
    boxes = [towns.box(a.anchor.x() * scale, a.anchor.y() * scale, a.town, a.side, a.clear) for a in placed]
    assert 10 < len(boxes) < len(towns.names)
    assert not any(a.intersects(b) for k, a in enumerate(boxes) for b in boxes[k + 1:])
    markers = [QRectF(p.x() * scale - r, p.y() * scale - r, 2 * r, 2 * r) for p, r in towns.avoid]
    assert len(markers) == len(view.layers["places"]) + len(view.layers["others"])
    assert not any(box.intersects(marker) for box in boxes for marker in markers)
    # A town left without a name had no room on either side of its anchor: a place, or a name nearer than 2 x 14 px.
    gap = 14
    spaced = [box.adjusted(-2 * gap, -2 * gap, 2 * gap, 2 * gap) for box in boxes]
    named = {a.town for a in placed}
    for i in (i for i in range(max(named)) if i not in named):
        anchor, clear = towns._anchor(towns.points[i], scale)
        sides = [towns.box(anchor.x() * scale, anchor.y() * scale, i, side, clear) for side in (1, -1)]
        assert all(any(box.intersects(t) for t in markers + spaced) for box in sides)
    # A town with a place on it keeps its name, beside the place: the airport of Guatemala City.
    assert any(towns.names[a.town] == "Guatemala City" and a.clear > 0 for a in placed)
    view.toggles["towns"].setChecked(False)
    assert not towns.isVisible()
