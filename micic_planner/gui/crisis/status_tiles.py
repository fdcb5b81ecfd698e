"""Large figures per status at the head of the board; pressing one lists the people behind it."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from micic_planner.core.accountability import STATUSES
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.gui import status_style
from micic_planner.gui.locale_support import fmt_int

COLUMNS = 5  # two rows of tiles fit 1366 px beside the sidebar without scrolling sideways


class StatusTile(QFrame):
    """One status: its icon, count and name on its own colour; a click or Enter opens its list."""

    clicked = Signal(object)  # AccountabilityStatus

    def __init__(self, status: AccountabilityStatus, parent=None):
        super().__init__(parent)
        self.status = status
        colour = status_style.style(status).colour
        self.setObjectName(f"tile_{status.value}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {colour}; border-radius: 6px; }}"
                           f"QFrame#{self.objectName()}:focus {{ border: 3px solid #ffd54f; }}"
                           "QLabel { color: white; background: transparent; }")
        icon = QLabel()
        icon.setPixmap(status_style.icon(status, "white").pixmap(24, 24))
        self.count = QLabel("0")
        self.count.setObjectName("tile_count")
        self.count.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.label = QLabel(status.label())
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 3)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.label)
        self.setToolTip(self.tr("Show the people with this status"))

    def set_count(self, n: int) -> None:
        self.count.setText(fmt_int(n))
        self.setAccessibleName(f"{self.status.label()}: {fmt_int(n)}")

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.status)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.status)
            return
        super().keyPressEvent(event)


class StatusTiles(QWidget):
    clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.tiles: dict[str, StatusTile] = {}
        for i, value in enumerate(STATUSES):
            tile = StatusTile(AccountabilityStatus(value), self)
            tile.clicked.connect(self.clicked)
            self.tiles[value] = tile
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
        for c in range(COLUMNS):
            grid.setColumnStretch(c, 1)

    def set_counts(self, totals) -> None:
        for value, tile in self.tiles.items():
            tile.set_count(totals.get(value, 0))
