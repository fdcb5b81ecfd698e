"""A place's capacity may be unknown (NULL), and the step that allows it keeps every assignment (m026)."""

from micic_planner.core.enums import PlaceKind
from micic_planner.core.models import Place
from micic_planner.storage.connection import raw_connect
from micic_planner.storage.migrations import migrations
from micic_planner.storage.store import PostStore


def test_the_migration_makes_old_zero_capacities_unknown_and_keeps_real_ones_and_the_assignments(tmp_path):
    from sqlite_utils import Database  # after the driver shim (storage.driver), which must come first

    path = tmp_path / "old.micic"
    db = Database(raw_connect(path))
    migrations.apply(db, stop_before="m026_unknown_capacity")
    db.execute("INSERT INTO places (uuid, name, kind, lat, lon, capacity) VALUES "
               "('p1', 'Parque', 'assembly_point', 14.9, -92.3, 0), "
               "('p2', 'Estadio', 'assembly_point', 14.8, -92.3, 50)")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'Pérez')")
    db.execute("INSERT INTO assignments (national_id, assembly_point_id) VALUES (1, 1)")
    db.conn.commit()
    db.conn.close()
    with PostStore.open(path) as store:
        assert store.db.execute("SELECT name, capacity FROM places ORDER BY id").fetchall() == [
            ("Parque", None), ("Estadio", 50)]
        assert store.db.execute("SELECT national_id, assembly_point_id FROM assignments").fetchall() == [(1, 1)]
        assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_place_saved_without_a_capacity_reads_back_unknown_not_zero(tmp_path):
    with PostStore.open(tmp_path / "post.micic", create=True) as store:
        place = Place("Cancha", PlaceKind.ASSEMBLY_POINT, 14.9, -92.3)
        store.records.add(place)
        assert store.records.get(Place, place.id).capacity is None
        place.capacity = 0
        store.records.update(place)
        assert store.records.get(Place, place.id).capacity == 0
