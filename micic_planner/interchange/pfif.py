"""PFIF 1.4 (People Finder Interchange Format): persons and their notes, for family-tracing partners."""

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from micic_planner.core.atomic_output import explain_os_error
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, too_large
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
TABLE_FIELDS = ("family_names", "given_names", "sex", "birth_date", "place", "status", "notes", "status_at")


@dataclass
class PfifPerson:
    values: dict[str, str]
    notes: list[dict[str, str]] = field(default_factory=list)


def person_values(record: dict, domain: str, entry_date: str, source_name: str) -> dict[str, str]:
    """PFIF person fields for a national (a dict by export field name)."""
    given, family = record.get("given_names") or "", record.get("family_names") or ""
    return {
        "person_record_id": f"{domain}/{record['uuid']}", "entry_date": entry_date, "author_name": source_name,
        "source_name": source_name, "source_date": entry_date, "full_name": f"{given} {family}".strip(),
        "given_name": given, "family_name": family, "sex": _SEX.get(record.get("sex") or "", ""),
        "date_of_birth": record.get("birth_date") or "", "home_city": record.get("place") or "",
    }


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


def read_pfif(path: str | Path) -> list[PfifPerson]:
    """Persons and their notes (nested or top-level) from a PFIF 1.2 to 1.4 file."""
    root, q = read_root(path, "pfif", "http://zesty.ca/pfif/", _("This XML file is not a PFIF person file."),
                        _("Family-tracing lists must be PFIF 1.2 to 1.4."), LIMITS.xml_bytes)
    elements = root.findall(f"{q}person")
    if len(elements) > LIMITS.rows:
        raise too_large(_("persons"), len(elements), LIMITS.rows, str(path))
    persons: dict[str, PfifPerson] = {}
    for element in elements:
        values = {child.tag[len(q):]: (child.text or "").strip() for child in element if child.tag != f"{q}note"}
        person = PfifPerson(values, [_values(n, q) for n in element.findall(f"{q}note")])
        persons[values.get("person_record_id", f"#{len(persons)}")] = person
    for note in root.findall(f"{q}note"):
        values = _values(note, q)
        if values.get("person_record_id") in persons:
            persons[values["person_record_id"]].notes.append(values)
    return list(persons.values())


def _values(element, q: str) -> dict[str, str]:
    return {child.tag[len(q):]: (child.text or "").strip() for child in element}


class PfifTable(TableFile):
    """A PFIF file read as rows the importer checks like any list: one row per person."""

    def rows(self):
        for number, person in enumerate(read_pfif(self.path), start=2):
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
    texts = [n["text"] for n in latest if n.get("text")]
    return [family, given, sex, v.get("date_of_birth", ""), v.get("home_city", ""), status, "\n".join(texts),
            status_at]


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


def open_pfif_table(path: str | Path) -> PfifTable:
    read_pfif(path)  # fail now, at opening, if the file is not PFIF
    return PfifTable(Path(path), list(TABLE_FIELDS), kind="pfif")
