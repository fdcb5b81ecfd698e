"""One entry point for every export: choose the records and fields the profile allows, then write the format.

`source` is any object with the methods of `storage.exchange_source.ExchangeSource`; the front that
calls this passes it in, so this layer never reads the post file itself. Every format is written
through `AtomicOutput` (beside the target, renamed when whole), optionally inside an AES-256 zip, and
fills in a `Disclosure` that the front records in the post's ledger together with the rename.
"""

from collections.abc import Callable
from pathlib import Path

from micic_planner.core.atomic_output import AtomicOutput, temporary_files_in
from micic_planner.core.disclosure import Disclosure
from micic_planner.core.errors import MicicError, ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.sensitivity import PROFILES, redact_for_partner

FORMATS = ("csv", "xlsx", "pfif", "hxl", "vcard", "cap", "gpx", "kml", "geojson")
PERSONAL_FORMATS = ("csv", "xlsx", "pfif")  # the formats where the profile matters
SUFFIX = {"csv": "csv", "xlsx": "xlsx", "pfif": "xml", "hxl": "csv", "vcard": "vcf", "cap": "xml", "gpx": "gpx",
          "kml": "kml", "geojson": "geojson"}
PFIF_FIELDS = ("uuid", "family_names", "given_names", "sex", "birth_date", "place", "status")


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


def national_records(source, profile: str, fields: list[str], disclosure: Disclosure | None = None):
    """The nationals as dicts of `fields`; for a partner, personal fields only where the national consented."""
    # Asked now, not on the first row: the source refuses a role before any file is opened.
    rows = source.nationals(fields)
    return (_shaped(rec, profile, fields, disclosure) for rec in rows)


def _shaped(rec: dict, profile: str, fields: list[str], disclosure: Disclosure | None) -> dict:
    if profile == "partner":
        consent = bool(rec.get("consent_share"))
        if disclosure is not None:
            (disclosure.people if consent else disclosure.redacted).append(rec["id"])
        rec = redact_for_partner(rec, consent)
    elif disclosure is not None:
        disclosure.people.append(rec["id"])
    return {f: rec.get(f) for f in fields}


def export_post(source, fmt: str, out: str | Path, *, profile: str = "partner", fields: list[str] | None = None,
                phase: int | None = None, lang: str = "en", passphrase: str | None = None,
                disclosure: Disclosure | None = None, publish: Callable | None = None) -> int:
    """Write `out` in `fmt` (inside an AES-256 zip when `passphrase` is given); returns how many records it holds.

    `disclosure` is filled in with what the file holds; `publish(disclosure, output)` (the ledger's
    `record`), when given, is called once the file is whole and puts it in place with `output.commit()`.
    """
    if fmt not in FORMATS:
        raise MicicError(_("Unknown export format: {fmt}.").format(fmt=fmt),
                         hint=_("Use one of: {formats}.").format(formats=", ".join(FORMATS)))
    disclosure = disclosure if disclosure is not None else Disclosure("export")
    disclosure.format, disclosure.file_name, disclosure.encrypted = fmt, Path(out).name, bool(passphrase)
    disclosure.profile = profile if fmt in PERSONAL_FORMATS else ""
    with AtomicOutput(out) as output:
        plain = output.path
        if passphrase:  # the file as it goes into the zip, in a folder of its own so no name can clash
            plain = output.scratch("content") / _inner_name(out, fmt)
            plain.parent.mkdir()
        with temporary_files_in(output.folder):
            count = _write(source, fmt, plain, profile, fields, phase, lang, disclosure)
        if passphrase:
            _encrypt(plain, output.path, passphrase)
        disclosure.count = count
        if publish is None:
            output.commit()
        else:
            publish(disclosure, output)
    return count


