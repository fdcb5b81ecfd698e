"""Writing the demo post and the standard plan templates into a post file."""

from collections.abc import Callable
from contextlib import contextmanager
from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.demo import NATIONAL_COLUMNS, DemoGenerator
from micic_planner.core.errors import StorageError
from micic_planner.core.i18n import _
from micic_planner.core.models import AlertAction, MessageTemplate, new_uuid
from micic_planner.core.plan_templates import PlanTemplates, load_plan_templates
from micic_planner.core.security import Action
from micic_planner.storage.bulk_load import load_nationals, scratch_file
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.records import _IntegrityErrors


def write_demo(store, nationals: int = 2000, seed: int = 1, progress: Callable[[int], None] | None = None,
               today: date | None = None, templates: PlanTemplates | None = None, scratch: bool = False) -> Changes:
    """Write the whole demo post into an empty post file, in one transaction.

    `progress(n)` is told how many nationals are written so far. The templates come from
    `plans/` unless given; they are checked before anything is written. `scratch` says the file
    is new under a temporary name, seen by no one, and thrown away if this fails: it is then
    written without a journal or syncs, and synced once at the end (`bulk_load.scratch_file`).
    """
    if nationals < 0:
        raise ValueError("nationals must not be negative")
    if scratch and store.path is None:
        raise ValueError("a scratch load needs a file")
    templates = templates if templates is not None else load_plan_templates(demo=True)
    generator = DemoGenerator(seed, today)
    demo = generator.post()
    if store.db.execute("SELECT count(*) FROM post").fetchone()[0]:
        raise StorageError(_("This file already holds a post; the demo needs an empty file."),
                           where=str(store.path or ""), hint=_("Choose a new file name for the demo."))
    # One audit entry says the demo was built; logging each of a million rows would triple the time.
    with _loading(store.db, store.path if scratch else None), _IntegrityErrors(), store.db.atomic(), \
            store.audit.bulk("nationals"):
        changes = store.save_post(demo.post)
        zone_ids = _insert(store, demo.zones)
        for warden in demo.wardens:
            warden.zone_id = zone_ids[warden.zone_id]
        changes |= changed("zones", count=len(zone_ids), ids=tuple(zone_ids))
        changes |= _add(store, "wardens", demo.wardens)
        for place in demo.places:
            place.zone_id = None if place.zone_id is None else zone_ids[place.zone_id]
        place_ids = _insert(store, demo.places)
        changes |= changed("places", count=len(place_ids), ids=tuple(place_ids))
        route_ids: list[int] = []
        for route in demo.routes:  # a route's alternate always follows its primary in the list
            route.origin_id, route.destination_id = place_ids[route.origin_id], place_ids[route.destination_id]
            route.alternate_of = None if route.alternate_of is None else route_ids[route.alternate_of]
            route_ids += _insert(store, [route])
        changes |= changed("routes", count=len(route_ids), ids=tuple(route_ids))
        for table, objects in (("partners", demo.partners), ("team", demo.team), ("hazards", demo.hazards)):
            changes |= _add(store, table, objects)
        changes |= seed_templates(store, templates, new_id=generator.new_uuid)
        changes |= _seed_sections(store, nationals)
        if nationals:
            # Straight to the fast path: the rows carry their record_expiry, and the file is new.
            store.session.require(Action.IMPORT)
            rows = generator.nationals(nationals, zone_ids, demo.post.retention_months)
            count = load_nationals(store.db, list(NATIONAL_COLUMNS), rows, progress, expected=nationals)
            changes |= changed("nationals", count=count)
        if nationals:  # return cases at every stage (issue 16), among their own fictional people
            from micic_planner.storage.returns.demo_cases import DemoReturns

            changes |= DemoReturns(store).write(generator.today)
        if store.db.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise StorageError(_("The demo post has a broken link between records; nothing was written."))
        store.audit.record("build_demo", {"nationals": nationals, "seed": seed})
    return changes


@contextmanager
def _loading(db, scratch_path=None):
    """Settings for loading a new file in one go, restored afterwards.

    Foreign keys are checked once at the end (PRAGMA foreign_key_check) instead of row by row,
    and the load goes through a rollback journal instead of WAL: a new file has almost nothing to
    roll back, while WAL would write every page twice. About 10% faster at 100,000 nationals.
    A scratch file (`scratch_path`) goes without any journal and is synced once at the end.
    """
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys=OFF")
    if scratch_path is not None:
        with scratch_file(db, scratch_path):
            yield
        if foreign_keys:  # after a failure the scratch file is thrown away, and its connection closed
            db.execute("PRAGMA foreign_keys=ON")
        return
    wal = db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    if wal:
        try:
            wal = db.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "wal"
        except sqlite3.OperationalError:  # another connection has the file open: WAL is slower, still correct
            wal = False
    try:
        yield
    finally:
        if wal:
            db.execute("PRAGMA journal_mode=WAL")
        if foreign_keys:
            db.execute("PRAGMA foreign_keys=ON")


def _seed_sections(store, nationals: int) -> Changes:
    """The demo's own plan sections (fictional; two left blank on purpose, see `core.demo_sections`)."""
    from micic_planner.core.demo_sections import demo_sections
    from micic_planner.storage.plan_section_store import PlanSectionStore

    sections = PlanSectionStore(store)
    values = demo_sections(nationals)
    for key, section in values.items():
        sections.save(key, section)
    return changed("plan_sections", count=len(values))


def seed_templates(store, templates: PlanTemplates, new_id: Callable[[], str] = new_uuid) -> Changes:
    """Copy the alert matrix and message texts of `templates` into the post, each line with a new uuid."""
    actions = [AlertAction(a.phase, a.kind, a.text_es, a.text_en, a.role, a.hazard, a.position, uuid=new_id(),
                           step=a.step)
               for a in templates.actions]
    messages = [MessageTemplate(m.phase, m.hazard, m.lang, m.text, uuid=new_id()) for m in templates.messages]
    with _IntegrityErrors(), store.db.atomic():
        return _add(store, "alert_actions", actions) | _add(store, "message_templates", messages)


def _insert(store, objects) -> list[int]:
    return list(store.records.add_many(objects).ids)


def _add(store, table: str, objects) -> Changes:
    """Insert records of one table; an empty list still names the table, so fronts refresh it."""
    ids = _insert(store, objects)
    return changed(table, count=len(ids), ids=tuple(ids))
