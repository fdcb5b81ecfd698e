"""The window offers each role only what it may do: a viewer's crisis, movement and document buttons are off."""

import pytest
from argon2 import PasswordHasher

from micic_planner.core.security import Role
from micic_planner.gui.main_window import MainWindow
from micic_planner.storage import users
from tests.security.role_posts import build_role_post, copy_post, sign_in

WRITING_MENUS = ("micic_planner.gui.crisis.menu_actions.open_crisis",
                 "micic_planner.gui.crisis.menu_actions.update_statuses",
                 "micic_planner.gui.assign_action.assign_assembly_points",
                 "micic_planner.gui.import_wizard.run_import_wizard",
                 "micic_planner.gui.geo_import_dialog.run_geo_import",
                 "micic_planner.gui.export_dialog.run_export_dialog",
                 "micic_planner.gui.security.actions.backup_now")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1), raising=False)
        return build_role_post(tmp_path_factory.mktemp("role-window") / "post.micic")


@pytest.fixture
def open_window(qtbot, template, tmp_path, dialogs):
    """The main window on a copy of the post in crisis, signed in with `role`."""
    opened = []

    def open_as(role: Role) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        opened.append(window)
        window.set_store(sign_in(copy_post(template, tmp_path), role))
        window.show()
        return window

    yield open_as
    for window in opened:
        for view in window.views.values():
            worker = getattr(view, "worker", None)
            if worker is not None:
                worker.wait(30_000)
        window.context.store = None


def _crisis_buttons(view) -> dict:
    movements = view.movements.buttons
    return {"close": view.close_button, "statuses": view.board.update_button,
            "level": view.checklist.apply_level, "new movement": movements["new"], "fill": movements["fill"],
            "board": movements["board"], "manifest": movements["print"], "document": view.aid.issue_button,
            "assistance": view.aid.give_button}


def test_a_warden_list_viewer_has_the_crisis_movement_and_document_buttons_disabled(open_window, dialogs):
    window = open_window(Role.VIEWER)
    view = window.show_view("crisis")
    assert view.crisis is not None  # a crisis is open: only the role keeps the buttons off
    assert view.movements.list.count() == 1
    enabled = [name for name, button in _crisis_buttons(view).items() if button.isEnabled()]
    assert enabled == []
    assert view.board.calllist_button.isEnabled()  # calling wardens is the viewer's work
    assert [key for key in WRITING_MENUS if window.menu_actions[key].isEnabled()] == []
    assert dialogs == []


def test_a_consular_officer_has_the_same_buttons_enabled(open_window):
    window = open_window(Role.OFFICER)
    view = window.show_view("crisis")
    disabled = [name for name, button in _crisis_buttons(view).items() if not button.isEnabled()]
    assert disabled == []
    assert all(window.menu_actions[key].isEnabled() for key in WRITING_MENUS)
