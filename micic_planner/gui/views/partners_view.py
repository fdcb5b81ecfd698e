"""Partners: host authorities, IOM, UNHCR, the Red Cross, missions, transport, shelters and others."""

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
