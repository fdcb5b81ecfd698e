"""What a household's evacuation card says: who they are, where to gather, how they leave, whom to call.

A card leaves the post in the household's hands, so it holds names and the household's key only:
never a document, a status, a vulnerability or a protection flag.
"""

from dataclasses import dataclass, field

from micic_planner.core.models import Place
from micic_planner.core.routes import RouteLeg

CARD_LANGUAGES = ("es", "en")  # the languages the program has; any other reads its card in Spanish
# What to take to the assembly point, short enough to read at the door.
BRING = ("Passport or ID card of every member", "Medicines and prescriptions for three days",
         "Water and food for one day", "Mobile phone, charger and some cash",
         "Warm clothes, a blanket and a torch")


def card_language(languages: list[str]) -> str:
    """The first language of the household's members that the program has; Spanish for any other
    (a K'iche' or Mam speaker gets the Spanish card, never an invented translation)."""
    for code in languages:
        code = code.strip().lower()
        if code in CARD_LANGUAGES:
            return code
    return "es"


def household_key(household: str, national_id: int) -> str:
    """The household's key, or the person's own for someone recorded alone."""
    return household or f"#{national_id}"


@dataclass
class HouseholdCard:
    key: str
    members: list[str]  # "Family names, Given names", in the registry's order
    lang: str = "es"
    zone: str = ""
    point: Place | None = None  # the household's assembly point
    home: tuple[float, float] | None = None  # (lat, lon): the middle of the members' known coordinates
    route: RouteLeg | None = None  # the primary route out of the assembly point
    alternates: list[RouteLeg] = field(default_factory=list)
    warden: str = ""
    warden_phone: str = ""
    member_ids: list[int] = field(default_factory=list)  # for the disclosure ledger, never printed
