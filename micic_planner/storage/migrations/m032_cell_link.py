"""m032: an officer's copy remembers the crisis cell it belongs to (issue 19).

Inside the encrypted copy, not beside it: the session token is a credential.
"""

from micic_planner.storage.migrations import migrations


@migrations()
def m032_cell_link(db):
    db.execute("""CREATE TABLE cell_link (
    id INTEGER PRIMARY KEY CHECK (id = 1), url TEXT NOT NULL, fingerprint TEXT NOT NULL, token TEXT NOT NULL,
    host_site TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL, host_seen TEXT NOT NULL DEFAULT '{}',
    last_sync_at TEXT, online INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID""")
