"""m012: the post file carries MICIC Planner's application id, so another program's SQLite file is never taken for
a post (and a post is told apart from any other file by its header alone)."""

from micic_planner.storage.connection import APPLICATION_ID
from micic_planner.storage.migrations import migrations


@migrations()
def m012_application_id(db):
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
