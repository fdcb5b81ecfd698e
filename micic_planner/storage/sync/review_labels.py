"""Which record a conflict or a flag is about, in words: a national by name and birth date, a movement by its name.

The record is read where it stands; a record deleted since (a delete that missed an edit) is named from
what the change log last held of it, so the queue never falls back to a bare uuid when the log knows better.
"""

import json

from micic_planner.core.sync.review_text import person_label, table_noun

# The column that names a record of each table, when it has one.
_NAME_COLUMN = {"zones": "name", "places": "name", "partners": "name", "movements": "name", "crises": "title"}


def _logged(db, tbl: str, uuid: str) -> dict:
    """The record's fields as the log last had them (inserts and updates folded in version order)."""
    values: dict = {}
    for (fields,) in db.execute("SELECT fields FROM sync_log WHERE tbl = ? AND uuid = ? AND op IN ('i', 'u') "
                                "ORDER BY hlc, site", [tbl, uuid]):
        values.update(json.loads(fields or "{}"))
    return values


def _person(db, national_id=None, uuid: str | None = None) -> str | None:
    row = db.execute("SELECT family_names, given_names, birth_date FROM nationals WHERE id = ? OR uuid = ?",
                     [national_id, uuid]).fetchone()
    if row is None and uuid:
        logged = _logged(db, "nationals", uuid)
        if logged:
            row = (logged.get("family_names"), logged.get("given_names"), logged.get("birth_date"))
    return person_label(*row) if row else None


def record_label(db, tbl: str, uuid: str) -> str:
    """"López García, Ana (1984-03-02)", "Bus 1 (movement)", "SC-7 (document) · López García, Ana"."""
    if tbl == "nationals":
        return _person(db, uuid=uuid) or f"{table_noun(tbl)} {uuid[:8]}"
    if tbl in _NAME_COLUMN:
        column = _NAME_COLUMN[tbl]
        row = db.execute(f"SELECT [{column}] FROM [{tbl}] WHERE uuid = ?", [uuid]).fetchone()
        name = row[0] if row else _logged(db, tbl, uuid).get(column)
        return f"{name or uuid[:8]} ({table_noun(tbl)})"
    if tbl == "documents_issued":
        row = db.execute("SELECT number, national_id FROM documents_issued WHERE uuid = ?", [uuid]).fetchone()
        if row is None:
            return f"{table_noun(tbl)} {uuid[:8]}"
        person = _person(db, national_id=row[1])
        return f"{row[0]} ({table_noun(tbl)})" + (f" · {person}" if person else "")
    if tbl == "manifest_entries":
        row = db.execute("SELECT m.name, e.national_id FROM manifest_entries e JOIN movements m "
                         "ON m.id = e.movement_id WHERE e.uuid = ?", [uuid]).fetchone()
        if row is None:
            return f"{table_noun(tbl)} {uuid[:8]}"
        person = _person(db, national_id=row[1])
        return f"{row[0]} ({table_noun('movements')})" + (f" · {person}" if person else "")
    return f"{table_noun(tbl)} {uuid[:8]}"
