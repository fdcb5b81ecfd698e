from datetime import date

import pytest

from micic_planner.core.errors import StorageError
from micic_planner.core.filters import NationalFilter
from micic_planner.core.models import AlertAction, MessageTemplate, Place, Post, Route, Warden, Zone
from micic_planner.core.plan_templates import load_plan_templates
from micic_planner.storage.demo_writer import seed_templates, write_demo

TODAY = date(2025, 6, 1)


def count(store, table):
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_demo_post_is_written_whole_with_its_links(store, no_network):
    changes = write_demo(store, nationals=2000, seed=1, today=TODAY)
    post = store.post()
    assert post.name.endswith("(demo)") and post.city == "Tapachula" and post.plan_date == TODAY
    assert changes.touches("post", "zones", "wardens", "places", "routes", "partners", "team", "hazards",
                           "alert_actions", "message_templates", "nationals")
    assert count(store, "nationals") == 2000 and count(store, "zones") == 7
    zone_ids = {z.id for z in store.records.list(Zone)}
    place_ids = {p.id for p in store.records.list(Place)}
    assert {w.zone_id for w in store.records.list(Warden)} == zone_ids
    routes = store.records.list(Route)
    route_ids = {r.id for r in routes}
    for route in routes:
        assert route.origin_id in place_ids and route.destination_id in place_ids
        assert route.alternate_of is None or route.alternate_of in route_ids
    assert sum(r.alternate_of is not None for r in routes) >= 8
    national_zones = {r[0] for r in store.db.execute("SELECT DISTINCT zone_id FROM nationals")}
    assert national_zones == zone_ids
    assert count(store, "assignments") == 0
    assert no_network == []


def test_templates_are_copied_from_plans(store):
    write_demo(store, nationals=0, today=TODAY)
    templates = load_plan_templates(demo=True)
    actions = store.records.list(AlertAction, order_by="id")
    assert [(a.phase, a.kind, a.hazard, a.role, a.text_es) for a in actions] == \
        [(a.phase, a.kind, a.hazard, a.role, a.text_es) for a in templates.actions]
    messages = store.records.list(MessageTemplate)
    assert len(messages) == len(templates.messages) and {m.lang for m in messages} == {"es", "en"}


def test_the_same_seed_writes_the_same_nationals(tmp_path):
    from micic_planner.storage.store import PostStore

    def registry(name):
        with PostStore.open(tmp_path / name, create=True) as s:
            write_demo(s, nationals=500, seed=4, today=TODAY)
            return s.db.execute("SELECT uuid, given_names, family_names, birth_date, phone, household, "
                                "vulnerabilities FROM nationals ORDER BY id").fetchall()

    assert registry("a.db") == registry("b.db")


def test_a_file_that_already_holds_a_post_is_refused_and_left_as_it_was(store):
    store.save_post(Post("Embajada real", "MX", "Ciudad de México"))
    with pytest.raises(StorageError):
        write_demo(store, nationals=10, today=TODAY)
    assert count(store, "post") == 1 and count(store, "zones") == 0 and count(store, "nationals") == 0


def test_a_failure_while_writing_nationals_leaves_nothing_written(store, monkeypatch):
    def broken(*args, **kwargs):
        raise StorageError("disk full")

    monkeypatch.setattr("micic_planner.storage.demo_writer.load_nationals", broken)
    with pytest.raises(StorageError):
        write_demo(store, nationals=100, today=TODAY)
    for table in ("post", "zones", "wardens", "places", "routes", "alert_actions", "nationals"):
        assert count(store, table) == 0, table


def test_a_large_demo_is_searchable_by_accent_free_name(store):
    progress = []
    write_demo(store, nationals=12_000, seed=2, today=TODAY, progress=progress.append)
    assert progress[-1] == 12_000
    name = store.db.execute("SELECT family_names FROM nationals WHERE family_names LIKE 'Núñez %' LIMIT 1")
    assert name.fetchone() is not None
    assert store.nationals.count(NationalFilter(text="nunez")) > 50
    indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_nationals_household" in indexes


def test_the_suchiate_zone_has_slightly_more_nationals_than_its_assembly_points_hold(store):
    write_demo(store, nationals=2000, today=TODAY)
    zone = store.records.list(Zone, "code = ?", ["SUC"])[0]
    capacity = sum(p.capacity for p in store.records.list(Place, "zone_id = ? AND kind = 'assembly_point'",
                                                          [zone.id]))
    people = store.nationals.count(NationalFilter(zone_id=zone.id))
    assert capacity < people < capacity * 1.3


def test_seed_templates_gives_each_line_a_new_uuid(store):
    templates = load_plan_templates().for_hazards(["flood"])
    seed_templates(store, templates)
    changes = seed_templates(store, templates)
    assert changes.touches("alert_actions", "message_templates")
    assert count(store, "alert_actions") == 2 * len(templates.actions)
    uuids = [r[0] for r in store.db.execute("SELECT uuid FROM alert_actions")]
    assert len(set(uuids)) == len(uuids)


def test_a_scratch_load_leaves_a_checked_wal_file_with_full_sync_and_the_same_rows(tmp_path):
    from micic_planner.storage.store import PostStore

    def registry(name, scratch):
        with PostStore.open(tmp_path / name, create=True) as s:
            write_demo(s, nationals=12_000, seed=4, today=TODAY, scratch=scratch)
            assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert s.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert s.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            s.db.execute("INSERT INTO nationals_fts(nationals_fts, rank) VALUES ('integrity-check', 1)")
            assert s.nationals.count(NationalFilter(text="nunez")) > 50
            return s.db.execute("SELECT * FROM nationals ORDER BY id").fetchall()

    scratch = registry("scratch.db", True)
    assert len(scratch) == 12_000
    # the same rows but for the created_at and updated_at stamps of the moment
    assert [row[:2] + row[4:] for row in scratch] == [row[:2] + row[4:] for row in registry("safe.db", False)]


def test_a_scratch_load_needs_a_file(tmp_path):
    from micic_planner.storage.store import PostStore

    with PostStore.memory() as s, pytest.raises(ValueError):
        write_demo(s, nationals=10, today=TODAY, scratch=True)
