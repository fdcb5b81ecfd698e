"""The entities a post keeps. Field names are the column names of the post file.

`id` is the file's integer key (None until stored); `uuid` is the stable text id that
survives exports, merges and copies between posts.
"""

import uuid as _uuid
from dataclasses import dataclass, field
from datetime import date

from micic_planner.core.enums import (
    AccountabilityStatus,
    Hazard,
    Level,
    PartnerKind,
    PlaceKind,
    RouteMode,
    RouteStatus,
    Sex,
    Vulnerability,
)


def new_uuid() -> str:
    return str(_uuid.uuid4())


@dataclass
class Post:
    name: str
    host_country: str  # ISO 3166-1 alpha-2
    city: str
    lat: float | None = None
    lon: float | None = None
    sending_country: str = ""  # ISO 3166-1 alpha-2 of the nationals' country
    jurisdiction: list[str] = field(default_factory=list)  # ISO 3166-2 region codes
    address: str = ""
    phone: str = ""
    email: str = ""
    web: str = ""  # the post's public page (https://…), where CAP's <web> sends readers for more
    plan_version: str = "1.0"
    plan_date: date | None = None
    next_review: date | None = None
    distribution: str = ""
    sensitivity: str = "RESTRICTED"
    is_training: bool = False
    retention_months: int = 60
    assembly_radius_km: float = 25.0
    # Unrestricted documents print any count from 1 to this minus one as "< N" (core/small_counts.py).
    small_count_threshold: int = 5
    # An IANA zone ("America/Mexico_City") where the host country has several; "" = from country and coordinates.
    time_zone: str = ""
    # "a4" or "letter" chosen for the post's documents; "" = the host country's paper (core/paper.py).
    paper: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class National:
    given_names: str
    family_names: str
    sex: Sex = Sex.UNKNOWN
    birth_date: date | None = None
    passport_no: str = ""
    passport_expiry: date | None = None
    consular_id: str = ""
    consular_id_expiry: date | None = None
    phone: str = ""  # E.164
    phone2: str = ""
    email: str = ""
    address: str = ""
    place: str = ""
    lat: float | None = None
    lon: float | None = None
    zone_id: int | None = None
    household: str = ""  # family group key: members are never split in an evacuation
    languages: str = ""  # comma-separated ISO 639-1 codes
    emergency_contact: str = ""
    emergency_phone: str = ""
    vulnerabilities: Vulnerability = Vulnerability(0)
    migration_status: str = ""  # optional and sensitive
    consent_share: bool = False
    record_expiry: date | None = None
    status: AccountabilityStatus = AccountabilityStatus.NOT_CONTACTED
    assembly_point_id: int | None = None
    notes: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    @property
    def full_name(self) -> str:
        return f"{self.family_names}, {self.given_names}".strip(", ")


@dataclass
class Zone:
    name: str
    code: str = ""
    description: str = ""
    polygon: list[list[float]] = field(default_factory=list)  # [[lon, lat], ...] closed ring
    places: str = ""  # comma-separated place names when the zone is a set of places
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Warden:
    name: str
    zone_id: int | None = None
    phone: str = ""
    email: str = ""
    radio: str = ""
    languages: str = ""
    is_alternate: bool = False
    national_id: int | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Place:
    name: str
    kind: PlaceKind
    lat: float
    lon: float
    capacity: int | None = None  # None: not known (the assignment seats nobody there); 0: no room
    address: str = ""
    facilities: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    zone_id: int | None = None
    notes: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Route:
    name: str
    origin_id: int
    destination_id: int
    mode: RouteMode = RouteMode.ROAD
    waypoints: list[list[float]] = field(default_factory=list)  # [[lat, lon], ...] between the ends
    speed_kmh: float = 50.0
    capacity_per_trip: int = 0
    status: RouteStatus = RouteStatus.OPEN
    alternate_of: int | None = None  # the primary route this one replaces
    notes: str = ""
    driven_km: float | None = None  # measured along every point of a recorded track; None: along the waypoints
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Partner:
    name: str
    kind: PartnerKind = PartnerKind.OTHER
    contact_person: str = ""
    phone_24h: str = ""
    phone: str = ""
    email: str = ""
    radio: str = ""
    services: str = ""
    agreement: str = ""
    address: str = ""
    notes: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class TeamMember:
    role: str
    name: str
    phone: str = ""
    email: str = ""
    alternate_name: str = ""
    alternate_phone: str = ""
    position: int = 0
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class PostHazard:
    hazard: Hazard
    likelihood: Level = Level.MEDIUM
    impact: Level = Level.MEDIUM
    season: str = ""
    description: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class AlertAction:
    """A line of the post's alert-level matrix: a trigger or an action for one phase."""

    phase: int
    kind: str  # "trigger" or "action"
    text_es: str
    text_en: str
    role: str = ""
    hazard: str = ""  # empty: every hazard
    position: int = 0
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    # "" for a line of its phase; "standfast" (shelter in place) or "stand_down" (de-escalation), taken at `phase`
    step: str = ""

    def text(self, lang: str) -> str:
        return self.text_es if lang == "es" else self.text_en


@dataclass
class MessageTemplate:
    phase: int
    hazard: str
    lang: str
    text: str
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)


ENTITY_TABLES = {
    Post: "post",
    National: "nationals",
    Zone: "zones",
    Warden: "wardens",
    Place: "places",
    Route: "routes",
    Partner: "partners",
    TeamMember: "team",
    PostHazard: "hazards",
    AlertAction: "alert_actions",
    MessageTemplate: "message_templates",
}
