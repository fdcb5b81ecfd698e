"""The guide: a window with the contents, a search box and the page; F1 opens the page of the view or dialog in use."""

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core import i18n
from micic_planner.core.help_pages import contents, help_folder, search, view_page

FILE_ROLE = Qt.ItemDataRole.UserRole
# The part of the guide for a dialog, by its class (or a base class); other dialogs get their view's page.
DIALOG_TOPICS = {
    "NewPostDialog": "first-steps.html#new-post",
    "PassphraseDialog": "first-steps.html#protection",
    "FirstAdminDialog": "first-steps.html#protection",
    "ImportWizard": "view-nationals.html#import",
    "ExportDialog": "view-nationals.html#export",
    "OpenCrisisDialog": "crisis-workflow.html#declare",
    "BulkStatusDialog": "crisis-workflow.html#status",
    "MovementDialog": "crisis-workflow.html#manifests",
    "DocumentDialog": "crisis-workflow.html#assistance",
    "AssistanceDialog": "crisis-workflow.html#assistance",
    "RouteForm": "view-routes.html",
    "NationalForm": "view-nationals.html#add",
}


class HelpWindow(QWidget):
    """One page at a time from resources/help/<language>/, links between pages followed inside, no network."""

    def __init__(self, parent=None, lang: str | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.lang = lang or i18n.language()
        self.folder = help_folder(self.lang)
        self.setWindowTitle(self.tr("MICIC Planner guide"))
        self.search_box = QLineEdit()
        self.search_box.setObjectName("help_search")
        self.search_box.setPlaceholderText(self.tr("Search the guide…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search_changed)
        self.pages = QListWidget()
        self.pages.setObjectName("help_contents")
        self.pages.currentItemChanged.connect(self._on_page_chosen)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_page")
        self.browser.setOpenExternalLinks(False)  # the guide never reaches for the network
        self.browser.sourceChanged.connect(self._on_source_changed)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_box)
        column.addWidget(self.pages, 1)
        right = QWidget()
        page_column = QVBoxLayout(right)
        page_column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        page_column.addLayout(row)
        page_column.addWidget(self.browser, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 700])
        QVBoxLayout(self).addWidget(split)
        self._fill(contents(self.lang))
        self.resize(1000, 640)

    def _fill(self, pages: list[tuple[str, str]]) -> None:
        self.pages.blockSignals(True)
        self.pages.clear()
        for file, title in pages:
            # The views' pages are indented under the contents, as the index groups them.
            item = QListWidgetItem(("    " if file.startswith("view-") else "") + title)
            item.setData(FILE_ROLE, file)
            self.pages.addItem(item)
        self.pages.blockSignals(False)

    def open_topic(self, topic: str) -> None:
        """Show `topic`: a page name with an optional anchor ("view-zones.html#wardens")."""
        file, _hash, anchor = topic.partition("#")
        url = QUrl.fromLocalFile(str(self.folder / file))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)

    def current_topic(self) -> str:
        """The page shown, with its anchor when there is one, as `open_topic` takes it."""
        source = self.browser.source()
        name = source.fileName()
        return f"{name}#{source.fragment()}" if source.hasFragment() else name

    def _on_source_changed(self, url: QUrl) -> None:
        for row in range(self.pages.count()):
            if self.pages.item(row).data(FILE_ROLE) == url.fileName():
                self.pages.blockSignals(True)
                self.pages.setCurrentRow(row)
                self.pages.blockSignals(False)

    def _on_page_chosen(self, item, _previous) -> None:
        if item is None:
            return
        self.open_topic(item.data(FILE_ROLE))
        words = self.search_box.text().split()
        if words:
            self.browser.find(words[0])  # the first place the searched word appears

    def _on_search_changed(self, text: str) -> None:
        self._fill(search(self.lang, text))


def topic_for(window) -> str:
    """The part of the guide for what the user is doing: the open dialog's, else the current view's."""
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        for cls in type(dialog).__mro__:
            if cls.__name__ in DIALOG_TOPICS:
                return DIALOG_TOPICS[cls.__name__]
    view = window.current_view() if hasattr(window, "current_view") else None
    for key, widget in getattr(window, "views", {}).items():
        if widget is view:
            return view_page(key)
    return "first-steps.html" if view is None else "index.html"


def show_guide(window) -> HelpWindow:
    """Open (or bring forward) the guide at the part for what is in use (Help ▸ Guide, F1)."""
    topic = topic_for(window)
    # Over a modal dialog the guide must be its child, or the dialog would block it.
    owner = QApplication.activeModalWidget() or window
    guide = getattr(window, "help_window", None)
    # A guide opened over a dialog goes when the dialog is deleted: then a new one is made.
    if guide is None or not shiboken6.isValid(guide) or guide.parent() is not owner:
        guide = HelpWindow(owner)
        window.help_window = guide
    guide.open_topic(topic)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


class HelpKey(QObject):
    """F1 inside a modal dialog, where the main window's shortcut cannot reach, opens the dialog's part."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F1
                and QApplication.activeModalWidget() is not None):
            show_guide(self.window)
            return True
        return False


def install_help_key(window) -> None:
    QApplication.instance().installEventFilter(HelpKey(window))
