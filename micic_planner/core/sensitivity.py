"""How sensitive each field of a national's record is, and what a partner may see of it."""

import enum

from micic_planner.core.i18n import translate


class Sensitivity(enum.Enum):
    """From least to most protected; a profile shows fields up to a level."""

    PUBLIC = "public"  # may be shown to anyone helping in the crisis (zone, status)
    PERSONAL = "personal"  # identifies a person: shared only with the national's consent
    SENSITIVE = "sensitive"  # could harm the person if known: vulnerabilities, migration status
    RESTRICTED = "restricted"  # never leaves the post: free notes

    def label(self, lang: str | None = None) -> str:
        return translate(_LABELS[self], lang)


_LABELS = {
    Sensitivity.PUBLIC: "Public",
    Sensitivity.PERSONAL: "Personal",
    Sensitivity.SENSITIVE: "Sensitive",
    Sensitivity.RESTRICTED: "Restricted",
}

# Export and import field names of a national (the zone by name, not by id) and their level.
NATIONAL_FIELDS: dict[str, Sensitivity] = {
    "uuid": Sensitivity.PUBLIC,
    "family_names": Sensitivity.PERSONAL,
    "given_names": Sensitivity.PERSONAL,
    "sex": Sensitivity.PUBLIC,
    "birth_date": Sensitivity.PERSONAL,
    "passport_no": Sensitivity.PERSONAL,
    "passport_expiry": Sensitivity.PERSONAL,
    "consular_id": Sensitivity.PERSONAL,
    "consular_id_expiry": Sensitivity.PERSONAL,
    "phone": Sensitivity.PERSONAL,
    "phone2": Sensitivity.PERSONAL,
    "email": Sensitivity.PERSONAL,
    "address": Sensitivity.PERSONAL,
    "place": Sensitivity.PUBLIC,
    "lat": Sensitivity.PERSONAL,
    "lon": Sensitivity.PERSONAL,
    "zone": Sensitivity.PUBLIC,
    "household": Sensitivity.PERSONAL,
    "languages": Sensitivity.PUBLIC,
    "emergency_contact": Sensitivity.PERSONAL,
    "emergency_phone": Sensitivity.PERSONAL,
    "vulnerabilities": Sensitivity.SENSITIVE,
    "migration_status": Sensitivity.SENSITIVE,
    "consent_share": Sensitivity.PUBLIC,
    "record_expiry": Sensitivity.PERSONAL,
    "status": Sensitivity.PUBLIC,
    "notes": Sensitivity.RESTRICTED,
}

# The partner profile: never a sensitive or restricted field, whatever the national consented to.
PARTNER_PROFILE: tuple[str, ...] = tuple(
    name for name, level in NATIONAL_FIELDS.items() if level in (Sensitivity.PUBLIC, Sensitivity.PERSONAL))
FULL_PROFILE: tuple[str, ...] = tuple(NATIONAL_FIELDS)
PROFILES = {"partner": PARTNER_PROFILE, "full": FULL_PROFILE}


def level(field: str) -> Sensitivity:
    """The level of a field; an unknown field counts as restricted so that it never leaks."""
    return NATIONAL_FIELDS.get(field, Sensitivity.RESTRICTED)


def partner_fields(fields) -> list[str]:
    """The fields of `fields` a partner may receive at all."""
    return [f for f in fields if f in PARTNER_PROFILE]


def redact_for_partner(record: dict, consent: bool) -> dict:
    """A copy of `record` a partner may see: personal fields blanked when the national did not consent."""
    out = {}
    for name, value in record.items():
        lvl = level(name)
        if lvl is Sensitivity.PUBLIC or (lvl is Sensitivity.PERSONAL and consent):
            out[name] = value
        elif lvl is Sensitivity.PERSONAL:
            out[name] = ""
    return out
