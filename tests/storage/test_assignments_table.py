"""Each national's assembly point lives in `assignments` (m008), read and written through the registry."""

from micic_planner.core.enums import PlaceKind
from micic_planner.core.filters import NationalFilter
from micic_planner.core.models import National, Place
from micic_planner.storage.connection import raw_connect
from micic_planner.storage.migrations import migrations
from micic_planner.storage.nationals import fast_uuid
from micic_planner.storage.store import PostStore


def point(store, name="Parque central", capacity=50) -> int:
    return store.records.add_many([Place(name, PlaceKind.ASSEMBLY_POINT, 14.9, -92.26, capacity=capacity)]).ids[0]


def stored_points(store) -> dict[int, int]:
    return dict(store.db.execute("SELECT national_id, assembly_point_id FROM assignments").fetchall())


def test_a_national_saved_with_a_point_is_read_back_with_it_and_cleared_when_unset(store):
    park = point(store)
    national = National("Ana", "Pérez", assembly_point_id=park)
    store.nationals.add(national)
    assert store.nationals.get(national.id).assembly_point_id == park
    assert stored_points(store) == {national.id: park}
    national.assembly_point_id = None
    store.nationals.update(national)
    assert store.nationals.get(national.id).assembly_point_id is None
    assert stored_points(store) == {}


def test_the_registry_has_no_assembly_point_column_any_more(store):
    columns = {r[1] for r in store.db.execute("PRAGMA table_info(nationals)")}
    assert "assembly_point_id" not in columns and "household" in columns


def test_deleting_a_national_or_the_point_removes_the_assignment(store):
    park, school = point(store), point(store, "Escuela")
    ana, luis = National("Ana", "Pérez", assembly_point_id=park), National("Luis", "Pérez", assembly_point_id=school)
    store.nationals.add(ana)
    store.nationals.add(luis)
    store.nationals.delete(ana.id)
    assert stored_points(store) == {luis.id: school}
    store.db.execute("DELETE FROM places WHERE id = ?", [school])
    assert stored_points(store) == {}
    assert store.nationals.get(luis.id).assembly_point_id is None


def test_the_list_filter_and_page_show_the_point_from_its_own_table(store):
    park = point(store)
    store.nationals.add(National("Ana", "Pérez", assembly_point_id=park))
    store.nationals.add(National("Luis", "Gómez"))
    flt = NationalFilter(assembly_point_id=park)
    assert store.nationals.count(flt) == 1
    rows = store.nationals.page(NationalFilter(), 0, 10, columns=("given_names", "assembly_point_id"))
    assert sorted(rows) == [("Ana", park), ("Luis", None)]


def test_a_bulk_load_with_an_assembly_point_column_fills_the_assignments(store):
    park = point(store)
    rows = [(fast_uuid(), f"Nombre {i}", "Pérez", park if i % 2 else None) for i in range(20)]
    changes = store.nationals.bulk_insert(["uuid", "given_names", "family_names", "assembly_point_id"], rows)
    assert changes.count == 20
    assert sorted(stored_points(store).values()) == [park] * 10
    assert store.nationals.count(NationalFilter(assembly_point_id=park)) == 10


def test_the_migration_moves_the_points_already_stored_in_the_registry(tmp_path):
    from sqlite_utils import Database  # after the driver shim (storage.driver), which must come first

    path = tmp_path / "old.micic"
    db = Database(raw_connect(path))
    migrations.apply(db, stop_before="m008_assignments")
    db.execute("INSERT INTO places (uuid, name, kind, lat, lon) VALUES ('p1', 'Parque', 'assembly_point', 14.9, -92.3)")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names, assembly_point_id) VALUES "
               "('n1', 'Ana', 'Pérez', 1), ('n2', 'Luis', 'Gómez', NULL)")
    db.conn.commit()
    db.conn.close()
    with PostStore.open(path) as store:
        assert stored_points(store) == {1: 1}
        assert store.nationals.get(1).assembly_point_id == 1
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
