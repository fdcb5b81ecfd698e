"""Partners: host authorities, IOM, UNHCR, the Red Cross, missions, transport, shelters and others."""

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from micic_planner.core.enums import PartnerKind
from micic_planner.core.models import Partner
from micic_planner.core.phone_display import display_phone
from micic_planner.core.validation import validate_contact
from micic_planner.gui.forms.fields import Field
from micic_planner.gui.models.record_model import Column
from micic_planner.gui.views.record_panel import RecordSpec, SinglePanelView


class PartnerSpec(RecordSpec):
    cls = Partner
    order_by = "name"

    def title(self) -> str:
        return self.tr("Partners")

    def empty_text(self) -> str:
        return self.tr("No partners yet. Add the host authorities, IOM, UNHCR, the Red Cross and others you "
                       "would call in a crisis (Ctrl+N).")

    def columns(self):
        return [Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Kind"), lambda p: p.kind.label()),
                Column(self.tr("Contact person"), lambda p: p.contact_person),
                Column(self.tr("24/7 phone"), lambda p: display_phone(p.phone_24h)),
                Column(self.tr("Phone"), lambda p: display_phone(p.phone)),
                Column(self.tr("E-mail"), lambda p: p.email),
                Column(self.tr("Radio"), lambda p: p.radio),
                Column(self.tr("Services"), lambda p: p.services)]

    def fields(self):
        return [Field("name", self.tr("Name"), required=True),
                Field("kind", self.tr("Kind"), "enum", enum=PartnerKind),
                Field("contact_person", self.tr("Contact person")),
                Field("phone_24h", self.tr("24/7 phone"), kind="phone", hint="+52 55 1234 5678"),
                Field("phone", self.tr("Phone"), kind="phone"),
                Field("email", self.tr("E-mail")),
                Field("radio", self.tr("Radio channel")),
                Field("services", self.tr("Services offered"), "multiline"),
                Field("agreement", self.tr("Agreement"), "multiline"),
                Field("address", self.tr("Address")),
                Field("notes", self.tr("Notes"), "multiline")]

    def new_record(self):
        return Partner("")

    def validate(self, record) -> None:
        validate_contact(record, ("phone_24h", "phone"), self.context.host_region())


class PartnersView(SinglePanelView):
    spec_class = PartnerSpec

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.import_button = QPushButton(self.tr("Import vCard…"))
        self.import_button.setToolTip(self.tr("Add or update partners from the contact cards of a phone or mail "
                                              "program (.vcf)"))
        self.import_button.clicked.connect(self.import_vcard)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.import_button)
        self.layout().insertLayout(0, row)
        context.store_replaced.connect(self._update_import)
        self._update_import()

    def _update_import(self) -> None:
        self.import_button.setVisible(self.context.store is not None and self.panel.editable())

    def import_vcard(self) -> bool:
        """Ask for a file, show its per-card report, import it if the user says so; whether anything was written."""
        from micic_planner.core.errors import MicicError
        from micic_planner.core.partner_import import merge_cards, report_lines
        from micic_planner.gui.errors import show_error
        from micic_planner.gui.partner_cards_dialog import VcardFileChooser, VcardReport
        from micic_planner.interchange.vcard_reader import read_vcard_file
        from micic_planner.storage.partner_cards import PartnerCards

        path = VcardFileChooser.ask(self)
        if not path:
            return False
        try:
            read = read_vcard_file(path)
            cards = PartnerCards(self.context.store)
            result = merge_cards(read.contacts, cards.partners(), cards.host_region(), cards.warden_uuids())
        except MicicError as exc:
            show_error(self, exc, self.tr("Could not read the vCard file"))
            return False
        can_import = bool(result.added or result.updated)
        # One count per sentence part, each in its own plural form.
        summary = (" ".join((self.tr("%Ln partner(s) to add", "", len(result.added)),
                             self.tr("and %Ln to update.", "", len(result.updated)),
                             self.tr("Nothing is written until you press Import.")))
                   if can_import else self.tr("Nothing in this file would change the partners list."))
        if not VcardReport.ask(self, summary, report_lines(result, read.notes, read.refused), can_import):
            return False
        try:
            self.context.apply(cards.apply(result))
        except MicicError as exc:
            show_error(self, exc, self.tr("Could not import the vCard file"))
            return False
        return True
