"""The window opens, creates and shows posts through the protection layer: passphrase, sign-in, roles, banner."""

import json

import pytest
from pypdf import PdfReader

from micic_planner.core.models import Post
from micic_planner.core.security import Role
from micic_planner.gui.main_window import MainWindow
from micic_planner.gui.models.nationals_model import COLUMNS
from micic_planner.gui.post_wizard import NewPostDialog
from micic_planner.gui.security.dialogs import FirstAdminDialog, LoginDialog, PassphraseDialog
from micic_planner.storage.store import PostStore
from tests.reports.plan_fixture import make_post

PASS = "marimba volcán lluvia 47"
USERS = {"admin": (Role.ADMINISTRATOR, "admin-clave-1"), "olga": (Role.OFFICER, "olga-clave-1"),
         "vera": (Role.VIEWER, "vera-clave-1"), "tomas": (Role.TRAINEE, "tomas-clave-1")}
VULNERABILITIES = [key for key, _h, _s in COLUMNS].index("vulnerabilities")


@pytest.fixture(scope="module")
def encrypted_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("enc") / "tapachula.micic"
    with PostStore.open(path, create=True, passphrase=PASS) as store:
        make_post(store)
        for name, (role, password) in USERS.items():
            store.add_user(name, role, password)
    return path


@pytest.fixture
def encrypted_post(encrypted_file, tmp_path):
    import shutil

    path = tmp_path / encrypted_file.name
    shutil.copy(encrypted_file, path)
    return path


@pytest.fixture
def credentials(monkeypatch):
    """Answers the passphrase and sign-in dialogs; `asked` records what was asked, in order."""
    state = {"passphrases": [PASS], "user": "admin", "asked": []}

    def passphrase(cls, parent, name, new=False, message="", user_inputs=()):
        state["asked"].append(("passphrase", message))
        return state["passphrases"].pop(0) if state["passphrases"] else None

    def login(cls, parent, name, message=""):
        state["asked"].append(("login", message))
        return state["user"], USERS[state["user"]][1]

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(passphrase))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(login))
    return state


@pytest.fixture
def win(qtbot, dialogs):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    for view in window.views.values():
        worker = getattr(view, "worker", None)
        if worker is not None:
            worker.wait(60_000)
    window.close()


def test_opening_an_encrypted_post_from_the_window_asks_the_passphrase_and_signs_in(win, encrypted_post,
                                                                                     credentials):
    assert win.open_path(str(encrypted_post))
    store = win.context.store
    assert [what for what, _m in credentials["asked"]] == ["passphrase", "login"]
    assert store.encrypted and store.user_name == "admin"
    assert not win.banner.isVisible() and "NOT ENCRYPTED" not in win.windowTitle()
    assert "admin" in win.status_user.text()
    assert win._protection_watch.timer.isActive()  # automatic backups every N minutes
    assert win.menu_actions["micic_planner.gui.security.actions.manage_users"].isVisible()


def test_a_wrong_passphrase_is_named_plainly_and_asked_again(win, encrypted_post, credentials):
    credentials["passphrases"] = ["marimba volcan lluvia 47", PASS]
    assert win.open_path(str(encrypted_post))
    asked = [m for what, m in credentials["asked"] if what == "passphrase"]
    assert asked[0] == "" and "passphrase is not right" in asked[1]
    assert win.context.store.encrypted


def test_a_recent_file_opens_through_the_passphrase_too(win, encrypted_post, credentials):
    win.welcome.recent_requested.emit(str(encrypted_post))
    assert credentials["asked"][0][0] == "passphrase"
    assert win.context.store is not None and win.context.store.user_name == "admin"


def test_cancelling_the_passphrase_keeps_the_welcome_page(win, encrypted_post, credentials):
    credentials["passphrases"] = []
    assert not win.open_path(str(encrypted_post))
    assert win.context.store is None and win.pages.currentWidget() is win.welcome


def test_a_trainee_never_opens_a_real_post_from_the_window(win, encrypted_post, credentials, dialogs):
    credentials["user"] = "tomas"
    assert not win.open_path(str(encrypted_post))
    assert win.context.store is None
    assert dialogs and "trainee may open only training and demo posts" in dialogs[-1][1]


def test_a_warden_list_viewer_sees_no_vulnerability_column_and_cannot_edit(win, encrypted_post, credentials):
    credentials["user"] = "vera"
    assert win.open_path(str(encrypted_post))
    view = win.show_view("nationals")
    assert view.model.rowCount() > 0
    assert view.table.isColumnHidden(VULNERABILITIES)
    assert not view.table.isColumnHidden(0)
    assert view.vulnerability.isHidden()
    assert all(b.isHidden() for b in (view.add_button, view.edit_button, view.delete_button))
    view.table.selectRow(0)
    assert "Vulnerabilities" not in view.card.label.text()
    for key in ("add", "edit", "delete", "details", "micic_planner.gui.import_wizard.run_import_wizard"):
        assert not win.menu_actions[key].isEnabled(), key
    for key in ("manage_users", "show_audit_log", "backup_now", "restore_backup"):
        assert not win.menu_actions[f"micic_planner.gui.security.actions.{key}"].isVisible(), key
    places = win.show_view("places")
    assert places.panel.add_button.isHidden()
    plan = win.show_view("plan")
    assert not plan.restricted.isEnabled()


