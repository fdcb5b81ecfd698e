"""How the sync review queue reads to a consular officer: records, fields and values in words, not in columns.

A conflict is stored as a table, a uuid and a column, and its values as the column holds them (a
vulnerability bitmask reads `20`); this module says them as the registry's form does: "López García, Ana
(1984-03-02)", "Vulnerabilities", "Older person, Medical need". The raw value is kept beside the words,
since that is what settling writes back.
"""

from datetime import datetime

from micic_planner.core.column_mapping import FIELD_TITLES
from micic_planner.core.enums import Sex, Vulnerability
from micic_planner.core.i18n import _, translate

EMPTY = "—"

# How a field's value is chosen when settling: ticking flags, yes or no, or typing the text.
FLAGS, BOOLEAN, TEXT, DELETE = "flags", "boolean", "text", "delete"
_KINDS = {("nationals", "vulnerabilities"): FLAGS, ("nationals", "consent_share"): BOOLEAN,
          ("movements", "repatriation"): BOOLEAN}

# The columns of the other synced tables, as a person calls them (English; translated when shown).
_OTHER_TITLES = {
    "name": "Name", "title": "Title", "code": "Code", "description": "Description", "kind": "Kind",
    "capacity": "Capacity", "contact_name": "Contact", "contact_phone": "Contact phone", "facilities": "Facilities",
    "contact_person": "Contact", "phone_24h": "24-hour phone", "radio": "Radio", "services": "Services",
    "agreement": "Agreement", "hazard": "Hazard", "phase": "Alert level", "seats": "Seats", "mode": "Mode",
    "destination": "Destination", "departs_at": "Departs", "carrier": "Carrier", "repatriation": "Repatriation",
    "number": "Number", "issued_on": "Issued on", "boarded_at": "Boarded", "arrived_at": "Arrived",
}

# What a record of each table is, after its name: "Bus 1 (movement)".
_TABLE_NOUNS = {
    "nationals": "national", "zones": "zone", "places": "place", "partners": "partner", "crises": "crisis",
    "movements": "movement", "manifest_entries": "seat", "documents_issued": "document",
    "assistance": "assistance", "status_events": "status", "crisis_phases": "alert level",
    "crisis_log": "timeline line", "sync_links": "link", "sync_transfers": "transfer",
    "return_cases": "return case", "return_members": "case member", "return_steps": "case step",
    "reintegration_goals": "goal", "referrals": "referral", "follow_ups": "visit",
    "return_checklist": "checklist mark", "survey_answers": "survey answer", "wardens": "warden",
}


def field_kind(table: str, field: str) -> str:
    """How the answer to a conflict on `field` is given (see FLAGS, BOOLEAN, TEXT, DELETE)."""
    if not field:
        return DELETE
    return _KINDS.get((table, field), TEXT)


def field_label(table: str, field: str) -> str:
    """The field as the registry's form names it, in the user's language."""
    if not field:
        return _("Deleted while edited elsewhere")
    title = FIELD_TITLES.get(field) if table == "nationals" else None
    title = title or _OTHER_TITLES.get(field) or FIELD_TITLES.get(field) or field.replace("_", " ").capitalize()
    return translate(title)


def table_noun(table: str) -> str:
    return translate(_TABLE_NOUNS.get(table, table.replace("_", " ")))


def person_label(family: str | None, given: str | None, birth: str | None = None) -> str:
    """"López García, Ana (1984-03-02)": family names first, as the registry lists people."""
    name = ", ".join(part for part in ((family or "").strip(), (given or "").strip()) if part) or _("(no name)")
    return f"{name} ({birth})" if birth else name


def vulnerability_choices() -> list[tuple[int, str]]:
    """Every vulnerability flag and its label, in the form's order."""
    return [(m.value, m.label()) for m in Vulnerability.members()]


def value_text(table: str, field: str, value) -> str:
    """A stored value in words: flags as their labels, yes or no, a sex by its label, empty as a dash."""
    if value is None or value == "":
        return EMPTY
    kind = field_kind(table, field)
    if kind == FLAGS:
        try:
            flags = Vulnerability(int(value))
        except (TypeError, ValueError):
            return str(value)
        return ", ".join(m.label() for m in Vulnerability.members() if m in flags) or _("None")
    if kind == BOOLEAN:
        return _("Yes") if value in (1, True, "1", "true") else _("No")
    if field == "sex":
        try:
            return Sex(value).label()
        except ValueError:
            return str(value)
    return str(value)


def edited_fields_text(table: str, fields: list[str]) -> str:
    """What an edit a delete missed had changed: "Edited: Phone, Notes"."""
    return _("Edited: {fields}").format(fields=", ".join(field_label(table, f) for f in fields) or EMPTY)


def when_text(stamp: str | None) -> str:
    """A stored UTC stamp ("2026-03-02T14:05:09Z" or with an offset) as "2026-03-02 14:05 UTC"."""
    if not stamp:
        return EMPTY
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M") + " UTC"
