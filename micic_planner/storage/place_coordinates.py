"""Coordinates for nationals who have a town but none: looked up in the offline gazetteer, written in one go."""

from micic_planner.core.changes import Changes, changed
from micic_planner.core.security import Action
from micic_planner.storage.gazetteer import geocode_places
from micic_planner.storage.permissions import Guarded, requires


class PlaceCoordinates(Guarded):
    """Fills `lat`/`lon` of nationals from their place's name; nationals with coordinates are left alone."""

    def __init__(self, store, gazetteer=None):
        self.store = store
        self.db = store.db
        self.gazetteer = gazetteer
        self.unknown: dict[str, int] = {}  # place names not found, with how many nationals have each

    @requires(Action.EDIT_REGISTRY)
    def fill(self, country: str | None = None) -> Changes:
        """Look up every distinct place once; `country` (default: the post's host country) narrows the search."""
        if country is None:
            post = self.store.post()
            country = post.host_country if post and post.host_country else None
        rows = self.db.execute("SELECT id, place FROM nationals WHERE (lat IS NULL OR lon IS NULL) "
                               "AND trim(coalesce(place, '')) != ''").fetchall()
        self.unknown = {}
        if not rows:  # nothing to look up: do not open (or build) the gazetteer
            return Changes()
        found = geocode_places(sorted({place for _id, place in rows}), country, gazetteer=self.gazetteer)
        updates, self.unknown = [], {}
        for record_id, place in rows:
            hit = found.get(place)
            if hit is None:
                self.unknown[place] = self.unknown.get(place, 0) + 1
            else:
                updates.append((hit[0], hit[1], record_id))
        if not updates:
            return Changes()
        with self.db.atomic():
            self.db.conn.executemany("UPDATE nationals SET lat = ?, lon = ? WHERE id = ?", updates)
        return changed("nationals", count=len(updates), ids=tuple(u[2] for u in updates))
