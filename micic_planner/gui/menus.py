"""The main window's menus: its own verbs, one entry per view, and the actions other parts register."""

import importlib
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from micic_planner.gui import settings
from micic_planner.gui.view_registry import MENU_ACTIONS, VIEWS

log = logging.getLogger("micic_planner")
MENUS = ("file", "edit", "post", "crisis", "sync", "tools", "help")
# The window's own actions that work on the open post; contributed ones say so in their MenuEntry.
POST_ACTIONS = ("add", "edit", "delete", "find", "close", "plan", "details")



def build_menus(window) -> None:
    titles = {"file": Q.translate("Menu", "&File"), "edit": Q.translate("Menu", "&Edit"),
              "post": Q.translate("Menu", "&Post"), "crisis": Q.translate("Menu", "&Crisis"),
              "sync": Q.translate("Menu", "S&ync"),
              "tools": Q.translate("Menu", "&Tools"), "help": Q.translate("Menu", "&Help")}
    menus = {key: window.menuBar().addMenu(titles[key]) for key in MENUS}
    window.menus = menus
    actions = window.menu_actions

    def add(menu, key, text, slot, shortcut=None):
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menus[menu].addAction(action)
        if key:
            actions[key] = action
        return action

    add("file", "new", Q.translate("Menu", "&New post…"), window.new_post, "Ctrl+Shift+N")
    add("file", "open", Q.translate("Menu", "&Open post file…"), window.open_dialog, QKeySequence.StandardKey.Open)
    recent = menus["file"].addMenu(Q.translate("Menu", "Open &recent"))
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    add("file", "demo", Q.translate("Menu", "Open the &demo post"), window.open_demo)
    add("file", "close", Q.translate("Menu", "&Close post"), window.close_post, QKeySequence.StandardKey.Close)

    stack = window.context.undo_stack
    undo = stack.createUndoAction(window, Q.translate("Menu", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, Q.translate("Menu", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    menus["edit"].addAction(undo)
    menus["edit"].addAction(redo)
    actions["undo"], actions["redo"] = undo, redo
    menus["edit"].addSeparator()
    add("edit", "add", Q.translate("Menu", "&Add"), lambda: window.act_on_view("add_record"), "Ctrl+N")
    add("edit", "edit", Q.translate("Menu", "&Edit selected"), lambda: window.act_on_view("edit_selected"), "F2")
    add("edit", "delete", Q.translate("Menu", "&Delete selected"), lambda: window.act_on_view("delete_selected"),
        QKeySequence(Qt.Key.Key_Delete))
    add("edit", "find", Q.translate("Menu", "&Find"), lambda: window.act_on_view("focus_search"),
        QKeySequence.StandardKey.Find)

    add("post", "details", Q.translate("Menu", "Post &details…"), lambda: _post_details(window))
    menus["post"].addSeparator()
    for number, entry in enumerate(VIEWS, start=1):
        add("post", f"view:{entry.key}", window.view_title(entry),
            lambda key=entry.key: window.show_view(key), f"Ctrl+{number}" if number <= 9 else None)
    menus["post"].addSeparator()
    add("post", "plan", Q.translate("Menu", "Print the &plan…"), lambda: window.show_view("plan"), "Ctrl+P")

    add("tools", "settings", Q.translate("Menu", "&Settings…"), lambda: _settings(window))
    # F1 belongs to Help ▸ Guide (gui/help_window.py), which opens the page of the view in use.
    add("help", "shortcuts", Q.translate("Menu", "&Keyboard shortcuts"), lambda: _shortcuts(window))
    window.post_actions = [*POST_ACTIONS, *(f"view:{entry.key}" for entry in VIEWS),
                           *(f"{e.module}.{e.function}" for e in MENU_ACTIONS if e.needs_post)]
    for entry in MENU_ACTIONS:
        add(entry.menu if entry.menu in menus else "tools", f"{entry.module}.{entry.function}",
            QCoreApplication.translate("Menu", entry.text),
            lambda e=entry: _run_contributed(window, e), entry.shortcut or None)
    menus["file"].addSeparator()
    add("file", "quit", Q.translate("Menu", "&Quit"), window.close, QKeySequence.StandardKey.Quit)
    for menu in menus.values():
        menu.menuAction().setVisible(not menu.isEmpty())


def _run_contributed(window, entry) -> None:
    """Load the contributing module only when its action is first used."""
    from micic_planner.gui.errors import explained

    with explained(window):
        getattr(importlib.import_module(entry.module), entry.function)(window)


def _fill_recent(window, menu) -> None:
    menu.clear()
    files = settings.recent_files()
    for path in files:
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    if not files:
        menu.addAction(Q.translate("Menu", "(no recent files)")).setEnabled(False)


def _post_details(window) -> None:
    if window.context.store is None:
        return
    view = window.show_view("overview")
    if view is not None:
        view.edit_post()


def _settings(window) -> None:
    from micic_planner.gui.settings_dialog import SettingsDialog

    if SettingsDialog.run(window, window.language):
        QMessageBox.information(window, Q.translate("Menu", "Settings"),
                                Q.translate("Menu", "The language will change the next time you start MICIC Planner."))


def _shortcuts(window) -> None:
    lines = [Q.translate("Menu", "Ctrl+N: add a record in the current view"),
             Q.translate("Menu", "Enter or F2: edit the selected record"),
             Q.translate("Menu", "Del: delete the selected records (asks first)"),
             Q.translate("Menu", "Ctrl+F: search in the current view"),
             Q.translate("Menu", "Ctrl+Z / Ctrl+Shift+Z: undo / redo"),
             Q.translate("Menu", "Ctrl+1 … Ctrl+9: go to a view"),
             Q.translate("Menu", "Ctrl+P: print the plan"),
             Q.translate("Menu", "Ctrl+O: open a post file"),
             Q.translate("Menu", "F1: the guide, at the page of the current view or dialog")]
    QMessageBox.information(window, Q.translate("Menu", "Keyboard shortcuts"), "\n".join(lines))
