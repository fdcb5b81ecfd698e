"""m027: counts per zone from other organisations' HXL datasets (issue 15.12), and the post's web page for CAP."""

from micic_planner.storage.migrations import migrations


@migrations()
def m027_external_figures(db):
    # One count per zone and hashtag ("#population", "#affected+f"); a new import of the same figure replaces it.
    db.execute("""CREATE TABLE external_figures (
        id INTEGER PRIMARY KEY,
        zone_id INTEGER NOT NULL REFERENCES zones(id) ON DELETE CASCADE,
        figure TEXT NOT NULL,
        value REAL NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        UNIQUE (zone_id, figure))""")
    # The page a CAP alert's <web> points to; '' writes no <web>.
    db.execute("ALTER TABLE post ADD COLUMN web TEXT NOT NULL DEFAULT ''")
