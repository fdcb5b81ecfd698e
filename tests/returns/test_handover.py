"""The handover between the post and the receiving office: encrypted, with consent, continued, audited on both sides."""

from datetime import date

import pytest

from micic_planner.core.errors import HandoverError
from micic_planner.core.models import Post
from micic_planner.core.returns.case import CaseState, ReturnCase
from micic_planner.interchange.return_handover import read_handover, write_handover
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.handover import ReturnHandover
from micic_planner.storage.store import PostStore
from tests.returns.returns_fixture import add_people

PASSPHRASE = "ceiba marimba volcán 2026"


@pytest.fixture
def people_case(store):
    ids = add_people(store)
    returns = ReturnStore(store)
    case = ReturnCase(date(2026, 11, 2), assessment="Quiere volver", consent_handover=True, consent_on=date.today(),
                      receiving_office="Centro de Atención al Migrante Retornado, San Pedro Sula")
    returns.open_case(case, [ids["solo"]])
    returns.advance(case.id, CaseState.ASSESSED)
    store.nationals.update(_noted(store, ids["solo"]))
    return case


def _noted(store, national_id):
    n = store.nationals.get(national_id)
    n.notes, n.migration_status = "nota privada del consulado", "irregular"
    return n


def _receiving(tmp_path) -> PostStore:
    office = PostStore.open(tmp_path / "recepcion.micic", create=True)
    office.save_post(Post("Centro de Atención al Migrante Retornado", "HN", "San Pedro Sula"))
    return office


def test_a_case_goes_to_the_receiving_office_encrypted_and_continues_there(store, people_case, tmp_path):
    path = tmp_path / "traspaso.zip"
    write_handover(ReturnHandover(store).outgoing([people_case.id]), path, PASSPHRASE)
    raw = path.read_bytes()
    assert "Gómez".encode() not in raw and b"RET-2026" not in raw  # nothing readable without the passphrase
    with _receiving(tmp_path) as office:
        ReturnHandover(office).incoming(read_handover(path, PASSPHRASE))
        returns = ReturnStore(office)
        case, members, steps = returns.case_file(returns.page(returns.filter_all(), 0, 1)[0].id)
        assert case.number == people_case.number and case.state is CaseState.ASSESSED
        assert [m.name for m in members] == ["Gómez, Pedro"] and len(steps) == 2
        national = office.nationals.get(1)
        assert national.notes == "" and national.migration_status == ""  # the post's notes stay at the post
        assert office.audit.count("handover_import") == 1
    assert store.audit.count("handover_export") == 1


def test_importing_the_same_file_twice_continues_the_case_rather_than_copying_it(store, people_case, tmp_path):
    payload = ReturnHandover(store).outgoing([people_case.id])
    with _receiving(tmp_path) as office:
        ReturnHandover(office).incoming(payload)
        ReturnHandover(office).incoming(payload)
        assert ReturnStore(office).count() == 1 and office.nationals.count() == 1


def test_a_case_without_the_returnees_consent_does_not_travel(store, people_case):
    people_case.consent_handover = False
    ReturnStore(store).save(people_case)
    with pytest.raises(HandoverError, match=people_case.number):
        ReturnHandover(store).outgoing([people_case.id])
    assert store.audit.count("handover_export") == 0


def test_a_wrong_passphrase_is_told_plainly(store, people_case, tmp_path):
    path = tmp_path / "traspaso.zip"
    write_handover(ReturnHandover(store).outgoing([people_case.id]), path, PASSPHRASE)
    with pytest.raises(HandoverError, match="passphrase does not open"):
        read_handover(path, "otra frase cualquiera 99")


def test_a_file_that_is_not_a_handover_is_refused(tmp_path):
    path = tmp_path / "otro.zip"
    path.write_bytes(b"no es un zip")
    with pytest.raises(HandoverError, match="cannot be read"):
        read_handover(path, PASSPHRASE)
