"""One entry point for every export: choose the records and fields the profile allows, then write the format.

`source` is any object with the methods of `storage.exchange_source.ExchangeSource`; the front that
calls this passes it in, so this layer never reads the post file itself.
"""

from pathlib import Path

from micic_planner.core.errors import MicicError, ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.sensitivity import PROFILES, redact_for_partner

FORMATS = ("csv", "xlsx", "pfif", "hxl", "vcard", "cap", "gpx", "kml", "geojson")
PERSONAL_FORMATS = ("csv", "xlsx", "pfif")  # the formats where the profile matters


def export_fields(profile: str, fields: list[str] | None = None) -> list[str]:
    """The fields to write: those asked for, checked against the profile."""
    allowed = PROFILES[profile]
    if not fields:
        return list(allowed)
    refused = [f for f in fields if f not in allowed]
    if refused:
        raise ValidationError("fields", _("These fields may not be exported with the {profile} profile: "
                                          "{fields}.").format(profile=profile, fields=", ".join(refused)),
                              hint=_("Leave them out, or use the full profile for the post's own use."))
    return list(fields)


def national_records(source, profile: str, fields: list[str]):
    """The nationals as dicts of `fields`; for a partner, personal fields only where the national consented."""
    # Asked now, not on the first row: the source refuses a role before any file is opened.
    rows = source.nationals(fields)
    return (_shaped(rec, profile, fields) for rec in rows)


def _shaped(rec: dict, profile: str, fields: list[str]) -> dict:
    if profile == "partner":
        rec = redact_for_partner(rec, bool(rec.get("consent_share")))
    return {f: rec.get(f) for f in fields}


def export_post(source, fmt: str, out: str | Path, *, profile: str = "partner", fields: list[str] | None = None,
                phase: int | None = None, lang: str = "en") -> int:
    """Write `out` in `fmt`; returns how many records it holds."""
    if fmt in ("csv", "xlsx"):
        from micic_planner.interchange.nationals_table import write_table

        chosen = export_fields(profile, fields)
        return write_table(out, fmt, chosen, national_records(source, profile, chosen), lang)
    if fmt == "pfif":
        return _pfif(source, out, profile)
    if fmt == "hxl":
        from micic_planner.interchange.hxl import write_hxl

        return write_hxl(out, source.zone_figures(), lang)
    if fmt == "vcard":
        from micic_planner.interchange.vcard import partner_contact, warden_contact, write_vcards

        contacts = [partner_contact(p, lang) for p in source.partners()]
        contacts += [warden_contact(w, lang) for w in source.wardens()]
        return write_vcards(out, contacts)
    if fmt == "cap":
        from micic_planner.interchange.cap import post_alert, write_cap

        phase = phase or source.current_phase()
        if phase is None:
            raise MicicError(_("There is no open crisis, so no alert level to announce."),
                             hint=_("Choose the alert level (phase 1 to 4) to export."))
        templates = source.message_templates(phase)
        if not templates:
            raise MicicError(_("The post has no message for alert level {phase}.").format(phase=phase),
                             hint=_("Write the messages for that level first (Alert levels)."))
        return write_cap(out, post_alert(source.post(), phase, templates))
    if fmt in ("gpx", "kml", "geojson"):
        from micic_planner.interchange.geo_files import write_geo

        places, zones, routes = source.geography()
        return write_geo(fmt, out, places, zones, routes)
    raise MicicError(_("Unknown export format: {fmt}.").format(fmt=fmt),
                     hint=_("Use one of: {formats}.").format(formats=", ".join(FORMATS)))


def _pfif(source, out, profile: str) -> int:
    from datetime import UTC, datetime

    from micic_planner.interchange.pfif import TO_PFIF, PfifPerson, person_values, write_pfif

    post = source.post()
    domain = f"micic.{post.get('uuid', 'post')}"
    name = post.get("name", "MICIC Planner")
    entry = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = ["uuid", "family_names", "given_names", "sex", "birth_date", "place", "status", "consent_share", "id"]
    records = [r for r in source.nationals(fields) if profile == "full" or r.get("consent_share")]
    history = source.status_events([r["id"] for r in records]) if records else {}
    persons = []
    for rec in records:
        person_id = f"{domain}/{rec['uuid']}"
        notes = []
        for event in history.get(rec["id"], []):
            note_text = event["status"] if profile == "partner" else "; ".join(
                x for x in (event["status"], event.get("source"), event.get("note")) if x)
            notes.append({"note_record_id": f"{domain}/event.{event['id']}", "person_record_id": person_id,
                          "entry_date": _pfif_time(event["at"]), "author_name": name,
                          "source_date": _pfif_time(event["at"]), "status": TO_PFIF.get(event["status"], ""),
                          "text": note_text})
        persons.append(PfifPerson(person_values(rec, domain, entry, name), notes))
    return write_pfif(out, persons)


def _pfif_time(value: str) -> str:
    """PFIF wants UTC seconds with a Z: 2024-03-31T12:00:00Z."""
    return (value or "")[:19] + "Z" if value else ""
