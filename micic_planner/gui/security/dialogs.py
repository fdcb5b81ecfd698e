"""Small dialogs that ask for a passphrase (with its strength shown) or a sign-in."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
)

from micic_planner.core.passphrase import password_strength, post_words, strength
from micic_planner.gui.security.secret_edit import CapsLockWarning, SecretEdit


class PassphraseDialog(QDialog):
    """Asks for the passphrase of a post; for a new one, twice, with its strength shown as it is typed."""

    def __init__(self, parent=None, file_name: str = "", new: bool = False, message: str = "",
                 user_inputs: list[str] | tuple = ()):
        super().__init__(parent)
        self.new = new
        self.user_inputs = list(user_inputs)  # the post's name, city, country: guessed first, so rated down
        self.setWindowTitle(self.tr("New passphrase") if new else self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        intro = (self.tr("Choose the passphrase that will protect {name}. Without it nobody, not even you, "
                         "can open the file: keep it safe.") if new
                 else self.tr("{name} is encrypted. Enter its passphrase.")).format(name=file_name)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        about = QLabel(self.tr("The passphrase locks the whole file: it is the key of its encryption, shared by "
                               "everyone who opens this post, and nobody can recover it. A password, if the post "
                               "has users, is your own and only signs you in once the file is open."))
        about.setWordWrap(True)
        about.setObjectName("passphrase_explained")
        about.setStyleSheet("color: #555")
        layout.addWidget(about)
        self.message = QLabel(message)
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        form = QFormLayout()
        self.passphrase = SecretEdit()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.repeat = SecretEdit()
        self.caps = CapsLockWarning(self.passphrase, self.repeat)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        if new:
            form.addRow(self.tr("Again:"), self.repeat)
            form.addRow(self.tr("Strength:"), self.meter)
            form.addRow("", self.hints)
        form.addRow("", self.caps)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._on_text_changed)
        self.repeat.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def _on_text_changed(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.new:
            ok.setEnabled(bool(self.passphrase.text()))
            return
        result = strength(self.passphrase.text(), self.user_inputs)
        self.meter.setValue(result.score)
        self.meter.setFormat(result.label)
        hints = list(result.hints)
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            hints.insert(0, self.tr("The two passphrases are not the same."))
        self.hints.setText("\n".join(hints))
        ok.setEnabled(result.acceptable and self.repeat.text() == self.passphrase.text())

    @classmethod
    def ask(cls, parent, file_name: str, new: bool = False, message: str = "",
            user_inputs: list[str] | tuple = ()) -> str | None:
        dialog = cls(parent, file_name, new, message, user_inputs)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LoginDialog(QDialog):
    """Asks for a user name and password to sign in to a post."""

    def __init__(self, parent=None, file_name: str = "", message: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sign in to {name}.").format(name=file_name)))
        self.message = QLabel(message)
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        form = QFormLayout()
        self.user = QLineEdit()
        self.password = SecretEdit()
        self.caps = CapsLockWarning(self.password)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.caps)
        layout.addLayout(form)
        about = QLabel(self.tr("Your own password, given to you for this post; not the post's passphrase."))
        about.setWordWrap(True)
        about.setStyleSheet("color: #555")
        layout.addWidget(about)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, file_name: str, message: str = "") -> tuple[str, str] | None:
        dialog = cls(parent, file_name, message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user.text(), dialog.password.text()


class FirstAdminDialog(QDialog):
    """Asks for the first administrator of a new post: the account everyone else's accounts come from."""

    def __init__(self, parent=None, post_name: str = ""):
        super().__init__(parent)
        self.post_name = post_name
        self.setWindowTitle(self.tr("Administrator of the post"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Create the administrator's account for {name}. Everyone signs in with their own "
                               "name; the administrator adds the other accounts (Tools ▸ Users…).").format(
            name=post_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.user, self.full_name, self.password, self.repeat = QLineEdit(), QLineEdit(), SecretEdit(), SecretEdit()
        self.caps = CapsLockWarning(self.password, self.repeat)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Again:"), self.repeat)
        form.addRow("", self.caps)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        form.addRow(self.tr("Strength:"), self.meter)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.user, self.full_name, self.password, self.repeat):
            edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def _on_text_changed(self, *_args) -> None:
        password, repeat = self.password.text(), self.repeat.text()
        # The same rating the storage applies when the account is saved (core/passphrase.py).
        result = password_strength(password, post_words(self.post_name, "", "", self.user.text(),
                                                        self.full_name.text()))
        self.meter.setValue(result.score)
        self.meter.setFormat(result.label)
        hints = [] if result.acceptable else list(result.hints)
        if repeat and repeat != password:
            hints.insert(0, self.tr("The two passwords are not the same."))
        self.hint.setText("\n".join(hints))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.user.text().strip()) and result.acceptable and repeat == password)

    @classmethod
    def ask(cls, parent, post_name: str) -> tuple[str, str, str] | None:
        """(user name, password, full name), or None if the user cancelled."""
        dialog = cls(parent, post_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user.text().strip(), dialog.password.text(), dialog.full_name.text().strip()
