"""Sync between posts and headquarters: the change log, bundles and merge (issue 18, SYNC.md).

Outside this package only these names are used: the bulk jobs' set-based logging, the trigger
installation at open, and the post each zone belongs to at headquarters (`zone_posts`, for the zones'
names). The CLI and the window go through `SyncStore`.
"""

from micic_planner.storage.sync.capture import attribute, forget_nationals, install, logged_in_bulk, ordered_uuids
from micic_planner.storage.sync.picture_source import zone_posts

__all__ = ["forget_nationals", "install", "logged_in_bulk", "attribute", "ordered_uuids", "zone_posts"]
