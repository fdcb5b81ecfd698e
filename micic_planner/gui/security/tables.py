"""Dialogs over small lists: the users of a post, the audit log, the records past their expiry date."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from micic_planner.core.passphrase import password_strength
from micic_planner.core.security import Action, Role
from micic_planner.gui.errors import Confirm, explained
from micic_planner.gui.locale_support import fmt_int
from micic_planner.gui.security import audit_text

AUDIT_PAGE = 500


def _fill(table: QTableWidget, headers: list[str], rows: list[list]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


class _ListDialog(QDialog):
    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 480)
        self.layout_ = QVBoxLayout(self)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.buttons = QHBoxLayout()
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.layout_.addWidget(close)

    def button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button


class NewUserDialog(QDialog):
    """A new account: name, role and a password rated as it is typed, as the storage will rate it."""

    def __init__(self, parent=None, known_words: list[str] | tuple = ()):
        super().__init__(parent)
        self.known_words = list(known_words)  # the post's name, city and country: guessed first
        self.setWindowTitle(self.tr("Add a user"))
        form = QFormLayout(self)
        self.name, self.full_name, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label(), role)
        form.addRow(self.tr("User name:"), self.name)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        form.addRow(self.tr("Strength:"), self.meter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.name, self.full_name, self.password):
            edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def _on_text_changed(self, *_args) -> None:
        result = password_strength(self.password.text(),
                                   [*self.known_words, self.name.text(), self.full_name.text()])
        self.meter.setValue(result.score)
        self.meter.setFormat(result.label)
        self.hint.setText("" if result.acceptable else "\n".join(result.hints))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()) and result.acceptable)

    @classmethod
    def ask(cls, parent, known_words: list[str] | tuple = ()) -> tuple[str, Role, str, str] | None:
        d = cls(parent, known_words)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        return d.name.text(), d.role.currentData(), d.password.text(), d.full_name.text()


class UsersDialog(_ListDialog):
    """The administrator's list of users: add, change role, close or reopen an account, reset a password."""

    def __init__(self, parent, store):
        super().__init__(parent, self.tr("Users of this post"))
        self.store = store
        self.button(self.tr("Add…"), self._on_add_clicked)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label(), role)
        self.buttons.addWidget(self.role)
        self.button(self.tr("Set role"), self._on_role_clicked)
        self.button(self.tr("Close or reopen account"), self._on_active_clicked)
        self.button(self.tr("Reset password…"), self._on_password_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.users = self.store.user_list()
        _fill(self.table, [self.tr("User"), self.tr("Full name"), self.tr("Role"), self.tr("Active"),
                           self.tr("Last sign-in")],
              [[u["name"], u["full_name"], u["role"].label(), self.tr("yes") if u["active"] else
                self.tr("no"), u["last_login"] or ""] for u in self.users])

    def selected(self) -> dict | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _on_add_clicked(self) -> None:
        answer = NewUserDialog.ask(self, self.store.guess_words())
        if answer:
            with explained(self):
                self.store.add_user(answer[0], answer[1], answer[2], answer[3])
            self.refresh()

    def _on_role_clicked(self) -> None:
        user = self.selected()
        if user:
            with explained(self):
                self.store.set_user_role(user["name"], self.role.currentData())
            self.refresh()

    def _on_active_clicked(self) -> None:
        user = self.selected()
        if user:
            with explained(self):
                self.store.set_user_active(user["name"], not user["active"])
            self.refresh()

    def _on_password_clicked(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"), self.tr("New password for {name}:")
                                            .format(name=user["name"]), QLineEdit.EchoMode.Password)
        if ok:
            with explained(self):
                self.store.reset_password(user["name"], password)


class AuditDialog(_ListDialog):
    """The audit log, newest first, filtered by kind of entry, and its export to CSV."""

    def __init__(self, parent, store):
        super().__init__(parent, self.tr("Audit log"))
        self.store = store
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All entries"), "")
        for action in store.audit.actions():
            self.kind.addItem(audit_text.action_label(action), action)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.buttons.addWidget(QLabel(self.tr("Show:")))
        self.buttons.addWidget(self.kind)
        self.button(self.tr("Export to CSV…"), self._on_export_clicked)
        self.button(self.tr("Disclosures…"), self._on_disclosures_clicked)
        self.count = QLabel()
        self.buttons.addWidget(self.count)
        self.refresh()

    def refresh(self, *_args) -> None:
        action = self.kind.currentData() or ""
        entries = self.store.audit_entries(0, AUDIT_PAGE, action=action)
        total = self.store.audit.count(action=action)
        self.count.setText(self.tr("{shown} of {total} entries, newest first").format(
            shown=fmt_int(len(entries)), total=fmt_int(total)))
        _fill(self.table, audit_text.headers(), [audit_text.row(e) for e in entries])

    def _on_export_clicked(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), self.tr("audit-log.csv"),
                                               self.tr("CSV files (*.csv)"))
        if path:
            with explained(self):
                self.store.audit_export(path)
            self.refresh()


    def _on_disclosures_clicked(self) -> None:
        from micic_planner.gui.security.disclosures_dialog import show_disclosures

        with explained(self):
            show_disclosures(self, self.store)


class ExpiryDialog(_ListDialog):
    """Records past their expiry date, and the irreversible purge of them."""

    def __init__(self, parent, store):
        super().__init__(parent, self.tr("Expired records"))
        self.store = store
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.insertWidget(0, self.summary)
        self.purge_button = self.button(self.tr("Purge these records…"), self._on_purge_clicked)
        self.purge_button.setVisible(store.session.can(Action.PURGE))
        self.purged: dict | None = None
        self.refresh()

    def refresh(self) -> None:
        rows = self.store.retention.review()
        self.summary.setText(self.tr("Past the expiry date set by the post's policy ({months} months): %Ln "
                                     "record(s). Purging deletes them and their history for good.", "",
                                     len(rows)).format(months=self.store.retention.months()))
        hotline = self.store.retention.expired_messages()
        inquiries, messages = hotline["inquiries"], hotline["outbox"] + hotline["inbox"]
        if inquiries or messages:
            # Two counts, two sentences: each takes its own plural form.
            self.summary.setText(" ".join((
                self.summary.text(),
                self.tr("Past the same rule: %Ln hotline record(s),", "", inquiries),
                self.tr("and %Ln message(s) sent or received.", "", messages))))
        self.purge_button.setEnabled(bool(rows) or bool(inquiries or messages))
        _fill(self.table, [self.tr("Family names"), self.tr("Given names"), self.tr("Date of birth"),
                           self.tr("Expired on")],
              [[r["family_names"], r["given_names"], r["birth_date"], r["record_expiry"]] for r in rows])

    def _on_purge_clicked(self) -> None:
        if not Confirm.ask(self, self.tr("Purge expired records"),
                           self.tr("Delete %Ln record(s) and their history for good? This cannot be undone; "
                                   "only the counts are kept in the audit log.", "", self.table.rowCount())):
            return
        with explained(self):
            self.purged = self.store.retention.purge()
        self.refresh()
