"""The views of the main window and the menu actions that other parts of the program contribute.

Entries name a module and an attribute so that a view's module (and what it imports, such as
reportlab or numpy) loads only when the view is first shown, which keeps start-up fast.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewEntry:
    key: str  # stable name, used by QSettings and by `AppContext.open_record` routing
    module: str
    cls: str  # a QWidget subclass taking (context: AppContext, parent=None)
    tables: tuple[str, ...] = ()  # tables whose records this view can show (for open_record)


@dataclass(frozen=True)
class MenuEntry:
    menu: str  # "file", "edit", "post", "crisis", "tools", "help"
    module: str
    function: str  # function(window: MainWindow) -> None, run when the action is triggered
    text: str  # English source text; translated with QCoreApplication.translate("Menu", text)
    shortcut: str = ""


# One line per view, in sidebar order. Other parts add their own line.
VIEWS: list[ViewEntry] = []

# One line per menu action contributed by a part of the program other than the main window.
MENU_ACTIONS: list[MenuEntry] = []
