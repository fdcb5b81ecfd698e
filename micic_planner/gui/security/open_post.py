"""Opening a post from the window: passphrase and sign-in asked as needed, a few tries, plain real posts flagged."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q

from micic_planner.core.errors import LoginFailedError, MicicError, WrongPassphraseError
from micic_planner.core.security import Action
from micic_planner.gui.errors import Confirm, show_error
from micic_planner.gui.security.dialogs import LoginDialog, PassphraseDialog
from micic_planner.storage.encryption import encrypt_file, file_kind
from micic_planner.storage.store import PostStore

TRIES = 3


def open_post_interactively(parent, path) -> PostStore | None:
    """Open `path`, asking for its passphrase and a sign-in when needed; None if the user gives up."""
    path = Path(path)
    passphrase, login, message = None, None, ""
    for _attempt in range(TRIES * 2):
        if file_kind(path) == "encrypted" and passphrase is None:
            passphrase = PassphraseDialog.ask(parent, path.name, message=message)
            if passphrase is None:
                return None
            message = ""
        try:
            store = _open(path, passphrase, login, parent, message)
        except WrongPassphraseError as exc:
            if "needed" in exc.message:
                return None
            passphrase, message = None, _said(exc)
            continue
        except LoginFailedError as exc:
            login, message = None, _said(exc)
            continue
        except MicicError as exc:
            show_error(parent, exc, Q.translate("Protection", "Could not open the post file"))
            return None
        if store is None:
            return None
        _watch(parent, store)
        return _offer_encryption(parent, store)
    return None


def _said(exc: MicicError) -> str:
    """What went wrong and what to do, without the file's path (the dialog names the file already)."""
    return "\n".join(part for part in (exc.message, exc.hint) if part)


def _open(path, passphrase, login, parent, message):
    answers = {}

    def provider(_path, what):
        if what == "login":
            answers["login"] = LoginDialog.ask(parent, path.name, message)
            return answers["login"]
        return None

    previous = PostStore.credential_provider
    PostStore.credential_provider = provider
    try:
        return PostStore.open(path, passphrase=passphrase)
    except MicicError:
        if "login" in answers and answers["login"] is None:
            return None
        raise
    finally:
        PostStore.credential_provider = previous


def _offer_encryption(parent, store: PostStore) -> PostStore | None:
    """A plain file holding a real post: say so, and offer to encrypt it now."""
    if store.encrypted or store.is_training or store.path is None or not store.session.can(Action.CHANGE_PASSPHRASE):
        return store
    if not Confirm.ask(parent, Q.translate("Protection", "This post is not encrypted"),
                       Q.translate("Protection", "{name} holds a real post but is not encrypted: anyone who gets "
                                   "the file can read it. Encrypt it now with a passphrase?").format(
                           name=store.path.name)):
        return store
    passphrase = PassphraseDialog.ask(parent, store.path.name, new=True, user_inputs=store.guess_words())
    if passphrase is None:
        return store
    path, user = store.path, store.user_name
    store.close()
    try:
        encrypt_file(path, passphrase)
    except MicicError as exc:
        show_error(parent, exc)
    reopened = open_post_interactively(parent, path) if user else PostStore.open(path, passphrase=passphrase)
    return reopened


def _watch(parent, store) -> None:
    """Automatic backups and role-based menus for the window that holds `store`."""
    from micic_planner.gui.security.autobackup import AutoBackup

    context = getattr(parent, "context", None)
    if context is not None and getattr(parent, "_protection_watch", None) is None:
        parent._protection_watch = AutoBackup(parent, context)
