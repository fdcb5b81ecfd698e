import pytest

from micic_planner.core.column_mapping import guess_mapping
from micic_planner.core.duplicates import DuplicateFinder
from micic_planner.core.errors import ImportRejectedError
from micic_planner.core.import_job import ImportDecisions, ImportPipeline
from micic_planner.core.import_rows import RowValidator
from micic_planner.core.models import National
from micic_planner.storage.import_store import ImportStore
from micic_planner.storage.nationals import fast_uuid

HEADERS = ["Apellidos", "Nombre(s)", "Fecha de nacimiento", "Teléfono", "Pasaporte"]


def rows(n, bad_at=None):
    for i in range(n):
        birth = "31/02/1990" if i == bad_at else f"{1 + i % 28:02d}/{1 + i // 28 % 12:02d}/{1950 + i // 336}"
        yield i + 2, [f"Pérez{i}", "José", birth, "", f"P{i:07d}"]


def run(store, data, decisions=None, expected=0):
    imports = ImportStore(store)
    validator = RowValidator(guess_mapping(HEADERS), region="GT", zones=imports.zones())
    pipeline = ImportPipeline(validator, decisions or ImportDecisions(), fast_uuid, DuplicateFinder(imports.lookup()))
    return imports.apply(pipeline, data, file_name="lista.csv", expected=expected)


def snapshot(store):
    return store.db.execute("SELECT uuid, family_names, given_names, birth_date FROM nationals ORDER BY id").fetchall()


def test_a_file_with_a_bad_row_imports_nothing(store):
    store.nationals.add(National("Ana", "Ruiz"))
    before = snapshot(store)
    with pytest.raises(ImportRejectedError) as caught:
        run(store, rows(50, bad_at=20))
    assert caught.value.report.bad_rows == [22]
    assert snapshot(store) == before


def test_the_same_file_imports_when_the_bad_row_is_skipped(store):
    outcome, changes = run(store, rows(50, bad_at=20), ImportDecisions(skip={22}))
    assert outcome.inserted == 49 and changes.count == 49
    assert store.nationals.count() == 49


def test_a_bad_row_can_be_fixed_instead_of_skipped(store):
    outcome, _changes = run(store, rows(5, bad_at=2), ImportDecisions(fixes={4: {2: "28/02/1990"}}))
    assert outcome.inserted == 5
    assert store.db.execute("SELECT birth_date FROM nationals WHERE family_names = 'Pérez2'").fetchone() == (
        "1990-02-28",)


def test_a_crash_half_way_through_a_large_import_leaves_the_registry_as_it_was(store):
    store.nationals.add(National("Ana", "Ruiz"))
    before = snapshot(store)
    indexes = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").fetchall()

    def crashing():
        for number, values in rows(12_000):
            if number == 6_000:
                raise RuntimeError("power cut")
            yield number, values

    with pytest.raises(RuntimeError):
        run(store, crashing(), expected=12_000)
    assert snapshot(store) == before
    assert store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").fetchall() == indexes
    assert store.db.execute("SELECT count(*) FROM import_log").fetchone() == (0,)


def test_merging_keeps_non_empty_fields_and_writes_no_history_when_the_status_is_unchanged(store):
    existing = National("José", "Pérez0", passport_no="P0000000", email="jose@example.org", notes="vive solo")
    store.nationals.add(existing)
    store.user_name = "consul"
    data = [(2, ["Pérez0", "José", "01/01/1950", "+502 5512 3456", "P0000000"])]
    outcome, _c = run(store, data, ImportDecisions(duplicates="merge"))
    assert (outcome.merged, outcome.inserted) == (1, 0)
    merged = store.nationals.get(existing.id)
    assert merged.email == "jose@example.org" and merged.notes == "vive solo"
    assert merged.phone == "+50255123456" and merged.birth_date.isoformat() == "1950-01-01"
    assert store.nationals.status_history(existing.id) == []  # issue 15.1: nothing changed, nothing written


def test_duplicates_inside_the_file_are_skipped_by_default_and_kept_on_request(store):
    data = [(2, ["Núñez", "María", "01/03/1980", "", "X1"]), (3, ["Nunez", "Maria", "01/03/1980", "", ""])]
    outcome, _c = run(store, list(data))
    assert (outcome.inserted, outcome.skipped) == (1, 1)
    outcome, _c = run(store, [(2, ["Otra", "Persona", "", "", "Z9"]), (3, ["Otro", "Nombre", "", "", "Z9"])],
                      ImportDecisions(duplicates="keep"))
    assert outcome.inserted == 2


def test_a_mapping_is_saved_per_source(store):
    imports = ImportStore(store)
    imports.save_mapping("Cruz Roja", '{"Apellidos": "family_names"}', "GT")
    imports.save_mapping("Cruz Roja", '{"Apellidos": "family_names", "Nombre": "given_names"}', "GT")
    assert imports.sources() == ["Cruz Roja"]
    assert imports.saved_mapping("Cruz Roja") == ('{"Apellidos": "family_names", "Nombre": "given_names"}', "GT")
