"""The rules of a return case in the core: allowed steps only, and every safeguard that stops a bad return."""

from datetime import date

from micic_planner.core.enums import Vulnerability
from micic_planner.core.returns.case import CaseState, Member, Profile, ReturnCase, allowed
from micic_planner.core.returns.safeguards import blockers, next_steps

TODAY = date(2026, 12, 1)
ADULT = Member(1, "Gómez, Pedro", date(1980, 1, 1), date(2030, 1, 1))
CHILD = Member(2, "Díaz, Kevin", date(2012, 1, 1), date(2030, 1, 1))


def _case(state=CaseState.ASSESSED, **kw) -> ReturnCase:
    return ReturnCase(date(2026, 11, 1), state=state, assessment="Quiere volver con su familia", **kw)


def _keys(case, members, target, left_out=()):
    return {b.key for b in blockers(case, members, target, TODAY, left_out)}


def test_only_the_allowed_transitions_are_offered():
    assert allowed(CaseState.REQUESTED, CaseState.ASSESSED)
    assert not allowed(CaseState.REQUESTED, CaseState.DEPARTED)
    assert not allowed(CaseState.CLOSED, CaseState.REQUESTED)
    assert not allowed(CaseState.DEPARTED, CaseState.WITHDRAWN)
    assert _keys(_case(CaseState.REQUESTED), [ADULT], CaseState.DEPARTED) == {"transition"}


def test_a_person_may_withdraw_at_every_step_before_leaving_and_never_after():
    for state in (CaseState.REQUESTED, CaseState.ASSESSED, CaseState.APPROVED, CaseState.DOCUMENTS_READY,
                  CaseState.TRAVEL_ARRANGED):
        assert CaseState.WITHDRAWN in [s for s, _b in next_steps(_case(state), [ADULT], TODAY)]
    assert CaseState.WITHDRAWN not in [s for s, _b in next_steps(_case(CaseState.DEPARTED), [ADULT], TODAY)]


def test_a_decline_needs_its_reason_and_an_assessment_needs_its_text():
    assert "decline_reason" in _keys(_case(), [ADULT], CaseState.DECLINED)
    assert not _keys(_case(decline_reason="No cumple los criterios"), [ADULT], CaseState.DECLINED)
    bare = ReturnCase(date(2026, 11, 1))
    assert "assessment" in _keys(bare, [ADULT], CaseState.ASSESSED)


def test_a_person_who_may_need_protection_cannot_be_approved_until_the_referral_is_closed():
    case = _case(profile=Profile.PROTECTION)
    assert "protection_referral" in _keys(case, [ADULT], CaseState.APPROVED)
    case.protection_referral_to, case.protection_referral_on = "ACNUR", date(2026, 11, 2)
    assert "protection_open" in _keys(case, [ADULT], CaseState.APPROVED)
    case.protection_referral_closed_on = date(2026, 11, 20)
    assert not _keys(case, [ADULT], CaseState.APPROVED)


def test_a_childs_return_is_blocked_without_a_best_interests_assessment():
    case = _case()
    assert "best_interests" in _keys(case, [ADULT, CHILD], CaseState.APPROVED)
    case.best_interests_on, case.best_interests_by = date(2026, 11, 10), "DIF Chiapas"
    assert not _keys(case, [ADULT, CHILD], CaseState.APPROVED)


def test_a_child_needs_the_child_protection_authority_on_both_sides_before_travel():
    case = _case(CaseState.DOCUMENTS_READY, best_interests_on=TODAY, declaration_signed_on=TODAY, travel_date=TODAY,
                 child_authority_host="DIF Chiapas")
    assert "child_authorities" in _keys(case, [ADULT, CHILD], CaseState.TRAVEL_ARRANGED)
    case.child_authority_home = "DINAF Honduras"
    assert not _keys(case, [ADULT, CHILD], CaseState.TRAVEL_ARRANGED)


def test_an_unaccompanied_child_does_not_leave_before_the_family_is_found():
    case = _case(CaseState.TRAVEL_ARRANGED, profile=Profile.UNACCOMPANIED_CHILD, best_interests_on=TODAY,
                 child_authority_host="DIF", child_authority_home="DINAF", declaration_signed_on=TODAY)
    assert _keys(case, [CHILD], CaseState.DEPARTED) == {"family_traced"}
    case.family_traced_on = TODAY
    assert not _keys(case, [CHILD], CaseState.DEPARTED)


def test_travel_cannot_be_arranged_before_the_voluntariness_declaration_is_signed():
    case = _case(CaseState.DOCUMENTS_READY, travel_date=TODAY)
    assert _keys(case, [ADULT], CaseState.TRAVEL_ARRANGED) == {"declaration"}
    case.declaration_signed_on = TODAY
    assert not _keys(case, [ADULT], CaseState.TRAVEL_ARRANGED)


def test_an_expired_passport_blocks_departure_until_an_emergency_document_is_issued():
    expired = Member(1, "Gómez, Pedro", date(1980, 1, 1), date(2020, 1, 1))
    case = _case(CaseState.TRAVEL_ARRANGED, declaration_signed_on=TODAY)
    assert _keys(case, [expired], CaseState.DEPARTED) == {"documents"}
    assert "documents" in _keys(_case(CaseState.APPROVED), [Member(1, "Sin papeles")], CaseState.DOCUMENTS_READY)
    expired.etd_number = "LP-2026-00001"
    assert not _keys(case, [expired], CaseState.DEPARTED)


def test_travel_needs_a_movement_or_a_date():
    case = _case(CaseState.DOCUMENTS_READY, declaration_signed_on=TODAY)
    assert _keys(case, [ADULT], CaseState.TRAVEL_ARRANGED) == {"travel"}
    case.movement_id = 7
    assert not _keys(case, [ADULT], CaseState.TRAVEL_ARRANGED)


def test_a_household_left_behind_blocks_the_case_unless_the_authority_decided_the_split():
    case = _case()
    assert "household" in _keys(case, [ADULT], CaseState.APPROVED, ("Reyes, Ana",))
    assert "household" not in _keys(case, [ADULT], CaseState.WITHDRAWN, ("Reyes, Ana",))
    case.split_decision = "Resolución DIF 12/2026: la niña se queda con su abuela"
    assert not _keys(case, [ADULT], CaseState.APPROVED, ("Reyes, Ana",))


def test_the_registry_flags_give_the_profile_they_mean():
    flags = Vulnerability.UNACCOMPANIED_CHILD | Vulnerability.TRAFFICKING_VICTIM | Vulnerability.DETAINED
    assert Profile.from_registry(flags) == Profile.UNACCOMPANIED_CHILD | Profile.TRAFFICKING
