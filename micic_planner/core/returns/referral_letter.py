"""The referral letter: what a service is told about a returnee, and nothing the returnee did not agree to share.

Issue 16.5 and 16.10: a referral travels with the returnee's consent and only the fields the service needs.
The letter is built from the referral's own list of shared fields (core/returns/reintegration.SHAREABLE), so
a field left out at referral can never reach the page.
"""

from dataclasses import dataclass, field
from datetime import date

from micic_planner.core.i18n import translate
from micic_planner.core.returns.directory import Service
from micic_planner.core.returns.reintegration import SHAREABLE, Referral

_LABELS = {"name": "Name", "phone": "Phone", "municipality": "Municipality", "languages": "Languages",
           "needs": "Needs"}


def field_label(name: str, lang: str | None = None) -> str:
    return translate(_LABELS[name], lang)


@dataclass
class ReferralLetter:
    referral: Referral
    case_number: str
    office: str  # the receiving office that refers
    service: Service | None = None  # the directory's entry for the service, when it has one
    details: list[tuple[str, str]] = field(default_factory=list)  # (a SHAREABLE name, its value), shared only
    printed_on: date = field(default_factory=date.today)


def shared_details(shared: str, known: dict[str, str]) -> list[tuple[str, str]]:
    """The fields the returnee agreed to share, in SHAREABLE order, with what is known of each."""
    chosen = {s.strip() for s in shared.split(",") if s.strip()}
    return [(name, known.get(name, "")) for name in SHAREABLE if name in chosen]
