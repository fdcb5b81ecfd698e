"""The guide in the window: Help ▸ Guide and F1 open the page of the view in use, or of the open dialog."""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from micic_planner.gui.help_window import HelpWindow, show_guide
from micic_planner.gui.view_registry import VIEWS

GUIDE = "micic_planner.gui.help_window.show_guide"


def test_f1_is_the_shortcut_of_help_guide_and_of_nothing_else(window):
    assert window.menu_actions[GUIDE].shortcut().toString() == "F1"
    others = [key for key, action in window.menu_actions.items()
              if key != GUIDE and action.shortcut().toString() == "F1"]
    assert others == []
    assert window.menu_actions[GUIDE].isEnabled()


@pytest.mark.parametrize("key", [entry.key for entry in VIEWS])
def test_f1_on_each_view_opens_its_own_page(window, key):
    assert window.show_view(key) is not None
    window.menu_actions[GUIDE].trigger()
    guide = window.help_window
    assert guide.current_topic() == f"view-{key}.html"
    assert guide.browser.toPlainText().strip()
    assert guide.pages.currentItem().data(Qt.ItemDataRole.UserRole) == f"view-{key}.html"


def test_without_a_post_the_guide_opens_on_the_first_steps(qtbot, dialogs):
    from micic_planner.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.menu_actions[GUIDE].trigger()
    assert win.help_window.current_topic() == "first-steps.html"


def test_f1_in_the_new_post_dialog_opens_the_part_on_creating_a_post(qtbot, window):
    from micic_planner.gui.post_wizard import NewPostDialog

    dialog = NewPostDialog(window)
    qtbot.addWidget(dialog)
    dialog.open()  # modal, without blocking the test
    qtbot.waitUntil(lambda: dialog.isVisible())
    QTest.keyClick(dialog, Qt.Key.Key_F1)
    guide = window.help_window
    assert guide.current_topic() == "first-steps.html#new-post"
    assert guide.parent() is dialog  # a child of the modal dialog, so the dialog does not block it
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(guide))
    window.menu_actions[GUIDE].trigger()  # the guide went with the dialog: a new one opens over the window
    assert window.help_window.parent() is window and window.help_window.isVisible()


def test_links_between_pages_open_inside_the_guide(qtbot):
    guide = HelpWindow(lang="es")
    qtbot.addWidget(guide)
    guide.open_topic("index.html")
    assert "Guía de MICIC Planner" in guide.browser.toPlainText()
    guide.browser.setSource(guide.browser.source().resolved("glossary.html#warden"))
    assert guide.current_topic() == "glossary.html#warden"
    assert "Glosario" in guide.browser.toPlainText()
    assert guide.pages.currentItem().text() == "Glosario"
    guide.browser.backward()
    assert guide.current_topic() == "index.html"


def test_the_search_box_narrows_the_contents_to_the_pages_that_match(qtbot):
    guide = HelpWindow(lang="es")
    qtbot.addWidget(guide)
    total = guide.pages.count()
    guide.search_box.setText("manifiesto")
    shown = [guide.pages.item(row).data(Qt.ItemDataRole.UserRole) for row in range(guide.pages.count())]
    assert 0 < len(shown) < total and "crisis-workflow.html" in shown
    guide.pages.setCurrentRow(shown.index("crisis-workflow.html"))
    assert guide.current_topic() == "crisis-workflow.html"
    assert guide.browser.textCursor().selectedText().lower() == "manifiesto"


def test_the_guide_follows_the_language_of_the_window(qtbot, window):
    from micic_planner.core import i18n

    i18n.set_language("es")
    try:
        guide = show_guide(window)
        assert guide.lang == "es" and "Contenido" in [guide.pages.item(r).text() for r in range(guide.pages.count())]
    finally:
        i18n.set_language("en")
