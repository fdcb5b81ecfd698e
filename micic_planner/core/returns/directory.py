"""The directory of return programmes and of services at home, and what it proposes for a case.

Seed 000 (RCM workshop on assisted voluntary return) asks for a mapping of the programmes and funds that pay
for return and of the services that receive returnees; issue 16.4 lists the fields. A programme is proposed
when it covers the country of return, is valid on the day, and targets the case's profile (or everyone);
services are proposed in the municipality of return first, then elsewhere in the country.
"""

import enum
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from micic_planner.core.i18n import translate
from micic_planner.core.returns.case import Profile, ReturnCase


class ServiceKind(enum.Enum):
    EMPLOYMENT = "employment"  # employment and skills certification
    HEALTH = "health"
    MENTAL_HEALTH = "mental_health"  # mental health and psychosocial support
    EDUCATION = "education"
    LEGAL_IDENTITY = "legal_identity"  # legal identity and civil registration
    HOUSING = "housing"
    SEED_CAPITAL = "seed_capital"  # seed capital and credit
    LEGAL_AID = "legal_aid"
    COMMUNITY = "community"  # community organisations

    def label(self, lang: str | None = None) -> str:
        return translate(_KINDS[self], lang)


_KINDS = {ServiceKind.EMPLOYMENT: "Employment and skills certification", ServiceKind.HEALTH: "Health",
          ServiceKind.MENTAL_HEALTH: "Mental health and psychosocial support", ServiceKind.EDUCATION: "Education",
          ServiceKind.LEGAL_IDENTITY: "Legal identity and civil registration", ServiceKind.HOUSING: "Housing",
          ServiceKind.SEED_CAPITAL: "Seed capital and credit", ServiceKind.LEGAL_AID: "Legal aid",
          ServiceKind.COMMUNITY: "Community organisation"}


@dataclass
class Programme:
    name: str
    run_by: str = ""
    pays_for: str = ""
    target: Profile = Profile(0)  # no flag: open to every returnee
    countries: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2; empty: every country
    eligibility: str = ""
    contact: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    id: int | None = None


@dataclass
class Service:
    name: str
    kind: ServiceKind
    country: str
    municipality: str = ""
    run_by: str = ""
    contact: str = ""
    id: int | None = None


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)).strip()


def eligible(programmes: list[Programme], case: ReturnCase, day: date) -> list[Programme]:
    """The programmes this case may be funded by, those aimed at its profile first."""
    out = [p for p in programmes
           if (not p.countries or case.return_country.upper() in {c.upper() for c in p.countries})
           and (p.valid_from is None or p.valid_from <= day) and (p.valid_until is None or day <= p.valid_until)
           and (not p.target or case.profile & p.target)]
    return sorted(out, key=lambda p: (not (p.target and case.profile & p.target), p.name))


def nearest_services(services: list[Service], country: str, municipality: str) -> list[Service]:
    """Services in the municipality of return, then the rest of the country, each by kind and name."""
    here = _fold(municipality)
    inside = [s for s in services if s.country.upper() == country.upper()]
    return sorted(inside, key=lambda s: (_fold(s.municipality) != here, s.kind.value, s.name))
