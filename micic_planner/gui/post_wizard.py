"""Creating a post: where to keep its file, its name, country, city and jurisdiction, then how it is protected.

A real post is encrypted with a passphrase and gets its first administrator; only a training post
(fictional people) is left unencrypted, without accounts.
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.errors import ValidationError
from micic_planner.core.models import Post
from micic_planner.gui.forms.post_form import post_fields, validate_post
from micic_planner.gui.forms.record_form import RecordForm
from micic_planner.gui.settings import data_dir


def seed_matrix(store) -> None:
    """Give a new post the standard alert matrix and messages, which the officer then adapts."""
    from micic_planner.core.plan_templates import templates_for
    from micic_planner.storage.demo_writer import seed_templates

    seed_templates(store, templates_for(store.post()))


def ask_protection(parent, path: Path, post: Post) -> tuple[str | None, tuple[str, str, str] | None] | None:
    """(passphrase, first administrator) for a real post, (None, None) for a training one; None if cancelled."""
    from micic_planner.gui.security.dialogs import FirstAdminDialog, PassphraseDialog

    if post.is_training:
        return None, None
    from micic_planner.core.passphrase import post_words

    passphrase = PassphraseDialog.ask(parent, path.name, new=True,
                                      user_inputs=post_words(post.name, post.city, post.host_country))
    if passphrase is None:
        return None
    admin = FirstAdminDialog.ask(parent, post.name)
    if admin is None:
        return None
    return passphrase, admin


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def create_post(path: Path, post: Post, passphrase: str | None = None, admin: tuple[str, str, str] | None = None):
    """A new post file holding `post` and the standard matrix, encrypted and with its administrator signed in
    when given; nothing is left behind if a step fails."""
    from micic_planner.core.security import Role
    from micic_planner.storage.store import PostStore

    _remove(path)
    store = PostStore.open(path, create=True, passphrase=passphrase)
    try:
        with store.db.atomic():
            store.save_post(post)
            seed_matrix(store)
            if admin is not None:
                name, password, full_name = admin
                store.add_user(name, Role.ADMINISTRATOR, password, full_name)
    except Exception:
        store.close()
        _remove(path)
        raise
    if admin is None:
        return store
    # Reopen signed in, so that from the first edit the audit log names the administrator.
    store.close()
    return PostStore.open(path, passphrase=passphrase, user=admin[0], password=admin[1])


class NewPostDialog(RecordForm):
    def __init__(self, title, fields, record, validate=None, parent=None):
        row = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        super().__init__(title, fields, record, validate or validate_post, parent, extra=row)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path_edit, 1)
        line.addWidget(browse)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Post file (where everything about this post is kept):")))
        column.addLayout(line)
        self.training = QCheckBox(self.tr("Training post: fictional people only, not encrypted, no sign-in"))
        self.training.setObjectName("training")
        self.training.setToolTip(self.tr("A real post is always encrypted with a passphrase and has an "
                                         "administrator; leave this unticked for a real post."))
        column.addWidget(self.training)
        self.path_edit.setText(str(data_dir() / "post.micic"))

    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("New post file"), self.path_edit.text(),
                                                    self.tr("MICIC post files (*.micic);;All files (*)"))
        if path:
            self.path_edit.setText(path if Path(path).suffix else path + ".micic")

    def extra_problems(self) -> list[ValidationError]:
        if not self.path_edit.text().strip():
            return [ValidationError("path", self.tr("Choose where to keep the post file."))]
        return []

    def result_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    @classmethod
    def ask_new(cls, parent) -> tuple[Path, Post] | None:
        """Where and what the new post is, or None if the user cancelled."""
        dialog = cls(parent.tr("New post"), post_fields(parent.tr, short=True), Post("", "", ""), None, parent)
        if not dialog.exec():
            return None
        post = dialog.result_record()
        post.is_training = dialog.training.isChecked()
        return dialog.result_path(), post

    @classmethod
    def fill_existing(cls, parent, context) -> None:
        """A file with no post yet: ask for its details and save them."""
        from micic_planner.gui.errors import explained

        post = RecordForm.ask(parent, parent.tr("Post details"), post_fields(parent.tr), Post("", "", ""),
                              validate_post)
        if post is None:
            return
        with explained(parent):
            context.apply(context.store.save_post(post))
