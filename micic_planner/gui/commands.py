"""Edits as undoable commands: each calls storage, then announces what changed through the context.

A command does its first write in `run()` before it is pushed, so a refused write (a broken
rule, a vanished record) shows a dialog and leaves nothing on the undo stack.
"""

import copy

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QUndoCommand

from micic_planner.core.errors import MicicError
from micic_planner.core.models import ENTITY_TABLES, National
from micic_planner.storage.record_snapshots import restore, snapshot


class RecordCommand(QUndoCommand):
    def __init__(self, context, text: str):
        super().__init__(text)
        self.context = context
        self._first = True

    @property
    def store(self):
        return self.context.store

    def _add(self, obj):
        return self.store.nationals.add(obj) if isinstance(obj, National) else self.store.records.add(obj)

    def _update(self, obj):
        return self.store.nationals.update(obj) if isinstance(obj, National) else self.store.records.update(obj)

    def _delete(self, cls, ids):
        changes = None
        with self.store.db.atomic():
            for record_id in ids:
                step = (self.store.nationals.delete(record_id) if cls is National
                        else self.store.records.delete(cls, record_id))
                changes = step if changes is None else changes | step
        return changes

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_write)

    def run(self) -> "RecordCommand":
        """The first write, before the command is pushed; raises MicicError if storage refuses it."""
        self.do()
        return self

    def _guarded(self, step) -> None:
        try:
            step()
        except MicicError as exc:
            from micic_planner.gui.errors import show_error

            show_error(None, exc)

    def do(self) -> None:
        raise TypeError("subclasses define do()")

    def undo_write(self) -> None:
        raise TypeError("subclasses define undo_write()")


class AddRecord(RecordCommand):
    """Add a record; undo deletes it, redo puts back the same row (same id and uuid)."""

    def __init__(self, context, obj, text: str = ""):
        super().__init__(context, text or Q.translate("Commands", "Add record"))
        self.obj = obj
        self.saved = None

    def do(self) -> None:
        if self.saved is None:
            self.context.apply(self._add(self.obj))
        else:
            self.context.apply(restore(self.store.db, self.saved))

    def undo_write(self) -> None:
        cls = type(self.obj)
        self.saved = snapshot(self.store.db, ENTITY_TABLES[cls], [self.obj.id])
        self.context.apply(self._delete(cls, [self.obj.id]))


class AddRecords(RecordCommand):
    """Add many records of one type in one transaction (a template loaded into the post)."""

    def __init__(self, context, objects: list, text: str = ""):
        super().__init__(context, text or Q.translate("Commands", "Add records"))
        self.objects = list(objects)
        self.saved = None

    def do(self) -> None:
        if self.saved is None:
            self.context.apply(self.store.records.add_many(self.objects))
        else:
            self.context.apply(restore(self.store.db, self.saved))

    def undo_write(self) -> None:
        cls = type(self.objects[0])
        ids = [o.id for o in self.objects]
        self.saved = snapshot(self.store.db, ENTITY_TABLES[cls], ids)
        self.context.apply(self._delete(cls, ids))


class EditRecord(RecordCommand):
    """Save new values of a record; undo restores the previous object."""

    def __init__(self, context, before, after, text: str = ""):
        super().__init__(context, text or Q.translate("Commands", "Edit record"))
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def do(self) -> None:
        self.context.apply(self._update(copy.deepcopy(self.after)))

    def undo_write(self) -> None:
        self.context.apply(self._update(copy.deepcopy(self.before)))


class EditMany(RecordCommand):
    """Save several records in one step (a household edited together)."""

    def __init__(self, context, pairs: list[tuple], text: str = ""):
        super().__init__(context, text or Q.translate("Commands", "Edit records"))
        self.pairs = [(copy.deepcopy(b), copy.deepcopy(a)) for b, a in pairs]

    def _save(self, which: int) -> None:
        changes = None
        with self.store.db.atomic():
            for pair in self.pairs:
                step = self._update(copy.deepcopy(pair[which]))
                changes = step if changes is None else changes | step
        if changes is not None:
            self.context.apply(changes)

    def do(self) -> None:
        self._save(1)

    def undo_write(self) -> None:
        self._save(0)


class DeleteRecords(RecordCommand):
    """Delete records; undo puts them back whole, with the rows their deletion took along."""

    def __init__(self, context, cls, ids: list[int], text: str = ""):
        super().__init__(context, text or Q.translate("Commands", "Delete records"))
        self.cls = cls
        self.ids = list(ids)
        self.saved = None

    def do(self) -> None:
        self.saved = snapshot(self.store.db, ENTITY_TABLES[self.cls], self.ids)
        self.context.apply(self._delete(self.cls, self.ids))

    def undo_write(self) -> None:
        self.context.apply(restore(self.store.db, self.saved))


def push(context, command: RecordCommand) -> RecordCommand:
    """Do the command's first write and, only if it succeeded, put it on the undo stack."""
    command.run()
    context.undo_stack.push(command)
    return command
