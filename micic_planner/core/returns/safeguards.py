"""The safeguards that stop a bad return: each names the step it blocks, why, and what to do.

Sources: the UN Network on Migration's checklist for safe and dignified return and sustainable
reintegration, and IOM's Reintegration Handbook (children: best interests first; people who may need
international protection: referred, never returned while that is open); the rules are issue 16.2.
"""

from dataclasses import dataclass
from datetime import date

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.returns.case import (
    CHILD_ALONE,
    TRANSITIONS,
    CaseState,
    Member,
    Profile,
    ReturnCase,
    allowed,
    at_or_after,
)


@dataclass(frozen=True)
class Blocker:
    """Why a step may not be taken yet, and what unblocks it (both in the user's language)."""

    key: str
    message: str
    hint: str


def children(members: list[Member], day: date) -> list[Member]:
    return [m for m in members if m.is_child(day)]


def _has_child(case: ReturnCase, members: list[Member], day: date) -> bool:
    return bool(case.profile & CHILD_ALONE) or bool(children(members, day))


def blockers(case: ReturnCase, members: list[Member], target: CaseState, day: date | None = None,
             left_out: tuple[str, ...] = ()) -> list[Blocker]:
    """Every safeguard that stops `case` from reaching `target` now; empty when the step may be taken.

    `left_out` names the members of the case's households who are not in it.
    """
    day = day or date.today()
    out: list[Blocker] = []
    if not allowed(case.state, target):
        return [Blocker("transition", _("A case in state “{current}” cannot go to “{target}”.").format(
            current=case.state.label(), target=target.label()),
            _("Take one of the next steps the case offers."))]
    if target is CaseState.DECLINED and not case.decline_reason.strip():
        out.append(Blocker("decline_reason", _("A declined request needs its reason."),
                           _("Write the reason, which the person is told.")))
    if target is CaseState.ASSESSED and not case.assessment.strip():
        out.append(Blocker("assessment", _("The individual assessment has not been written."),
                           _("Write the assessment of the person's situation and wishes.")))
    split = household_split(case, left_out)
    if split is not None and target not in (CaseState.DECLINED, CaseState.WITHDRAWN):
        out.append(split)
    if case.profile & Profile.PROTECTION and at_or_after(target, CaseState.APPROVED) and target in _PRE_DEPARTURE:
        if not case.protection_referral_to.strip() or case.protection_referral_on is None:
            out.append(Blocker("protection_referral", _("This person may need international protection and has "
                                                         "not been referred."),
                               _("Refer them to UNHCR or the host country's asylum authority first.")))
        elif case.protection_referral_closed_on is None:
            out.append(Blocker("protection_open", _("The protection referral to {to} is still open: no return may "
                                                    "be scheduled.").format(to=case.protection_referral_to),
                               _("Record the referral's outcome when it is closed.")))
    if _has_child(case, members, day) and target in _PRE_DEPARTURE:
        if at_or_after(target, CaseState.APPROVED) and case.best_interests_on is None:
            out.append(Blocker("best_interests", _("A child's return needs a best-interests assessment."),
                               _("Record the best-interests assessment: its date and who made it.")))
        if at_or_after(target, CaseState.TRAVEL_ARRANGED) and not (case.child_authority_host.strip()
                                                                   and case.child_authority_home.strip()):
            out.append(Blocker("child_authorities", _("A child's return needs the child-protection authority on "
                                                      "both sides."),
                               _("Name the child-protection authority in the host country and at home.")))
        if (case.profile & CHILD_ALONE and at_or_after(target, CaseState.DEPARTED)
                and case.family_traced_on is None):
            out.append(Blocker("family_traced", _("An unaccompanied or separated child may not leave before "
                                                  "the family is found."),
                               _("Record the date the family was traced and agreed to receive the child.")))
    if at_or_after(target, CaseState.TRAVEL_ARRANGED) and target in _PRE_DEPARTURE \
            and case.declaration_signed_on is None:
        out.append(Blocker("declaration", _("The voluntariness declaration has not been signed."),
                           _("Print the declaration in the person's language, read it with them, record the "
                             "signature.")))
    if at_or_after(target, CaseState.DOCUMENTS_READY) and target in _PRE_DEPARTURE:
        when = case.travel_date or day
        lacking = [m.name for m in members if not m.has_valid_document(when)]
        if lacking:
            out.append(Blocker("documents", _("No valid travel document for: {names}.").format(
                names=", ".join(lacking)),
                _("Issue an emergency travel document and record its number.")))
    if target is CaseState.TRAVEL_ARRANGED and case.movement_id is None and case.travel_date is None:
        out.append(Blocker("travel", _("No travel has been set: no movement and no date."),
                           _("Put the case on a movement, or give the travel date and means.")))
    return out


def household_split(case: ReturnCase, left_out: tuple[str, ...]) -> Blocker | None:
    """A household travels whole unless a child-protection authority decided otherwise, recorded on the case."""
    if not left_out or case.split_decision.strip():
        return None
    return Blocker("household", _("The household would be split: {names} stay behind.").format(
        names=", ".join(left_out)),
        _("Add them to the case, or record the child-protection authority's decision to split it."))


_PRE_DEPARTURE = (CaseState.APPROVED, CaseState.DOCUMENTS_READY, CaseState.TRAVEL_ARRANGED, CaseState.DEPARTED)


def next_steps(case: ReturnCase, members: list[Member], day: date | None = None, left_out: tuple[str, ...] = ()
               ) -> list[tuple[CaseState, list[Blocker]]]:
    """The steps the case may take from its state, each with what blocks it now."""
    return [(target, blockers(case, members, target, day, left_out)) for target in TRANSITIONS[case.state]]


def check_step(case: ReturnCase, members: list[Member], target: CaseState, day: date | None = None,
               left_out: tuple[str, ...] = ()) -> None:
    """Raise ValidationError, naming every blocking safeguard, unless the step may be taken."""
    found = blockers(case, members, target, day, left_out)
    if found:
        raise ValidationError(found[0].key, " ".join(b.message for b in found),
                              hint=" ".join(b.hint for b in found))
