"""The demo post's return cases: every stage, the child, the trafficking survivor referred, the family."""

from micic_planner.core.returns.case import CaseState, Profile
from micic_planner.core.returns.listing import CaseFilter
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.returns.case_store import ReturnStore


def test_the_demo_post_has_fictional_cases_at_every_stage_with_their_safeguards(store):
    write_demo(store, nationals=200, seed=3)
    assert store.nationals.count() == 200
    returns = ReturnStore(store)
    states = {row.state for row in returns.page(CaseFilter(), 0, 100)}
    assert states == set(CaseState)
    child = returns.page(CaseFilter(profile=Profile.UNACCOMPANIED_CHILD), 0, 1)[0]
    blocked = dict(returns.steps_ahead(child.id))[CaseState.APPROVED]
    assert [b.key for b in blocked] == ["best_interests"]
    survivor = returns.page(CaseFilter(profile=Profile.TRAFFICKING), 0, 1)[0]
    case, _members, _steps = returns.case_file(survivor.id)
    assert case.protection_referral_to and case.protection_referral_closed_on is None
    assert [b.key for b in dict(returns.steps_ahead(survivor.id))[CaseState.APPROVED]] == ["protection_open"]
    assert max(row.people for row in returns.page(CaseFilter(), 0, 100)) == 3
    assert all("ficticia" in n.notes for n in store.nationals.household_members("DEMO-RET-1"))


def test_the_demo_returnee_at_home_has_a_plan_referrals_and_follow_ups(store):
    from micic_planner.core.returns.reintegration import ReferralState
    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    write_demo(store, nationals=100, seed=2)
    home = ReturnStore(store).page(CaseFilter(state=CaseState.IN_REINTEGRATION), 0, 1)[0]
    goals, referrals, visits = ReintegrationStore(store).plan(home.id)
    assert len({g.dimension for g in goals}) == 3
    assert [r.state for r in referrals] == [ReferralState.DELIVERED, ReferralState.SENT]
    assert len(visits) == 3
