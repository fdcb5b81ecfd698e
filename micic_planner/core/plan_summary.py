"""What the head of mission reads first, and the figures the post's own sections add to the plan.

Computed here, from `PlanData` and the sections the post entered, so the renderer only lays it out.
"""

from dataclasses import dataclass, field

from micic_planner.core.enums import SENSITIVE_VULNERABILITIES, PlaceKind, RouteStatus, Vulnerability
from micic_planner.core.gap_rules import Gap
from micic_planner.core.plan_sections import SectionState, missing_required
from micic_planner.core.small_counts import DEFAULT_THRESHOLD, SUPPRESSED, small

TOP_GAPS = 5
CALL_NUMBERS = 5


@dataclass(frozen=True)
class Population:
    """The registry and the post's estimate; the plan is sized for `planning`, never below the registry."""

    registered: int
    unregistered: int = 0
    seasonal_peak: int = 0
    estimated: bool = False  # the post entered an estimate

    @property
    def estimate(self) -> int:
        return self.registered + self.unregistered

    @property
    def planning(self) -> int:
        """The people to plan capacity and transport for: registered, unregistered and the seasonal peak."""
        return max(self.registered, self.estimate + self.seasonal_peak)


def population(registered: int, values: dict | None) -> Population:
    values = values or {}
    unregistered = int(values.get("unregistered") or 0)
    peak = int(values.get("seasonal_peak") or 0)
    return Population(registered, unregistered, peak, bool(unregistered or peak))


@dataclass
class Summary:
    phase: int | None  # of the open crisis; None in preparedness
    population: Population
    vulnerable: list[tuple[str, str]] = field(default_factory=list)  # (English label, count or "*")
    assembly_places: int = 0
    routes_open: int = 0
    routes_total: int = 0
    gaps: list[Gap] = field(default_factory=list)
    calls: list[tuple[str, str]] = field(default_factory=list)  # (who, phone)

    @property
    def shortfall(self) -> int:
        return max(0, self.population.planning - self.assembly_places)


def summarise(data, threshold: int = DEFAULT_THRESHOLD) -> Summary:
    """The one-page summary of `data` (a `PlanData`); restricted categories never counted, small counts hidden."""
    fig = data.figures
    vulnerable = []
    for flag in Vulnerability.members():
        if flag & SENSITIVE_VULNERABILITIES or not fig.by_vulnerability.get(flag):
            continue
        count = fig.by_vulnerability[flag]
        vulnerable.append((flag.label_en, SUPPRESSED if small(count, threshold) else f"{count:,}"))
    points = sum(p.capacity for p in data.places_of(PlaceKind.ASSEMBLY_POINT))
    routes = data.all_routes()
    return Summary(
        phase=data.phase, population=data.population, vulnerable=vulnerable, assembly_places=points,
        routes_open=sum(1 for leg in routes if leg.route.status == RouteStatus.OPEN), routes_total=len(routes),
        gaps=fig.gaps[:TOP_GAPS], calls=call_numbers(data))


def call_numbers(data) -> list[tuple[str, str]]:
    """The numbers the post entered, or else the crisis team's then the partners' 24/7 lines, five at most."""
    entered = (data.sections.get("call_numbers") or {}).get("numbers") or []
    if entered:
        return [(row.get("who", ""), row.get("phone", "")) for row in entered][:CALL_NUMBERS]
    calls = [(m.role, m.phone) for m in data.team if m.phone]
    calls += [(p.name, p.phone_24h or p.phone) for p in data.partners if p.phone_24h or p.phone]
    return calls[:CALL_NUMBERS]


def section_gaps(states: list[SectionState]) -> list[Gap]:
    """A gap for each section left blank, and for each missing a field the plan cannot do without."""
    gaps = []
    for st in states:
        if st.state == "blank" and not st.section.optional:
            gaps.append(Gap("section_blank", "The plan section “{}” has not been filled in.", (st.section.title,),
                            "plan_sections"))
        elif st.state == "partial":
            # The first missing field is named; once it is filled the next one shows.
            missing = missing_required(st.section, st.values)[0]
            gaps.append(Gap("section_partial", "The plan section “{}” lacks “{}”.", (st.section.title,
                                                                                    missing.label), "plan_sections"))
    return gaps


def capacity_gap(pop: Population, places: int) -> list[Gap]:
    """Assembly places short of the estimated population: the registry alone hides the unregistered.

    It counts only the people the registry's own gaps leave out: registered nationals without a place are
    already counted by the assembly-point gaps, so a post short of places is not counted twice.
    """
    if not pop.estimated or pop.planning <= places or places == 0:
        return []
    return [Gap("capacity_below_estimate", "The assembly points hold {} places for an estimated {} nationals "
                "at the seasonal peak.", (places, pop.planning), "places", None,
                pop.planning - max(places, pop.registered))]
