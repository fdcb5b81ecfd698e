"""The window side: passphrase and sign-in at open, strength shown, users, audit log, expiry purge, backups."""


import pytest

from micic_planner.core.models import National, Post
from micic_planner.core.security import Role
from micic_planner.gui.security import actions, open_post
from micic_planner.gui.security.dialogs import LoginDialog, PassphraseDialog
from micic_planner.gui.security.tables import AuditDialog, ExpiryDialog, UsersDialog
from micic_planner.storage.store import PostStore

PASS = "marimba volcán lluvia 47"


@pytest.fixture
def encrypted_post(tmp_path):
    path = tmp_path / "post.db"
    store = PostStore.open(path, create=True, passphrase=PASS)
    store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula"))
    store.nationals.add(National("Rosa", "Vencida"))
    with store.audit.quiet():  # last updated long ago, so past the retention rule's expiry
        store.db.execute("UPDATE nationals SET updated_at = '1996-01-01T00:00:00.00Z', record_expiry = '2001-01-01'")
    store.add_user("admin", Role.ADMINISTRATOR, "admin-clave-1")
    store.add_user("vera", Role.VIEWER, "vera-clave-1")
    store.close()
    return path


def test_opening_asks_again_after_a_wrong_passphrase_then_signs_in(qtbot, encrypted_post, monkeypatch):
    answers = iter(["wrong passphrase", PASS])
    messages = []

    def ask_pass(parent, name, new=False, message=""):
        messages.append(message)
        return next(answers)

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: ask_pass(*a, **k)))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent, name, message="": ("vera", "vera-clave-1")))
    store = open_post.open_post_interactively(None, encrypted_post)
    assert store is not None and store.user_name == "vera" and store.encrypted
    assert messages[0] == "" and "not right" in messages[1]
    store.close()


def test_cancelling_the_passphrase_opens_nothing(qtbot, encrypted_post, monkeypatch):
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert open_post.open_post_interactively(None, encrypted_post) is None


def test_the_new_passphrase_dialog_shows_strength_and_accepts_only_a_strong_repeated_one(qtbot):
    dialog = PassphraseDialog(None, "post.db", new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.passphrase.setText("embajada")
    dialog.repeat.setText("embajada")
    assert dialog.meter.value() == 0 and not ok.isEnabled()
    dialog.passphrase.setText(PASS)
    assert not ok.isEnabled() and "not the same" in dialog.hints.text()
    dialog.repeat.setText(PASS)
    assert dialog.meter.value() == 4 and ok.isEnabled()


def test_the_administrator_adds_a_user_and_reads_the_audit_log(qtbot, encrypted_post, monkeypatch):
    store = PostStore.open(encrypted_post, passphrase=PASS, user="admin", password="admin-clave-1")
    users = UsersDialog(None, store)
    qtbot.addWidget(users)
    monkeypatch.setattr("micic_planner.gui.security.tables.NewUserDialog.ask",
                        classmethod(lambda cls, parent, *_words: ("ana", Role.OFFICER, "ana-clave-12", "Ana Núñez")))
    users._on_add_clicked()
    assert [u["name"] for u in store.user_list()] == ["admin", "ana", "vera"]
    assert users.table.rowCount() == 3
    audit = AuditDialog(None, store)
    qtbot.addWidget(audit)
    assert audit.table.rowCount() >= 3
    shown = {audit.table.item(r, 2).text() for r in range(audit.table.rowCount())}
    assert {"Signed in", "Added"} <= shown
    store.close()


def test_the_expiry_review_lists_and_purges_after_confirmation(qtbot, encrypted_post, monkeypatch):
    store = PostStore.open(encrypted_post, passphrase=PASS, user="admin", password="admin-clave-1")
    dialog = ExpiryDialog(None, store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Vencida"
    monkeypatch.setattr("micic_planner.gui.security.tables.Confirm.ask", classmethod(lambda cls, *a: False))
    dialog._on_purge_clicked()
    assert store.nationals.count() == 1
    monkeypatch.setattr("micic_planner.gui.security.tables.Confirm.ask", classmethod(lambda cls, *a: True))
    dialog._on_purge_clicked()
    assert store.nationals.count() == 0 and dialog.purged["nationals"] == 1 and dialog.table.rowCount() == 0
    store.close()


def test_a_viewer_does_not_get_the_purge_button(qtbot, encrypted_post):
    store = PostStore.open(encrypted_post, passphrase=PASS, user="vera", password="vera-clave-1")
    from micic_planner.core.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        ExpiryDialog(None, store)
    with pytest.raises(PermissionDeniedError):
        AuditDialog(None, store)
    store.close()


def test_backup_now_from_the_menu_writes_a_checked_backup(qtbot, encrypted_post, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from micic_planner.gui.context import AppContext

    store = PostStore.open(encrypted_post, passphrase=PASS, user="admin", password="admin-clave-1")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.context = AppContext(store, window)
    shown = []
    monkeypatch.setattr(actions.Info, "ask", classmethod(lambda cls, parent, title, text: shown.append(text)))
    actions.backup_now(window)
    assert "checked and saved" in shown[0]
    assert len(list((encrypted_post.parent / "post backups").glob("post-*.db"))) == 1
    store.close()


def test_automatic_backup_runs_when_the_post_is_closed_after_edits(qtbot, encrypted_post):
    from PySide6.QtWidgets import QMainWindow

    from micic_planner.core.changes import changed
    from micic_planner.gui.context import AppContext
    from micic_planner.gui.security.autobackup import AutoBackup

    store = PostStore.open(encrypted_post, passphrase=PASS, user="admin", password="admin-clave-1")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.context = AppContext(store, window)
    auto = AutoBackup(window, window.context)
    assert auto.timer.isActive() and auto.timer.interval() == 10 * 60_000
    folder = encrypted_post.parent / "post backups"
    window.context.set_store(store)  # no edit yet: nothing to back up
    assert not folder.exists()
    store.nationals.add(National("Nuevo", "Registro"))
    window.context.apply(changed("nationals", count=1))
    window.context.set_store(None)
    store.close()
    assert len(list(folder.glob("post-*.db"))) == 1
