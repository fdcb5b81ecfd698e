"""The fixed vocabularies of the domain, each with its label in the user's language."""

import enum

from micic_planner.core.i18n import translate


class Labelled(enum.Enum):
    """An enum whose members carry an English label, translated on demand."""

    @property
    def label_en(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    def label(self, lang: str | None = None) -> str:
        return translate(self.label_en, lang)


class Vulnerability(enum.IntFlag):
    """Vulnerability flags, stored as one integer bitmask so filters and counts stay in SQL."""

    UNACCOMPANIED_CHILD = 1
    SEPARATED_CHILD = 2
    OLDER_PERSON = 4
    DISABILITY = 8
    MEDICAL_NEED = 16
    PREGNANT = 32
    TRAFFICKING_VICTIM = 64
    DETAINED = 128
    NO_DOCUMENTS = 256

    @property
    def label_en(self) -> str:
        return _VULN_LABELS[self]

    def label(self, lang: str | None = None) -> str:
        return translate(self.label_en, lang)

    @classmethod
    def members(cls) -> list["Vulnerability"]:
        return [m for m in cls if m.value]

    @classmethod
    def from_codes(cls, codes) -> "Vulnerability":
        """Parse names such as 'older_person' (case-insensitive) into flags."""
        flags = cls(0)
        for code in codes:
            code = code.strip().upper()
            if code:
                flags |= cls[code]
        return flags

    def codes(self) -> list[str]:
        return [m.name.lower() for m in Vulnerability.members() if m in self]


# Priority when seats, places or calls are scarce: lower is served first.
VULNERABILITY_PRIORITY = {
    Vulnerability.UNACCOMPANIED_CHILD: 0,
    Vulnerability.SEPARATED_CHILD: 0,
    Vulnerability.MEDICAL_NEED: 1,
    Vulnerability.DISABILITY: 1,
    Vulnerability.PREGNANT: 1,
    Vulnerability.TRAFFICKING_VICTIM: 2,
    Vulnerability.OLDER_PERSON: 2,
    Vulnerability.DETAINED: 3,
    Vulnerability.NO_DOCUMENTS: 3,
}

# Flags whose very presence is sensitive: kept out of partner exports and unrestricted plans.
SENSITIVE_VULNERABILITIES = (
    Vulnerability.TRAFFICKING_VICTIM | Vulnerability.DETAINED | Vulnerability.NO_DOCUMENTS
)


def vulnerability_rank(flags: int) -> int:
    """A sort key: 0 for the most vulnerable, 9 for nobody flagged."""
    ranks = [r for v, r in VULNERABILITY_PRIORITY.items() if flags & v]
    return min(ranks) if ranks else 9


class AlertPhase(Labelled):
    """The MICIC four-phase alert levels."""

    PRECAUTION = 1
    RESTRICTION = 2
    VOLUNTARY_DEPARTURE = 3
    MANDATORY_EVACUATION = 4


class AccountabilityStatus(Labelled):
    NOT_CONTACTED = "not_contacted"
    SAFE = "safe"
    NEEDS_HELP = "needs_help"
    INJURED = "injured"
    MISSING = "missing"
    DECEASED = "deceased"
    EVACUATED = "evacuated"
    REPATRIATED = "repatriated"
    NOT_IN_AREA = "not_in_area"


class Sex(Labelled):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNKNOWN = "U"


class PlaceKind(Labelled):
    ASSEMBLY_POINT = "assembly_point"
    SHELTER = "shelter"
    SAFE_HAVEN = "safe_haven"
    BORDER_CROSSING = "border_crossing"
    AIRPORT = "airport"
    PORT = "port"


class RouteMode(Labelled):
    ROAD = "road"
    AIR = "air"
    SEA = "sea"


class RouteStatus(Labelled):
    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"


class PartnerKind(Labelled):
    HOST_AUTHORITY = "host_authority"
    IOM = "iom"
    UNHCR = "unhcr"
    RED_CROSS = "red_cross"
    MISSION = "mission"
    TRANSPORT = "transport"
    SHELTER = "shelter"
    EMPLOYER = "employer"
    COMMUNITY = "community"
    FAITH = "faith"
    OTHER = "other"


class Hazard(Labelled):
    HURRICANE = "hurricane"
    EARTHQUAKE = "earthquake"
    VOLCANO = "volcano"
    FLOOD = "flood"
    CIVIL_UNREST = "civil_unrest"
    ARMED_CONFLICT = "armed_conflict"


class Level(Labelled):
    """Likelihood or impact of a hazard."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


_VULN_LABELS = {
    Vulnerability.UNACCOMPANIED_CHILD: "Unaccompanied child",
    Vulnerability.SEPARATED_CHILD: "Separated child",
    Vulnerability.OLDER_PERSON: "Older person",
    Vulnerability.DISABILITY: "Disability",
    Vulnerability.MEDICAL_NEED: "Medical need",
    Vulnerability.PREGNANT: "Pregnant",
    Vulnerability.TRAFFICKING_VICTIM: "Victim of trafficking",
    Vulnerability.DETAINED: "Detained",
    Vulnerability.NO_DOCUMENTS: "No documents",
}

_LABELS = {
    "AlertPhase": {1: "Precaution", 2: "Restriction", 3: "Voluntary departure", 4: "Mandatory evacuation"},
    "AccountabilityStatus": {
        "not_contacted": "Not yet contacted", "safe": "Safe", "needs_help": "Needs help",
        "injured": "Injured", "missing": "Missing", "deceased": "Deceased", "evacuated": "Evacuated",
        "repatriated": "Repatriated", "not_in_area": "Not in the area",
    },
    "Sex": {"F": "Female", "M": "Male", "X": "Other", "U": "Unknown"},
    "PlaceKind": {
        "assembly_point": "Assembly point", "shelter": "Shelter", "safe_haven": "Safe haven",
        "border_crossing": "Border crossing", "airport": "Airport", "port": "Port",
    },
    "RouteMode": {"road": "Road", "air": "Air", "sea": "Sea"},
    "RouteStatus": {"open": "Open", "closed": "Closed", "unknown": "Unknown"},
    "PartnerKind": {
        "host_authority": "Host authority", "iom": "IOM", "unhcr": "UNHCR",
        "red_cross": "ICRC / Red Cross", "mission": "Other country's mission",
        "transport": "Transport company", "shelter": "Shelter", "employer": "Employer",
        "community": "Community organisation", "faith": "Faith organisation", "other": "Other",
    },
    "Hazard": {
        "hurricane": "Hurricane", "earthquake": "Earthquake", "volcano": "Volcanic eruption",
        "flood": "Flood", "civil_unrest": "Civil unrest", "armed_conflict": "Armed conflict",
    },
    "Level": {"low": "Low", "medium": "Medium", "high": "High"},
}
