"""Crisis ▸ Join a crisis cell…: the host's address and code, the officer's account, and a file for the copy."""

from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from micic_planner.gui.fitted_dialog import FittedDialog


class JoinDialog(FittedDialog):
    def __init__(self, parent=None):
        super().__init__(parent, width=560)
        self.setWindowTitle(self.tr("Join a crisis cell"))
        form = QFormLayout(self.body)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://192.168.1.20:8443")
        self.code = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.copy = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.copy, 1)
        line.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Host's address:"), self.url)
        form.addRow(self.tr("Join code:"), self.code)
        form.addRow(self.tr("Your user name at the post:"), self.user)
        form.addRow(self.tr("Your password:"), self.password)
        form.addRow(self.tr("File for your copy:"), row)
        form.addRow(self.tr("Passphrase for your copy:"), self.passphrase)
        form.addRow(self.tr("The same passphrase again:"), self.again)

    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("File for your copy"), "",
                                                    self.tr("MICIC post files (*.micic *.db)"))
        if path:
            self.copy.setText(path)

    def answer(self) -> dict:
        return {"url": self.url.text().strip(), "code": self.code.text().strip(), "user": self.user.text().strip(),
                "password": self.password.text(), "copy": self.copy.text().strip(),
                "passphrase": self.passphrase.text(), "again": self.again.text()}

    @classmethod
    def ask(cls, parent=None) -> dict | None:
        dialog = cls(parent)
        return dialog.answer() if dialog.exec() else None
