"""Place search and "near …" for any record form with a town, a city or coordinates.

Choosing a place from the offline gazetteer fills the coordinates (and the town, city or an
empty address); coordinates typed by hand are named by the nearest known place; a form with a
zone gets the zone that holds the coordinates proposed.
"""

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QWidget

from micic_planner.core.errors import MicicError
from micic_planner.core.models import Zone
from micic_planner.core.zoning import zone_membership
from micic_planner.gui.locale_support import fmt_float
from micic_planner.gui.place_search import PlaceSearch

NOTE_STYLE = "color: #455a64;"


def store_near(widget) -> object | None:
    """The open post of the view that opened a form: its `store`, or its `context.store`."""
    while widget is not None:
        store = getattr(widget, "store", None)
        if store is not None and not callable(store):
            return store
        context = getattr(widget, "context", None)
        if context is not None and getattr(context, "store", None) is not None:
            return context.store
        widget = widget.parent()
    return None


def note_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(NOTE_STYLE)  # one short line: a wrapped label is clipped in a form row
    label.hide()
    return label


class GeoAssist(QObject):
    """Wires a PlaceSearch and the coordinate editors of one RecordForm together."""

    def __init__(self, form, layout: QFormLayout, store=None):
        super().__init__(form)
        self.form = form
        self.editors: dict[str, QWidget] = form.editors
        self.store = store
        self._zones: list[Zone] | None = None
        self.has_coordinates = "lat" in self.editors and "lon" in self.editors
        post = store.post() if store is not None else None
        country = post.host_country if post and post.host_country else ""
        found = [self.editors[n] for n in ("place", "city") if isinstance(self.editors.get(n), PlaceSearch)]
        if found:
            self.search = found[0]
        else:
            # A form with coordinates but no town field (an assembly point) gets a search row of its own.
            self.search = PlaceSearch()
            self.search.setObjectName("place_search")
            row = layout.getWidgetPosition(self.editors["lat"].parentWidget())[0]
            layout.insertRow(row, self.tr("Find a place"), self.search)
        self.search.country = country
        if "host_country" in self.editors:  # the post's form: its own country comes first in the search
            box = self.editors["host_country"]
            self.search.country = box.currentData() or country
            box.currentIndexChanged.connect(lambda _row: self._on_country_changed(box.currentData() or ""))
        self.search.placeChosen.connect(self._on_place_chosen)
        self.near = note_label("near")
        self.zone_note = note_label("zone_note")
        if self.has_coordinates:
            self.editors["lon"].parentWidget().layout().addWidget(self.near)
            for name in ("lat", "lon"):
                self.editors[name].editingFinished.connect(self._on_coordinates_edited)
        if "zone_id" in self.editors:
            self.editors["zone_id"].parentWidget().layout().addWidget(self.zone_note)
        self._last = self.coordinates() if self.has_coordinates else None
        if self._last is not None:
            self.show_near()

    # -- reading and writing the editors ---------------------------------------------------
    def coordinates(self) -> tuple[float, float] | None:
        """The coordinates typed so far, or None when either is missing or not a number."""
        values = []
        for name in ("lat", "lon"):
            editor = self.editors[name]
            if isinstance(editor, QDoubleSpinBox):
                values.append(editor.value())
                continue
            try:
                values.append(float(editor.text().strip().replace(",", ".")))
            except ValueError:
                return None
        lat, lon = values
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
            return None
        return lat, lon

    def set_coordinates(self, lat: float, lon: float) -> None:
        if not self.has_coordinates:
            # The short post form shows no coordinates, but the post keeps its city's.
            if hasattr(self.form.record, "lat"):
                self.form.record.lat, self.form.record.lon = lat, lon
            return
        for name, value in (("lat", lat), ("lon", lon)):
            editor = self.editors[name]
            if isinstance(editor, QDoubleSpinBox):
                editor.setValue(value)
            else:
                editor.setText(f"{value:.6f}")

    def _fill_if_empty(self, name: str, text: str) -> None:
        editor = self.editors.get(name)
        if editor is not None and editor is not self.search and not editor.text().strip():
            editor.setText(text)

    # -- what the form shows ---------------------------------------------------------------
    def show_near(self) -> None:
        """'Near Tapachula, Chiapas, Mexico (1.2 km)' under the coordinates."""
        at = self.coordinates()
        if at is None:
            self.near.hide()
            return
        try:
            place, km = self.search.gazetteer().nearest(*at)
        except MicicError as exc:
            self.near.setText(exc.user_message())
        else:
            self.near.setText(self.tr("Near {place} ({km} km)").format(place=place.label(), km=fmt_float(km, 1)))
        self.near.show()

    def zones(self) -> list[Zone]:
        if self._zones is None:
            self._zones = self.store.records.list(Zone, order_by="id") if self.store is not None else []
        return self._zones

    def propose_zone(self) -> int | None:
        """Select the zone holding the coordinates (or the town's name); returns its id, or None."""
        combo = self.editors.get("zone_id")
        at = self.coordinates() if self.has_coordinates else None
        if combo is None or at is None or not self.zones():
            return None
        town = self.editors["place"].text().strip() if "place" in self.editors else ""
        found = int(zone_membership(np.array([at[0]]), np.array([at[1]]), [town], self.zones())[0])
        if found < 0:
            self.zone_note.setText(self.tr("No zone holds these coordinates."))
            self.zone_note.show()
            return None
        index = combo.findData(found)
        if index >= 0:
            combo.setCurrentIndex(index)
            self.zone_note.setText(self.tr("Proposed from the coordinates: {zone}").format(zone=combo.itemText(index)))
            self.zone_note.show()
        return found

    # -- slots -----------------------------------------------------------------------------
    def _on_place_chosen(self, name: str, lat: float, lon: float) -> None:
        place = self.search.chosen
        self.set_coordinates(lat, lon)
        self._fill_if_empty("place", name)
        self._fill_if_empty("city", name)
        if place is not None and "name" in self.editors and "place" not in self.editors:
            self._fill_if_empty("address", place.label())
            if not self.editors["name"].text().strip():
                self.editors["name"].setPlaceholderText(self.tr("e.g. Central park of {place}").format(place=name))
        if self.has_coordinates:
            self._last = self.coordinates()
            self.show_near()
            self.propose_zone()

    def _on_coordinates_edited(self) -> None:
        # editingFinished also fires when the focus merely passes through: act only on a change.
        now = self.coordinates()
        if now == self._last:
            return
        self._last = now
        self.show_near()
        self.propose_zone()

    def _on_country_changed(self, code: str) -> None:
        self.search.country = code
