"""Import a map file (GPX, KML, GeoJSON): a kind for each unknown point type, then a report item by item."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout

from micic_planner.core.enums import PlaceKind
from micic_planner.gui.errors import explained
from micic_planner.gui.fitted_dialog import FittedDialog


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
            label = QLabel(self.tr("“{type}” ({count} points)").format(
                type=file_type or self.tr("no type"), count=len(places)))
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
    lines = [_tr("{added} records added and {updated} updated.").format(added=added, updated=updated), ""]
    tables = {"places": _tr("place"), "zones": _tr("zone"), "routes": _tr("route")}
    for table, name, new in items:
        lines.append((_tr("Added {what}: {name}") if new else _tr("Updated {what}: {name}")).format(
            what=tables[table], name=name))
    if reading.notes:
        lines += ["", _tr("Left out or changed on the way in:")]
        lines += [f"{note.where}: {note.what}" for note in reading.notes]
    return "\n".join(lines)


def run_geo_import(window) -> None:
    """Menu action (File > Import a map file…)."""
    from micic_planner.interchange.geo_files import read_geo
    from micic_planner.storage.geo_import import GeoImport

    context = window.context
    if context.store is None:
        return
    path = OpenMapFileDialog.ask(window)
    if not path:
        return
    with explained(window, _tr("The map file could not be imported")):
        reading = read_geo(path)
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
        changes = job.run(places, zones, links, where=path)
        context.apply(changes)
        GeoReportDialog.ask(window, report_text(reading, job))
