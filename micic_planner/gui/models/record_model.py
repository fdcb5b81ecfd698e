"""A table model over a list of records (zones, places, partners...), and an accent-blind filter proxy."""

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCollator, QLocale, QModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def fold(text: str) -> str:
    """Lower case without accents: 'Núñez' -> 'nunez', so a search need not type accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class Column:
    title: str  # already translated
    value: Callable[[Any], Any]  # the record -> what the cell shows
    sort: Callable[[Any], Any] | None = None  # the record -> sort key; default: the shown value
    numeric: bool = False
    whole: bool = False  # names and phones read aloud on a call: never cut, the table scrolls sideways instead


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.records: list = []

    def set_records(self, records: list) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int):
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, record_id: int) -> int:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(record)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            key = (column.sort or column.value)(record)
            if key is None:
                return ""
            return key if isinstance(key, (int, float)) else str(key)  # compared by the proxy's collator
        if role == RECORD_ROLE:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.records):
            return str(section + 1)
        return None


class FoldingFilterProxy(QSortFilterProxyModel):
    """Keeps rows where every typed word starts a word of some cell, accents and case ignored;
    sorts text as the user's language does ("Ángel" among the A's, "Ñandú" after "Nora", "Zona 2" before "Zona 10")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._collator: QCollator | None = None
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._collator = None  # the language may have changed since the last sort
        super().sort(column, order)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if not (isinstance(a, str) and isinstance(b, str)):
            return super().lessThan(left, right)
        if self._collator is None:
            self._collator = QCollator(QLocale())
            self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._collator.setNumericMode(True)
        return self._collator.compare(a, b) < 0

    def set_text(self, text: str) -> None:
        self._words = fold(text).split()
        self.invalidate()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        cells = " ".join(str(model.data(model.index(source_row, c, source_parent)) or "")
                         for c in range(model.columnCount()))
        haystack = fold(cells)
        return all(word in haystack for word in self._words)
