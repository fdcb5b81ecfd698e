"""Applying notes that name nationals by record id (a PFIF file of notes), under the status merge rule."""

from pathlib import Path

from micic_planner.core.accountability import should_apply
from micic_planner.core.status_notes import NotesOutcome, StatusNote, latest_per_person
from micic_planner.storage.mapping import utc_now

_CHUNK = 500


def apply_status_notes(db, user_name: str, notes: list[StatusNote], file_name="") -> NotesOutcome:
    """Change each named national's status by its latest note, if `should_apply` allows; add news
    without a status to the national's notes. The caller holds the transaction."""
    outcome = NotesOutcome()
    plan = latest_per_person([n for n in notes if n.key])
    outcome.unmatched += [n for n in notes if not n.key]
    found = _nationals(db, list(plan))
    name = Path(str(file_name)).name if file_name else ""
    now = utc_now()
    for key, (latest, others) in plan.items():
        national = found.get(key)
        if national is None:
            outcome.unmatched += [n for n in (latest, *others) if n is not None]
            continue
        national_id, status, notes_text = national
        texts = [n for n in others if not n.status and n.text]
        outcome.superseded += [n for n in others if n.status]
        if latest is not None:
            if latest.status == status:
                outcome.same.append(latest)
            else:
                current_at = db.execute("SELECT max(at) FROM status_events WHERE national_id = ?",
                                        [national_id]).fetchone()[0]
                if should_apply(status, current_at, latest.status, latest.at):
                    db.execute(
                        "INSERT INTO status_events (national_id, status, previous, at, by_user, source, note) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [national_id, latest.status, status, now, user_name, "import",
                         _event_note(name, latest)])
                    db.execute("UPDATE nationals SET status = ?, updated_at = ? WHERE id = ?",
                               [latest.status, now, national_id])
                    outcome.applied.append(latest)
                else:
                    outcome.kept.append(latest)
        if texts:
            lines = [f"{n.at[:10]} {n.text}".strip() for n in texts]
            merged = "\n".join(dict.fromkeys([x for x in (notes_text or "").split("\n") if x] + lines))
            if merged != (notes_text or ""):
                db.execute("UPDATE nationals SET notes = ?, updated_at = ? WHERE id = ?", [merged, now, national_id])
            outcome.texts += texts
    return outcome


def _event_note(file_name: str, note: StatusNote) -> str:
    """Where the status came from, for the history: the file, the sender's note id, and its date."""
    where = ", ".join(x for x in (file_name, note.note_id, note.at) if x)
    return f"{where}: {note.text[:200]}" if note.text else where


def _nationals(db, keys: list[str]) -> dict[str, tuple[int, str, str]]:
    found = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for uuid, *rest in db.execute(f"SELECT uuid, id, status, notes FROM nationals WHERE uuid IN ({marks})",
                                      chunk):
            found[uuid] = tuple(rest)
    return found
