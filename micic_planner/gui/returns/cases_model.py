"""The cases list as a Qt model: rows fetched from the post file a page at a time, never all at once."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from micic_planner.core.returns.case import Profile
from micic_planner.core.returns.listing import CaseFilter, CaseRow

PAGE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def profile_text(profile: Profile) -> str:
    return ", ".join(p.label() for p in Profile.members() if profile & p)


class CasesModel(QAbstractTableModel):
    """Adapts `ReturnStore.count` and `page` to Qt; holds no rule."""

    def __init__(self, returns, parent=None):
        super().__init__(parent)
        self.returns = returns
        self.filter = CaseFilter()
        self.rows: list[CaseRow] = []
        self.total = 0
        self.headers = [self.tr("Case"), self.tr("State"), self.tr("Person"), self.tr("People"),
                        self.tr("Profile"), self.tr("Programme"), self.tr("Requested")]

    def set_filter(self, flt: CaseFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self.total = self.returns.count(flt) if self.returns else 0
        self.rows = self.returns.page(flt, 0, PAGE) if self.total else []
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()):
        more = self.returns.page(self.filter, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (row.number, row.state.label(), row.name, str(row.people), profile_text(row.profile),
                row.programme, row.requested_on)[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
