"""The registry look-ups of duplicate detection read indexes only and find the same people."""

from datetime import date

from micic_planner.core.duplicates import DuplicateFinder, name_key
from micic_planner.core.models import National
from micic_planner.storage.import_store import ImportStore


def plan(store, sql):
    return " ".join(row[-1] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, ["x", 1]))


def test_names_of_a_date_of_birth_come_from_a_covering_index(store):
    sql = "SELECT id, birth_date, family_names, given_names FROM nationals WHERE birth_date IN (?) AND id <= ?"
    assert "COVERING INDEX idx_nationals_birth_name" in plan(store, sql)


def test_documents_are_found_by_passport_and_by_consular_id_without_reading_the_table(store):
    both = store.nationals.add(National("Ana", "Ruiz", passport_no="G1", consular_id="M1")).ids[0]
    other = store.nationals.add(National("Luis", "Paz", consular_id="G1")).ids[0]
    store.nationals.add(National("Eva", "Sol", passport_no="G9"))
    found = ImportStore(store).lookup().by_documents(["G1", "M1", "Z0"])
    assert found == {"G1": sorted([both, other]), "M1": [both]}
    for column in ("passport_no", "consular_id"):
        assert "COVERING INDEX" in plan(store, f"SELECT id, {column} FROM nationals WHERE {column} IN (?) AND id <= ?")


def test_a_name_written_without_accents_matches_the_registry_on_the_same_date_of_birth(store):
    born = date(1984, 3, 9)
    ana = store.nationals.add(National("María José", "Núñez Pérez", birth_date=born)).ids[0]
    store.nationals.add(National("María José", "Núñez Pérez", birth_date=date(1984, 3, 10)))
    finder = DuplicateFinder(ImportStore(store).lookup())
    rec = {"family_names": "NUNEZ PEREZ", "given_names": "Maria Jose", "birth_date": born.isoformat()}
    [candidate] = finder.check_batch([(2, rec)])
    assert (candidate.reason, candidate.existing_id, candidate.score) == ("name", ana, 100.0)


def test_name_keys_fold_each_field_and_leave_no_stray_space():
    assert name_key("Núñez-Pérez", " María  José ") == "nunez perez maria jose"
    assert name_key("", "José") == "jose"
    assert name_key("Ruiz", "") == "ruiz"
    assert name_key("", "") == ""


def test_the_list_sorted_by_date_of_birth_still_walks_an_index_without_sorting(store):
    steps = plan(store, "SELECT id FROM nationals WHERE id <> ? AND id > ? ORDER BY birth_date, id")
    assert "idx_nationals_birth_name" in steps and "TEMP B-TREE" not in steps
