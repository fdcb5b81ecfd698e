"""A return case: one national or a whole household going home, its state and the steps it may take next."""

import enum
from dataclasses import dataclass, field
from datetime import date

from micic_planner.core.enums import Vulnerability
from micic_planner.core.i18n import translate
from micic_planner.core.models import new_uuid


class CaseState(enum.Enum):
    REQUESTED = "requested"
    ASSESSED = "assessed"
    APPROVED = "approved"
    DECLINED = "declined"
    DOCUMENTS_READY = "documents_ready"
    TRAVEL_ARRANGED = "travel_arranged"
    DEPARTED = "departed"
    RECEIVED = "received"
    IN_REINTEGRATION = "in_reintegration"
    CLOSED = "closed"
    # A voluntary return stays voluntary: the person may change their mind at any step before leaving.
    WITHDRAWN = "withdrawn"

    @property
    def label_en(self) -> str:
        return _STATE_LABELS[self]

    def label(self, lang: str | None = None) -> str:
        return translate(self.label_en, lang)


_STATE_LABELS = {
    CaseState.REQUESTED: "Requested", CaseState.ASSESSED: "Assessed", CaseState.APPROVED: "Approved",
    CaseState.DECLINED: "Declined", CaseState.DOCUMENTS_READY: "Documents ready",
    CaseState.TRAVEL_ARRANGED: "Travel arranged", CaseState.DEPARTED: "Departed", CaseState.RECEIVED: "Received",
    CaseState.IN_REINTEGRATION: "In reintegration", CaseState.CLOSED: "Case closed", CaseState.WITHDRAWN: "Withdrawn",
}

# The path before departure, in order: a safeguard that gates one state gates every later one too.
PATH = (CaseState.REQUESTED, CaseState.ASSESSED, CaseState.APPROVED, CaseState.DOCUMENTS_READY,
        CaseState.TRAVEL_ARRANGED, CaseState.DEPARTED, CaseState.RECEIVED, CaseState.IN_REINTEGRATION,
        CaseState.CLOSED)

_BEFORE_DEPARTURE = (CaseState.REQUESTED, CaseState.ASSESSED, CaseState.APPROVED, CaseState.DOCUMENTS_READY,
                     CaseState.TRAVEL_ARRANGED)

TRANSITIONS: dict[CaseState, tuple[CaseState, ...]] = {
    CaseState.REQUESTED: (CaseState.ASSESSED,),
    CaseState.ASSESSED: (CaseState.APPROVED, CaseState.DECLINED),
    CaseState.APPROVED: (CaseState.DOCUMENTS_READY,),
    CaseState.DOCUMENTS_READY: (CaseState.TRAVEL_ARRANGED,),
    # A cancelled trip goes back to waiting for travel, its documents still valid.
    CaseState.TRAVEL_ARRANGED: (CaseState.DEPARTED, CaseState.DOCUMENTS_READY),
    CaseState.DEPARTED: (CaseState.RECEIVED,),
    CaseState.RECEIVED: (CaseState.IN_REINTEGRATION, CaseState.CLOSED),
    CaseState.IN_REINTEGRATION: (CaseState.CLOSED,),
    CaseState.DECLINED: (), CaseState.CLOSED: (), CaseState.WITHDRAWN: (),
}
for _state in _BEFORE_DEPARTURE:
    TRANSITIONS[_state] += (CaseState.WITHDRAWN,)

# Steps the receiving office takes at home; every other step is the post's.
AT_HOME = frozenset({CaseState.RECEIVED, CaseState.IN_REINTEGRATION, CaseState.CLOSED})
OPEN_STATES = frozenset(s for s in CaseState if TRANSITIONS[s])


def allowed(current: CaseState, target: CaseState) -> bool:
    return target in TRANSITIONS[current]


def at_or_after(state: CaseState, gate: CaseState) -> bool:
    """Whether reaching `state` passes `gate` on the way (only along the return path)."""
    return state in PATH and PATH.index(state) >= PATH.index(gate)


