"""Return cases in the post file: opening keeps households whole, steps follow the rules, reads are audited."""

import re
from datetime import date

import pytest

from micic_planner.core.errors import PermissionDeniedError, ValidationError
from micic_planner.core.returns.case import CaseState, Profile, ReturnCase
from micic_planner.core.returns.listing import CaseFilter
from micic_planner.core.security import Role
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.store import PostStore
from tests.returns.returns_fixture import add_people

TODAY = date(2026, 12, 1)


@pytest.fixture
def people(store):
    return add_people(store)


def test_a_household_is_never_split_when_a_case_is_opened(store, people):
    returns = ReturnStore(store)
    with pytest.raises(ValidationError, match="Reyes Reyes, Ana"):
        returns.open_case(ReturnCase(TODAY), [people["madre"], people["padre"]])
    assert returns.count() == 0
    case = ReturnCase(TODAY, split_decision="Resolución DIF 12/2026")
    returns.open_case(case, [people["madre"], people["padre"]])
    # The number carries this site (as document numbers do), so two posts never give the same one.
    assert re.fullmatch(r"RET-2026-[0-9A-F]{6}-00001", case.number) and case.household == "F1"


def test_a_case_takes_the_registry_profile_and_one_person_is_in_one_open_case(store, people):
    returns = ReturnStore(store)
    case = ReturnCase(TODAY, requested_by="Kevin Díaz")
    returns.open_case(case, [people["nino"]])
    assert case.profile & Profile.UNACCOMPANIED_CHILD
    with pytest.raises(ValidationError, match=re.escape(case.number)):
        returns.open_case(ReturnCase(TODAY), [people["nino"]])


def test_each_step_is_recorded_with_who_and_when_and_a_blocked_step_changes_nothing(store, people):
    returns = ReturnStore(store)
    case = ReturnCase(TODAY, assessment="Quiere volver")
    returns.open_case(case, [people["madre"], people["padre"], people["hija"]])
    returns.advance(case.id, CaseState.ASSESSED)
    with pytest.raises(ValidationError, match="best-interests"):
        returns.advance(case.id, CaseState.APPROVED, day=TODAY)
    stored, members, steps = returns.case_file(case.id)
    assert stored.state is CaseState.ASSESSED and len(members) == 3
    assert [s.state for s in steps] == [CaseState.REQUESTED, CaseState.ASSESSED]
    assert all(s.at for s in steps)


def test_an_expired_passport_is_cleared_by_an_emergency_document(store, people):
    returns = ReturnStore(store)
    case = ReturnCase(TODAY, assessment="Sin pasaporte vigente")
    returns.open_case(case, [people["solo"]])
    returns.advance(case.id, CaseState.ASSESSED)
    returns.advance(case.id, CaseState.APPROVED)
    with pytest.raises(ValidationError, match="emergency travel document"):
        returns.advance(case.id, CaseState.DOCUMENTS_READY, day=TODAY)
    returns.set_travel_document(case.id, people["solo"], "LP-2026-00001")
    returns.advance(case.id, CaseState.DOCUMENTS_READY, day=TODAY)


def test_every_read_of_a_case_file_is_in_the_audit_log(store, people):
    returns = ReturnStore(store)
    case = ReturnCase(TODAY)
    returns.open_case(case, [people["asilo"]])
    before = store.audit.count("read_return_case")
    returns.case_file(case.id)
    returns.case_file(case.id)
    assert store.audit.count("read_return_case") == before + 2


def test_the_list_pages_and_filters_in_sql(store, people):
    returns = ReturnStore(store)
    returns.open_case(ReturnCase(TODAY, programme="Fondo de Reserva CRM"), [people["nino"]])
    returns.open_case(ReturnCase(TODAY, programme="OIM AVRR", profile=Profile.PROTECTION), [people["asilo"]])
    assert returns.count(CaseFilter(programme="OIM AVRR")) == 1
    assert returns.count(CaseFilter(profile=Profile.UNACCOMPANIED_CHILD)) == 1
    rows = returns.page(CaseFilter(state=CaseState.REQUESTED), 0, 1)
    assert len(rows) == 1 and rows[0].people == 1
    assert returns.programmes() == ["Fondo de Reserva CRM", "OIM AVRR"]


def _signed(tmp_path, role):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        ids = add_people(store)
        ReturnStore(store).open_case(ReturnCase(TODAY), [ids["solo"]])
        store.add_user("ana", Role.ADMINISTRATOR, "Ana-volcán-marimba-7731")
        store.add_user("rita", role, "Rita-quetzal-ceiba-4418")
    return PostStore.open(path, user="rita", password="Rita-quetzal-ceiba-4418")


def test_a_warden_list_viewer_sees_no_case_data(tmp_path):
    with _signed(tmp_path, Role.VIEWER) as store:
        returns = ReturnStore(store)
        for read in (returns.count, lambda: returns.page(CaseFilter(), 0, 10), lambda: returns.case_file(1)):
            with pytest.raises(PermissionDeniedError):
                read()


def test_the_reception_officer_receives_a_case_but_does_not_advance_it_at_the_post(tmp_path):
    with _signed(tmp_path, Role.RECEPTION) as store:
        returns = ReturnStore(store)
        assert returns.count() == 1
        with pytest.raises(PermissionDeniedError):
            returns.advance(1, CaseState.ASSESSED)
        with pytest.raises(ValidationError, match="cannot go"):
            returns.advance(1, CaseState.RECEIVED)


def test_a_relative_who_goes_home_in_a_case_of_their_own_is_not_left_behind(store, people):
    returns = ReturnStore(store)
    first = ReturnCase(TODAY, split_decision="Resolución PPNNA 3/2026: el padre viaja antes")
    returns.open_case(first, [people["padre"]])
    returns.open_case(ReturnCase(TODAY), [people["madre"], people["hija"]])  # the father is not staying behind
    returns.advance(first.id, CaseState.WITHDRAWN)
    with pytest.raises(ValidationError, match="Reyes Ávila, Luis"):  # now he stays: the household would split
        returns.advance(2, CaseState.ASSESSED)
