"""A line edit that completes place names from the offline gazetteer and gives back name and coordinates.

For the national, place and post forms: connect `placeChosen(name, lat, lon)` to fill the fields.
The list shows region and country, so the officer can tell one "San Pedro" from another.
"""

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from micic_planner.core.errors import MicicError

SHOWN = 15


class PlaceSearch(QLineEdit):
    placeChosen = Signal(str, float, float)  # name, lat, lon

    def __init__(self, parent=None, country: str = "", gazetteer=None):
        super().__init__(parent)
        self.country = country  # ISO alpha-2 whose places are listed first (the host country)
        self._gazetteer = gazetteer
        self.results = []
        self.chosen = None  # the GazetteerPlace last chosen
        self.setPlaceholderText(self.tr("Search a place (GeoNames, offline)"))
        self.model = QStringListModel(self)
        self.completer_ = QCompleter(self.model, self)
        # The gazetteer already matched accent-insensitive prefixes of every word: show its list as is.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.completer_)
        self.textEdited.connect(self._on_text_edited)
        self.completer_.activated[str].connect(self._on_label_activated)

    def gazetteer(self):
        if self._gazetteer is None:
            from micic_planner.storage.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.shared()
        return self._gazetteer

    def search(self, text: str) -> list:
        """Fill the list for `text`; returns the places found (GazetteerPlace)."""
        try:
            self.results = self.gazetteer().search(text, limit=SHOWN, country=self.country) if len(text) >= 2 else []
        except MicicError as exc:
            self.setToolTip(exc.user_message())
            self.results = []
        self.model.setStringList([p.label() for p in self.results])
        return self.results

    def choose(self, row: int) -> None:
        """Take the `row`-th place of the list, as a click in the popup does."""
        place = self.chosen = self.results[row]
        self.setText(place.name)
        self.placeChosen.emit(place.name, place.lat, place.lon)

    def _on_text_edited(self, text: str) -> None:
        self.search(text)
        if self.results:
            self.completer_.complete()

    def _on_label_activated(self, label: str) -> None:
        labels = [p.label() for p in self.results]
        if label in labels:
            self.choose(labels.index(label))
