"""Places, zones and routes read from a map file, merged into the post by uuid in one transaction."""

from dataclasses import fields

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import ImportFileError
from micic_planner.core.geo import fields_given
from micic_planner.core.i18n import _
from micic_planner.core.models import Place, Route, Zone
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, requires


class GeoImport(Guarded):
    """Merges records into a post: same uuid updates the record, a new uuid adds one."""

    def __init__(self, store):
        self.store = store
        self.db = store.db

    def _ids(self, table: str) -> dict[str, int]:
        return dict(self.db.execute(f"SELECT uuid, id FROM {table}").fetchall())

    def _save(self, obj, known: dict[str, int]) -> tuple[int, bool]:
        if obj.uuid in known:
            obj.id = known[obj.uuid]
            _keep_absent(obj, self.store.records.get(type(obj), obj.id))
            self.store.records.update(obj)
            return obj.id, False
        self.store.records.add(obj)
        known[obj.uuid] = obj.id
        return obj.id, True

    @requires(Action.EDIT_PLAN)
    def run(self, places: list[Place], zones: list[Zone], links, where: str = "") -> Changes:
        """`links` are objects with `route`, `origin_uuid`, `destination_uuid` and `alternate_of_uuid`."""
        added = updated = 0
        with self.db.atomic():
            zone_ids = self._ids("zones")
            for zone in zones:
                new = self._save(zone, zone_ids)[1]
                added, updated = added + new, updated + (not new)
            place_ids = self._ids("places")
            for place in places:
                new = self._save(place, place_ids)[1]
                added, updated = added + new, updated + (not new)
            route_ids = self._ids("routes")
            for link in links:
                route: Route = link.route
                for end, uuid in (("origin_id", link.origin_uuid), ("destination_id", link.destination_uuid)):
                    if uuid not in place_ids:
                        raise ImportFileError(
                            _("Route {name} joins a place that is neither in the file nor in the post.").format(
                                name=route.name), where=where,
                            hint=_("Export the places with the routes, or add the place first."))
                    setattr(route, end, place_ids[uuid])
                route.alternate_of = None
                new = self._save(route, route_ids)[1]
                added, updated = added + new, updated + (not new)
            # Alternates are linked once every route of the file has an id.
            for link in links:
                if link.alternate_of_uuid and link.alternate_of_uuid in route_ids:
                    link.route.alternate_of = route_ids[link.alternate_of_uuid]
                    self.store.records.update(link.route)
        self.added, self.updated = added, updated
        return changed("places", "zones", "routes", count=added + updated)


def _keep_absent(incoming, stored) -> None:
    """Give `incoming` the stored value of every field its file did not carry (a place's zone, at least).

    The readers mark what a file gave (core.geo.mark_given): a field absent from the
    file never overwrites what is stored; a record not marked replaces every field.
    """
    given = fields_given(incoming)
    if given is None:
        return
    for f in fields(incoming):
        if f.name not in given and f.name not in ("id", "uuid"):
            setattr(incoming, f.name, getattr(stored, f.name))
