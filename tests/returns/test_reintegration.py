"""Reintegration at home: a plan across three dimensions, referrals with consent, follow-ups after reception."""

from datetime import date

import pytest

from micic_planner.core.errors import ValidationError
from micic_planner.core.returns.case import CaseState, ReturnCase
from micic_planner.core.returns.reintegration import (
    Dimension,
    PlanGoal,
    Referral,
    ReferralState,
    follow_up_dates,
)
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.reintegration_store import ReintegrationStore
from tests.returns.returns_fixture import add_people

RECEIVED = date(2026, 11, 30)


@pytest.fixture
def case_id(store):
    ids = add_people(store)
    case = ReturnCase(date(2026, 10, 1), assessment="ok", declaration_signed_on=date(2026, 10, 5),
                      travel_date=date(2026, 11, 28))
    returns = ReturnStore(store)
    returns.open_case(case, [ids["asilo"]])
    for state in (CaseState.ASSESSED, CaseState.APPROVED, CaseState.DOCUMENTS_READY, CaseState.TRAVEL_ARRANGED,
                  CaseState.DEPARTED):
        returns.advance(case.id, state, day=date(2026, 11, 28))
    return case.id


def test_follow_ups_fall_due_at_three_six_and_twelve_months_after_reception(store, case_id):
    ReturnStore(store).advance(case_id, CaseState.RECEIVED, day=RECEIVED)
    _goals, _refs, visits = ReintegrationStore(store).plan(case_id)
    assert [v.due_on for v in visits] == [date(2027, 2, 28), date(2027, 5, 30), date(2027, 11, 30)]
    assert follow_up_dates(date(2026, 8, 31)) == [date(2026, 11, 30), date(2027, 2, 28), date(2027, 8, 31)]
    reintegration = ReintegrationStore(store)
    reintegration.record_follow_up(visits[0].id, date(2027, 3, 1), "Trabaja en un taller; se siente segura")
    assert reintegration.plan(case_id)[2][0].done_on == date(2027, 3, 1)


def test_the_plan_and_referrals_wait_for_reception(store, case_id):
    reintegration = ReintegrationStore(store)
    with pytest.raises(ValidationError, match="not at home yet"):
        reintegration.add_goal(PlanGoal(case_id, Dimension.ECONOMIC, "Certificar su oficio de costurera", RECEIVED))
    ReturnStore(store).advance(case_id, CaseState.RECEIVED, day=RECEIVED)
    reintegration.add_goal(PlanGoal(case_id, Dimension.ECONOMIC, "Certificar su oficio de costurera", RECEIVED))
    reintegration.add_goal(PlanGoal(case_id, Dimension.PSYCHOSOCIAL, "Grupo de apoyo mensual", RECEIVED))
    goals, _refs, _visits = reintegration.plan(case_id)
    assert {g.dimension for g in goals} == {Dimension.ECONOMIC, Dimension.PSYCHOSOCIAL}


def test_a_referral_needs_consent_shares_only_what_the_service_needs_and_follows_its_states(store, case_id):
    ReturnStore(store).advance(case_id, CaseState.RECEIVED, day=RECEIVED)
    reintegration = ReintegrationStore(store)
    with pytest.raises(ValidationError, match="consent"):
        reintegration.refer(Referral(case_id, "INTECAP (demo)", Dimension.ECONOMIC, RECEIVED))
    with pytest.raises(ValidationError, match="migration_status"):
        reintegration.refer(Referral(case_id, "INTECAP (demo)", Dimension.ECONOMIC, RECEIVED, True,
                                     "name,migration_status"))
    referral = Referral(case_id, "INTECAP (demo)", Dimension.ECONOMIC, RECEIVED, True, "name,phone")
    reintegration.refer(referral)
    with pytest.raises(ValidationError, match="cannot go"):
        reintegration.set_referral_state(referral.id, ReferralState.DELIVERED, "Curso")
    reintegration.set_referral_state(referral.id, ReferralState.ACCEPTED)
    with pytest.raises(ValidationError, match="outcome"):
        reintegration.set_referral_state(referral.id, ReferralState.DELIVERED)
    reintegration.set_referral_state(referral.id, ReferralState.DELIVERED, "Curso de confección terminado")
    assert reintegration.plan(case_id)[1][0].state is ReferralState.DELIVERED
