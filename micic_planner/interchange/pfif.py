"""PFIF (People Finder Interchange Format): persons and their notes, for family-tracing partners.

Writes 1.4; reads 1.1 to 1.4, renaming the older versions' fields to 1.4's as the specification does.
"""

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from micic_planner.core.atomic_output import explain_os_error
from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, too_large
from micic_planner.core.messaging.inquiry_notes import InquiryNote, is_inquiry_record
from micic_planner.core.status_notes import StatusNote
from micic_planner.interchange.csv_reader import TableFile
from micic_planner.interchange.xml_files import read_root

NS = "http://zesty.ca/pfif/1.4"
_Q = f"{{{NS}}}"
# Accountability status -> PFIF note status, and back (the first status listed for each wins on reading).
TO_PFIF = {
    "not_contacted": "information_sought", "safe": "believed_alive", "needs_help": "believed_alive",
    "injured": "believed_alive", "evacuated": "believed_alive", "repatriated": "believed_alive",
    "not_in_area": "believed_alive", "missing": "believed_missing", "deceased": "believed_dead",
}
FROM_PFIF = {"information_sought": "not_contacted", "believed_alive": "safe", "believed_missing": "missing",
             "believed_dead": "deceased", "is_note_author": "safe"}
_SEX = {"F": "female", "M": "male", "X": "other"}
_PERSON_FIELDS = ("person_record_id", "entry_date", "expiry_date", "author_name", "author_email", "author_phone",
                  "source_name", "source_date", "source_url", "full_name", "given_name", "family_name",
                  "alternate_names", "description", "sex", "date_of_birth", "age", "home_street",
                  "home_neighborhood", "home_city", "home_state", "home_postal_code", "home_country")
_NOTE_FIELDS = ("note_record_id", "person_record_id", "linked_person_record_id", "entry_date", "author_name",
                "author_email", "author_phone", "source_date", "author_made_contact", "status",
                "email_of_found_person", "phone_of_found_person", "last_known_location", "text")
# Headers of the table a PFIF file becomes for the importer (field names, so the mapping is exact).
# "uuid" keeps the person's record id, so the notes a partner sends later find the person again.
TABLE_FIELDS = ("family_names", "given_names", "sex", "birth_date", "place", "status", "notes", "status_at", "uuid")
VERSIONS = ("1.1", "1.2", "1.3", "1.4")
# The fields that PFIF 1.2 to 1.4 renamed, by their old names (first_name, last_name and other until
# 1.3; home_zip in 1.1; found in 1.1 and 1.2), so every version reads as 1.4.
_RENAMED = {"first_name": "given_name", "last_name": "family_name", "home_zip": "home_postal_code",
            "other": "description", "found": "author_made_contact"}
# PFIF's date_of_birth may give only the year or the year and month.
_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2})?")
# Record ids this program writes: "micic.<post>/<national's uuid>".
_OWN_DOMAIN = "micic."


@dataclass
class PfifPerson:
    values: dict[str, str]
    notes: list[dict[str, str]] = field(default_factory=list)


def person_values(record: dict, domain: str, entry_date: str, source_name: str, source_date: str = "",
                  expiry_date: str = "") -> dict[str, str]:
    """PFIF person fields for a national (a dict by export field name).

    `source_date` is when the record last changed here (PFIF: "created or last modified in the
    original repository"), `entry_date` when it is entered in the file; `expiry_date` is when the
    post's retention rule ends the record, after which PFIF asks every copy to be deleted.
    """
    given, family = record.get("given_names") or "", record.get("family_names") or ""
    return {
        "person_record_id": record_id(domain, record["uuid"]), "entry_date": entry_date,
        "expiry_date": expiry_date, "author_name": source_name, "source_name": source_name,
        "source_date": source_date or entry_date, "full_name": f"{given} {family}".strip(),
        "given_name": given, "family_name": family, "sex": _SEX.get(record.get("sex") or "", ""),
        "date_of_birth": record.get("birth_date") or "", "home_city": record.get("place") or "",
    }


def record_id(domain: str, uuid: str) -> str:
    """A national's PFIF record id: a record that came from another repository keeps its id there
    (PFIF's rule for copies), which the import stored as the uuid; ours are "<domain>/<uuid>"."""
    return uuid if "/" in uuid else f"{domain}/{uuid}"


def national_key(person_record_id: str) -> str:
    """The uuid a PFIF record id stands for here: ours without the post's domain, anyone else's whole."""
    domain, sep, rest = person_record_id.partition("/")
    return rest if sep and domain.startswith(_OWN_DOMAIN) and rest else person_record_id


