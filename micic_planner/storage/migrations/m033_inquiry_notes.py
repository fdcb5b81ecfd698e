"""m033: what Person Finder says about the people the hotline's families are looking for (issue 17)."""

from micic_planner.storage.migrations import migrations


@migrations()
def m033_inquiry_notes(db):
    # One row per PFIF note and inquiry; `note_key` (the sender's note id) keeps a note resent in a later
    # file from being added twice. The notes go with their inquiry, also when a retention purge removes it.
    db.execute("""CREATE TABLE inquiry_notes (
        id INTEGER PRIMARY KEY,
        inquiry_id INTEGER NOT NULL REFERENCES inquiries(id) ON DELETE CASCADE,
        note_key TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL,
        UNIQUE (inquiry_id, note_key))""")
