"""Places, zones and routes read from a map file, merged into the post in one transaction.

A record carrying a uuid the post knows updates that record. A file from another program has no
uuid, so a place is matched by its name within MATCH_KM, a zone by its name and a route by its
name and ends: importing the same file twice updates, it does not duplicate.
"""

import copy
from collections.abc import Callable
from dataclasses import fields

from micic_planner.core.changes import Changes, changed
from micic_planner.core.enums import PlaceKind
from micic_planner.core.errors import ImportFileError
from micic_planner.core.geo import fields_given, haversine_km, mark_given
from micic_planner.core.i18n import _
from micic_planner.core.models import Place, Route, Zone
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, requires

MATCH_KM = 0.1  # a place re-read from a file: GPS and rounding move it by metres, not by a street
END_KM = 0.3  # a driven route's end this close to a place starts or ends there (a car parks nearby)


class GeoImport(Guarded):
    """Merges records into a post; `added`, `updated` and `items` (table, name, added?) say what it did.

    `before` keeps, per (table, id) the import wrote, the record as it was (None: the import added it),
    so the window can undo the whole import as one step.
    """

    def __init__(self, store):
        self.store = store
        self.db = store.db
        self.added = self.updated = 0
        self.items: list[tuple[str, str, bool]] = []
        self.before: dict[tuple[str, int], object | None] = {}
        self._taken: set[tuple[str, int]] = set()

    def _ids(self, table: str) -> dict[str, int]:
        return dict(self.db.execute(f"SELECT uuid, id FROM {table}").fetchall())

    def _match(self, obj) -> int | None:
        """The stored record a file record without a known uuid stands for, if any; never one this
        import already added or updated (a file may hold a planned route and the driven track of the
        same name: they stay two routes)."""
        if isinstance(obj, Place):
            rows = self.db.execute("SELECT id, lat, lon FROM places WHERE lower(name) = lower(?)", [obj.name])
            near = [(haversine_km(obj.lat, obj.lon, lat, lon), i) for i, lat, lon in rows.fetchall()
                    if ("places", i) not in self._taken]
            return min(near)[1] if near and min(near)[0] <= MATCH_KM else None
        if isinstance(obj, Zone):
            table, rows = "zones", self.db.execute("SELECT id FROM zones WHERE lower(name) = lower(?) ORDER BY id",
                                                   [obj.name])
        else:
            table, rows = "routes", self.db.execute(
                "SELECT id FROM routes WHERE lower(name) = lower(?) AND origin_id = ? AND destination_id = ? "
                "ORDER BY id", [obj.name, obj.origin_id, obj.destination_id])
        return next((i for (i,) in rows.fetchall() if (table, i) not in self._taken), None)

    def _save(self, obj, known: dict[str, int]) -> int:
        stored_id = known.get(obj.uuid)
        if stored_id is None:
            stored_id = self._match(obj)
        table = {Place: "places", Zone: "zones", Route: "routes"}[type(obj)]
        if stored_id is not None:
            obj.id = stored_id
            stored = self.store.records.get(type(obj), obj.id)
            self.before.setdefault((table, obj.id), copy.deepcopy(stored))
            obj.uuid = stored.uuid
            _keep_absent(obj, stored)
            self.store.records.update(obj)
            self._taken.add((table, obj.id))
            self.updated += 1
            self.items.append((table, obj.name, False))
        else:
            self.store.records.add(obj)
            self.before.setdefault((table, obj.id), None)
            self._taken.add((table, obj.id))
            self.added += 1
            self.items.append((table, obj.name, True))
        known[obj.uuid] = obj.id
        return obj.id

    def _end(self, at: tuple[float, float], name: str, place_ids: dict[str, int]) -> int:
        """The place at a line's end: the nearest within END_KM, or a new assembly point of unknown capacity."""
        rows = self.db.execute("SELECT id, lat, lon FROM places").fetchall()
        near = min(((haversine_km(at[0], at[1], lat, lon), i) for i, lat, lon in rows), default=None)
        if near is not None and near[0] <= END_KM:
            return near[1]
        place = mark_given(Place(name=name, kind=PlaceKind.ASSEMBLY_POINT, lat=at[0], lon=at[1]), "place",
                           ("name", "kind"))
        return self._save(place, place_ids)

    @requires(Action.EDIT_PLAN)
    def run(self, places: list[Place], zones: list[Zone], links, where: str = "",
            progress: Callable[[int, int], None] | None = None) -> Changes:
        """`links` are objects with `route`, `origin_uuid`, `destination_uuid` and `alternate_of_uuid`
        (and `origin_at`, `destination_at` for a line whose ends are positions).

        `progress(done, total)` is told after each record; an exception it raises (Cancelled) rolls
        the whole import back.
        """
        self.added = self.updated = 0
        self.items = []
        self.before = {}
        self._taken: set[tuple[str, int]] = set()
        total, done = len(zones) + len(places) + len(links), 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)
        with self.db.atomic():
            zone_ids = self._ids("zones")
            for zone in zones:
                self._save(zone, zone_ids)
                step()
            place_ids = self._ids("places")
            for place in places:
                self._save(place, place_ids)
                step()
            route_ids = self._ids("routes")
            for link in links:
                route: Route = link.route
                for end, uuid, at, label in (
                        ("origin_id", link.origin_uuid, getattr(link, "origin_at", None), _("start")),
                        ("destination_id", link.destination_uuid, getattr(link, "destination_at", None), _("end"))):
                    if at is not None:
                        setattr(route, end, self._end(at, f"{route.name} ({label})", place_ids))
                        continue
                    if uuid not in place_ids:
                        raise ImportFileError(
                            _("Route {name} joins a place that is neither in the file nor in the post.").format(
                                name=route.name), where=where,
                            hint=_("Export the places with the routes, or add the place first."))
                    setattr(route, end, place_ids[uuid])
                route.alternate_of = None
                self._save(route, route_ids)
                step()
            # Alternates are linked once every route of the file has an id.
            for link in links:
                if link.alternate_of_uuid and link.alternate_of_uuid in route_ids:
                    link.route.alternate_of = route_ids[link.alternate_of_uuid]
                    self.store.records.update(link.route)
        return changed("places", "zones", "routes", count=self.added + self.updated)


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
