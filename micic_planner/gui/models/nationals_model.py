"""The registry as a Qt table: rows fetched from SQLite a page at a time, never the whole table."""

import dataclasses
from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from micic_planner.core.enums import AccountabilityStatus, Sex, Vulnerability
from micic_planner.core.errors import MicicError
from micic_planner.core.filters import NationalFilter, fts_query
from micic_planner.core.phone_display import display_phone
from micic_planner.gui import status_style
from micic_planner.gui.locale_support import fmt_date
from micic_planner.storage.nationals import LIST_COLUMNS, SORTABLE
from micic_planner.storage.registry_search import has_search_text, rows_for, search_ids

PAGE_SIZE = 200
SEARCH_PAGE_SIZE = 50  # a search lists at most 500 rows: read a screenful per keystroke, not 200 rows
MAX_PAGES = 12  # about 2,400 rows cached: a few screens either side of where the user looks
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (column key in LIST_COLUMNS, English header, sort key in storage.nationals.SORTABLE or None)
COLUMNS = (
    ("family_names", QT_TRANSLATE_NOOP("NationalsTableModel", "Family names"), "family_names"),
    ("given_names", QT_TRANSLATE_NOOP("NationalsTableModel", "Given names"), "family_names"),
    ("sex", QT_TRANSLATE_NOOP("NationalsTableModel", "Sex"), None),
    ("birth_date", QT_TRANSLATE_NOOP("NationalsTableModel", "Date of birth"), "birth_date"),
    ("passport_no", QT_TRANSLATE_NOOP("NationalsTableModel", "Passport"), None),
    ("phone", QT_TRANSLATE_NOOP("NationalsTableModel", "Phone"), None),
    ("zone_id", QT_TRANSLATE_NOOP("NationalsTableModel", "Zone"), "zone_id"),
    ("household", QT_TRANSLATE_NOOP("NationalsTableModel", "Household"), "household"),
    ("vulnerabilities", QT_TRANSLATE_NOOP("NationalsTableModel", "Vulnerabilities"), None),
    ("status", QT_TRANSLATE_NOOP("NationalsTableModel", "Status"), "status"),
)
_POS = {name: i for i, name in enumerate(LIST_COLUMNS)}


def _same_search(a: NationalFilter, b: NationalFilter) -> bool:
    """Whether two filters differ only in search text that makes the same query (spaces, punctuation)."""
    return fts_query(a.text) == fts_query(b.text) and dataclasses.replace(a, text="") == dataclasses.replace(b, text="")


class NationalsTableModel(QAbstractTableModel):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.filter = NationalFilter()
        self.order, self.descending = "family_names", False
        self.zone_names: dict[int, str] = {}
        self._count: int | None = None
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._ids: list[int] | None = None  # with search text: the matches, in list order
        self.more = False  # with search text: more matched than are listed
        self.error = ""  # why nothing can be listed (a role that may not see the registry)
        self.page_loads = 0  # pages read from SQLite since the last reset, for benchmarks and tests

    # -- what is shown ---------------------------------------------------------
    def set_store(self, store) -> None:
        self.beginResetModel()
        self.store = store
        self._invalidate()
        self.endResetModel()

    def set_filter(self, flt: NationalFilter) -> None:
        if flt == self.filter:
            return
        if _same_search(flt, self.filter):
            self.filter = flt  # "garcia " lists what "garcia" lists: nothing to read again
            return
        self.beginResetModel()
        self.filter = flt
        self._invalidate()
        self.endResetModel()

    def set_zone_names(self, names: dict[int, str]) -> None:
        self.zone_names = dict(names)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 6), self.index(self.rowCount() - 1, 6))

    def refresh(self) -> None:
        """Re-read after a write: the count and every cached page."""
        self.beginResetModel()
        self._invalidate()
        self.endResetModel()

    def _invalidate(self) -> None:
        self._count = None
        self._ids = None
        self.more = False
        self._pages.clear()
        self.page_loads = 0

    def national_id(self, row: int) -> int | None:
        values = self._row(row)
        return values[_POS["id"]] if values else None

    def row_of(self, national_id: int, limit: int = 20 * PAGE_SIZE) -> int:
        """The row showing `national_id` among the cached pages or the first `limit` rows, else -1."""
        for page, rows in self._pages.items():
            for i, values in enumerate(rows):
                if values[0] == national_id:
                    return page * self._size() + i
        shown = self.rowCount()  # first: it decides whether a search is listed, hence the page size
        size = self._size()
        for row in range(0, min(limit, shown), size):
            for i, values in enumerate(self._page(row // size)):
                if values[0] == national_id:
                    return row + i
        return -1

    # -- Qt's interface ----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self.store is None:
            return 0
        if self._count is None:
            self.error = ""
            try:
                if has_search_text(self.filter):
                    self._ids, self.more = search_ids(self.store, self.filter, self.order, self.descending)
                    self._count = len(self._ids)
                else:
                    self._count = self.store.nationals.count(self.filter)
            except MicicError as exc:
                self.error, self._count, self._ids = exc.user_message(), 0, None
        return self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, ID_ROLE, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole):
            return None
        values = self._row(index.row())
        if values is None:
            return None
        if role == ID_ROLE:
            return values[_POS["id"]]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole):
            # The status in the colour and icon it has on the board and the card.
            if key != "status" or not values[_POS[key]]:
                return None
            status = values[_POS[key]]
            return status_style.icon(status) if role == Qt.ItemDataRole.DecorationRole else status_style.colour(status)
        text = self._text(key, values[_POS[key]])
        if role == Qt.ItemDataRole.ToolTipRole and key != "vulnerabilities":
            return None
        return text

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("NationalsTableModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2] if 0 <= column < len(COLUMNS) else None
        if key is None or key not in SORTABLE:
            return
        self.beginResetModel()
        self.order, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self._invalidate()
        self.endResetModel()

    # -- paging ------------------------------------------------------------------
    def _row(self, row: int) -> tuple | None:
        if not 0 <= row < self.rowCount():
            return None
        rows = self._page(row // self._size())
        offset = row % self._size()
        return rows[offset] if offset < len(rows) else None

    def _page(self, page: int) -> list[tuple]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        if self._ids is not None:
            size = SEARCH_PAGE_SIZE
            rows = rows_for(self.store, self._ids[page * size:(page + 1) * size])
        else:
            rows = self.store.nationals.page(self.filter, page * PAGE_SIZE, PAGE_SIZE, self.order,
                                             self.descending, total=self.rowCount())
        self.page_loads += 1
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _size(self) -> int:
        return SEARCH_PAGE_SIZE if self._ids is not None else PAGE_SIZE

    def _text(self, key: str, value) -> str:
        if value is None or value == "":
            return ""
        if key == "sex":
            return Sex(value).label()
        if key == "birth_date":
            return fmt_date(date.fromisoformat(value))
        if key == "zone_id":
            return self.zone_names.get(value, "")
        if key == "status":
            return AccountabilityStatus(value).label()
        if key == "vulnerabilities":
            return ", ".join(m.label() for m in Vulnerability.members() if value & m)
        if key == "phone":
            return display_phone(value)
        return str(value)
