"""Automatic backups while a post is open: every N minutes of editing, when the post is closed, and at quit.

Each backup runs on a worker thread with its own connection, so the window never waits for it.
It also shows or hides the protection menu entries for the signed-in role.
"""

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from micic_planner.core.errors import MicicError
from micic_planner.core.security import Action
from micic_planner.storage.backup import read_policy

MODULE = "micic_planner.gui.security.actions"
# Menu entries and the permission each needs; the window hides an entry the role cannot use.
MENU_PERMISSIONS = {
    "change_passphrase": Action.CHANGE_PASSPHRASE,
    "encrypt_post": Action.CHANGE_PASSPHRASE,
    "manage_users": Action.MANAGE_USERS,
    "show_audit_log": Action.VIEW_AUDIT,
    "review_expiry": Action.REVIEW_EXPIRY,
    "backup_now": Action.BACKUP,
    "restore_backup": Action.RESTORE,
}


class _Job(QRunnable):
    def __init__(self, job, done):
        super().__init__()
        self.job = job
        self.done = done

    def run(self):
        try:
            self.done.emit(str(self.job()), "")
        except MicicError as exc:
            self.done.emit("", exc.user_message())


class AutoBackup(QObject):
    finished = Signal(str, str)  # path written, or "" and the error

    def __init__(self, window, context):
        super().__init__(window)
        self.window = window
        self.context = context
        self.job = None
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        context.changed.connect(self._on_context_changed)
        context.store_replaced.connect(self._on_store_replaced)
        self.finished.connect(self._on_finished)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self._on_store_replaced()

    def _on_context_changed(self, _changes) -> None:
        self.dirty = True

    def _on_store_replaced(self) -> None:
        self.flush()
        store = self.context.store
        self.job = None
        self.timer.stop()
        if store is not None and store.path is not None and store.session.can(Action.BACKUP):
            self.job = store.backup_job()
            self.timer.start(read_policy(store.db).every_minutes * 60_000)
        self._update_menus(store)

    def _update_menus(self, store) -> None:
        actions = getattr(self.window, "menu_actions", {})
        for name, action in MENU_PERMISSIONS.items():
            entry = actions.get(f"{MODULE}.{name}")
            if entry is not None:
                entry.setVisible(store is not None and store.session.can(action))

    def _on_timer_timeout(self) -> None:
        if self.dirty and self.job is not None:
            self.dirty = False
            QThreadPool.globalInstance().start(_Job(self.job, self.finished))

    def flush(self) -> None:
        """Back up now, on this thread, if anything changed since the last backup (closing, quitting)."""
        if self.dirty and self.job is not None:
            self.dirty = False
            try:
                self._on_finished(str(self.job()), "")
            except MicicError as exc:
                self._on_finished("", exc.user_message())

    def _on_finished(self, path: str, error: str) -> None:
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if bar is None:
            return
        if error:
            bar.showMessage(self.tr("Automatic backup failed: {error}").format(error=error), 15_000)
        else:
            bar.showMessage(self.tr("Backup saved: {path}").format(path=path), 5_000)