class Profile(enum.IntFlag):
    """The vulnerability profile of a case (RCM seeds 000-002), one bitmask so filters stay in SQL."""

    UNACCOMPANIED_CHILD = 1
    SEPARATED_CHILD = 2
    TRAFFICKING = 4
    VIOLENCE = 8
    HEALTH = 16
    DISABILITY = 32
    OLDER_PERSON = 64
    PREGNANT = 128
    PROTECTION = 256  # may need international protection

    @property
    def label_en(self) -> str:
        return _PROFILE_LABELS[self]

    def label(self, lang: str | None = None) -> str:
        return translate(self.label_en, lang)

    @classmethod
    def members(cls) -> list["Profile"]:
        return [m for m in cls if m.value]

    @classmethod
    def from_codes(cls, codes) -> "Profile":
        flags = cls(0)
        for code in codes:
            if code.strip():
                flags |= cls[code.strip().upper()]
        return flags

    @classmethod
    def from_registry(cls, flags: Vulnerability) -> "Profile":
        """The profile the registry's vulnerability flags already give."""
        out = cls(0)
        for vulnerability, profile in _FROM_REGISTRY.items():
            if flags & vulnerability:
                out |= profile
        return out


_PROFILE_LABELS = {
    Profile.UNACCOMPANIED_CHILD: "Unaccompanied child", Profile.SEPARATED_CHILD: "Separated child",
    Profile.TRAFFICKING: "Victim of trafficking", Profile.VIOLENCE: "Victim of violence",
    Profile.HEALTH: "Health needs", Profile.DISABILITY: "Person with a disability",
    Profile.OLDER_PERSON: "Older person", Profile.PREGNANT: "Pregnant woman",
    Profile.PROTECTION: "May need international protection",
}
_FROM_REGISTRY = {
    Vulnerability.UNACCOMPANIED_CHILD: Profile.UNACCOMPANIED_CHILD,
    Vulnerability.SEPARATED_CHILD: Profile.SEPARATED_CHILD, Vulnerability.TRAFFICKING_VICTIM: Profile.TRAFFICKING,
    Vulnerability.MEDICAL_NEED: Profile.HEALTH, Vulnerability.DISABILITY: Profile.DISABILITY,
    Vulnerability.OLDER_PERSON: Profile.OLDER_PERSON, Vulnerability.PREGNANT: Profile.PREGNANT,
}
CHILD_ALONE = Profile.UNACCOMPANIED_CHILD | Profile.SEPARATED_CHILD


@dataclass
class ReturnCase:
    requested_on: date
    requested_by: str = ""  # who asked: the national, a relative, a shelter, a host authority
    number: str = ""
    state: CaseState = CaseState.REQUESTED
    household: str = ""
    profile: Profile = Profile(0)
    assessment: str = ""  # the individual assessment, in the officer's words
    programme: str = ""  # the funding programme (RCM Reserve Fund, IOM AVRR, a national programme)
    receiving_office: str = ""
    return_country: str = ""  # ISO 3166-1 alpha-2
    return_municipality: str = ""
    movement_id: int | None = None
    travel_mode: str = ""
    travel_date: date | None = None
    needs_on_arrival: str = ""  # medical care, child protection, shelter, onward transport
    decline_reason: str = ""
    # Safeguards (issue 16.2).
    protection_referral_to: str = ""  # UNHCR, the host country's asylum authority
    protection_referral_on: date | None = None
    protection_referral_closed_on: date | None = None
    protection_referral_outcome: str = ""
    best_interests_on: date | None = None
    best_interests_by: str = ""
    child_authority_host: str = ""
    child_authority_home: str = ""
    family_traced_on: date | None = None
    split_decision: str = ""  # the child-protection authority's decision that lets a household split
    declaration_signed_on: date | None = None
    declaration_lang: str = ""
    consent_handover: bool = False
    consent_on: date | None = None
    origin: str = ""  # the post a handed-over case came from
    crisis_id: int | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Member:
    """One person of a case, with what the safeguards need to know about them."""

    national_id: int
    name: str = ""
    birth_date: date | None = None
    passport_expiry: date | None = None
    etd_number: str = ""  # an emergency travel document issued for this return
    household: str = ""
    principal: bool = False

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))

    def is_child(self, day: date) -> bool:
        age = self.age_on(day)
        return age is not None and age < 18

    def has_valid_document(self, day: date) -> bool:
        if self.etd_number.strip():
            return True
        # A consular ID card is no travel document: only a passport in force, or an emergency document.
        return self.passport_expiry is not None and self.passport_expiry >= day


@dataclass(frozen=True)
class Step:
    """One entry of a case's timeline: the state reached, by whom and when."""

    state: CaseState
    at: str
    by_user: str = ""
    note: str = ""
