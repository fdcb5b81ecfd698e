"""Finding a national by name, document number or id as you type, for the crisis forms."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from micic_planner.core.filters import NationalFilter

SHOWN = 25


class NationalPicker(QWidget):
    """A search box and the matches; `national_id()` is the chosen national or None."""

    picked = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, document number or id"))
        self.matches = QComboBox()
        self.matches.setMinimumWidth(280)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.matches, 2)
        self.search.textChanged.connect(self._on_search_changed)
        self.matches.currentIndexChanged.connect(lambda _i: self.picked.emit())

    def _on_search_changed(self, text: str) -> None:
        self.matches.clear()
        text = text.strip()
        if not text:
            return
        rows = self.store.db.execute(
            "SELECT id, family_names, given_names, passport_no, consular_id FROM nationals "
            "WHERE passport_no = ? OR consular_id = ? OR id = ? LIMIT ?",
            [text, text, int(text) if text.isdigit() else -1, SHOWN]).fetchall()
        if not rows:
            rows = self.store.nationals.page(NationalFilter(text=text), 0, SHOWN, columns=(
                "id", "family_names", "given_names", "passport_no", "consular_id"))
        for nid, family, given, passport, consular in rows:
            self.matches.addItem(f"{family}, {given} — {passport or consular or '#' + str(nid)}", nid)

    def national_id(self) -> int | None:
        return self.matches.currentData()

    def set_text(self, text: str) -> None:
        self.search.setText(text)
