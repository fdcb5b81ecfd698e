"""m045: a post's crisis that headquarters copied in with a first consolidation gets the post as its owner.

Before this step the set-based copy left `owner` empty, so headquarters took each consolidated post's
crisis for its own: with one open crisis a site, a second post's open crisis could not be consolidated,
and headquarters could not open its own. A crisis made at another site is that site's (m035).
"""

from micic_planner.storage.migrations import migrations

MADE_AT = "(SELECT r.site FROM sync_record r WHERE r.tbl = 'crises' AND r.uuid = crises.uuid)"


@migrations()
def m045_crisis_owner(db):
    db.execute(f"""UPDATE crises SET owner = {MADE_AT} WHERE owner IS NULL
        AND (SELECT role FROM sync_state) = 'hq' AND {MADE_AT} != (SELECT site FROM sync_state)""")
