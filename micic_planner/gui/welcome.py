"""The first page when no post is open: open a post file, create a post, or try the demo."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from micic_planner.gui.settings import recent_files


class WelcomePage(QWidget):
    open_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("MICIC Planner"))
        title.setObjectName("heading")
        intro = QLabel(self.tr("Plan for a crisis affecting your nationals abroad, and respond when it comes. "
                               "Everything stays on this computer and works without a network."))
        intro.setWordWrap(True)
        self.intro = intro
        buttons = []
        for text, tip, signal in (
                (self.tr("Open a post file…"), self.tr("A file your post already keeps (Ctrl+O)"), self.open_requested),
                (self.tr("Create a new post…"), self.tr("Name, host country, city and jurisdiction"),
                 self.new_requested),
                (self.tr("Open the demo post"), self.tr("A fictional post with 2,000 nationals, to try things out"),
                 self.demo_requested)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumHeight(44)
            button.clicked.connect(signal.emit)
            buttons.append(button)
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemDoubleClicked.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_label = QLabel(self.tr("Recent post files (double-click to open):"))
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in buttons:
            column.addWidget(button)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(620)
        self.recent.setMaximumHeight(220)
        # Centred by stretches, not by an alignment flag: a layout item with an alignment ignores the
        # height a wrapped label needs for its width, and the introduction was cut on the first start.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_files():
            item = QListWidgetItem(f"{Path(path).name}   —   {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent_label.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)
