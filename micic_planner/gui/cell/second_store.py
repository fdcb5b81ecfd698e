"""A second connection to the open post for the cell's thread, so the window's own connection is never shared."""

from micic_planner.storage.connection import connect
from micic_planner.storage.store import PostStore


def second_store(store) -> PostStore:
    key = store.key_material
    db = connect(store.path, *(key or (None, None)))
    return PostStore(db, store.path, session=store.session, key=key)
