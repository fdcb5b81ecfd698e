"""With no post open, the menus offer only what needs no post: opening, creating, settings, help."""

from micic_planner.gui.view_registry import MENU_ACTIONS

NEEDS_NO_POST = {"new", "open", "demo", "quit", "settings", "shortcuts", "undo", "redo"}


def _enabled(window) -> set[str]:
    return {key for key, action in window.menu_actions.items() if action.isEnabled()}


def test_no_menu_action_that_works_on_a_post_is_enabled_before_a_post_is_open(qtbot, dialogs):
    from micic_planner.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    free = NEEDS_NO_POST | {f"{e.module}.{e.function}" for e in MENU_ACTIONS if not e.needs_post}
    assert _enabled(win) - free <= {"undo", "redo"}
    for key in ("micic_planner.gui.import_wizard.run_import_wizard",
                "micic_planner.gui.export_dialog.run_export_dialog",
                "micic_planner.gui.crisis.menu_actions.update_statuses", "view:routes", "details"):
        assert not win.menu_actions[key].isEnabled(), key
    assert win.menu_actions["micic_planner.gui.about.show_about"].isEnabled()


def test_the_post_menus_come_back_when_a_post_opens_and_go_when_it_closes(window):
    assert window.menu_actions["micic_planner.gui.import_wizard.run_import_wizard"].isEnabled()
    assert window.menu_actions["view:routes"].isEnabled()
    window.close_post()
    assert not window.menu_actions["micic_planner.gui.import_wizard.run_import_wizard"].isEnabled()
    assert not window.menu_actions["view:routes"].isEnabled()


def test_an_import_template_from_the_window_follows_the_file_name_not_the_filter(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from micic_planner.gui.export_dialog import run_template_dialog

    target = tmp_path / "plantilla.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)")))
    run_template_dialog(None)
    assert target.read_bytes().startswith(b"PK")
