"""A PFIF person's expiry_date is the sender's: a record past it is not imported and is listed; a later one is kept."""

from datetime import UTC, datetime

from micic_planner import cli
from micic_planner.interchange.pfif import TABLE_FIELDS, PfifPerson, open_pfif_table, write_pfif
from micic_planner.storage.store import PostStore

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def _file(tmp_path):
    path = tmp_path / "cruz-roja.xml"
    write_pfif(path, [
        PfifPerson({"person_record_id": "cruzroja.org/p.1", "given_name": "Ana", "family_name": "Vencida",
                    "expiry_date": "2026-11-30T00:00:00Z"},
                   [{"note_record_id": "cruzroja.org/n.1", "status": "believed_alive", "text": "En el albergue",
                     "source_date": "2026-11-01T00:00:00Z"}]),
        PfifPerson({"person_record_id": "cruzroja.org/p.2", "given_name": "Luis", "family_name": "Vigente",
                    "expiry_date": "2027-06-30T00:00:00Z"}),
        PfifPerson({"person_record_id": "cruzroja.org/p.3", "given_name": "Marta", "family_name": "Sin Fecha"})])
    return path


def test_a_person_whose_expiry_date_has_passed_is_left_out_with_its_notes_and_listed(tmp_path):
    table = open_pfif_table(_file(tmp_path), now=NOW)
    rows = [dict(zip(TABLE_FIELDS, values)) for _n, values in table.rows()]
    assert [r["family_names"] for r in rows] == ["Vigente", "Sin Fecha"]
    assert table.expired == [("cruzroja.org/p.1", "Ana Vencida", "2026-11-30T00:00:00Z")]
    assert not [n for n in table.person_notes + table.inquiry_notes if n.person_id == "cruzroja.org/p.1"]
    assert "expires on 2027-06-30" in rows[0]["notes"] and "expires" not in rows[1]["notes"]


def test_the_import_command_imports_the_others_and_names_the_expired_record(tmp_path, capsys):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True):
        pass
    assert cli.main(["import", str(path), str(_file(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "1 person not imported: the sender's record has expired" in out
    assert "Ana Vencida (cruzroja.org/p.1): 2026-11-30T00:00:00Z" in out
    with PostStore.open(path) as store:
        names = [r[0] for r in store.db.execute("SELECT family_names FROM nationals ORDER BY id")]
    assert names == ["Vigente", "Sin Fecha"]
