"""The national's form: identity, contact, place and protection, with the household shown beside it."""

from datetime import date

from PySide6.QtWidgets import QCompleter, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from micic_planner.core.enums import AccountabilityStatus, Sex, Vulnerability
from micic_planner.core.households import age_on
from micic_planner.core.validation import validate_national
from micic_planner.gui.forms.fields import Field
from micic_planner.gui.forms.record_form import RecordForm
from micic_planner.gui.locale_support import collation_key, fmt_date
from micic_planner.storage.overview_queries import households_like, new_household_key, place_names, zone_names


def national_fields(tr, db) -> list[Field]:
    zones = [(None, tr("— no zone —"))] + sorted(zone_names(db).items(), key=lambda z: collation_key(z[1]))
    points = [(None, tr("— not assigned —"))] + list(place_names(db, "assembly_point").items())
    return [
        Field("identity", tr("Identity"), "section"),
        Field("family_names", tr("Family names"), required=True),
        Field("given_names", tr("Given names"), required=True),
        Field("sex", tr("Sex"), "enum", enum=Sex),
        Field("birth_date", tr("Date of birth"), "date"),
        Field("passport_no", tr("Passport number")),
        Field("passport_expiry", tr("Passport expires"), "date"),
        Field("consular_id", tr("Consular ID")),
        Field("consular_id_expiry", tr("Consular ID expires"), "date"),
        Field("contact", tr("Contact"), "section"),
        Field("phone", tr("Phone"), kind="phone", hint="+52 962 123 4567"),
        Field("phone2", tr("Second phone"), kind="phone"),
        Field("email", tr("E-mail")),
        Field("languages", tr("Languages"), hint="es, en"),
        Field("emergency_contact", tr("Emergency contact at home")),
        Field("emergency_phone", tr("Emergency contact's phone"), kind="phone"),
        Field("where", tr("Where they live"), "section"),
        Field("address", tr("Address")),
        Field("place", tr("Town or city"), "place"),
        Field("lat", tr("Latitude"), "optfloat", hint="14.634900"),
        Field("lon", tr("Longitude"), "optfloat", hint="-90.506900"),
        Field("zone_id", tr("Zone"), "choice", choices=lambda: zones),
        Field("assembly_point_id", tr("Assembly point"), "choice", choices=lambda: points),
        Field("household", tr("Household"), hint=tr("a key shared by the family, e.g. H-000123")),
        Field("protection", tr("Protection"), "section"),
        Field("vulnerabilities", tr("Vulnerabilities"), "flags", enum=Vulnerability),
        Field("migration_status", tr("Migration status (sensitive, optional)")),
        Field("consent_share", tr("Agrees that partners may see their data"), "bool"),
        Field("status", tr("Accountability status"), "enum", enum=AccountabilityStatus),
        # Set by the retention rule at every save (core/retention.py), so it is shown, not typed.
        Field("record_expiry", tr("Keep the record until"), "date", readonly=True),
        Field("notes", tr("Notes"), "multiline"),
    ]


class NationalForm(RecordForm):
    """Edits a national; the household box lists the members who share the household key."""

    store = None  # set by the nationals view before asking
    region: str | None = None

    def __init__(self, title, fields, record, validate=None, parent=None):
        box = QGroupBox()
        self.members = QListWidget()
        self.members.setObjectName("household_members")
        self.members.setMaximumHeight(110)
        super().__init__(title, fields, record, validate or self._validate, parent, extra=box, width=660)
        box.setTitle(self.tr("Household: travels together, never split in an evacuation"))
        new_key = QPushButton(self.tr("New household"))
        new_key.setToolTip(self.tr("Give this person a household key of their own"))
        new_key.clicked.connect(self._on_new_household_clicked)
        alone = QPushButton(self.tr("Leave household"))
        alone.clicked.connect(lambda: self._set_household(""))
        buttons = QHBoxLayout()
        buttons.addWidget(new_key)
        buttons.addWidget(alone)
        buttons.addStretch(1)
        self.members_label = QLabel()
        column = QVBoxLayout(box)
        column.addWidget(self.members_label)
        column.addWidget(self.members)
        column.addLayout(buttons)
        household = self.editors["household"]
        completer = QCompleter(households_like(self.store.db, "", 200), household)
        household.setCompleter(completer)
        household.editingFinished.connect(self.show_household)
        self.show_household()

    def _validate(self, record) -> None:
        validate_national(record, region=self.region)

    def _set_household(self, key: str) -> None:
        self.editors["household"].setText(key)
        self.show_household()

    def _on_new_household_clicked(self) -> None:
        self._set_household(new_household_key(self.store.db))

    def show_household(self) -> None:
        key = self.editors["household"].text().strip()
        others = [m for m in self.store.nationals.household_members(key) if m.id != self.record.id] if key else []
        self.members.clear()
        today = date.today()
        for m in others:
            age = age_on(m.birth_date, today)
            flags = ", ".join(v.label() for v in Vulnerability.members() if m.vulnerabilities & v)
            parts = [m.full_name, fmt_date(m.birth_date) + (f" ({age})" if age is not None else ""), flags]
            self.members.addItem(" · ".join(p for p in parts if p))
        if not key:
            self.members_label.setText(self.tr("Not in a household: travels alone."))
        elif not others:
            self.members_label.setText(self.tr("Household {key}: no other member yet.").format(key=key))
        else:
            self.members_label.setText(self.tr("Household {key}: %Ln other member(s).", "", len(others)).format(
                key=key))
