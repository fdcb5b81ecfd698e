"""Zones of the jurisdiction and the wardens who relay messages in each."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from micic_planner.core.external_figures import figures_text
from micic_planner.core.models import Warden, Zone
from micic_planner.core.phone_display import display_phone
from micic_planner.core.security import Action
from micic_planner.core.validation import validate_contact
from micic_planner.gui.forms.fields import Field
from micic_planner.gui.locale_support import collation_key, fmt_int
from micic_planner.gui.models.record_model import Column
from micic_planner.gui.security.roles import may
from micic_planner.gui.views.record_panel import RecordPanel, RecordSpec
from micic_planner.storage.external_figures import ExternalFigures
from micic_planner.storage.overview_queries import zone_names


class ZoneSpec(RecordSpec):
    cls = Zone
    order_by = "name"
    watches = ("wardens", "nationals", "external_figures")

    def title(self) -> str:
        return self.tr("Zones")

    def empty_text(self) -> str:
        return self.tr("No zones yet. Divide the jurisdiction into zones, each with a warden (Ctrl+N).")

    def load(self) -> list:
        db = self.context.store.db
        self.counts = dict(db.execute("SELECT zone_id, count(*) FROM nationals GROUP BY zone_id").fetchall())
        self.wardens = dict(db.execute(
            "SELECT zone_id, group_concat(name, ', ') FROM wardens GROUP BY zone_id").fetchall())
        self.figures = figures_text(ExternalFigures(self.context.store).rows())
        self.names = zone_names(db)  # at headquarters with each zone's post
        return super().load()

    def columns(self):
        return [Column(self.tr("Name"), lambda z: self.names.get(z.id, z.name), whole=True),
                Column(self.tr("Code"), lambda z: z.code),
                Column(self.tr("Nationals"), lambda z: fmt_int(self.counts.get(z.id, 0)),
                       lambda z: self.counts.get(z.id, 0), numeric=True),
                Column(self.tr("Wardens"), lambda z: self.wardens.get(z.id) or self.tr("— none —")),
                Column(self.tr("Places"), lambda z: z.places),
                Column(self.tr("Counts from other organisations"), lambda z: self.figures.get(z.id, "")),
                Column(self.tr("Description"), lambda z: z.description)]

    def fields(self):
        return [Field("name", self.tr("Name"), required=True),
                Field("code", self.tr("Code")),
                Field("places", self.tr("Towns and districts"), hint=self.tr("comma-separated")),
                Field("description", self.tr("Description"), "multiline")]

    def new_record(self):
        return Zone("")


class WardenSpec(RecordSpec):
    cls = Warden
    order_by = "zone_id, is_alternate, name"
    watches = ("zones",)

    def title(self) -> str:
        return self.tr("Wardens")

    def empty_text(self) -> str:
        return self.tr("No wardens yet. A warden relays the post's messages in a zone; give each zone one "
                       "warden and one alternate (Ctrl+N).")

    def zones(self) -> dict:
        return zone_names(self.context.store.db)  # at headquarters with each zone's post

    def load(self) -> list:
        self.zone_names = self.zones()
        return super().load()

    def columns(self):
        # Read aloud on a call, and at headquarters the zone carries its post's name: never cut.
        return [Column(self.tr("Name"), lambda w: w.name, whole=True),
                Column(self.tr("Zone"), lambda w: self.zone_names.get(w.zone_id, ""), whole=True),
                Column(self.tr("Role"), lambda w: self.tr("Alternate") if w.is_alternate else self.tr("Warden")),
                Column(self.tr("Phone"), lambda w: display_phone(w.phone), whole=True),
                Column(self.tr("Radio"), lambda w: w.radio),
                Column(self.tr("E-mail"), lambda w: w.email),
                Column(self.tr("Languages"), lambda w: w.languages)]

    def fields(self):
        zones = [(None, self.tr("— no zone —"))] + sorted(self.zones().items(), key=lambda z: collation_key(z[1]))
        return [Field("name", self.tr("Name"), required=True),
                Field("zone_id", self.tr("Zone"), "choice", choices=lambda: zones),
                Field("is_alternate", self.tr("Alternate warden"), "bool"),
                Field("phone", self.tr("Phone"), kind="phone"),
                Field("email", self.tr("E-mail")),
                Field("radio", self.tr("Radio channel")),
                Field("languages", self.tr("Languages"), hint="es, en")]

    def new_record(self):
        return Warden("")

    def validate(self, record) -> None:
        validate_contact(record, ("phone",), self.context.host_region())


class ZonesView(QWidget):
    """Zones above, wardens below; the Edit menu acts on the table that has the focus."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.zones = RecordPanel(context, ZoneSpec, self)
        self.wardens = RecordPanel(context, WardenSpec, self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.zones)
        split.addWidget(self.wardens)
        self.figures_button = QPushButton(self.tr("Import HXL figures…"))
        self.figures_button.setToolTip(self.tr("Keep another organisation's counts per area (population, "
                                               "affected…) on the zones they name"))
        self.figures_button.clicked.connect(self.import_figures)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.figures_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(split)
        self._last = self.zones
        self.cards_button = QPushButton(self.tr("Household cards…"))
        self.cards_button.setToolTip(self.tr("Print the evacuation card of every household of the selected zone"))
        self.cards_button.clicked.connect(self._on_cards_clicked)
        self.zones.layout().itemAt(0).layout().addWidget(self.cards_button)  # beside the panel's heading
        self.zones.selection_changed.connect(self._on_zone_selected)
        self._on_zone_selected()
        self.zones.selection_changed.connect(lambda: setattr(self, "_last", self.zones))
        self.wardens.selection_changed.connect(lambda: setattr(self, "_last", self.wardens))
        context.store_replaced.connect(self._update_import)
        self._update_import()

    def _update_import(self) -> None:
        self.figures_button.setVisible(self.context.store is not None and self.zones.editable())

    def import_figures(self) -> bool:
        """Ask for an HXL dataset, show what each zone would get, keep it if the user says so."""
        from pathlib import Path

        from micic_planner.core.errors import MicicError
        from micic_planner.core.external_figures import map_to_zones, report_lines
        from micic_planner.gui.errors import show_error
        from micic_planner.gui.partner_cards_dialog import FiguresFileChooser, FiguresReport
        from micic_planner.interchange.hxl_figures import read_area_figures

        path = FiguresFileChooser.ask(self)
        if not path:
            return False
        store = self.context.store
        try:
            read = read_area_figures(path)
            zones = store.records.list(Zone, order_by="name")
            mapped = map_to_zones(read.rows, zones)
        except MicicError as exc:
            show_error(self, exc, self.tr("Could not read the HXL file"))
            return False
        lines = report_lines(mapped, {z.id: z.name for z in zones}, read.area_tag, read.problems,
                             read.unread_columns)
        can_import = bool(mapped.by_zone)
        summary = (self.tr("Counts for %Ln zone(s). Nothing is kept until you press Import.", "",
                           len(mapped.by_zone)) if can_import
                   else self.tr("No row of this file names a zone of the post."))
        if not FiguresReport.ask(self, summary, lines, can_import):
            return False
        try:
            self.context.apply(ExternalFigures(store).save(mapped, Path(path).name))
        except MicicError as exc:
            show_error(self, exc, self.tr("Could not keep the counts"))
            return False
        return True

    def _on_zone_selected(self) -> None:
        self.cards_button.setEnabled(len(self.zones.selected_ids()) == 1 and may(self.context, Action.VIEW_REGISTRY))

    def _on_cards_clicked(self) -> None:
        from micic_planner.gui.card_printing import print_cards

        ids = self.zones.selected_ids()
        if len(ids) == 1:
            print_cards(self, self.context, zone_id=ids[0])

    def _panel(self) -> RecordPanel:
        focus = self.focusWidget()
        if focus is not None and self.wardens.isAncestorOf(focus):
            return self.wardens
        if focus is not None and self.zones.isAncestorOf(focus):
            return self.zones
        return self._last

    def add_record(self) -> None:
        self._panel().add_record()

    def edit_selected(self) -> None:
        self._panel().edit_selected()

    def delete_selected(self) -> None:
        self._panel().delete_selected()

    def focus_search(self) -> None:
        self._panel().focus_search()

    def show_record(self, table: str, record_id: int) -> None:
        panel = self.wardens if table == "wardens" else self.zones
        panel.select_id(record_id)
        panel.table.setFocus()
        self._last = panel
