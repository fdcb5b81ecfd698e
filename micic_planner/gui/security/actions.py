"""The protection entries of the window's menus; the store refuses what the signed-in role may not do."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QFileDialog, QMessageBox

from micic_planner.core.changes import changed
from micic_planner.core.errors import StorageError
from micic_planner.core.security import Action
from micic_planner.gui.errors import Confirm, explained
from micic_planner.gui.security.dialogs import PassphraseDialog
from micic_planner.gui.security.tables import AuditDialog, ExpiryDialog, UsersDialog
from micic_planner.storage import backup as backups
from micic_planner.storage.encryption import file_kind


class Info:
    """An information message; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


def _store(window):
    store = window.context.store
    if store is None:
        raise StorageError(Q.translate("Protection", "Open a post first."))
    return store


def change_passphrase(window) -> None:
    store = _store(window)
    passphrase = PassphraseDialog.ask(window, Path(store.path).name, new=True, user_inputs=store.guess_words())
    if passphrase is not None:
        with explained(window):
            store.change_passphrase(passphrase)
            Info.ask(window, Q.translate("Protection", "Passphrase changed"),
                     Q.translate("Protection", "The post now opens with the new passphrase. Backups made before "
                                 "still open with the old one."))


def encrypt_post(window) -> None:
    from micic_planner.gui.security.open_post import _offer_encryption

    store = _store(window)
    store.session.require(Action.CHANGE_PASSPHRASE)  # whoever sets the passphrase decides who can open the post
    if store.encrypted:
        Info.ask(window, Q.translate("Protection", "Encrypted"), Q.translate("Protection", "This post is encrypted."))
        return
    window.context.set_store(None)
    reopened = _offer_encryption(window, store)
    if reopened is not None:
        window.set_store(reopened)


def manage_users(window) -> None:
    UsersDialog(window, _store(window)).exec()


def show_audit_log(window) -> None:
    store = _store(window)
    store.audit_entries(0, 1)  # refuses before the dialog opens when the role may not
    AuditDialog(window, store).exec()


def review_expiry(window) -> None:
    store = _store(window)
    dialog = ExpiryDialog(window, store)
    dialog.exec()
    if dialog.purged:
        # The undo history holds copies of purged records: it must not bring them back.
        window.context.undo_stack.clear()
        window.context.apply(changed("nationals", count=dialog.purged["nationals"]))


def backup_now(window) -> None:
    store = _store(window)
    with explained(window):
        made = store.backup()
        Info.ask(window, Q.translate("Protection", "Backup saved"),
                 Q.translate("Protection", "The backup was checked and saved as {path}").format(path=made))


def restore_backup(window) -> None:
    from micic_planner.gui.security.open_post import open_post_interactively

    store = _store(window)
    store.session.require(Action.RESTORE)
    folder = backups.default_folder(Path(store.path))
    chosen, _f = QFileDialog.getOpenFileName(window, Q.translate("Protection", "Choose a backup to restore"),
                                             str(folder), Q.translate("Protection", "Post files (*.db *.micic)"))
    if not chosen:
        return
    if not Confirm.ask(window, Q.translate("Protection", "Restore a backup"),
                       Q.translate("Protection", "Replace the open post with {name}? The current file is kept aside "
                                   "in the backup folder.").format(name=Path(chosen).name)):
        return
    passphrase = None
    if file_kind(chosen) == "encrypted":
        passphrase = PassphraseDialog.ask(window, Path(chosen).name)
        if passphrase is None:
            return
    path = Path(store.path)
    with explained(window):
        # Checks the role, that nobody else has the post open and the backup; records the restore in both
        # files; closes this store before the file is replaced.
        store.restore_backup(Path(chosen), passphrase)
    if not store.closed:  # refused before anything changed: the post stays open
        return
    window.close_post()
    reopened = open_post_interactively(window, path)
    if reopened is not None:
        window.set_store(reopened)
