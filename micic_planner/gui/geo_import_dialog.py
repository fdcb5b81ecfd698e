"""Import a map file (GPX, KML, GeoJSON): a kind for each unknown point type, then a report item by item."""

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from micic_planner.core.changes import changed
from micic_planner.core.enums import PlaceKind
from micic_planner.core.errors import Cancelled
from micic_planner.core.models import Place, Route, Zone
from micic_planner.gui.commands import RecordCommand
from micic_planner.gui.errors import explained
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.worker import run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("GeoImport", text)


class KindChoiceDialog(FittedDialog):
    """One row per point type of the file that is not a kind of place: choose a kind, or skip them."""

    def __init__(self, pending: dict[str, list], parent=None):
        super().__init__(parent, width=520)
        self.setWindowTitle(self.tr("Kinds of place for the file's points"))
        layout = QVBoxLayout(self.body)
        intro = QLabel(self.tr("These points have a type that is not a kind of place. Choose what each type is, "
                               "or skip its points."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.choices: dict[str, QComboBox] = {}
        for file_type, places in pending.items():
            box = QComboBox()
            box.addItem(self.tr("Skip these points"), None)
            for kind in PlaceKind:
                box.addItem(kind.label(), kind)
            label = QLabel(self.tr("“{type}” (%Ln point(s))", "", len(places)).format(
                type=file_type or self.tr("no type")))
            label.setWordWrap(True)
            label.setToolTip(", ".join(p.name for p in places)[:500])
            form.addRow(label, box)
            self.choices[file_type] = box

    def kinds(self) -> dict[str, PlaceKind | None]:
        return {file_type: box.currentData() for file_type, box in self.choices.items()}

    @classmethod
    def ask(cls, parent, pending: dict[str, list]) -> dict[str, PlaceKind | None] | None:
        """The kind per type (None: skip), or None when the person cancels the import."""
        dialog = cls(pending, parent)
        return dialog.kinds() if dialog.exec() else None


class GeoReportDialog(FittedDialog):
    """What the import did, item by item."""

    def __init__(self, text: str, parent=None):
        from PySide6.QtWidgets import QDialogButtonBox

        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Ok, width=640, height=420)
        self.setWindowTitle(self.tr("Map file imported"))
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        QVBoxLayout(self.body).addWidget(self.text)

    @classmethod
    def ask(cls, parent, text: str) -> None:
        cls(text, parent).exec()


class OpenMapFileDialog:
    """Which map file to import; tests replace `ask`."""

    @classmethod
    def ask(cls, parent) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            parent, _tr("Import a map file"), "", _tr("Map files (*.gpx *.kml *.geojson *.json);;All files (*)"))
        return path


def report_text(reading, job=None) -> str:
    """The summary, every record added or updated (by `job`, if it ran), then what was left out or changed and why."""
    added, updated, items = (job.added, job.updated, job.items) if job else (0, 0, [])
    added_text = QCoreApplication.translate("GeoImport", "%Ln record(s) added", "", added)
    updated_text = QCoreApplication.translate("GeoImport", "and %Ln updated.", "", updated)
    lines = [f"{added_text} {updated_text}", ""]
    tables = {"places": _tr("place"), "zones": _tr("zone"), "routes": _tr("route")}
    for table, name, new in items:
        lines.append((_tr("Added {what}: {name}") if new else _tr("Updated {what}: {name}")).format(
            what=tables[table], name=name))
    if reading.notes:
        lines += ["", _tr("Left out or changed on the way in:")]
        lines += [f"{note.where}: {note.what}" for note in reading.notes]
    return "\n".join(lines)


class MapFileImport(RecordCommand):
    """A map file's import as one step on the undo stack: undo deletes what it added and puts back, as they
    were, the records it updated; redo writes them again as the import left them."""

    CLASSES = {"zones": Zone, "places": Place, "routes": Route}

    def __init__(self, context, path: str, before: dict, after: dict):
        super().__init__(context, _tr("Import the map file {name}").format(name=Path(path).name))
        self.updated = {key: record for key, record in before.items() if record is not None}
        self.added = [key for key, record in before.items() if record is None]
        self.after = after
        self.saved: list = []  # the added records with what their deletion took along, kept by undo for redo

    def _changes(self):
        return changed("places", "zones", "routes", "nationals", count=len(self.updated) + len(self.added))

    def do(self) -> None:
        from micic_planner.storage.record_snapshots import restore

        with self.store.db.atomic():
            for snap in reversed(self.saved):
                restore(self.store.db, snap)
            for record in self.after.values():
                self.store.records.update(copy.deepcopy(record))
        self.context.apply(self._changes())

    def undo_write(self) -> None:
        from micic_planner.storage.record_snapshots import snapshot

        db = self.store.db
        with db.atomic():
            for record in self.updated.values():
                self.store.records.update(copy.deepcopy(record))
            self.saved = []
            # Routes first: a place the import added may be the end of a route it added.
            for table in ("routes", "places", "zones"):
                ids = [i for t, i in self.added if t == table]
                if ids:
                    self.saved.append(snapshot(db, table, ids))
                    for record_id in ids:
                        self.store.records.delete(self.CLASSES[table], record_id)
        self.context.apply(self._changes())


def _in_worker(parent, label: str, function):
    """Run `function(progress, cancelled)` off the GUI thread behind a progress dialog with Cancel.

    None when the person cancels; any other error is raised here, for the caller's `explained`.
    """
    return run_with_progress(parent, label, function, counts=True)


def run_geo_import(window) -> None:
    """Menu action (File > Import a map file…): read and apply in the worker, undoable as one step."""
    from micic_planner.interchange.geo_files import read_geo
    from micic_planner.storage.geo_import import GeoImport

    context = window.context
    if context.store is None:
        return
    path = OpenMapFileDialog.ask(window)
    if not path:
        return
    with explained(window, _tr("The map file could not be imported")):
        reading = _in_worker(window, _tr("Reading the map file…"), lambda _progress, _cancelled: read_geo(path))
        if reading is None:
            return
        if reading.pending:
            kinds = KindChoiceDialog.ask(window, reading.pending)
            if kinds is None:
                return
            reading.choose_kinds(kinds)
        places, zones, links = reading
        if not (places or zones or links):
            QMessageBox.information(window, _tr("Nothing to import"), report_text(reading))
            return
        job = GeoImport(context.store)

        def work(progress, cancelled):
            def tick(done: int, total: int) -> None:
                if cancelled():  # raised inside the transaction: nothing of the file is kept
                    raise Cancelled(_tr("The map file's import was cancelled; nothing was changed."))
                progress(done, total)
            changes = job.run(places, zones, links, where=path, progress=tick)
            after = {key: context.store.records.get(MapFileImport.CLASSES[key[0]], key[1])
                     for key, record in job.before.items() if record is not None}
            return changes, after

        result = _in_worker(window, _tr("Importing the map file…"), work)
        if result is None:
            return
        changes, after = result
        context.undo_stack.push(MapFileImport(context, path, job.before, after))  # already written: no redo now
        context.apply(changes)
        GeoReportDialog.ask(window, report_text(reading, job))
