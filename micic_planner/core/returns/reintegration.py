"""Reintegration at home: the plan agreed with the returnee, referrals to services, follow-up visits.

The plan spans the three dimensions of IOM's integrated approach (economic, social, psychosocial;
Reintegration Handbook, 2019, module 1). A referral travels only with the returnee's consent and only
the fields the service needs; its state moves sent → accepted → delivered (or declined by the service).
Follow-ups fall due at set intervals after reception; issue 16.5 gives 3, 6 and 12 months as the example.
"""

import enum
from dataclasses import dataclass
from datetime import date

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _, translate

FOLLOW_UP_MONTHS = (3, 6, 12)


class Dimension(enum.Enum):
    ECONOMIC = "economic"
    SOCIAL = "social"
    PSYCHOSOCIAL = "psychosocial"

    def label(self, lang: str | None = None) -> str:
        return translate(_DIMENSIONS[self], lang)


_DIMENSIONS = {Dimension.ECONOMIC: "Economic", Dimension.SOCIAL: "Social", Dimension.PSYCHOSOCIAL: "Psychosocial"}


class ReferralState(enum.Enum):
    SENT = "sent"
    ACCEPTED = "accepted"
    DELIVERED = "delivered"
    DECLINED = "declined"  # by the service

    def label(self, lang: str | None = None) -> str:
        return translate(_REFERRAL_STATES[self], lang)


_REFERRAL_STATES = {ReferralState.SENT: "Sent to the service", ReferralState.ACCEPTED: "Accepted",
                    ReferralState.DELIVERED: "Service delivered", ReferralState.DECLINED: "Declined by the service"}
REFERRAL_STEPS = {ReferralState.SENT: (ReferralState.ACCEPTED, ReferralState.DECLINED),
                  ReferralState.ACCEPTED: (ReferralState.DELIVERED, ReferralState.DECLINED),
                  ReferralState.DELIVERED: (), ReferralState.DECLINED: ()}
# What a service may be told about the person, never more (issue 16.5: only the fields the service needs).
SHAREABLE = ("name", "phone", "municipality", "languages", "needs")


@dataclass
class PlanGoal:
    case_id: int
    dimension: Dimension
    goal: str
    agreed_on: date
    id: int | None = None


@dataclass
class Referral:
    case_id: int
    service: str
    dimension: Dimension
    sent_on: date
    consent: bool = False
    shared: str = ""  # comma-separated names from SHAREABLE
    state: ReferralState = ReferralState.SENT
    outcome: str = ""
    id: int | None = None


@dataclass
class FollowUp:
    case_id: int
    due_on: date
    done_on: date | None = None
    notes: str = ""
    id: int | None = None


def check_referral(referral: Referral) -> None:
    if not referral.service.strip():
        raise ValidationError("service", _("A referral needs the service it goes to."))
    if not referral.consent:
        raise ValidationError("consent", _("A referral needs the returnee's consent to share their details."),
                              hint=_("Ask the returnee; record their consent, or do not refer."))
    wrong = [f for f in (s.strip() for s in referral.shared.split(",")) if f and f not in SHAREABLE]
    if wrong:
        raise ValidationError("shared", _("A service may not be given: {fields}.").format(fields=", ".join(wrong)),
                              hint=_("Share only: {fields}.").format(fields=", ".join(SHAREABLE)))


def check_referral_step(current: ReferralState, target: ReferralState, outcome: str) -> None:
    if target not in REFERRAL_STEPS[current]:
        raise ValidationError("state", _("A referral in state “{current}” cannot go to “{target}”.").format(
            current=current.label(), target=target.label()))
    if target is ReferralState.DELIVERED and not outcome.strip():
        raise ValidationError("outcome", _("A delivered referral needs its outcome."),
                              hint=_("Write what the service gave the returnee."))


def follow_up_dates(received_on: date, months: tuple[int, ...] = FOLLOW_UP_MONTHS) -> list[date]:
    """The follow-up visits after reception, on the same day of the month (or the month's last day)."""
    import calendar

    out = []
    for m in months:
        year, month = received_on.year + (received_on.month - 1 + m) // 12, (received_on.month - 1 + m) % 12 + 1
        out.append(date(year, month, min(received_on.day, calendar.monthrange(year, month)[1])))
    return out
