"""m003: column mappings saved per source, the import log, and the indexes duplicate detection looks up."""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

STATEMENTS = [
    f"""CREATE TABLE import_mappings (
    source TEXT PRIMARY KEY, mapping TEXT NOT NULL, region TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT {NOW})""",
    f"""CREATE TABLE import_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT {NOW}, by_user TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', rows INTEGER NOT NULL DEFAULT 0,
    inserted INTEGER NOT NULL DEFAULT 0, merged INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0)""",
    # Duplicate detection looks nationals up by phone and by date of birth, a batch at a time.
    "CREATE INDEX idx_nationals_phone ON nationals(phone)",
    "CREATE INDEX idx_nationals_birth_date ON nationals(birth_date)",
]


@migrations()
def m003_exchange(db):
    for statement in STATEMENTS:
        db.execute(statement)
