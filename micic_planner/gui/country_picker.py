"""Choosing countries and subdivisions by name in the user's language, the file keeping ISO codes."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.countries import countries, find_country, plain, subdivisions
from micic_planner.core.errors import ValidationError
from micic_planner.gui.locale_support import collation_key

CODE_ROLE = Qt.ItemDataRole.UserRole


class CountryBox(QComboBox):
    """Every country by name, sorted as the user's language sorts; type part of a name to narrow the list."""

    countryChanged = Signal(str)  # alpha-2, "" when nothing is chosen

    def __init__(self, parent=None, optional: bool = False):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        if optional:
            self.addItem("", "")
        for code, name in sorted(countries(), key=lambda pair: collation_key(pair[1])):
            self.addItem(name, code)
        self.setCurrentIndex(0 if optional else -1)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "salva" finds "El Salvador"
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.lineEdit().setPlaceholderText(self.tr("Type part of the name…"))
        # Typed without accents ("mexico") or as a code ("GT"), the name is still understood on leaving the box.
        self.lineEdit().editingFinished.connect(self._on_editing_finished)
        self.currentIndexChanged.connect(lambda _row: self.countryChanged.emit(self.code()))

    def code(self) -> str:
        """The alpha-2 code of the country shown, or "" when the text names none."""
        text = self.currentText().strip()
        if not text:
            return ""
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == text:
            return self.currentData() or ""
        try:
            return find_country(text)
        except ValidationError:
            return ""

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(self.findData((code or "").upper()))

    def _on_editing_finished(self) -> None:
        code = self.code()
        if code and self.currentData() != code:
            self.set_code(code)


class RegionList(QWidget):
    """The first-level subdivisions of one country, each with a tick box, and a box that filters them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("region_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.list = QListWidget()
        self.list.setObjectName("regions")
        self.list.itemChanged.connect(lambda _item: self._count())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        column.addWidget(self.list, 1)
        column.addWidget(self.summary)
        self._count()

    def set_country(self, code: str) -> None:
        kept = set(self.chosen())
        self.list.clear()
        for region, name in sorted(subdivisions(code), key=lambda pair: collation_key(pair[1])):
            item = QListWidgetItem(f"{name}  ({region})")
            item.setData(CODE_ROLE, region)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if region in kept else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._on_filter_changed(self.filter.text())
        self._count()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def chosen(self) -> list[str]:
        return [i.data(CODE_ROLE) for i in self.items() if i.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, codes) -> None:
        wanted = set(codes)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else Qt.CheckState.Unchecked)

    def value(self) -> list[str]:
        return self.chosen()

    def set_value(self, codes) -> None:
        """Tick `codes`, listing their country's regions first when no country is shown yet."""
        codes = list(codes or [])
        if codes and not self.list.count():
            self.set_country(codes[0].split("-")[0])
        self.set_chosen(codes)

    def _on_filter_changed(self, text: str) -> None:
        key = plain(text)
        for item in self.items():
            item.setHidden(bool(key) and key not in plain(item.text()))

    def _count(self) -> None:
        if not self.list.count():
            self.summary.setText(self.tr("Choose the host country first."))
        else:
            self.summary.setText(self.tr("{count} of {total} chosen").format(count=len(self.chosen()),
                                                                             total=self.list.count()))
