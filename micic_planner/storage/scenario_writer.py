"""Writes an exercise's fictional post into a sandbox file, or a training copy of a real post.

A sandbox is always a training post (`is_training = 1`), unencrypted, in a file of its own: the
real post file is only ever read, never opened for writing, so an exercise cannot touch it.
"""

import sqlite3
from pathlib import Path

from micic_planner.core.errors import StorageError
from micic_planner.core.exercise import Scenario
from micic_planner.core.i18n import _
from micic_planner.core.models import Route
from micic_planner.core.scenario_posts import ScenarioPost, generate_nationals, load_scenario_post, named_nationals
from micic_planner.storage.mapping import to_row
from micic_planner.storage.store import PostStore

SEED = 8


def write_scenario_post(store: PostStore, spec: ScenarioPost, hazard: str, seed: int = SEED) -> None:
    """Store the post, its zones, places, routes, partners, team, wardens and nationals, all at once."""
    with store.db.atomic():
        store.save_post(spec.post)
        store.records.add_many(spec.zones)
        zone_ids = {z.name: z.id for z in spec.zones}
        for place, zone in spec.places:
            place.zone_id = zone_ids.get(zone)
        store.records.add_many([p for p, _z in spec.places])
        place_ids = {p.name: p.id for p, _z in spec.places}
        routes: dict[str, Route] = {}
        for r in spec.routes:
            route = Route(name=r.name, origin_id=place_ids[r.origin], destination_id=place_ids[r.destination],
                          mode=r.mode, waypoints=r.waypoints, speed_kmh=r.speed_kmh,
                          capacity_per_trip=r.capacity_per_trip, notes=r.notes,
                          alternate_of=routes[r.alternate_of].id if r.alternate_of in routes else None)
            store.records.add(route)
            routes[r.name] = route
        store.records.add_many(spec.partners)
        store.records.add_many(spec.team)
        for warden, zone in spec.wardens:
            warden.zone_id = zone_ids.get(zone)
        store.records.add_many([w for w, _z in spec.wardens])
        people = named_nationals(spec) + generate_nationals(spec, spec.count, seed)
        insert_nationals(store, people, zone_ids)
        _seed_plan_templates(store, hazard)


def insert_nationals(store: PostStore, people, zone_ids: dict[str, int], assembly_point_id: int | None = None):
    """Bulk-insert (national, zone name) pairs through the registry's fast path."""
    rows = []
    for national, zone in people:
        national.zone_id = zone_ids.get(zone)
        national.assembly_point_id = assembly_point_id or national.assembly_point_id
        rows.append(to_row(national))
    if not rows:
        return store.nationals.bulk_insert(["uuid"], [])
    columns = list(rows[0])
    return store.nationals.bulk_insert(columns, [tuple(r[c] for c in columns) for r in rows], expected=len(rows))


def _seed_plan_templates(store: PostStore, hazard: str) -> None:
    """The standard alert matrix and message texts for the scenario's hazard, as a new post gets them."""
    from micic_planner.core.plan_templates import templates_for
    from micic_planner.storage.demo_writer import seed_templates

    seed_templates(store, templates_for(store.post()).for_hazards([hazard]))


def create_sandbox(path: str | Path, scenario: Scenario, source: str | Path | None = None,
                   seed: int = SEED) -> PostStore:
    """A new training post file at `path`: the scenario's own post, or a copy of `source` marked as training."""
    path = Path(path)
    if path.exists():
        raise StorageError(_("A file already exists where the sandbox should go."), where=str(path),
                           hint=_("Choose a new file name for the sandbox; an exercise never reuses a file."))
    if source is not None:
        source = Path(source)
        if not source.exists():
            raise StorageError(_("There is no post file here."), where=str(source),
                               hint=_("Check the path, or create a new post."))
        if source.resolve() == path.resolve():
            raise StorageError(_("The sandbox cannot be the real post file."), where=str(path))
        _copy_read_only(source, path)
        store = PostStore.open(path)
        post = store.post()
        if post is not None:
            post.is_training = True
            post.name = _("{name} (training copy)").format(name=post.name)
            store.save_post(post)
        return store
    store = PostStore.open(path, create=True)
    try:
        write_scenario_post(store, load_scenario_post(scenario.post_path()), scenario.hazard, seed)
    except Exception:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return store


def _copy_read_only(source: Path, target: Path) -> None:
    """Copy a post file through SQLite's backup API, opening the original read-only."""
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(str(target))
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        target.unlink(missing_ok=True)
        raise StorageError(_("The post file could not be read for a training copy: {detail}").format(detail=exc),
                           where=str(source),
                           hint=_("An encrypted post cannot be copied directly: export it or start the "
                                  "exercise on the scenario's own post.")) from exc
