"""Qt models over crisis records: they adapt lists and the board to Qt and hold no rule."""

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from micic_planner.core.accountability import STATUSES, Board
from micic_planner.core.enums import AccountabilityStatus, Vulnerability


@dataclass(frozen=True)
class Column:
    title: str
    text: object  # row -> str


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; each column says how to show a row."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(self.columns[index.column()].text(self.rows[index.row()]))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def row(self, index: QModelIndex):
        return self.rows[index.row()]


class BoardModel(QAbstractTableModel):
    """The accountability board as a table: one row per zone (or vulnerability), one column per status."""

    def __init__(self, total_label: str, no_zone_label: str, parent=None):
        super().__init__(parent)
        self.total_label = total_label
        self.no_zone_label = no_zone_label
        self.board = Board()
        self.keys: list = []
        self.names: dict = {}
        self.by_vulnerability = False

    def set_board(self, board: Board, zone_names: dict, by_vulnerability: bool = False) -> None:
        self.beginResetModel()
        self.board = board
        self.by_vulnerability = by_vulnerability
        if by_vulnerability:
            self.keys = [v for v in Vulnerability.members() if v in board.by_vulnerability]
            self.names = {v: v.label() for v in self.keys}
        else:
            self.keys = sorted(board.by_zone, key=lambda z: (z is None, zone_names.get(z, "")))
            self.names = {z: zone_names.get(z, self.no_zone_label) if z is not None else self.no_zone_label
                          for z in self.keys}
        self.endResetModel()

    def counts(self, row: int):
        if row == len(self.keys):
            return self.board.totals
        source = self.board.by_vulnerability if self.by_vulnerability else self.board.by_zone
        return source[self.keys[row]]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.keys) + 1

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(STATUSES) + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        counts = self.counts(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == len(STATUSES):
                return f"{sum(counts.values()):,}"
            n = counts.get(STATUSES[index.column()], 0)
            return f"{n:,}" if n else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self.keys):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == len(STATUSES):
                return self.total_label
            return AccountabilityStatus(STATUSES[section]).label()
        if section == len(self.keys):
            return self.total_label
        return self.names[self.keys[section]]
