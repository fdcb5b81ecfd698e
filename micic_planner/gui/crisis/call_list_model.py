"""A warden's call list as a table read from SQLite in pages, with the status each person was reported in."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.phone_display import display_phone

PAGE = 200


class CallListModel(QAbstractTableModel):
    """Rows are fetched a page at a time as the view scrolls; only the ids of the whole list are held.

    `reported` maps a national's id to the status the warden reported; a person without news is absent.
    """

    def __init__(self, call_rows, no_news: str, headers: list[str], parent=None):
        super().__init__(parent)
        self.call_rows = call_rows  # ids -> row dicts, in the order given
        self.no_news = no_news
        self.headers = headers
        self.ids: list[int] = []
        self.rows: list[dict] = []
        self.reported: dict[int, AccountabilityStatus] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids, self.rows, self.reported = list(ids), [], {}
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def extend_ids(self, ids: list[int]) -> None:
        """The whole list, whose start is already shown: rows read and statuses reported are kept."""
        if ids[:len(self.ids)] != self.ids:
            self.set_ids(ids)
            return
        self.ids = list(ids)
        if len(self.rows) < PAGE and self.canFetchMore():
            self.fetchMore()

    # -- paging --------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < len(self.ids)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        start = len(self.rows)
        page = self.call_rows(self.ids[start:start + PAGE])
        if not page:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # -- what the table shows --------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return f"{row['family_names']}, {row['given_names']}"
        if index.column() == 1:
            # Grouped as a warden reads it aloud; E.164 stays what is stored.
            return " / ".join(display_phone(p) for p in (row["phone"], row["phone2"]) if p)
        status = self.reported.get(row["id"])
        return status.label() if status is not None else self.no_news

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    # -- the one picker ----------------------------------------------------------
    def set_reported(self, rows: list[int], status: AccountabilityStatus | None) -> None:
        """Give the people on `rows` the reported status (None: no news)."""
        for r in rows:
            national_id = self.rows[r]["id"]
            if status is None:
                self.reported.pop(national_id, None)
            else:
                self.reported[national_id] = status
        if rows:
            self.dataChanged.emit(self.index(min(rows), 2), self.index(max(rows), 2))
