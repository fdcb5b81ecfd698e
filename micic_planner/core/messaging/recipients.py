"""Who a batch reaches: one message per reachable phone of a household, the rest listed apart.

Storage selects the members of the chosen households; the rules here decide which phones get a message:
- a household is reached once per distinct phone among its members (a family sharing a phone gets one SMS);
- a phone that answered BAJA or STOP is not messaged again (consent to be messaged, withdrawn);
- the phone of someone flagged as a victim of trafficking or as detained is never messaged in bulk: another
  person may hold it, and a consular SMS could put them at risk; they are listed for personal contact;
- a deceased member is not messaged, and a household with no phone left is listed for the wardens to visit.
"""

from dataclasses import dataclass, field

from micic_planner.core.enums import Vulnerability
from micic_planner.core.messaging.placeholders import FillValues

PROTECTED_FLAGS = int(Vulnerability.TRAFFICKING_VICTIM | Vulnerability.DETAINED)
NEVER_MESSAGED = frozenset({"deceased"})


@dataclass(frozen=True)
class Criteria:
    """Which nationals a list is for; every field given narrows it, an empty one leaves it open."""

    zone_ids: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    vulnerabilities: int = 0  # any of these flags
    households: tuple[str, ...] = ()
    movement_id: int | None = None
    national_ids: tuple[int, ...] = ()

    def as_dict(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items() if v}


@dataclass(frozen=True)
class Member:
    """One member of a chosen household, as storage reads it."""

    id: int
    household: str
    phone: str
    languages: str
    vulnerabilities: int
    status: str
    values: FillValues
    consent_share: bool = False


@dataclass(frozen=True)
class Recipient:
    phone: str
    household: str
    national_ids: tuple[int, ...]  # the household's members this phone reaches
    languages: tuple[str, ...]
    values: FillValues
    consent_share: bool  # the phone's owner agreed that partners (a bulk-SMS provider) may see their data


@dataclass
class RecipientList:
    recipients: list[Recipient] = field(default_factory=list)
    no_phone: list[int] = field(default_factory=list)  # nationals of households with no phone: to visit
    withheld: list[int] = field(default_factory=list)  # protected: personal contact only
    opted_out: int = 0  # phones that asked for no more messages

    @property
    def count(self) -> int:
        return len(self.recipients)

    @property
    def people(self) -> int:
        return sum(len(r.national_ids) for r in self.recipients)


def build_list(households, opted_out: set[str] = frozenset()) -> RecipientList:
    """`households`: for each chosen household (or person with none), its members; see the module's rules."""
    result = RecipientList()
    seen: set[str] = set()
    skipped: set[str] = set()
    for members in households:
        reachable = [m for m in members if m.status not in NEVER_MESSAGED]
        protected = [m for m in reachable if m.vulnerabilities & PROTECTED_FLAGS]
        result.withheld.extend(m.id for m in protected)
        reached = [m for m in reachable if not m.vulnerabilities & PROTECTED_FLAGS]
        phones: dict[str, list[Member]] = {}
        for m in reached:
            if m.phone:
                phones.setdefault(m.phone, []).append(m)
        sent_any = False
        for phone, owners in phones.items():
            if phone in opted_out:
                skipped.add(phone)
                continue
            sent_any = True
            if phone in seen:
                continue  # one phone shared by two households gets one message
            seen.add(phone)
            first = owners[0]
            langs = tuple(x.strip() for x in first.languages.split(",") if x.strip())
            result.recipients.append(Recipient(phone, first.household, tuple(m.id for m in reached), langs,
                                               first.values, any(o.consent_share for o in owners)))
        if not sent_any and not phones:
            result.no_phone.extend(m.id for m in reached)
    result.opted_out = len(skipped)
    return result


def pick_language(languages: tuple[str, ...], available, default: str = "es") -> str:
    """The first of the recipient's languages that has a text; else `default` (never a made-up translation)."""
    return next((lang for lang in languages if lang in available), default)
