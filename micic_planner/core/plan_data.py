"""Everything the printed contingency plan shows, as plain core objects the renderer reads."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from micic_planner.core.figures import PlanFigures
from micic_planner.core.models import (
    AlertAction,
    MessageTemplate,
    Partner,
    Place,
    Post,
    PostHazard,
    TeamMember,
    Warden,
    Zone,
)
from micic_planner.core.plan_summary import Population
from micic_planner.core.routes import RouteLeg


class AnnexRow(NamedTuple):
    """One national in the restricted annex: only what the crisis cell needs to find and move them."""

    family_names: str
    given_names: str
    passport_no: str
    consular_id: str
    phone: str
    phone2: str
    vulnerabilities: int
    zone: str
    assembly_point: str
    household: str
    address: str = ""  # where the person lives, with the place: the crisis cell goes there


@dataclass
class PlanData:
    post: Post
    figures: PlanFigures
    today: date
    zones: list[Zone] = field(default_factory=list)
    wardens: list[Warden] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    routes: list[RouteLeg] = field(default_factory=list)  # primaries, each with its alternates
    partners: list[Partner] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    hazards: list[PostHazard] = field(default_factory=list)
    matrix: list[AlertAction] = field(default_factory=list)
    messages: list[MessageTemplate] = field(default_factory=list)
    checklists: list = field(default_factory=list)  # core.plan_templates.ChecklistItem
    passports_expired: int = 0  # passport expiry before `today`
    passports_expiring: int = 0  # passport expiring within six months of `today`
    no_passport: int = 0  # nationals with no passport number: with the expired, they need a travel document
    consent_share: int = 0  # nationals who agreed that partners may see their data
    restricted: bool = False
    watermark: str = ""  # a restricted print: who printed it and when (UTC), drawn across every page
    annex_count: int = 0
    copy: int = 0  # a restricted print: its copy number, printed on the cover and in every footer
    printed_by: str = ""
    towns: list[tuple[str, float, float]] = field(default_factory=list)  # (name, lat, lon), most populous first
    # The sections the post writes itself (core.section_catalogue): key -> values, and their states in order.
    sections: dict = field(default_factory=dict)
    section_states: list = field(default_factory=list)  # core.plan_sections.SectionState
    phase: int | None = None  # of the open crisis, for the summary; None in preparedness
    population: Population | None = None  # registry and the post's estimate; the plan is sized for its peak
    # Called once per rendering pass; streams rows sorted by zone then family name.
    annex_rows: Callable[[], Iterable[AnnexRow]] | None = None

    def __post_init__(self):
        if self.population is None:
            self.population = Population(self.figures.total)

    def zone_name(self, zone_id: int | None) -> str:
        return next((z.name for z in self.zones if z.id == zone_id), "")

    def places_of(self, *kinds) -> list[Place]:
        return [p for p in self.places if p.kind in kinds]

    def all_routes(self) -> list[RouteLeg]:
        """Primaries and alternates, flat, primaries first."""
        return [leg for primary in self.routes for leg in (primary, *primary.alternates)]
