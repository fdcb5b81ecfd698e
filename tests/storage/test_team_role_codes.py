"""Crisis-team roles are codes (m024): a role typed in Spanish matches the matrix; a post's own role is kept."""

from micic_planner.core.team_roles import role_code, role_label
from micic_planner.storage.connection import raw_connect
from micic_planner.storage.migrations import migrations
from micic_planner.storage.nationals import order_by
from micic_planner.storage.store import PostStore


def test_a_role_typed_in_either_language_any_case_or_accents_is_one_code():
    assert role_code("Oficial de Protección") == role_code("oficial  de proteccion") == "Protection officer"
    assert role_code("head of post") == "Head of post"
    assert role_code(" Chofer de guardia ") == "Chofer de guardia"  # the post's own role, kept as typed
    assert role_label("Protection officer", "es") == "Oficial de protección"
    assert role_label("Chofer de guardia", "es") == "Chofer de guardia"


def test_the_migration_maps_free_text_roles_to_codes_and_keeps_the_others(tmp_path):
    from sqlite_utils import Database  # after the driver shim (storage.driver), which must come first

    path = tmp_path / "old.micic"
    db = Database(raw_connect(path))
    migrations.apply(db, stop_before="m024_roles_and_name_order")
    db.execute("INSERT INTO team (uuid, role, name, position) VALUES ('t1', 'Titular de la Representación', 'Ana', 1),"
               " ('t2', 'Consular officer', 'Luis', 2), ('t3', 'Chofer', 'Beto', 3),"
               " ('t4', 'oficial de logistica', 'Rosa', 4)")
    db.execute("INSERT INTO alert_actions (uuid, phase, kind, text_es, text_en, role) VALUES "
               "('a1', 1, 'action', 'Avisar', 'Warn', 'Red de enlaces'), ('a2', 1, 'action', 'x', 'x', '')")
    db.conn.commit()
    db.conn.close()
    with PostStore.open(path) as store:
        roles = [r[0] for r in store.db.execute("SELECT role FROM team ORDER BY position")]
        assert roles == ["Head of post", "Consular officer", "Chofer", "Logistics officer"]
        actions = [r[0] for r in store.db.execute("SELECT role FROM alert_actions ORDER BY uuid")]
        assert actions == ["Warden network", ""]


def test_the_registry_pages_names_in_spanish_order_through_the_name_index(store):
    from micic_planner.core.filters import NationalFilter
    from micic_planner.core.models import National

    for family in ("Yáñez", "Ñandú", "Nora", "Álvarez", "ávila", "Zúñiga", "Arriaga", "Núñez", "Nuño"):
        store.nationals.add(National("Ana", family))
    rows = store.nationals.page(NationalFilter(), 0, 50)
    families = [r[1] for r in rows]
    assert families == ["Álvarez", "Arriaga", "ávila", "Nora", "Núñez", "Nuño", "Ñandú", "Yáñez", "Zúñiga"]
    plan = " ".join(str(r) for r in store.db.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM nationals ORDER BY {order_by('family_names')} LIMIT 50"))
    assert "idx_nationals_spanish_name" in plan and "TEMP B-TREE" not in plan  # walked, never sorted


def test_an_export_lists_the_registry_in_spanish_name_order(store):
    from micic_planner.core.models import National
    from micic_planner.storage.exchange_source import ExchangeSource

    for family in ("Zúñiga", "Ñandú", "Álvarez", "Nora"):
        store.nationals.add(National("Ana", family))
    rows = ExchangeSource(store).nationals(["family_names"])
    assert [r["family_names"] for r in rows] == ["Álvarez", "Nora", "Ñandú", "Zúñiga"]


def test_the_name_order_is_one_joined_key_that_sorts_as_family_names_then_given_names(store):
    from micic_planner.core.filters import NationalFilter
    from micic_planner.core.models import National

    # Joined with char(1), "Pérez" + "Zoe" still sorts before "Péreza" + "Ana", as the two keys did.
    for given, family in (("Ana", "Péreza"), ("Zoe", "Pérez"), ("Álex", "Pérez"), ("Ana", "Perez Nuñez")):
        store.nationals.add(National(given, family))
    rows = store.nationals.page(NationalFilter(), 0, 50)
    assert [(r[1], r[2]) for r in rows] == [("Pérez", "Álex"), ("Pérez", "Zoe"), ("Perez Nuñez", "Ana"),
                                            ("Péreza", "Ana")]
    (sql,) = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'idx_nationals_spanish_name'").fetchone()
    assert sql.count("replace(") == 14  # one folding per row, not one per name (the index is built faster)
