"""Passphrase and password fields: shown on request, a Caps Lock warning, and what a passphrase is, explained."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from micic_planner.gui.security.dialogs import FirstAdminDialog, LoginDialog, PassphraseDialog


def test_the_passphrase_can_be_shown_and_hidden_again(qtbot):
    dialog = PassphraseDialog(None, "tapachula.micic")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("tres tigres comen trigo")
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    dialog.passphrase.show_action.trigger()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    dialog.passphrase.show_action.trigger()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_a_capital_typed_without_shift_warns_that_caps_lock_is_on(qtbot):
    dialog = PassphraseDialog(None, "tapachula.micic")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.caps.isVisible()
    qtbot.keyClick(dialog.passphrase, "T", Qt.KeyboardModifier.NoModifier)  # a "T" without Shift: Caps Lock
    assert dialog.caps.isVisible()
    qtbot.keyClicks(dialog.passphrase, "r")
    assert not dialog.caps.isVisible()


def test_a_capital_typed_with_shift_is_no_warning(qtbot):
    dialog = LoginDialog(None, "tapachula.micic")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.password, "V", Qt.KeyboardModifier.ShiftModifier)
    assert not dialog.caps.isVisible()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password and dialog.password.show_action


def test_the_passphrase_dialog_says_how_a_passphrase_differs_from_a_password(qtbot):
    dialog = PassphraseDialog(None, "tapachula.micic")
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "passphrase_explained").text()
    assert "whole file" in text and "password" in text and "nobody can recover it" in text


def test_the_first_administrators_password_fields_can_be_shown(qtbot):
    dialog = FirstAdminDialog(None, "Consulado")
    qtbot.addWidget(dialog)
    dialog.password.show_action.trigger()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.repeat.echoMode() == QLineEdit.EchoMode.Password