def write_pfif(path: str | Path, persons: Iterable[PfifPerson]) -> int:
    """Write persons with their notes nested, in the element order the PFIF 1.4 schema requires."""
    ET.register_namespace("pfif", NS)
    root = ET.Element(f"{_Q}pfif")
    count = 0
    for person in persons:
        element = ET.SubElement(root, f"{_Q}person")
        _fill(element, _PERSON_FIELDS, person.values)
        for note in person.notes:
            _fill(ET.SubElement(element, f"{_Q}note"), _NOTE_FIELDS, note)
        count += 1
    ET.indent(root)
    try:
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    except OSError as exc:
        raise explain_os_error(exc, path) from None
    return count


def _fill(element, names, values: dict) -> None:
    for name in names:
        value = values.get(name)
        if value not in (None, ""):
            ET.SubElement(element, f"{_Q}{name}").text = str(value)


@dataclass
class PfifFile:
    persons: list[PfifPerson]
    notes: list[dict[str, str]]  # top-level notes about persons the file does not hold
    version: str


def read_pfif(path: str | Path) -> list[PfifPerson]:
    """Persons and their notes (nested or top-level) from a PFIF 1.1 to 1.4 file."""
    return read_pfif_file(path).persons


def read_pfif_file(path: str | Path) -> PfifFile:
    """Persons with their notes, and the notes about persons not in the file, fields named as in 1.4."""
    root, q = read_root(path, "pfif", "http://zesty.ca/pfif/", _("This XML file is not a PFIF person file."),
                        _("Family-tracing lists must be PFIF 1.1 to 1.4."), LIMITS.xml_bytes)
    version = q[len("{http://zesty.ca/pfif/"):-1].strip("/")
    if version not in VERSIONS:
        raise ImportFileError(_("This file is PFIF version {version}, which this program does not know.").format(
            version=version or "?"), where=str(path), hint=_("Ask the sender for PFIF 1.1 to 1.4."))
    elements = root.findall(f"{q}person")
    loose = root.findall(f"{q}note")
    if len(elements) + len(loose) > LIMITS.rows:
        raise too_large(_("persons"), len(elements) + len(loose), LIMITS.rows, str(path))
    persons: dict[str, PfifPerson] = {}
    for element in elements:
        values = _values(element, q, skip=f"{q}note")
        person = PfifPerson(values, [_values(n, q) for n in element.findall(f"{q}note")])
        persons[values.get("person_record_id", f"#{len(persons)}")] = person
    others = []
    for note in loose:
        values = _values(note, q)
        if values.get("person_record_id") in persons:
            persons[values["person_record_id"]].notes.append(values)
        else:
            others.append(values)
    return PfifFile(list(persons.values()), others, version)


def _values(element, q: str, skip: str = "") -> dict[str, str]:
    values = {child.tag[len(q):]: (child.text or "").strip() for child in element
              if isinstance(child.tag, str) and child.tag.startswith(q) and child.tag != skip}
    for old, new in _RENAMED.items():
        # A field under its 1.4 name wins over its old name (Person Finder's 1.4 example writes both kinds).
        if old in values and not values.get(new):
            values[new] = values[old]
    return values


@dataclass
class PfifTable(TableFile):
    """A PFIF file read as rows the importer checks like any list: one row per person.

    `notes` holds the notes about persons the file does not hold (a file of notes only is how
    Person Finder sends status updates); the import applies them to the nationals they name.
    """

    notes: list[StatusNote] = field(default_factory=list)
    # The status notes of the persons the file holds, for those already in the registry under the same
    # record id: a row skipped as a duplicate still brings its newer status (Person Finder resends persons).
    person_notes: list[StatusNote] = field(default_factory=list)
    # Every note with whom it is about, for the hotline: notes on a person an inquiry seeks go to the inquiry.
    inquiry_notes: list[InquiryNote] = field(default_factory=list)
    # Persons whose sender's record had expired when the file was opened: (record id, name, expiry date).
    expired: list[tuple[str, str, str]] = field(default_factory=list)
    now: datetime | None = None  # when "expired" is judged; the file's opening

    def rows(self):
        # A hotline's person sought (sent to Person Finder by `inquiry pfif`) is not a national to register,
        # and PFIF asks every copy of an expired record to be deleted: it is not imported either.
        persons = [p for p in read_pfif(self.path) if not is_inquiry_record(p.values.get("person_record_id", ""))
                   and not has_expired(p.values, self.now)]
        for number, person in enumerate(persons, start=2):
            yield number, _row(person)


