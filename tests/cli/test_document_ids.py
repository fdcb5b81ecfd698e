"""Issue 15.11: a consular id is kept as written, and merging the same file again adds no note."""

from micic_planner.cli import main
from micic_planner.core.duplicates import merge_values, same_document
from micic_planner.core.models import Post
from micic_planner.storage.store import PostStore

CSV = "Apellidos,Nombres,Matrícula consular,Pasaporte\nIbarra,Begoña,TAP-2024-0000152,g 1234 5678\n"


def test_a_consular_id_is_imported_as_written_and_a_second_merge_adds_no_note(tmp_path, capsys):
    db = tmp_path / "post.db"
    with PostStore.open(db, create=True) as store:
        store.save_post(Post("Consulado", "MX", "Tapachula"))
    path = tmp_path / "lista.csv"
    path.write_text(CSV, encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"Apellidos": "family_names", "Nombres": "given_names", "Matrícula consular": '
                       '"consular_id", "Pasaporte": "passport_no"}', encoding="utf-8")
    for _ in range(2):
        assert main(["import", "--db", str(db), str(path), "--mapping", str(mapping), "--no-geocode",
                     "--duplicates", "merge"]) == 0
    with PostStore.open(db) as store:
        rows = store.db.execute("SELECT consular_id, passport_no, notes FROM nationals").fetchall()
    assert rows == [("TAP-2024-0000152", "G 1234 5678", "")]


def test_a_merge_does_not_note_the_same_document_written_without_dashes():
    existing = {"consular_id": "TAP20240000152", "passport_no": "G12345678", "notes": ""}
    assert merge_values(existing, {"consular_id": "TAP-2024-0000152", "passport_no": "G 1234 5678"}) == {}
    assert merge_values(existing, {"consular_id": "TAP-2024-0000999"}) == {"notes": "consular_id: TAP-2024-0000999"}
    assert same_document("tap-2024 01", "TAP202401") and not same_document("TAP-1", "TAP-2")
