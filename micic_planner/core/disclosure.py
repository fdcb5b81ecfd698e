"""What one export or print disclosed: filled in by the writer, recorded in the post's disclosure ledger."""

from dataclasses import dataclass, field

from micic_planner.core.sensitivity import Sensitivity, level

# What each kind of document is called in the ledger; the window and the CLI translate these.
DOCUMENTS = {
    "nationals": "List of nationals",
    "figures": "Figures per zone",
    "contacts": "Contacts of partners and wardens",
    "alert": "Alert",
    "geography": "Places, zones and routes",
    "manifest": "Passenger manifest",
    "call_list": "Call list",
    "restricted_plan": "Restricted plan (names annex)",
    "household_cards": "Household evacuation cards",
}


@dataclass
class Disclosure:
    """One list that left the post. `people` are national ids whose data is in it with every field of
    `fields`; `redacted` those in it with their public fields only (no consent to share)."""

    kind: str  # "export" or "print"
    document: str = "nationals"
    format: str = ""
    profile: str = ""
    fields: list[str] = field(default_factory=list)
    file_name: str = ""
    count: int = 0
    encrypted: bool = False
    partner_id: int | None = None
    partner_name: str = ""
    people: list[int] = field(default_factory=list)
    redacted: list[int] = field(default_factory=list)

    @property
    def personal(self) -> bool:
        """True when it names people with personal or more protected fields."""
        return bool(self.people) and any(level(f) is not Sensitivity.PUBLIC for f in self.fields)


def public_fields(fields) -> list[str]:
    """The fields of a redacted person that were actually written."""
    return [f for f in fields if level(f) is Sensitivity.PUBLIC]


# The national fields each printed or saved list of people shows (a CSV has no needs column).
MANIFEST_FIELDS = ("family_names", "given_names", "sex", "birth_date", "passport_no", "consular_id", "household")
CALL_LIST_FIELDS = ("family_names", "given_names", "phone", "phone2", "place", "address", "household", "languages")
# What a household's evacuation card prints of each member (core/household_cards.py).
CARD_FIELDS = ("family_names", "given_names", "household")
# What the restricted annex prints of each national; the ledger records these fields for every copy.
ANNEX_FIELDS = ("family_names", "given_names", "passport_no", "consular_id", "phone", "phone2", "vulnerabilities",
                "zone", "household", "address", "place")


def printed_fields(fields, fmt: str) -> list[str]:
    """A PDF adds each person's needs (vulnerabilities) to the columns of the CSV."""
    return [*fields, "vulnerabilities"] if fmt == "pdf" and "vulnerabilities" not in fields else list(fields)
