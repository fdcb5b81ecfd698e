"""m037: partial replication (issue 18, item 3): transfers of a national between posts, who reads a site's copy.

`sync_transfers` is synced (append-only): headquarters hands a national over to another post, and from
then on that post holds the record (storage/sync/scope.py). `sync_sites.reader_role` is the role of the
people who read a registered site's copy ('' for a full copy): a warden-list viewer's copy is sent no
restricted field. `sync_marks` is what headquarters told this post it has considered of each site's
changes: the changes below a mark that are not here were left out on purpose, not lost on the way.
"""

from micic_planner.storage.migrations import migrations


@migrations()
def m037_sync_scope(db):
    db.execute("""CREATE TABLE sync_transfers (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, national_uuid TEXT NOT NULL, from_site TEXT NOT NULL,
    to_site TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""")
    db.execute("CREATE INDEX idx_sync_transfers_national ON sync_transfers(national_uuid)")
    db.execute("ALTER TABLE sync_sites ADD COLUMN reader_role TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE TABLE sync_marks (site TEXT PRIMARY KEY, upto INTEGER NOT NULL) WITHOUT ROWID")
    # The capture triggers are made again at the next open, the new synced table's included.
    db.execute("UPDATE sync_state SET triggers = ''")
