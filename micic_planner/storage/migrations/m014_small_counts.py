"""m014: the post's threshold below which unrestricted documents suppress a count (issue 13.4)."""

from micic_planner.storage.migrations import migrations


@migrations()
def m014_small_counts(db):
    db.execute("ALTER TABLE post ADD COLUMN small_count_threshold INTEGER NOT NULL DEFAULT 5")
