"""A field for a passphrase or a password: hidden by default, shown on request, and warning when Caps Lock is on."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit


def _icon(name: str):
    try:
        import qtawesome

        return qtawesome.icon(name, color="#555")
    except Exception:  # an icon font that cannot load leaves the action with its text only
        from PySide6.QtGui import QIcon

        return QIcon()


class SecretEdit(QLineEdit):
    """Qt cannot ask the keyboard whether Caps Lock is on, so it is read from what is typed: a capital letter
    without Shift, or a small one with it, means Caps Lock (the way sign-in screens commonly tell)."""

    caps_lock = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_action = QAction(_icon("mdi6.eye"), self.tr("Show"), self)
        self.show_action.setCheckable(True)
        self.show_action.setToolTip(self.tr("Show or hide what is typed (check that nobody is looking)"))
        self.show_action.toggled.connect(self._on_show_toggled)
        self.addAction(self.show_action, QLineEdit.ActionPosition.TrailingPosition)
        self.caps_on = False

    def _on_show_toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_action.setIcon(_icon("mdi6.eye-off" if shown else "mdi6.eye"))
        self.show_action.setText(self.tr("Hide") if shown else self.tr("Show"))

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if event.key() == Qt.Key.Key_CapsLock:
            self._set_caps(not self.caps_on)
        elif len(text) == 1 and text.isalpha() and text.upper() != text.lower():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._set_caps(text.isupper() != shift)
        super().keyPressEvent(event)

    def _set_caps(self, on: bool) -> None:
        if on != self.caps_on:
            self.caps_on = on
            self.caps_lock.emit(on)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.caps_lock.emit(False)
        elif event.type() == QEvent.Type.FocusIn and self.caps_on:
            self.caps_lock.emit(True)
        return super().event(event)


class CapsLockWarning(QLabel):
    """'Caps Lock is on', shown while any of the dialog's secret fields says so."""

    def __init__(self, *edits: SecretEdit):
        super().__init__()
        self.setText(self.tr("Caps Lock is on: capital letters are typed."))
        self.setStyleSheet("color: #a05a00; font-weight: bold")
        self.setObjectName("caps_lock_warning")
        self.hide()
        for edit in edits:
            edit.caps_lock.connect(self.setVisible)
