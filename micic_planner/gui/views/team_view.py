"""The crisis team: each role, who holds it and who stands in."""

from micic_planner.core.models import TeamMember
from micic_planner.core.phone_display import display_phone
from micic_planner.core.team_roles import role_choices, role_label
from micic_planner.core.validation import validate_contact
from micic_planner.gui.forms.fields import Field
from micic_planner.gui.models.record_model import Column
from micic_planner.gui.views.record_panel import RecordSpec, SinglePanelView


class TeamSpec(RecordSpec):
    cls = TeamMember
    order_by = "position, id"

    def title(self) -> str:
        return self.tr("Crisis team")

    def empty_text(self) -> str:
        return self.tr("No crisis team yet. Add each role (head of post, consular officer, communications...) "
                       "with the person who holds it and an alternate (Ctrl+N).")

    def columns(self):
        return [Column(self.tr("Order"), lambda m: m.position, numeric=True),
                Column(self.tr("Role"), lambda m: role_label(m.role), whole=True),
                Column(self.tr("Name"), lambda m: m.name, whole=True),
                Column(self.tr("Phone"), lambda m: display_phone(m.phone), whole=True),
                Column(self.tr("E-mail"), lambda m: m.email),
                Column(self.tr("Alternate"), lambda m: m.alternate_name or self.tr("— none —"), whole=True),
                Column(self.tr("Alternate's phone"), lambda m: display_phone(m.alternate_phone), whole=True)]

    def fields(self):
        return [Field("role", self.tr("Role"), "role", required=True, choices=role_choices),
                Field("name", self.tr("Name"), required=True),
                Field("phone", self.tr("Phone"), kind="phone"),
                Field("email", self.tr("E-mail")),
                Field("alternate_name", self.tr("Alternate")),
                Field("alternate_phone", self.tr("Alternate's phone"), kind="phone"),
                Field("position", self.tr("Order in the list"), "int", maximum=999)]

    def new_record(self):
        return TeamMember("", "", position=len(self.panel.model.records) + 1)

    def describe(self, record) -> str:
        return f"{role_label(record.role)}: {record.name}"

    def validate(self, record) -> None:
        validate_contact(record, ("phone", "alternate_phone"), self.context.host_region())


class TeamView(SinglePanelView):
    spec_class = TeamSpec
