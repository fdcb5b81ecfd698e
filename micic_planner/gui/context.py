"""What every view shares: the open post, the undo stack, and the signals that keep views in step."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from micic_planner.core.changes import Changes


class AppContext(QObject):
    """One per window. Views read `store`, push edits on `undo_stack`, and listen to `changed`."""

    changed = Signal(object)  # core.changes.Changes, after any write
    record_requested = Signal(str, int)  # table, record id: "show me this record"
    store_replaced = Signal()  # another post file was opened (or the same one re-opened)

    def __init__(self, store=None, parent=None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def set_store(self, store) -> None:
        self.store = store
        self.undo_stack.clear()
        self.store_replaced.emit()

    def apply(self, changes: Changes) -> None:
        """Announce a write so each view refreshes what it shows of it, in one place."""
        if changes.tables:
            self.changed.emit(changes)

    def open_record(self, table: str, record_id: int) -> None:
        self.record_requested.emit(table, record_id)

    def host_region(self) -> str | None:
        """The host country's ISO code, used to read phone numbers typed without a country code."""
        post = self.store.post() if self.store is not None else None
        return post.host_country if post and post.host_country else None