def _row(person: PfifPerson) -> list[str]:
    v = person.values
    family, given = v.get("family_name", ""), v.get("given_name", "")
    if not family and not given and v.get("full_name"):
        given, _sep, family = v["full_name"].rpartition(" ")
    sex = {"female": "F", "male": "M", "other": "X"}.get(v.get("sex", ""), "")
    latest = sorted(person.notes, key=_note_time)
    with_status = [n for n in latest if FROM_PFIF.get(n.get("status", ""))]
    status = _status_of(with_status[-1]) if with_status else ""
    # When the status was true, so the merge can tell whether the registry knows something newer.
    status_at = _note_time(with_status[-1]) if with_status else ""
    birth, kept = _birth_date(v)
    if v.get("expiry_date"):  # a date still to come: the record is kept, and the sender's wish with it
        kept.append(_("The sender's record expires on {date} (PFIF expiry_date): delete this copy then.").format(
            date=v["expiry_date"][:10]))
    texts = kept + [n["text"] for n in latest if n.get("text")]
    record = national_key(v["person_record_id"]) if v.get("person_record_id") else ""
    return [family, given, sex, birth, v.get("home_city", ""), status, "\n".join(texts), status_at, record]


def _birth_date(values: dict) -> tuple[str, list[str]]:
    """(a full date of birth, or ""; lines for the notes). A year, or a year and month, is what the
    sender knows: it is kept in the notes as given, since a stored date of birth is a whole date
    that ages, duplicate checks and the older-person rule read as exact."""
    born, age = values.get("date_of_birth", ""), values.get("age", "")
    lines = []
    if _PARTIAL_DATE.fullmatch(born):
        lines.append(_("Date of birth (PFIF, not a whole date): {date}").format(date=born))
        born = ""
    if age and not born:  # an age range says something only when there is no whole date of birth
        lines.append(_("Age (PFIF): {age}").format(age=age))
    return born, lines


def status_notes(notes: list[dict[str, str]]) -> list[StatusNote]:
    """The notes about persons not in the file, as notes to apply to the nationals they name."""
    result = []
    for note in notes:
        person = note.get("person_record_id", "")
        status = _status_of(note) if FROM_PFIF.get(note.get("status", "")) else ""
        result.append(StatusNote(note.get("note_record_id", ""), person, national_key(person) if person else "",
                                 status, _note_time(note), note.get("text", "")))
    return result


def _status_of(note: dict) -> str:
    """The note's status: ours when its text starts with one that PFIF's status agrees with, as this
    program writes them (so "injured" survives a round trip through "believed_alive"), else PFIF's."""
    own = (note.get("text") or "").split(";", 1)[0].strip()
    if own in TO_PFIF and TO_PFIF[own] == note.get("status"):
        return own
    return FROM_PFIF[note["status"]]


def _note_time(note: dict) -> str:
    """When a note's news was true: its original date at the source, else when it was entered."""
    return note.get("source_date") or note.get("entry_date") or ""


def has_expired(values: dict, now: datetime | None) -> bool:
    """Whether a person's expiry_date has passed at `now` (an unreadable date counts as none: kept)."""
    stamp = values.get("expiry_date", "")
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else None
    except ValueError:
        return False
    if when is None:
        return False
    return (when if when.tzinfo else when.replace(tzinfo=UTC)) <= (now or datetime.now(UTC))


def open_pfif_table(path: str | Path, now: datetime | None = None) -> PfifTable:
    """The file as a table to import; persons whose expiry_date has passed at `now` are left out and listed."""
    read = read_pfif_file(path)  # fail now, at opening, if the file is not PFIF
    if not read.persons and not read.notes:
        raise ImportFileError(_("This PFIF file holds no person and no note."), where=str(path),
                              hint=_("Ask the sender for the file again."))
    now = now or datetime.now(UTC)
    expired = [p for p in read.persons if has_expired(p.values, now)]
    read.persons = [p for p in read.persons if not has_expired(p.values, now)]
    table = PfifTable(Path(path), list(TABLE_FIELDS), kind="pfif", now=now)
    table.expired = [(p.values.get("person_record_id", ""), _full_name(p.values), p.values["expiry_date"])
                     for p in expired]
    table.notes = status_notes([n for n in read.notes if not is_inquiry_record(n.get("person_record_id", ""))])
    table.inquiry_notes = inquiry_notes(read)
    nested = [{**note, "person_record_id": p.values.get("person_record_id", "")} for p in read.persons
              for note in p.notes]
    table.person_notes = [n for n in status_notes(nested) if n.status and n.key]
    return table


def inquiry_notes(read: PfifFile) -> list[InquiryNote]:
    """Every note of the file with its person's record id and, for the persons the file holds, their name."""
    found = []
    for person in read.persons:
        found += [_inquiry_note(note, person.values.get("person_record_id", ""), _full_name(person.values))
                  for note in person.notes]
    found += [_inquiry_note(note, note.get("person_record_id", ""), "") for note in read.notes]
    return [n for n in found if n.text or n.status]


def _inquiry_note(note: dict, person_id: str, name: str) -> InquiryNote:
    return InquiryNote(note.get("note_record_id", ""), person_id, name, note.get("status", ""), _note_time(note),
                       note.get("author_name", ""), note.get("text", ""))


def _full_name(values: dict) -> str:
    return values.get("full_name") or " ".join(x for x in (values.get("given_name"), values.get("family_name")) if x)
