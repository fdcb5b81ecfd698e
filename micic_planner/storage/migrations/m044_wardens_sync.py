"""m044: a post's wardens travel to headquarters (issue 18: the country picture's gaps per post).

Wardens always had a uuid; the capture triggers are installed for them and the wardens already stored are
logged as inserted, so they go with the post's next bundle.
"""

from micic_planner.storage.migrations import migrations


@migrations()
def m044_wardens_sync(db):
    from micic_planner.core.sync.registry import TABLES
    from micic_planner.storage.sync.capture import install, log_inserted

    install(db)
    for t in TABLES:
        if t.since == 44:
            log_inserted(db, t.name)
