"""The passphrase and first-administrator dialogs show zxcvbn's rating and advice and refuse the weak ones."""

from PySide6.QtWidgets import QDialogButtonBox

from micic_planner.core.passphrase import post_words
from micic_planner.gui.security.dialogs import FirstAdminDialog, PassphraseDialog

TAPACHULA = post_words("Consulado de México en Tapachula", "Tapachula", "MX")


def _ok(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_passphrase_built_on_the_posts_city_is_rated_weak_with_advice(qtbot):
    dialog = PassphraseDialog(None, "tapachula.micic", new=True, user_inputs=TAPACHULA)
    qtbot.addWidget(dialog)
    for edit in (dialog.passphrase, dialog.repeat):
        edit.setText("Tapachula2024")
    assert not _ok(dialog) and dialog.meter.value() <= 1
    assert "Add another word or two" in dialog.hints.text()
    for edit in (dialog.passphrase, dialog.repeat):
        edit.setText("tres tigres comen trigo")
    assert _ok(dialog) and dialog.meter.value() == 4


def test_the_first_administrators_password_is_rated_as_it_is_typed(qtbot):
    dialog = FirstAdminDialog(None, "Consulado de México en Tapachula")
    qtbot.addWidget(dialog)
    dialog.user.setText("admin")
    for edit in (dialog.password, dialog.repeat):
        edit.setText("1qaz2wsx3edc")
    assert not _ok(dialog) and "very common password" in dialog.hint.text()
    for edit in (dialog.password, dialog.repeat):
        edit.setText("admin-clave-de-la-sede")
    assert _ok(dialog) and dialog.hint.text() == ""


def test_a_new_users_password_is_rated_with_the_post_and_the_users_own_name(qtbot):
    from micic_planner.gui.security.tables import NewUserDialog

    dialog = NewUserDialog(None, TAPACHULA)
    qtbot.addWidget(dialog)
    dialog.name.setText("luis")
    dialog.full_name.setText("Luis Pérez")
    dialog.password.setText("luisperez2024")
    assert not _ok(dialog) and dialog.hint.text()
    dialog.password.setText("mango-lluvia-77-sur")
    assert _ok(dialog) and dialog.meter.value() >= 3

