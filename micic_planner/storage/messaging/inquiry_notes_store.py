"""Attaching the PFIF notes of an imported file to the hotline inquiries about the same person."""

from dataclasses import dataclass, field
from pathlib import Path

from micic_planner.core.messaging.inquiry_notes import InquiryNote, inquiry_of, name_key
from micic_planner.storage.mapping import utc_now

NOTE_COLUMNS = ("at", "status", "author", "text", "file_name", "received_at")


@dataclass
class InquiryNotesOutcome:
    added: int = 0  # notes new to their inquiry
    again: int = 0  # notes the inquiry already had (a file sent twice)
    inquiries: set[int] = field(default_factory=set)


def attach_inquiry_notes(db, domain: str, notes: list[InquiryNote], file_name="") -> InquiryNotesOutcome:
    """Attach each note to the inquiry its person is: by the record id `inquiry pfif` wrote (this post's
    domain only), else, for a person the file names, to every open inquiry seeking that name.
    The caller holds the transaction."""
    outcome = InquiryNotesOutcome()
    if not notes:
        return outcome
    known = {row[0] for row in db.execute("SELECT id FROM inquiries")}
    by_name: dict[tuple[str, ...], list[int]] = {}
    for inquiry_id, sought in db.execute("SELECT id, sought_name FROM inquiries WHERE outcome = ''"):
        if name_key(sought):
            by_name.setdefault(name_key(sought), []).append(inquiry_id)
    name, now = Path(str(file_name)).name if file_name else "", utc_now()
    for note in notes:
        by_id = inquiry_of(note.person_id, domain)
        if by_id is not None:
            targets = [by_id] if by_id in known else []
        else:
            targets = by_name.get(name_key(note.person_name), []) if note.person_name else []
        for inquiry_id in targets:
            cursor = db.execute(
                "INSERT OR IGNORE INTO inquiry_notes (inquiry_id, note_key, at, status, author, text, file_name, "
                "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [inquiry_id, note.key, note.at, note.status, note.author, note.text, name, now])
            if cursor.rowcount:
                outcome.added += 1
            else:
                outcome.again += 1
            outcome.inquiries.add(inquiry_id)
    return outcome


def notes_of(db, inquiry_id: int) -> list[dict]:
    """The notes attached to an inquiry, the latest news first."""
    rows = db.execute(f"SELECT {', '.join(NOTE_COLUMNS)} FROM inquiry_notes WHERE inquiry_id = ? "
                      "ORDER BY at DESC, id DESC", [inquiry_id]).fetchall()
    return [dict(zip(NOTE_COLUMNS, r)) for r in rows]


def note_counts(db, inquiry_ids: list[int]) -> dict[int, int]:
    if not inquiry_ids:
        return {}
    marks = ", ".join("?" * len(inquiry_ids))
    return dict(db.execute(f"SELECT inquiry_id, count(*) FROM inquiry_notes WHERE inquiry_id IN ({marks}) "
                           "GROUP BY inquiry_id", inquiry_ids).fetchall())
