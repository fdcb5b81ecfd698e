"""`micic-planner return …`: list, show, advance with safeguards, and a handover to the receiving office."""

from datetime import date

from micic_planner import cli
from micic_planner.core.models import Post
from micic_planner.core.returns.case import ReturnCase
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.store import PostStore
from tests.returns.returns_fixture import add_people

PASSPHRASE = "ceiba marimba volcán 2026"


def _post(tmp_path):
    path = tmp_path / "consulado.micic"
    with PostStore.open(path, create=True) as store:
        ids = add_people(store)
        # A number given before numbers carried the site (m040): still found by every command.
        ReturnStore(store).open_case(ReturnCase(date(2026, 11, 2), assessment="Quiere volver", consent_handover=True,
                                                programme="OIM AVRR", number="RET-2026-00001"), [ids["nino"]])
    return path


def test_list_show_and_a_blocked_advance_say_what_blocks_the_return(tmp_path, capsys):
    path = _post(tmp_path)
    assert cli.main(["return", "list", "--db", str(path)]) == 0
    assert "RET-2026-00001" in capsys.readouterr().out
    assert cli.main(["return", "advance", "--db", str(path), "RET-2026-00001", "assessed"]) == 0
    assert cli.main(["return", "advance", "--db", str(path), "RET-2026-00001", "approved"]) == 2
    assert "best-interests assessment" in capsys.readouterr().err
    assert cli.main(["return", "show", str(path), "RET-2026-00001"]) == 0
    out = capsys.readouterr().out
    assert "Díaz, Kevin" in out and "blocked" in out
    with PostStore.open(path) as store:
        assert store.audit.count("read_return_case") == 1


def test_an_unknown_state_is_refused_with_the_states_to_use(tmp_path, capsys):
    path = _post(tmp_path)
    assert cli.main(["return", "advance", "--db", str(path), "1", "volando"]) == 2
    assert "requested, assessed" in capsys.readouterr().err


def test_a_handover_file_goes_from_the_post_to_the_receiving_office(tmp_path, capsys, monkeypatch):
    path = _post(tmp_path)
    office = tmp_path / "recepcion.micic"
    with PostStore.open(office, create=True) as store:
        store.save_post(Post("Centro de Atención al Migrante Retornado", "HN", "San Pedro Sula"))
    monkeypatch.setenv("MICIC_EXPORT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "traspaso.zip"
    assert cli.main(["return", "handover-export", "--db", str(path), "--cases", "RET-2026-00001",
                     "--out", str(out)]) == 0
    assert cli.main(["return", "handover-import", "--db", str(office), str(out)]) == 0
    assert "1 case taken in" in capsys.readouterr().out
    with PostStore.open(office) as store:
        assert ReturnStore(store).count() == 1


def test_the_receiving_office_plans_refers_and_follows_up_from_the_command_line(tmp_path, capsys):
    from micic_planner.core.returns.case import CaseState

    path = _post(tmp_path)
    with PostStore.open(path) as store:
        store.db.execute("UPDATE return_cases SET state = 'departed' WHERE id = 1")
        ReturnStore(store).advance(1, CaseState.RECEIVED)
    db = ["--db", str(path)]
    assert cli.main(["return", "goal", *db, "1", "--dimension", "economic", "--text", "Volver a la escuela"]) == 0
    assert cli.main(["return", "refer", *db, "1", "--service", "Escuela de Totonicapán (demo)", "--dimension",
                     "social", "--share", "name,languages"]) == 2
    assert "consent" in capsys.readouterr().err
    assert cli.main(["return", "refer", *db, "1", "--service", "Escuela de Totonicapán (demo)", "--dimension",
                     "social", "--share", "name,languages", "--consent"]) == 0
    assert cli.main(["return", "referral", *db, "1", "accepted"]) == 0
    assert cli.main(["return", "referral", *db, "1", "delivered", "--outcome", "Inscrito en 3.º básico"]) == 0
    assert cli.main(["return", "follow-up", *db, "x"]) == 2
    assert cli.main(["return", "follow-up", *db, "1", "--notes", "Va a clases"]) == 0
    capsys.readouterr()
    assert cli.main(["return", "show", *db, "1"]) == 0
    out = capsys.readouterr().out
    assert "Volver a la escuela" in out and "Inscrito en 3.º básico" in out and "Va a clases" in out


def test_the_directory_goes_out_as_hxl_and_comes_back_into_another_post(tmp_path, capsys):
    from micic_planner.storage.demo_writer import write_demo
    from micic_planner.storage.returns.directory_store import DirectoryStore

    demo = tmp_path / "demo.micic"
    with PostStore.open(demo, create=True) as store:
        write_demo(store, nationals=50, seed=2)
    out = tmp_path / "directorio.csv"
    assert cli.main(["return", "directory-export", "--db", str(demo), "--out", str(out), "--hxl"]) == 0
    office = tmp_path / "recepcion.micic"
    PostStore.open(office, create=True).close()
    assert cli.main(["return", "directory-import", "--db", str(office), str(out)]) == 0
    with PostStore.open(office) as store:
        assert len(DirectoryStore(store).programmes()) == 3 and len(DirectoryStore(store).services()) == 7
    assert cli.main(["return", "show", "--db", str(demo), "1"]) == 0
    assert "Fondo de Reserva de la CRM" in capsys.readouterr().out


def test_an_emergency_travel_document_is_recorded_from_the_command_line(tmp_path, capsys):
    path = _post(tmp_path)
    with PostStore.open(path) as store:
        kevin = ReturnStore(store).case_file(1)[1][0].national_id
    assert cli.main(["return", "document", "--db", str(path), "1", "--national", str(kevin),
                     "--number", "LP-2026-00001"]) == 0
    assert cli.main(["return", "document", "--db", str(path), "1", "--national", "999", "--number", "X"]) == 2
    assert "not in this case" in capsys.readouterr().err
