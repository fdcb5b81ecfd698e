from datetime import date

import pytest

from micic_planner.core.enums import AccountabilityStatus, Vulnerability
from micic_planner.core.errors import NotFoundError, StorageError
from micic_planner.core.filters import NationalFilter
from micic_planner.core.models import National, Zone
from micic_planner.storage.nationals import fast_uuid


def test_migrations_from_empty_create_every_table(store):
    tables = set(store.db.table_names())
    for name in ("post", "nationals", "zones", "wardens", "places", "routes", "partners", "team",
                 "hazards", "alert_actions", "message_templates", "status_events", "nationals_fts"):
        assert name in tables
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_search_finds_accented_name_from_plain_prefix(store):
    store.nationals.add(National("María José", "Núñez Pérez", birth_date=date(1990, 5, 1)))
    store.nationals.add(National("Juan", "López"))
    assert store.nationals.count(NationalFilter(text="nunez")) == 1
    assert store.nationals.count(NationalFilter(text="Nú")) == 1
    assert store.nationals.count(NationalFilter(text="maria nun")) == 1
    assert store.nationals.count(NationalFilter(text="lopez")) == 1
    assert store.nationals.count(NationalFilter(text='"')) == 2  # no searchable word: no filter


def test_a_status_change_is_recorded_in_the_history(store):
    n = National("Ana", "Ruiz")
    store.nationals.add(n)
    store.user_name = "officer1"
    n.status = AccountabilityStatus.SAFE
    store.nationals.update(n, source="phone", note="called")
    n.status = AccountabilityStatus.EVACUATED
    store.nationals.update(n, source="warden")
    history = store.nationals.status_history(n.id)
    assert [h["status"] for h in history] == ["safe", "evacuated"]
    assert history[0]["previous"] == "not_contacted" and history[0]["by_user"] == "officer1"


def test_bulk_insert_rebuilds_the_search_index_and_indexes(store):
    cols = ["uuid", "given_names", "family_names", "vulnerabilities"]
    rows = ((fast_uuid(), f"Name{i}", "Núñez" if i % 2 else "Gómez", 4 if i % 3 == 0 else 0) for i in range(12_000))
    changes = store.nationals.bulk_insert(cols, rows, expected=12_000)
    assert changes.count == 12_000
    assert store.nationals.count(NationalFilter(text="nunez")) == 6_000
    assert store.nationals.count(NationalFilter(vulnerability=Vulnerability.OLDER_PERSON)) == 4_000
    indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "idx_nationals_board" in indexes and "idx_nationals_spanish_name" in indexes


def test_bulk_insert_lands_whole_or_not_at_all(store):
    cols = ["uuid", "given_names", "family_names"]

    def rows():
        for _ in range(60_000):
            yield (fast_uuid(), "A", "B")
        yield ("dup", "A", "B")
        yield ("dup", "A", "B")

    with pytest.raises(StorageError):
        store.nationals.bulk_insert(cols, rows(), expected=60_002)
    assert store.nationals.count() == 0


def test_page_reads_the_end_of_the_list_backwards_in_the_right_order(store):
    for i in range(30):
        store.nationals.add(National("X", f"F{i:02d}"))
    total = store.nationals.count()
    tail = store.nationals.page(NationalFilter(), 25, 10, total=total)
    assert [r[1] for r in tail] == [f"F{i:02d}" for i in range(25, 30)]
    head = store.nationals.page(NationalFilter(), 0, 3, total=total)
    assert [r[1] for r in head] == ["F00", "F01", "F02"]


def test_deleting_a_zone_leaves_its_nationals_without_zone(store):
    zone = Zone("Centro")
    store.records.add(zone)
    n = National("Ana", "Ruiz", zone_id=zone.id)
    store.nationals.add(n)
    store.records.delete(Zone, zone.id)
    assert store.nationals.get(n.id).zone_id is None
    with pytest.raises(NotFoundError):
        store.records.get(Zone, zone.id)
