"""m011: the disclosure ledger: every list that left the post (export or print), with whom it named.

`disclosure_people` holds only each national's uuid, not their name: the ledger answers "who was in
the lists given to this partner" while the record exists, and outlives a retention purge without
keeping the personal data the purge removed. Both tables are append-only, like the audit log.
"""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

STATEMENTS = [
    f"""CREATE TABLE disclosures (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT {NOW}, user TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('export', 'print')), document TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '', profile TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL DEFAULT '[]',
    count INTEGER NOT NULL DEFAULT 0, file_name TEXT NOT NULL DEFAULT '', encrypted INTEGER NOT NULL DEFAULT 0,
    partner_id INTEGER, partner_name TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_disclosures_partner ON disclosures(partner_id)",
    # `redacted` 1: the person was in the list with the public fields only (no consent to share).
    """CREATE TABLE disclosure_people (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures(id), uuid TEXT NOT NULL,
    redacted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (disclosure_id, uuid)) WITHOUT ROWID""",
    "CREATE INDEX idx_disclosure_people_uuid ON disclosure_people(uuid)",
    """CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
    BEGIN SELECT RAISE(ABORT, 'the disclosure ledger is append-only'); END""",
    """CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
    BEGIN SELECT RAISE(ABORT, 'the disclosure ledger is append-only'); END""",
    """CREATE TRIGGER disclosure_people_no_update BEFORE UPDATE ON disclosure_people
    BEGIN SELECT RAISE(ABORT, 'the disclosure ledger is append-only'); END""",
    """CREATE TRIGGER disclosure_people_no_delete BEFORE DELETE ON disclosure_people
    BEGIN SELECT RAISE(ABORT, 'the disclosure ledger is append-only'); END""",
]


@migrations()
def m011_disclosures(db):
    for statement in STATEMENTS:
        db.execute(statement)
