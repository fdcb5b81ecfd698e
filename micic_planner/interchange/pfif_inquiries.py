"""Hotline inquiries as PFIF 1.4 records for Person Finder: the people families are looking for.

Only a person sought who is not in the registry goes out: a registered national is the post's to trace,
and exporting the inquiry would tell Person Finder who the consulate holds. The caller's contact stays at
the post too (the hotline calls them back); Person Finder gets the name sought, who asks and where the
person was last known to be.
"""

from micic_planner.core.messaging.inquiry import Inquiry
from micic_planner.core.messaging.inquiry_notes import inquiry_record_id
from micic_planner.interchange.pfif import PfifPerson


def inquiry_persons(inquiries: list[Inquiry], domain: str, source_name: str, entry_date: str) -> list[PfifPerson]:
    persons = []
    for inquiry in inquiries:
        if inquiry.national_id is not None or not inquiry.sought_name.strip():
            continue
        person_id = inquiry_record_id(domain, inquiry.id)
        person = {"person_record_id": person_id, "entry_date": entry_date, "author_name": inquiry.caller_name,
                  "source_name": source_name, "source_date": entry_date, "full_name": inquiry.sought_name.strip()}
        note = {"note_record_id": f"{domain}/inquiry-note-{inquiry.id}", "person_record_id": person_id,
                "entry_date": entry_date, "author_name": inquiry.caller_name, "source_date": entry_date,
                "author_made_contact": "false", "status": "information_sought",
                "last_known_location": inquiry.last_known_place, "text": inquiry.relationship}
        persons.append(PfifPerson(person, [note]))
    return persons
