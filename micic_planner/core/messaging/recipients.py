"""Who a batch reaches: one message per reachable phone of a household, the rest listed apart.

Storage selects the members of the chosen households; the rules here decide which phones get a message:
- a household is reached once per distinct phone among its members (a family sharing a phone gets one SMS);
- a phone that answered BAJA or STOP is not messaged again (consent to be messaged, withdrawn);
- the phone of someone flagged as a victim of trafficking or as detained is never messaged in bulk: another
  person may hold it, and a consular SMS could put them at risk; they are listed for personal contact;
- a deceased member is not messaged, and a household with no phone left is listed for the wardens to visit.
"""

from dataclasses import dataclass, field
from itertools import groupby
from typing import NamedTuple

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


class Member(NamedTuple):
    """One member of a chosen household, as storage reads it (a tuple: a list of 100,000 is built in a second)."""

    id: int
    household: str
    phone: str
    languages: str
    vulnerabilities: int
    status: str
    values: FillValues
    consent_share: bool = False


class Recipient(NamedTuple):
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
        return len({i for r in self.recipients for i in r.national_ids})


def build_list(members, opted_out: set[str] = frozenset()) -> RecipientList:
    """`members`: the members of the chosen households, one household after another (someone with none is a
    household of one); see the module's rules."""
    result = RecipientList()
    seen: set[str] = set()
    skipped: set[str] = set()
    languages: dict[str, tuple[str, ...]] = {}
    for _key, group in groupby(members, key=lambda m: m[1] or -m[0]):
        reached, phones = [], {}
        for m in group:
            if m[5] in NEVER_MESSAGED:
                continue
            if m[4] & PROTECTED_FLAGS:
                result.withheld.append(m[0])
                continue
            reached.append(m[0])
            if m[2]:
                phones.setdefault(m[2], []).append(m)
        if not phones:
            result.no_phone.extend(reached)
            continue
        ids = tuple(reached)
        for phone, owners in phones.items():
            if phone in opted_out:
                skipped.add(phone)
            elif phone not in seen:  # one phone shared by two households gets one message
                seen.add(phone)
                first = owners[0]
                langs = languages.get(first[3])
                if langs is None:
                    langs = languages[first[3]] = tuple(x.strip() for x in first[3].split(",") if x.strip())
                consent = bool(first[7]) or (len(owners) > 1 and any(o[7] for o in owners))
                result.recipients.append(Recipient(phone, first[1], ids, langs, first[6], consent))
    result.opted_out = len(skipped)
    return result


def pick_language(languages: tuple[str, ...], available, default: str = "es") -> str:
    """The first of the recipient's languages that has a text; else `default` (never a made-up translation)."""
    return next((lang for lang in languages if lang in available), default)


def filled_messages(found: RecipientList, texts: dict[str, str], default_lang: str = "es"):
    """(recipient, language, filled text) for each recipient of `found`."""
    from micic_planner.core.messaging.placeholders import fill

    for r in found.recipients:
        lang = pick_language(r.languages, texts, default_lang)
        yield r, lang, fill(texts[lang], r.values)
