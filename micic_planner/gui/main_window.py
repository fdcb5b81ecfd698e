"""The main window: a sidebar of views built from the registry, menus, the open post and what it remembers."""

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.errors import MicicError
from micic_planner.gui import settings
from micic_planner.gui.context import AppContext
from micic_planner.gui.errors import ErrorDialog, explained, show_error
from micic_planner.gui.help_window import install_help_key
from micic_planner.gui.menus import build_menus
from micic_planner.gui.view_registry import VIEWS, ViewEntry
from micic_planner.gui.welcome import WelcomePage

log = logging.getLogger("micic_planner")
KEY_ROLE = Qt.ItemDataRole.UserRole
ICON_COLOUR = "#2f4f6f"
SIDEBAR_ALLOWANCE = 48


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext | None = None, language: str = "en"):
        super().__init__()
        self.context = context or AppContext(parent=self)
        self.language = language
        self.views: dict[str, QWidget] = {}
        self.entries: dict[str, ViewEntry] = {e.key: e for e in VIEWS}
        self.setWindowTitle(self.tr("MICIC Planner"))
        self.setMinimumSize(QSize(900, 600))
        self.welcome = WelcomePage()
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.new_requested.connect(self.new_post)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_path)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.stack = QStackedWidget()
        for number, entry in enumerate(VIEWS, start=1):
            item = QListWidgetItem(self._icon(entry.icon), self.view_title(entry))
            item.setData(KEY_ROLE, entry.key)
            tip = QCoreApplication.translate("View", entry.tip) if entry.tip else self.view_title(entry)
            item.setToolTip(f"{tip} (Ctrl+{number})" if number <= 9 else tip)
            self.sidebar.addItem(item)
        self.sidebar.currentItemChanged.connect(self._on_sidebar_changed)
        split = QSplitter()
        split.addWidget(self.sidebar)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)  # dragging the divider never hides the views' names
        split.setCollapsible(1, False)
        self.workspace = split
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.workspace)
        # Says, on every view, that a demo or training file is not encrypted (and must not hold real people).
        self.banner = QLabel()
        self.banner.setObjectName("protection_banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("QLabel#protection_banner { background: #b8860b; color: white; "
                                  "font-weight: 600; padding: 6px; }")
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.status_post = QLabel()
        self.status_user = QLabel()
        self.status_count = QLabel()
        self.statusBar().addWidget(self.status_post, 1)
        self.statusBar().addPermanentWidget(self.status_user)
        self.statusBar().addPermanentWidget(self.status_count)
        self.menu_actions: dict[str, QAction] = {}
        build_menus(self)
        install_help_key(self)  # F1 in a dialog, where the menu's shortcut does not reach
        # Connected before any view exists, so it runs first: the views of the old post stop listening
        # before the others hear that the post changed.
        self.context.store_replaced.connect(self._drop_views)
        self.context.changed.connect(self._on_changes)
        self.context.record_requested.connect(self.show_record)
        self.context.undo_stack.indexChanged.connect(self._update_title)
        self.context.undo_stack.cleanChanged.connect(self._update_title)
        self._restore_geometry()
        self._show_workspace(self.context.store is not None)

    # -- views ---------------------------------------------------------------------
    def view_title(self, entry: ViewEntry) -> str:
        return QCoreApplication.translate("View", entry.title) if entry.title else entry.key

    def _icon(self, name: str):
        """One icon font for every view (Material Design Icons through qtawesome); QStyle names still work."""
        if name and not name.startswith("SP_"):
            import qtawesome

            return qtawesome.icon(name, color=ICON_COLOUR, color_active=ICON_COLOUR, color_selected="white")
        pixmap = getattr(QStyle.StandardPixmap, name or "SP_FileIcon", QStyle.StandardPixmap.SP_FileIcon)
        return self.style().standardIcon(pixmap)

    def fit_sidebar(self) -> None:
        """Wide enough for the longest view name in the current font and language, never narrower."""
        self.sidebar.ensurePolished()
        metrics = self.sidebar.fontMetrics()
        text = max(metrics.horizontalAdvance(self.sidebar.item(r).text()) for r in range(self.sidebar.count()))
        # icon, the item's padding (app.STYLE), the gap between icon and text, the frame and a scroll bar
        width = text + self.sidebar.iconSize().width() + SIDEBAR_ALLOWANCE + 2 * self.sidebar.frameWidth()
        self.sidebar.setMinimumWidth(width)
        self.sidebar.setMaximumWidth(width + 80)

    def showEvent(self, event) -> None:
        self.fit_sidebar()
        super().showEvent(event)

    def view(self, key: str) -> QWidget | None:
        """The view for `key`, built the first time it is needed (its module is imported then)."""
        if key in self.views:
            return self.views[key]
        entry = self.entries[key]
        try:
            cls = getattr(importlib.import_module(entry.module), entry.cls)
            widget = cls(self.context, self.stack)
        except MicicError as exc:
            show_error(self, exc)
            return None
        except Exception:
            log.exception("The view %s could not be built", key)
            ErrorDialog.ask(self, self.tr("View unavailable"), self.tr(
                "The view “{name}” could not be opened. The error was written to the log; the rest of the "
                "program works.").format(name=self.view_title(entry)))
            return None
        self.views[key] = widget
        self.stack.addWidget(widget)
        return widget

    def show_view(self, key: str) -> QWidget | None:
        if self.context.store is None or key not in self.entries:
            return None
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(KEY_ROLE) == key:
                if self.sidebar.currentRow() != row:
                    self.sidebar.setCurrentRow(row)
                    return self.views.get(key)
        widget = self.view(key)
        if widget is not None:
            self.stack.setCurrentWidget(widget)
        return widget

    def _drop_views(self) -> None:
        """Views belong to the post they were built on: when it closes or is replaced, they stop
        listening and go, and the next post builds its own. No view ever refreshes against a closed file."""
        for widget in self.views.values():
            worker = getattr(widget, "worker", None)
            if worker is not None and worker.isRunning():
                worker.cancel()
                worker.wait(5000)
            for obj in (widget, *widget.findChildren(QObject)):
                self.context.disconnect(obj)
                self.context.undo_stack.disconnect(obj)
            self.stack.removeWidget(widget)
            widget.hide()
            widget.deleteLater()  # later: a view may be the one that asked for another post (an exercise)
        self.views.clear()

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget() if self.pages.currentWidget() is self.workspace else None

    def _on_sidebar_changed(self, item, _previous) -> None:
        if item is None or self.context.store is None:
            return
        widget = self.view(item.data(KEY_ROLE))
        if widget is not None:
            self.stack.setCurrentWidget(widget)
            settings.settings().setValue("last_view", item.data(KEY_ROLE))

    def show_record(self, table: str, record_id: int) -> None:
        for entry in VIEWS:
            if table in entry.tables:
                widget = self.show_view(entry.key)
                if widget is not None and record_id is not None and record_id >= 0 and hasattr(widget, "show_record"):
                    with explained(self):
                        widget.show_record(table, record_id)
                return

    def act_on_view(self, method: str) -> None:
        """Edit-menu verbs go to the current view when it offers them."""
        widget = self.current_view()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    # -- the post file -------------------------------------------------------------
    def open_dialog(self) -> None:
        start = str(Path(settings.recent_files()[0]).parent) if settings.recent_files() else str(settings.data_dir())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a post file"), start,
                                                    self.tr("MICIC post files (*.micic *.db);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a post file: passphrase and sign-in asked as needed, then automatic backups start."""
        from micic_planner.gui.security.open_post import open_post_interactively

        if not Path(path).exists():
            settings.remove_recent_file(path)
            self.welcome.refresh()
        store = open_post_interactively(self, path)
        if store is None:
            return False
        self.set_store(store)
        settings.add_recent_file(path)
        self.welcome.refresh()
        return True

    def set_store(self, store) -> None:
        old = self.context.store
        self.context.set_store(store)
        if old is not None and old is not store:
            old.close()
        self._watch_protection()
        self._show_workspace(True)
        self._update_title()
        hidden = self._show_hub_views(store)
        last = settings.settings().value("last_view", "overview")
        self.show_view(last if last in self.entries and last not in hidden else VIEWS[0].key)

    def _show_hub_views(self, store) -> set[str]:
        """Headquarters' views appear only in headquarters' hub; return the keys hidden."""
        from micic_planner.storage.sync.sync_store import SyncStore

        hub = SyncStore(store).status()["role"] == "hq"
        hidden = {e.key for e in VIEWS if e.headquarters and not hub}
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item.setHidden(item.data(KEY_ROLE) in hidden)
        return hidden

    def new_post(self) -> None:
        from micic_planner.gui.post_wizard import NewPostDialog, ask_protection
        from micic_planner.storage.new_post import create_post

        answer = NewPostDialog.ask_new(self)
        if answer is None:
            return
        path, post = answer
        protection = ask_protection(self, path, post)
        if protection is None:
            return
        with explained(self, self.tr("Could not create the post")) as failed:
            store = create_post(path, post, *protection)
        if not failed:
            self.set_store(store)
            settings.add_recent_file(str(path))
            # A new post starts where its next steps are listed, whatever view the last post was left on.
            self.show_view("overview")

    def open_demo(self) -> None:
        from micic_planner.gui.demo import ensure_demo

        path = None
        with explained(self, self.tr("Could not build the demo post")):
            path = ensure_demo(self)
        if path is not None:
            self.open_path(str(path))

    def close_post(self) -> None:
        if self.context.store is None:
            return
        store = self.context.store
        self.context.set_store(None)
        store.close()
        self._show_workspace(False)
        self._update_title()

    def _show_workspace(self, shown: bool) -> None:
        self.pages.setCurrentWidget(self.workspace if shown else self.welcome)
        for key in self.post_actions:  # nothing acts on a post that is not open; the role narrows them next
            if key in self.menu_actions:
                self.menu_actions[key].setEnabled(shown)
        from micic_planner.gui.security.roles import apply_role

        apply_role(self)

    def _watch_protection(self) -> None:
        """Automatic backups and role-based menus follow whichever post this window holds."""
        from micic_planner.gui.security.open_post import _watch

        _watch(self, self.context.store)

    def protection_banner(self, store) -> str:
        """The warning shown above every view for a file that is read-only or not encrypted; '' otherwise."""
        if store is not None and store.read_only:
            return self.tr("READ-ONLY — this post file cannot be written here: you can read, print, export and "
                           "check it, not change it")
        if store is None or store.encrypted or store.path is None:
            return ""
        if store.is_training:
            return self.tr("DEMO / TRAINING — not encrypted: fictional people only, never real data")
        return self.tr("NOT ENCRYPTED — this file holds a real post: Tools ▸ Encrypt this post… before "
                       "entering real data")

    # -- keeping the frame in step ---------------------------------------------------
    def _on_changes(self, changes) -> None:
        if changes.touches("nationals", "post"):
            self._update_title()

    def _update_title(self, *_args) -> None:
        store = self.context.store
        from micic_planner.gui.security.roles import role_text

        banner = self.protection_banner(store)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.status_user.setText(role_text(store))
        if store is None:
            self.setWindowTitle(self.tr("MICIC Planner"))
            self.status_post.setText(self.tr("No post open"))
            self.status_count.clear()
            return
        post = store.post()
        name = post.name if post else Path(store.path or "").name
        if banner:
            suffix = self.tr("DEMO / TRAINING, not encrypted") if store.is_training else self.tr("NOT ENCRYPTED")
            name = f"{name} [{suffix}]"
        self.setWindowTitle(self.tr("{post} — MICIC Planner").format(post=name))
        self.status_post.setText(str(store.path or ""))
        self.status_count.setText(self.tr("%Ln national(s) registered", "", store.nationals.count()))

    def _restore_geometry(self) -> None:
        geometry = settings.settings().value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # 1280×800 at most, and never larger than the screen (a laptop's 1366×768 leaves ~730 px).
            from micic_planner.gui.fitted_dialog import available_size

            room = available_size(self)
            self.resize(min(1280, room.width()), min(800, room.height()))

    def closeEvent(self, event) -> None:
        settings.settings().setValue("geometry", self.saveGeometry())
        for widget in self.views.values():
            worker = getattr(widget, "worker", None)
            if worker is not None and worker.isRunning():
                worker.cancel()
                worker.wait(5000)
        if self.context.store is not None:
            store = self.context.store
            # Replacing the store first lets the automatic backup take its closing copy.
            self.context.set_store(None)
            store.close()
        super().closeEvent(event)

