"""m007: duplicate detection reads the names of a date of birth from one covering index."""

from micic_planner.storage.migrations import migrations

STATEMENTS = [
    # A batch of 5,000 rows reads about 230,000 registry names; from the table that is one random page
    # per person (seconds on a cold cache), from this index a few consecutive pages per date.
    # `id` second keeps the order (birth_date, id) of the old index, which the list sorted by date pages.
    "CREATE INDEX idx_nationals_birth_name ON nationals(birth_date, id, family_names, given_names)",
    "DROP INDEX IF EXISTS idx_nationals_birth_date",
]


@migrations()
def m007_duplicates(db):
    for statement in STATEMENTS:
        db.execute(statement)
