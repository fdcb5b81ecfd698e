"""m035: crises travel between posts, headquarters and the crisis cell, with one authority each (issues 18, 19).

The crisis tables that lacked a uuid get one (phases, timeline lines, seats). A crisis received from
another site keeps that site in `owner` (NULL: this file's own crisis, or its cell host's), so one crisis
may be open per site: headquarters holds one per post, and a post's own crisis stays its current one.
`sync_flags` holds what a merge found that a person must look at (a movement over-booked, a document
number issued twice); `authority_counters` the document numbers this site has given out (its own and
those it reserved for the laptops of its cell), `authority_ranges` the numbers a cell laptop was handed
for when its host cannot be reached. The records already stored are logged as inserted, set-based.
"""

from micic_planner.storage.migrations import migrations

UUID = "lower(hex(randomblob(16)))"

STATEMENTS = [
    *(statement for table in ("crisis_phases", "crisis_log", "manifest_entries") for statement in (
        f"ALTER TABLE {table} ADD COLUMN uuid TEXT",
        f"UPDATE {table} SET uuid = {UUID}",
        f"CREATE UNIQUE INDEX idx_{table}_uuid ON {table}(uuid)")),
    "ALTER TABLE crises ADD COLUMN owner TEXT",
    "DROP INDEX idx_crises_one_open",
    "CREATE UNIQUE INDEX idx_crises_one_open ON crises(coalesce(owner, '')) WHERE closed_at IS NULL",
    # kind: 'overbooked' (a movement), 'document_number' (a document renumbered), 'duplicate_seat' (a seat).
    """CREATE TABLE sync_flags (
    tbl TEXT NOT NULL, uuid TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}',
    since TEXT NOT NULL, PRIMARY KEY (tbl, uuid, kind)) WITHOUT ROWID""",
    # stem: "SC-2026-3F9A0C-", a kind, a year and this site's tag.
    """CREATE TABLE authority_counters (
    stem TEXT PRIMARY KEY, last INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID""",
    """CREATE TABLE authority_ranges (
    kind TEXT NOT NULL, year INTEGER NOT NULL, stem TEXT NOT NULL, next INTEGER NOT NULL, last INTEGER NOT NULL,
    PRIMARY KEY (kind, year, stem, next)) WITHOUT ROWID""",
]


@migrations()
def m035_crisis_sync(db):
    from micic_planner.core.sync.registry import TABLES
    from micic_planner.storage.sync.capture import install, log_inserted

    for statement in STATEMENTS:
        db.execute(statement)
    install(db)
    for t in TABLES:
        if t.since == 35:
            log_inserted(db, t.name)
