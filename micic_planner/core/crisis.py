"""A crisis and what the cell records during it: vocabularies and records, no storage."""

import enum
from dataclasses import dataclass, field
from datetime import date

from micic_planner.core.enums import AccountabilityStatus, AlertPhase, Hazard
from micic_planner.core.i18n import language, translate
from micic_planner.core.models import new_uuid

# Statuses that say where a person is and how they are; "not yet contacted" and "missing" do not.
ACCOUNTED = frozenset(s.value for s in AccountabilityStatus) - {"not_contacted", "missing"}


class Vocabulary(enum.Enum):
    """An enum whose members carry an English label, translated on demand."""

    @property
    def label_en(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    def label(self, lang: str | None = None) -> str:
        return translate(self.label_en, lang)


class StatusSource(Vocabulary):
    PHONE = "phone"
    WARDEN = "warden"
    PARTNER = "partner"
    WALK_IN = "walk_in"
    MANIFEST = "manifest"
    CRISIS = "crisis"
    SMS = "sms"  # a national's reply to a message, confirmed by an officer (issue 17)


class MovementMode(Vocabulary):
    BUS = "bus"
    FLIGHT = "flight"
    BOAT = "boat"


class DocumentKind(Vocabulary):
    SAFE_CONDUCT = "safe_conduct"
    LAISSEZ_PASSER = "laissez_passer"


class AssistanceKind(Vocabulary):
    SHELTER = "shelter"
    FOOD = "food"
    MEDICAL = "medical"
    CASH = "cash"
    TRANSPORT = "transport"
    PSYCHOSOCIAL = "psychosocial"


class LogKind(Vocabulary):
    """What a line of the crisis timeline records."""

    OPENED = "opened"
    LEVEL = "level"
    ACTION = "action"
    STATUS = "status"
    MOVEMENT = "movement"
    MANIFEST = "manifest"
    BOARDED = "boarded"
    ARRIVED = "arrived"
    DOCUMENT = "document"
    ASSISTANCE = "assistance"
    CLOSED = "closed"
    ALERT = "alert"  # a host-country alert (CAP) that was read, with the level it proposed


_LABELS = {
    "StatusSource": {"phone": "Phone", "warden": "Warden", "partner": "Partner", "walk_in": "Walk-in",
                     "manifest": "Manifest", "crisis": "Crisis cell",
                     "sms": "SMS reply"},
    "MovementMode": {"bus": "Bus", "flight": "Flight", "boat": "Boat"},
    "DocumentKind": {"safe_conduct": "Safe-conduct", "laissez_passer": "Laissez-passer"},
    "AssistanceKind": {"shelter": "Shelter", "food": "Food", "medical": "Medical care", "cash": "Cash",
                       "transport": "Transport", "psychosocial": "Psychosocial referral"},
    "LogKind": {"opened": "Crisis opened", "level": "Alert level", "action": "Action", "status": "Status update",
                "movement": "Movement", "manifest": "Manifest", "boarded": "Boarded", "arrived": "Arrived",
                "document": "Document issued", "assistance": "Assistance given", "closed": "Crisis closed",
                "alert": "Host-country alert"},
}


@dataclass
class Crisis:
    title: str
    hazard: Hazard
    started_at: str  # ISO 8601 UTC
    zones: list[int] = field(default_factory=list)  # affected zone ids; empty: the whole jurisdiction
    phase: AlertPhase = AlertPhase.PRECAUTION
    closed_at: str | None = None
    opened_by: str = ""
    notes: str = ""
    lessons: str = ""  # what the post learned, written after the crisis (m021)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass
class Movement:
    """A vehicle leaving: a bus, a flight or a boat, with its seats."""

    crisis_id: int
    name: str
    mode: MovementMode = MovementMode.BUS
    seats: int = 0
    origin_id: int | None = None  # the assembly point it loads at
    destination: str = ""
    route_id: int | None = None
    departs_at: str = ""  # ISO 8601, local time as the cell types it
    carrier: str = ""
    repatriation: bool = False  # arrival means home: the status becomes "repatriated"
    notes: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class ManifestEntry:
    movement_id: int
    national_id: int
    position: int = 0  # boarding order, the most vulnerable first
    boarded_at: str | None = None
    arrived_at: str | None = None
    id: int | None = None


@dataclass
class DocumentIssued:
    """An emergency travel document handed to a national."""

    crisis_id: int
    national_id: int
    kind: DocumentKind
    number: str
    issued_on: date
    by_user: str = ""
    notes: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Assistance:
    crisis_id: int
    national_id: int
    kind: AssistanceKind
    given_on: date
    partner_id: int | None = None
    by_user: str = ""
    notes: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class ChecklistItem:
    """An action of the alert matrix as the crisis did it: who ticked it and when."""

    phase: int
    text_en: str
    text_es: str = ""
    role: str = ""
    done_at: str | None = None
    done_by: str = ""
    note: str = ""
    id: int | None = None

    def text(self, lang: str | None = None) -> str:
        return self.text_es if (lang or language()) == "es" and self.text_es else self.text_en


@dataclass(frozen=True)
class LogLine:
    """One line of a crisis timeline."""

    at: str
    kind: LogKind
    template: str  # English with {} placeholders
    params: tuple = ()  # names and numbers, or English labels that are translated as they are shown
    by_user: str = ""
    phase: int = 0
    count: int = 0  # people this line concerns, for the after-action figures
    ref_id: int | None = None

    def text(self, lang: str | None = None) -> str:
        return translate(self.template, lang).format(*(translate(str(p), lang) for p in self.params))
