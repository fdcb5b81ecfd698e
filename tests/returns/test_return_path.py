"""The whole path of a family's return, end to end: request, assessment, a child's return blocked until the
best-interests assessment, the declaration printed, travel on a movement, handover, reception, closure."""

from datetime import date

import pytest

from micic_planner.core.crisis import Movement
from micic_planner.core.enums import Hazard
from micic_planner.core.errors import ValidationError
from micic_planner.core.models import Post
from micic_planner.core.returns.case import CaseState, ReturnCase
from micic_planner.core.security import Role
from micic_planner.interchange.return_handover import read_handover, write_handover
from micic_planner.reports.returns.declaration_pdf import DeclarationRenderer, DeclarationSheet
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.handover import ReturnHandover
from micic_planner.storage.store import PostStore
from tests.returns.returns_fixture import add_people

PASSPHRASE = "ceiba marimba volcán 2026"
TODAY = date.today()


def test_a_familys_return_goes_from_the_request_to_closure_at_home(tmp_path):
    with PostStore.open(tmp_path / "consulado.micic", create=True) as post:
        ids = add_people(post)
        returns = ReturnStore(post)
        case = ReturnCase(TODAY, requested_by="Marta Reyes Cruz", programme="Fondo de Reserva CRM",
                          receiving_office="Centro de Atención al Migrante Retornado", return_country="HN",
                          return_municipality="Choloma")
        returns.open_case(case, [ids["madre"], ids["padre"], ids["hija"]])
        case.assessment = "La familia quiere volver; la niña de 10 años tiene a sus abuelos en Choloma."
        returns.save(case)
        returns.advance(case.id, CaseState.ASSESSED)
        with pytest.raises(ValidationError, match="best-interests assessment"):
            returns.advance(case.id, CaseState.APPROVED)
        assert returns.case_file(case.id)[0].state is CaseState.ASSESSED
        case = returns.case_file(case.id)[0]
        case.best_interests_on, case.best_interests_by = TODAY, "Procuraduría de Protección de NNA, Chiapas"
        returns.save(case)
        returns.advance(case.id, CaseState.APPROVED)
        returns.advance(case.id, CaseState.DOCUMENTS_READY)
        declaration = DeclarationRenderer("es").render(DeclarationSheet(*returns.case_file(case.id)[:2], "Consulado"))
        assert declaration.startswith(b"%PDF")
        case = returns.case_file(case.id)[0]
        case.declaration_signed_on, case.declaration_lang = TODAY, "es"
        case.child_authority_host, case.child_authority_home = "PPNNA Chiapas", "DINAF Honduras"
        case.consent_handover, case.consent_on = True, TODAY
        returns.save(case)
        crises = CrisisStore(post)
        crisis = crises.open("Retornos", Hazard.HURRICANE)
        bus = Movement(crisis.id, "Bus de retorno a El Ceibo", seats=40, destination="El Ceibo",
                       departs_at=TODAY.isoformat())
        crises.movements.save(bus)
        returns.put_on_movement(case.id, bus.id)
        assert crises.movements.count(bus.id) == 3
        returns.advance(case.id, CaseState.TRAVEL_ARRANGED)
        returns.advance(case.id, CaseState.DEPARTED)
        write_handover(ReturnHandover(post).outgoing([case.id]), tmp_path / "traspaso.zip", PASSPHRASE)
    office_path = tmp_path / "recepcion.micic"
    with PostStore.open(office_path, create=True) as office:
        office.save_post(Post("Centro de Atención al Migrante Retornado", "HN", "San Pedro Sula"))
        office.add_user("ana", Role.ADMINISTRATOR, "Ana-volcán-marimba-7731")
        office.add_user("rita", Role.RECEPTION, "Rita-quetzal-ceiba-4418")
    with PostStore.open(office_path, user="rita", password="Rita-quetzal-ceiba-4418") as office:
        ReturnHandover(office).incoming(read_handover(tmp_path / "traspaso.zip", PASSPHRASE))
        returns = ReturnStore(office)
        case_id = returns.page(returns.filter_all(), 0, 1)[0].id
        returns.advance(case_id, CaseState.RECEIVED, "Llegaron los tres; la niña con sus abuelos")
        returns.advance(case_id, CaseState.IN_REINTEGRATION)
        returns.advance(case_id, CaseState.CLOSED)
        case, members, steps = returns.case_file(case_id)
        assert case.state is CaseState.CLOSED and len(members) == 3
        assert [s.state for s in steps][-3:] == [CaseState.RECEIVED, CaseState.IN_REINTEGRATION, CaseState.CLOSED]
        assert steps[-1].by_user == "rita"
        assert office.audit.count("handover_import") == 1


def test_the_arrival_goes_back_to_the_post_the_same_way_and_keeps_the_posts_travel(tmp_path):
    with PostStore.open(tmp_path / "consulado.micic", create=True) as post:
        ids = add_people(post)
        returns = ReturnStore(post)
        case = ReturnCase(TODAY, assessment="ok", declaration_signed_on=TODAY, consent_handover=True)
        returns.open_case(case, [ids["asilo"]])
        crises = CrisisStore(post)
        bus = Movement(crises.open("Retornos", Hazard.HURRICANE).id, "Bus", seats=5, departs_at=TODAY.isoformat())
        crises.movements.save(bus)
        returns.put_on_movement(case.id, bus.id)
        for state in (CaseState.ASSESSED, CaseState.APPROVED, CaseState.DOCUMENTS_READY, CaseState.TRAVEL_ARRANGED,
                      CaseState.DEPARTED):
            returns.advance(case.id, state)
        write_handover(ReturnHandover(post).outgoing([case.id]), tmp_path / "ida.zip", PASSPHRASE)
    with PostStore.open(tmp_path / "recepcion.micic", create=True) as office:
        ReturnHandover(office).incoming(read_handover(tmp_path / "ida.zip", PASSPHRASE))
        there = ReturnStore(office)
        there.advance(1, CaseState.RECEIVED, "Llegó bien")
        write_handover(ReturnHandover(office).outgoing([1]), tmp_path / "vuelta.zip", PASSPHRASE)
    with PostStore.open(tmp_path / "consulado.micic") as post:
        ReturnHandover(post).incoming(read_handover(tmp_path / "vuelta.zip", PASSPHRASE))
        back, _members, steps = ReturnStore(post).case_file(case.id)
        assert back.state is CaseState.RECEIVED and back.movement_id == bus.id
        assert steps[-1].note == "Llegó bien" and len(steps) == 7
        assert post.audit.count("handover_import") == 1 and post.audit.count("handover_export") == 1