def test_an_officer_sees_the_vulnerability_column_and_may_edit(win, encrypted_post, credentials):
    credentials["user"] = "olga"
    assert win.open_path(str(encrypted_post))
    view = win.show_view("nationals")
    assert not view.table.isColumnHidden(VULNERABILITIES)
    assert not view.add_button.isHidden() and win.menu_actions["add"].isEnabled()
    assert not win.menu_actions["micic_planner.gui.security.actions.manage_users"].isVisible()


def test_the_wizard_creates_an_encrypted_post_with_its_administrator_signed_in(win, tmp_path, monkeypatch,
                                                                                 credentials):
    target = tmp_path / "nuevo.micic"
    monkeypatch.setattr(NewPostDialog, "ask_new", classmethod(
        lambda cls, parent: (target, Post("Consulado en Tecún Umán", "GT", "Tecún Umán"))))
    monkeypatch.setattr(FirstAdminDialog, "ask", classmethod(
        lambda cls, parent, name: ("cónsul", "clave-segura-1", "Lucía Pérez")))
    win.new_post()
    store = win.context.store
    assert store is not None and store.encrypted and store.user_name == "cónsul"
    assert store.session.role is Role.ADMINISTRATOR
    assert credentials["asked"] == [("passphrase", "")]
    assert target.read_bytes()[:16] != b"SQLite format 3\x00"
    assert not win.banner.isVisible()
    win.close_post()
    with pytest.raises(Exception, match="sign in"):
        PostStore.open(target, passphrase=PASS)
    with PostStore.open(target, passphrase=PASS, user="cónsul", password="clave-segura-1") as again:
        assert again.post().name == "Consulado en Tecún Umán"


def test_cancelling_the_administrator_creates_no_file(win, tmp_path, monkeypatch, credentials):
    target = tmp_path / "nada.micic"
    monkeypatch.setattr(NewPostDialog, "ask_new", classmethod(lambda cls, parent: (target, Post("X", "GT", "Y"))))
    monkeypatch.setattr(FirstAdminDialog, "ask", classmethod(lambda cls, parent, name: None))
    win.new_post()
    assert win.context.store is None and not target.exists()


def test_a_training_post_from_the_wizard_is_plain_and_marked_in_the_window(win, tmp_path, monkeypatch, credentials):
    target = tmp_path / "taller.micic"
    monkeypatch.setattr(NewPostDialog, "ask_new", classmethod(
        lambda cls, parent: (target, Post("Taller MICIC", "GT", "Antigua", is_training=True))))
    win.new_post()
    assert credentials["asked"] == []
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    assert win.banner.isVisible() and "DEMO / TRAINING" in win.banner.text()
    assert "DEMO / TRAINING" in win.windowTitle()


def test_the_wizard_dialog_returns_a_training_post_only_when_the_box_is_ticked(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    ticks = iter([True, False])

    def exec_(self):
        self.training.setChecked(next(ticks))
        return 1

    monkeypatch.setattr(NewPostDialog, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert NewPostDialog.ask_new(parent)[1].is_training
    assert not NewPostDialog.ask_new(parent)[1].is_training


def test_the_demo_opens_unencrypted_with_a_demo_banner(win, monkeypatch, credentials):
    from micic_planner.gui import demo

    monkeypatch.setattr(demo, "DEMO_NATIONALS", 30)
    win.open_demo()
    assert win.context.store is not None and not win.context.store.encrypted
    assert credentials["asked"] == []
    assert win.banner.isVisible() and "DEMO / TRAINING" in win.banner.text()
    assert "DEMO / TRAINING" in win.windowTitle()


def test_a_restricted_plan_from_the_window_is_watermarked_and_logged(win, encrypted_post, credentials, qtbot,
                                                                      tmp_path, dialogs):
    credentials["user"] = "olga"
    assert win.open_path(str(encrypted_post))
    view = win.show_view("plan")
    target = tmp_path / "restringido.pdf"
    view.output.setText(str(target))
    view.restricted.setChecked(True)
    view.generate()
    qtbot.waitUntil(lambda: view.result is not None or bool(dialogs), timeout=120_000)
    assert dialogs == []
    pages = PdfReader(str(target)).pages
    assert all("olga ·" in " ".join(p.extract_text().split()) for p in pages)
    store = win.context.store
    entry = store.audit.entries(action="print_restricted")[0]
    assert entry["user"] == "olga" and json.loads(entry["detail"])["nationals"] == store.nationals.count()
