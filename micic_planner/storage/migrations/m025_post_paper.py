"""m025: the paper the post's documents print on, chosen when the post is created ("" = the host country's)."""

from micic_planner.storage.migrations import migrations


@migrations()
def m025_post_paper(db):
    db.execute("ALTER TABLE post ADD COLUMN paper TEXT NOT NULL DEFAULT ''")
