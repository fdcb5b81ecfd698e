"""m026: a place's capacity may be unknown (NULL), 0 means no room (issue 15.6); a route keeps a driven length.

Before this step 0 meant "not set" and the assignment treated it as unlimited, so a waypoint
read from another program's GPX could take every national. Existing zeros become NULL
(unknown), which is what they meant; the assignment seats nobody at a point of unknown capacity
and says so.

SQLite cannot drop a NOT NULL constraint with ALTER TABLE; its documentation allows removing
one by editing the stored CREATE statement (sqlite.org/lang_altertable.html, section 7), which
changes nothing on disk. Rebuilding the table instead would cascade-delete every assignment.
"""

from micic_planner.storage.migrations import migrations

_OLD = "capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0)"
_NEW = "capacity INTEGER CHECK (capacity >= 0)"


@migrations()
def m026_unknown_capacity(db):
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'places'").fetchone()[0]
    if _OLD in sql:
        version = db.execute("PRAGMA schema_version").fetchone()[0]
        db.execute("PRAGMA writable_schema = ON")
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'places'",
                   [sql.replace(_OLD, _NEW)])
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
        db.execute("PRAGMA writable_schema = OFF")
    db.execute("UPDATE places SET capacity = NULL WHERE capacity = 0")
    # The length measured along a recorded track, every point of it, before the line was thinned
    # for the map; NULL: the length is measured along the waypoints (every route made by hand).
    db.execute("ALTER TABLE routes ADD COLUMN driven_km REAL CHECK (driven_km > 0)")
