"""Dialogs that fit a laptop screen: the body scrolls inside, the buttons below it are always visible.

A 1366×768 screen leaves about 720 px to a dialog once the task bar and title bar are counted; a form
laid out at its natural height (the national's is 860 px) would put Save and Cancel off the screen.
"""

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget

# What the window manager adds around a dialog (title bar, frame), which Qt cannot know before it is shown.
FRAME_ALLOWANCE = QSize(16, 40)


def available_size(widget: QWidget) -> QSize:
    """The room a window may take on the screen that shows `widget`, its frame deducted."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size()
    return QSize(room.width() - FRAME_ALLOWANCE.width(), room.height() - FRAME_ALLOWANCE.height())


class FittedDialog(QDialog):
    """Lay the content out on `body`; `footer` holds what must stay in view (a summary of errors)."""

    def __init__(self, parent=None, buttons=QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                 width: int = 560, height: int = 0):
        super().__init__(parent)
        self.preferred_width = width
        self.preferred_height = height  # for a body whose content arrives after it is shown (a list read later)
        self.body = QWidget()
        self.body.setObjectName("dialog_body")
        self.scroll = QScrollArea()
        self.scroll.setObjectName("dialog_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        self.footer = QVBoxLayout()
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.footer)
        layout.addWidget(self.buttons)

    def fit(self) -> None:
        """As tall as the content wants, never taller (or wider) than the screen; the body scrolls beyond."""
        room = available_size(self)
        self.setMaximumSize(room)
        content = self.body.sizeHint()
        outer = self.sizeHint()
        scroll = self.scroll.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = max(self.preferred_width, outer.width(), content.width() + bar + outer.width() - scroll.width())
        height = max(self.preferred_height,
                     outer.height() - scroll.height() + content.height() + 2 * self.scroll.frameWidth())
        self.resize(min(width, room.width()), min(height, room.height()))

    def showEvent(self, event) -> None:
        if not event.spontaneous():
            self.fit()
        super().showEvent(event)
