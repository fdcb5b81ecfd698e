"""m039: the return checklist, marked per case, and the office's self-assessment of its practice (issue 16.7)."""

from micic_planner.storage.migrations import migrations


@migrations()
def m039_return_checklist(db):
    # One row per case and item, the latest mark with who set it and when; every change is in the audit log.
    # The item keys are those of plans/return_checklist.json; an item dropped from the file keeps its rows.
    db.execute("""CREATE TABLE return_checklist (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES return_cases(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('done', 'not_applicable', 'gap')),
        note TEXT NOT NULL DEFAULT '',
        by_user TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        UNIQUE (case_id, item_key))""")
    db.execute("""CREATE TABLE practice_assessment (
        id INTEGER PRIMARY KEY,
        item_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('in_place', 'partly', 'not_yet')),
        note TEXT NOT NULL DEFAULT '',
        by_user TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL)""")
