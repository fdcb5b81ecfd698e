"""m030: the change log inside the post file (issue 18, SYNC.md).

`sync_state` is the site's one row: its id, clock, last local sequence and keys. `sync_log` holds every
change made here or received (site + site sequence), `sync_record` and `sync_field` the version of
each record and of each field changed since, `sync_review` the concurrent edits a person must settle,
`sync_pending` changes waiting for the record they need, `sync_sites` the registered sites. These
tables are WITHOUT ROWID, which also keeps them out of the audit log's triggers: they are bookkeeping,
and every bundle written or read is one audit entry instead. Status events get the uuid they lacked.
The records already stored are logged as inserted, set-based, so the first bundle carries them.
"""

import uuid

from micic_planner.storage.migrations import migrations

STATEMENTS = [
    """CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1), site TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'post' CHECK (role IN ('post', 'hq')),
    hlc INTEGER NOT NULL DEFAULT 0, seq INTEGER NOT NULL DEFAULT 0, capture INTEGER NOT NULL DEFAULT 1,
    user TEXT NOT NULL DEFAULT '', clock_offset_ms INTEGER NOT NULL DEFAULT 0,
    signing_key BLOB, exchange_key BLOB, triggers TEXT NOT NULL DEFAULT '') WITHOUT ROWID""",
    """CREATE TABLE sync_log (
    site TEXT NOT NULL, seq INTEGER NOT NULL, tbl TEXT NOT NULL, uuid TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('i', 'u', 'd')), fields TEXT NOT NULL, base TEXT, hlc INTEGER NOT NULL,
    by_user TEXT NOT NULL DEFAULT '', PRIMARY KEY (site, seq)) WITHOUT ROWID""",
    # Edits and deletes by record, for the review queue; inserts are found through sync_record, so the
    # bulk of the log (registrations, status events) stays out of this index.
    "CREATE INDEX idx_sync_log_uuid ON sync_log(uuid) WHERE op != 'i'",
    """CREATE TABLE sync_record (
    tbl TEXT NOT NULL, uuid TEXT NOT NULL, site TEXT NOT NULL, hlc INTEGER NOT NULL, seq INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (tbl, uuid)) WITHOUT ROWID""",
    """CREATE TABLE sync_field (
    tbl TEXT NOT NULL, uuid TEXT NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL, site TEXT NOT NULL,
    PRIMARY KEY (tbl, uuid, field)) WITHOUT ROWID""",
    # field '' is a delete made while another site edited the record.
    """CREATE TABLE sync_review (
    tbl TEXT NOT NULL, uuid TEXT NOT NULL, field TEXT NOT NULL, since TEXT NOT NULL,
    PRIMARY KEY (tbl, uuid, field)) WITHOUT ROWID""",
    """CREATE TABLE sync_pending (
    wait_uuid TEXT NOT NULL, site TEXT NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY (wait_uuid, site, seq)) WITHOUT ROWID""",
    """CREATE TABLE sync_sites (
    site TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL CHECK (role IN ('post', 'hq')),
    public_key BLOB NOT NULL, exchange_key BLOB, seen TEXT NOT NULL DEFAULT '{}', last_at TEXT) WITHOUT ROWID""",
    """CREATE TABLE sync_links (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, a_uuid TEXT NOT NULL, b_uuid TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""",
    "ALTER TABLE status_events ADD COLUMN uuid TEXT",
    "UPDATE status_events SET uuid = lower(hex(randomblob(16)))",
    "CREATE UNIQUE INDEX idx_status_events_uuid ON status_events(uuid)",
]


@migrations()
def m030_sync(db):
    from micic_planner.core.sync.registry import TABLES
    from micic_planner.storage.sync.capture import existing, install, log_inserted

    for statement in STATEMENTS:
        db.execute(statement)
    db.execute("INSERT INTO sync_state (id, site) VALUES (1, ?)", [uuid.uuid4().hex[:12]])
    install(db)
    present = existing(db)
    for t in TABLES:
        if t.since == 30 and t.name in present:  # later tables: empty here, or logged by their own step (m035)
            log_inserted(db, t.name)
