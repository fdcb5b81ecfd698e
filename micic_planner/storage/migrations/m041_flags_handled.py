"""m041: a flag of a merge (an over-booked movement, a number issued twice) is marked as handled, not deleted.

The flag leaves the open list; who handled it, when and their note stay on its row, readable later.
A later merge that finds the same record in a different state (more people listed) opens it again.
"""

from micic_planner.storage.migrations import migrations


@migrations()
def m041_flags_handled(db):
    db.execute("ALTER TABLE sync_flags ADD COLUMN handled_at TEXT")
    db.execute("ALTER TABLE sync_flags ADD COLUMN handled_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE sync_flags ADD COLUMN note TEXT NOT NULL DEFAULT ''")
