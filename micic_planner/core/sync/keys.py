"""Uuids made from what makes a row unique, so the same row made at two sites is one record.

A return case's checklist mark is one per case and item, a survey answer one per visit and indicator
(UNIQUE in the file). Their uuid is worked out from the parent's uuid and the item's key, the same
wherever the item is marked: two sites' marks of one item meet as the same record and merge field by
field, later wins (`SyncedTable.same_uuid_merges`), instead of colliding on the UNIQUE index.
"""

import hashlib


def keyed_uuid(parent_uuid: str, key: object) -> str:
    """The uuid of the row `key` of the record `parent_uuid`: 32 hex digits of sha256(parent|key)."""
    return hashlib.sha256(f"{parent_uuid}|{key}".encode()).hexdigest()[:32]
