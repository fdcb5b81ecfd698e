"""m021: numbered copies of the restricted plan, the post's time zone, and a crisis's lessons (issue 13.8, 13.11)."""

from micic_planner.storage.migrations import migrations


@migrations()
def m021_numbered_copies(db):
    # The last copy number given to a restricted print; raised in the same transaction as its audit entry.
    db.execute("ALTER TABLE post ADD COLUMN restricted_copies INTEGER NOT NULL DEFAULT 0")
    # The copy a ledger entry was (NULL for every other list).
    db.execute("ALTER TABLE disclosures ADD COLUMN copy_no INTEGER")
    # An IANA zone name when the host country has several and the coordinates do not settle it; '' = derived.
    db.execute("ALTER TABLE post ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''")
    # What the post learned from a crisis, written after it; printed in the after-action report.
    db.execute("ALTER TABLE crises ADD COLUMN lessons TEXT NOT NULL DEFAULT ''")