def _inner_name(out, fmt: str) -> str:
    """The file's name inside the zip: the target's name without .zip, with the format's suffix."""
    name = Path(out).name
    stem = name[:-4] if name.lower().endswith(".zip") else name
    suffix = "." + SUFFIX[fmt]
    return stem if stem.lower().endswith(suffix) else Path(stem).stem + suffix


def _encrypt(plain: Path, target: Path, passphrase: str) -> None:
    """AES-256 zip (WinZip AE-2), which 7-Zip, WinZip and most archive tools open with the passphrase."""
    import pyzipper

    with pyzipper.AESZipFile(target, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(passphrase.encode("utf-8"))
        zf.setencryption(pyzipper.WZ_AES, nbits=256)
        zf.write(plain, plain.name)
    plain.unlink()


def _write(source, fmt: str, out: Path, profile: str, fields, phase, lang: str, disclosure: Disclosure) -> int:
    if fmt in ("csv", "xlsx"):
        from micic_planner.interchange.nationals_table import write_table

        chosen = export_fields(profile, fields)
        disclosure.document, disclosure.fields = "nationals", chosen
        return write_table(out, fmt, chosen, national_records(source, profile, chosen, disclosure), lang)
    if fmt == "pfif":
        disclosure.document = "nationals"
        return _pfif(source, out, profile, disclosure)
    if fmt == "hxl":
        from micic_planner.interchange.hxl import write_hxl

        disclosure.document = "figures"
        return write_hxl(out, source.zone_figures(), lang)
    if fmt == "vcard":
        from micic_planner.interchange.vcard import partner_contact, warden_contact, write_vcards

        disclosure.document = "contacts"
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
        disclosure.document = "alert"
        return write_cap(out, post_alert(source.post(), phase, templates))
    from micic_planner.interchange.geo_files import write_geo

    disclosure.document = "geography"
    places, zones, routes = source.geography()
    return write_geo(fmt, out, places, zones, routes)


def _pfif(source, out, profile: str, disclosure: Disclosure) -> int:
    from datetime import UTC, datetime

    from micic_planner.interchange.pfif import TO_PFIF, PfifPerson, person_values, record_id, write_pfif

    post = source.post()
    domain = f"micic.{post.get('uuid', 'post')}"
    name = post.get("name", "MICIC Planner")
    entry = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = ["uuid", "family_names", "given_names", "sex", "birth_date", "place", "status", "consent_share", "id"]
    records = [r for r in source.nationals(fields) if profile == "full" or r.get("consent_share")]
    # The full profile adds the status notes and their sources (restricted) to each person.
    disclosure.fields = [*PFIF_FIELDS, *(["notes"] if profile == "full" else [])]
    disclosure.people.extend(r["id"] for r in records)
    history = source.status_events([r["id"] for r in records]) if records else {}
    dates = source.record_dates([r["id"] for r in records]) if records else {}
    persons = []
    for rec in records:
        person_id = record_id(domain, rec["uuid"])
        notes = []
        for event in history.get(rec["id"], []):
            note_text = event["status"] if profile == "partner" else "; ".join(
                x for x in (event["status"], event.get("source"), event.get("note")) if x)
            notes.append({"note_record_id": f"{domain}/event.{event['id']}", "person_record_id": person_id,
                          "entry_date": _pfif_time(event["at"]), "author_name": name,
                          "source_date": _pfif_time(event["at"]), "status": TO_PFIF.get(event["status"], ""),
                          "text": note_text})
        updated, expiry = dates.get(rec["id"], ("", ""))
        persons.append(PfifPerson(person_values(rec, domain, entry, name, _pfif_time(updated),
                                                _pfif_time(expiry)), notes))
    return write_pfif(out, persons)


def _pfif_time(value: str) -> str:
    """PFIF wants UTC seconds with a Z: 2024-03-31T12:00:00Z; a date alone is its first second."""
    if not value:
        return ""
    value = value.replace(" ", "T")
    return (value if "T" in value else value + "T00:00:00")[:19] + "Z"
