"""Qt models over crisis records: they adapt lists and the board to Qt and hold no rule."""

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from micic_planner.core.accountability import STATUSES, Board
from micic_planner.core.enums import AccountabilityStatus, Vulnerability
from micic_planner.gui import status_style
from micic_planner.gui.locale_support import collation_key, fmt_int

TOTAL = "total"  # the key of a board's total row
AFFECTED_MARK = "▲"  # before an affected zone's name: seen without colour, and on paper
AFFECTED_TINT = "#fff3cd"


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
    """The accountability board as a table: one row per zone (or vulnerability), one column per status.

    Affected zones (`highlighted`) stand out with a mark and a tint; each status column has the colour
    and icon it has everywhere (gui.status_style).
    """

    def __init__(self, total_label: str, no_zone_label: str, parent=None, column_total_label: str = ""):
        super().__init__(parent)
        self.total_label = total_label
        self.column_total_label = column_total_label or total_label
        self.no_zone_label = no_zone_label
        self.board = Board()
        self.keys: list = []
        self.names: dict = {}
        self.by_vulnerability = False
        self.highlighted: set = set()

    def set_board(self, board: Board, zone_names: dict, by_vulnerability: bool = False,
                  highlighted: set | None = None) -> None:
        self.beginResetModel()
        self.board = board
        self.by_vulnerability = by_vulnerability
        self.highlighted = set(highlighted or ())
        if by_vulnerability:
            self.keys = [v for v in Vulnerability.members() if v in board.by_vulnerability]
            self.names = {v: v.label() for v in self.keys}
        else:
            self.keys = sorted(board.by_zone, key=lambda z: (z not in self.highlighted, z is None,
                                                             collation_key(zone_names.get(z, ""))))
            self.names = {z: zone_names.get(z, self.no_zone_label) if z is not None else self.no_zone_label
                          for z in self.keys}
        self.endResetModel()

    def counts(self, row: int):
        if row == len(self.keys):
            return self.board.totals
        source = self.board.by_vulnerability if self.by_vulnerability else self.board.by_zone
        return source[self.keys[row]]

    def cell(self, index: QModelIndex) -> tuple:
        """(row key or TOTAL, status or None for the total column) behind a cell, for its drill-down."""
        key = TOTAL if index.row() == len(self.keys) else self.keys[index.row()]
        status = None if index.column() == len(STATUSES) else AccountabilityStatus(STATUSES[index.column()])
        return key, status

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.keys) + 1

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(STATUSES) + 1

    def _affected(self, row: int) -> bool:
        return not self.by_vulnerability and row < len(self.keys) and self.keys[row] in self.highlighted

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        counts = self.counts(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == len(STATUSES):
                return fmt_int(sum(counts.values()))
            n = counts.get(STATUSES[index.column()], 0)
            return fmt_int(n) if n else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() < len(STATUSES):
            return status_style.colour(STATUSES[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole and self._affected(index.row()):
            return QColor(AFFECTED_TINT)
        if role == Qt.ItemDataRole.FontRole and (index.row() == len(self.keys) or self._affected(index.row())):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.FontRole:  # ten status names share the width beside the zone names
                font = QFont()
                font.setPointSizeF(font.pointSizeF() * 0.85)
                return font
            if section == len(STATUSES):
                return self.column_total_label if role == Qt.ItemDataRole.DisplayRole else None
            status = STATUSES[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return AccountabilityStatus(status).label()
            if role == Qt.ItemDataRole.ToolTipRole:
                return AccountabilityStatus(status).label()
            if role == Qt.ItemDataRole.ForegroundRole:
                return status_style.colour(status)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and self._affected(section):
            return QColor(AFFECTED_TINT)
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.keys):
            return self.names[self.keys[section]]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == len(self.keys):
            return self.total_label
        name = self.names[self.keys[section]]
        return f"{AFFECTED_MARK} {name}" if self._affected(section) else name
