"""The map view: outlines, an optional offline basemap, nationals' density, places, routes and zones."""

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.enums import PlaceKind
from micic_planner.core.errors import MicicError
from micic_planner.core.mercator import WORLD, to_world
from micic_planner.core.models import Place, Route, Zone
from micic_planner.core.outlines import countries, country_box, extent
from micic_planner.core.routes import route_points
from micic_planner.gui import settings
from micic_planner.gui.errors import show_error
from micic_planner.gui.locale_support import fmt_int
from micic_planner.gui.map_canvas import MapCanvas
from micic_planner.gui.map_layers import (
    ID_ROLE,
    TABLE_ROLE,
    DensityLayer,
    OutlineLayer,
    PlaceMarker,
    TileLayer,
    route_item,
    zone_items,
)
from micic_planner.gui.map_legend import MapLegend
from micic_planner.gui.map_towns import TownLayer


class MapView(QWidget):
    """A view of the main window (registered in view_registry)."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.scene = QGraphicsScene(self)
        self.scene.setSceneRect(QRectF(-WORLD, -WORLD, 3 * WORLD, 3 * WORLD))
        self.canvas = MapCanvas(self.scene, self)
        self.scene.addItem(OutlineLayer(countries()))
        self.density = DensityLayer()
        self.scene.addItem(self.density)
        self.canvas.density = self.density
        self.tiles: TileLayer | None = None
        self.towns: TownLayer | None = None
        self.layers: dict[str, list] = {"places": [], "others": [], "routes": [], "zones": []}
        self.status = QLabel()
        # The layers are a menu: seven check boxes beside the four buttons cut the buttons' Spanish
        # labels short on a 1,366-pixel screen.
        self.toggles: dict[str, QAction] = {}
        self.layers_button = QToolButton()
        self.layers_button.setText(self.tr("Layers"))
        self.layers_button.setToolTip(self.tr("Show or hide what the map draws"))
        self.layers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layers_menu = QMenu(self.layers_button)
        for key, text in (("nationals", self.tr("Nationals")), ("places", self.tr("Assembly points")),
                          ("others", self.tr("Shelters and exits")), ("routes", self.tr("Routes")),
                          ("zones", self.tr("Zones")), ("towns", self.tr("Towns")), ("basemap", self.tr("Basemap"))):
            action = layers_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._on_layer_toggled)
            self.toggles[key] = action
        self.layers_button.setMenu(layers_menu)
        bar = QHBoxLayout()
        bar.addWidget(self.layers_button)
        self.fit_button = QPushButton(self.tr("Fit to the post"))
        self.fit_button.clicked.connect(self.fit)
        self.basemap_button = QPushButton(self.tr("Basemap…"))
        self.basemap_button.setToolTip(self.tr("Load offline map tiles (an MBTiles file prepared before a crisis)"))
        self.basemap_button.clicked.connect(self._on_basemap_clicked)
        self.assign_button = QPushButton(self.tr("Assign assembly points"))
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.draw_button = QPushButton(self.tr("Draw zone"))
        self.draw_button.setCheckable(True)
        self.draw_button.setToolTip(self.tr("Click the corners of a zone on the map; double-click or Enter closes it, "
                                            "Esc cancels"))
        self.draw_button.toggled.connect(self._on_draw_toggled)
        for button in (self.fit_button, self.basemap_button, self.assign_button, self.draw_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(MapLegend(self))
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)
        self.canvas.picked.connect(self._on_item_picked)
        self.canvas.counted.connect(self._on_density_counted)
        context.changed.connect(self._on_changes)
        context.store_replaced.connect(self.reload)
        self.reload()

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.context.store
        if store is None:
            return
        self._load_nationals()
        self._load_records()
        self._load_towns()
        self._load_basemap(settings.settings().value(self._basemap_key(), "", str))
        self.fit()

    def _load_nationals(self) -> None:
        from micic_planner.storage.assignment_store import national_coordinates

        lat, lon = national_coordinates(self.context.store)
        self.density.set_points(lat, lon)
        self.density.setVisible(self.toggles["nationals"].isChecked())

    def _load_records(self) -> None:
        from micic_planner.storage.assignment_store import point_loads

        store = self.context.store
        for items in self.layers.values():
            for item in items:
                self.scene.removeItem(item)
        self.layers = {"places": [], "others": [], "routes": [], "zones": []}
        places = store.records.list(Place)
        loads = point_loads(store)
        biggest = max((p.capacity or 0 for p in places if p.kind == PlaceKind.ASSEMBLY_POINT), default=1) or 1
        for place in places:
            key = "places" if place.kind == PlaceKind.ASSEMBLY_POINT else "others"
            self.layers[key].append(PlaceMarker(place, loads.get(place.id, 0), biggest))
        by_id = {p.id: p for p in places}
        for route in store.records.list(Route):
            path = route_points(route, by_id.get(route.origin_id), by_id.get(route.destination_id))
            if len(path) >= 2:
                self.layers["routes"] += route_item(route, path, route.alternate_of is not None)
        self._zones = [zone for zone in store.records.list(Zone) if len(zone.polygon) >= 3]
        for zone in self._zones:
            if len(zone.polygon) >= 3:
                self.layers["zones"] += zone_items(zone)
        for key, items in self.layers.items():
            for item in items:
                self.scene.addItem(item)
                item.setVisible(self.toggles[key].isChecked())
        self._places = places
        if self.towns is not None:
            self.towns.set_avoid(self._markers())

    def _markers(self) -> list[tuple]:
        """Where the places are drawn and how big, so town names keep clear of them."""
        return [(m.pos(), m.radius + 3) for key in ("places", "others") for m in self.layers[key]]

    def _load_towns(self) -> None:
        """Names of the towns around the post, from the offline gazetteer."""
        from micic_planner.storage.gazetteer import Gazetteer

        if self.towns is not None:
            self.scene.removeItem(self.towns)
            self.towns = None
        west, south, east, north = self.extent_box(pad=1.0)
        try:
            towns = Gazetteer.shared().towns(south, west, north, east)
        except MicicError as exc:  # the map is still of use without names
            self.status.setText(exc.message)
            return
        self.towns = TownLayer(towns)
        self.towns.set_avoid(self._markers())
        self.towns.setVisible(self.toggles["towns"].isChecked())
        self.scene.addItem(self.towns)

    def _basemap_key(self) -> str:
        post = self.context.store.post() if self.context.store else None
        return f"map/basemap/{post.uuid if post else 'none'}"

    def _load_basemap(self, path: str) -> None:
        from micic_planner.storage.mbtiles import MBTiles

        if self.tiles is not None:
            self.scene.removeItem(self.tiles)
            self.tiles.tiles.close()
            self.tiles = None
        if not path:
            return
        try:
            tiles = MBTiles(path)
        except MicicError as exc:
            show_error(self, exc, self.tr("The basemap could not be loaded"))
            return
        self.tiles = TileLayer(tiles)
        self.tiles.setVisible(self.toggles["basemap"].isChecked())
        self.scene.addItem(self.tiles)
        if tiles.attribution:
            self.status.setText(tiles.attribution)

    # -- view -------------------------------------------------------------------------------
    def extent_box(self, pad: float = 0.15) -> tuple[float, float, float, float]:
        """(west, south, east, north) of the jurisdiction: the post, its places and its zones; the host country
        when it has none of them."""
        points = [(p.lat, p.lon) for p in getattr(self, "_places", []) if p.lat is not None and p.lon is not None]
        points += [(lat, lon) for zone in getattr(self, "_zones", []) for lon, lat in zone.polygon]
        post = self.context.store.post() if self.context.store else None
        if post is not None and post.lat is not None and post.lon is not None:
            points.append((post.lat, post.lon))
        return extent(points, pad=pad, fallback=country_box(post.host_country) if post else None)

    def extent_rect(self) -> QRectF:
        """The post's places, routes and zones, or the host country when there are none."""
        box = self.extent_box()
        x0, y0 = to_world(box[0], box[3])
        x1, y1 = to_world(box[2], box[1])
        return QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))

    def fit(self) -> None:
        self.canvas.show_home(self.extent_rect())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not event.oldSize().isValid() or event.oldSize().width() <= 0:
            self.fit()

    def item_for(self, table: str, record_id: int):
        for items in self.layers.values():
            for item in items:
                if item.data(TABLE_ROLE) == table and item.data(ID_ROLE) == record_id:
                    return item
        return None

    def show_record(self, table: str, record_id: int) -> None:
        """Centre the map on a record (when the window routes a record to this view)."""
        item = self.item_for(table, record_id)
        if item is not None:
            self.canvas.centerOn(item.sceneBoundingRect().center())

    def zoom_level(self) -> float:
        return math.log2(max(self.canvas.scale_factor(), 1e-9))

    # -- slots ------------------------------------------------------------------------------
    def _on_layer_toggled(self, _checked: bool) -> None:
        self.density.setVisible(self.toggles["nationals"].isChecked())
        for key, items in self.layers.items():
            for item in items:
                item.setVisible(self.toggles[key].isChecked())
        if self.tiles is not None:
            self.tiles.setVisible(self.toggles["basemap"].isChecked())
        if self.towns is not None:
            self.towns.setVisible(self.toggles["towns"].isChecked())

    def _on_item_picked(self, table: str, record_id: int) -> None:
        self.context.open_record(table, record_id)

    def _on_density_counted(self, count: int) -> None:
        self.status.setText(self.tr("Nationals around this point: {count}").format(count=fmt_int(count)))

    def _on_basemap_clicked(self) -> None:
        path = BasemapDialog.ask(self)
        if path:
            settings.settings().setValue(self._basemap_key(), path)
            self._load_basemap(path)

    def _on_draw_toggled(self, on: bool) -> None:
        from micic_planner.gui.zone_draw import ZoneDraft

        if on and self.canvas.draft is None:
            self.canvas.draft = ZoneDraft(self.canvas)
            self.canvas.draft.closed.connect(self._on_zone_closed)
            self.canvas.draft.cancelled.connect(self._end_drawing)
            self.canvas.viewport().setCursor(Qt.CursorShape.CrossCursor)
            self.canvas.setFocus()
            self.status.setText(self.tr("Drawing a zone: click its corners; double-click or press Enter to close it, "
                                        "Esc to cancel. Drag to move the map."))
        elif not on and self.canvas.draft is not None:
            self.canvas.draft.cancel()

    def _end_drawing(self) -> None:
        if self.canvas.draft is not None:
            self.canvas.draft.deleteLater()
        self.canvas.draft = None
        self.canvas.viewport().unsetCursor()
        self.status.clear()
        self.draw_button.blockSignals(True)
        self.draw_button.setChecked(False)
        self.draw_button.blockSignals(False)

    def _on_zone_closed(self, ring: list) -> None:
        from micic_planner.gui.zone_draw import save_drawn_zone

        self._end_drawing()
        zone = save_drawn_zone(self.context, self, ring)
        if zone is not None:
            self.status.setText(self.tr("Zone “{name}” saved.").format(name=zone.name))

    def _on_assign_clicked(self) -> None:
        from micic_planner.gui.assign_action import run_assignment

        run_assignment(self.context, self)

    def _on_changes(self, changes) -> None:
        if changes.touches("nationals"):
            self._load_nationals()
        if changes.touches("places", "routes", "zones", "nationals"):
            self._load_records()


class BasemapDialog:
    """Asks for an MBTiles file; tests replace `ask`."""

    @classmethod
    def ask(cls, parent) -> str:
        path, _filter = QFileDialog.getOpenFileName(parent, parent.tr("Choose offline map tiles"), "",
                                                    parent.tr("MBTiles files (*.mbtiles);;All files (*)"))
        return path
