"""The plan's figures and its quality gaps, computed from the registry's rows, not in the renderer."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from micic_planner.core import gap_rules as rules
from micic_planner.core.enums import SENSITIVE_VULNERABILITIES, PlaceKind, Vulnerability
from micic_planner.core.gap_rules import Gap, PlannedTrip
from micic_planner.core.models import AlertAction, Place, Post, Route, TeamMember, Warden, Zone

__all__ = ["AssemblyLoad", "Gap", "PlanFigures", "compute_figures", "count_beyond"]


@dataclass
class AssemblyLoad:
    place: Place
    assigned: int

    @property
    def ratio(self) -> float:
        return self.assigned / self.place.capacity if self.place.capacity else float("inf") if self.assigned else 0.0


@dataclass
class PlanFigures:
    total: int = 0
    by_zone: Counter = field(default_factory=Counter)  # zone id (None: no zone) -> nationals
    by_vulnerability: Counter = field(default_factory=Counter)  # Vulnerability -> nationals
    by_household_size: Counter = field(default_factory=Counter)  # size -> households
    by_status: Counter = field(default_factory=Counter)
    vulnerable_total: int = 0  # any flag, restricted ones included: only for restricted outputs
    open_vulnerable_total: int = 0  # at least one flag that is not restricted: what an unrestricted page may print
    without_coordinates: int = 0
    far_from_assembly: int = 0
    unassigned: int = 0
    loads: list[AssemblyLoad] = field(default_factory=list)
    households_by_zone: Counter = field(default_factory=Counter)  # zone id -> households (a lone person is one)
    gaps: list[Gap] = field(default_factory=list)


def compute_figures(post: Post, rows, zones: list[Zone], places: list[Place], routes: list[Route],
                    wardens: list[Warden], team: list[TeamMember], matrix: list[AlertAction],
                    today: date | None = None, trips: list[PlannedTrip] = (), speakers: Counter | None = None,
                    template_langs=()) -> PlanFigures:
    """`rows` yields (zone_id, vulnerabilities, household, lat, lon, assembly_point_id, status).

    `trips` are the open crisis's movements with a route, for the check of trips over routes not open.
    `speakers` counts the nationals speaking each language, `template_langs` the languages of the post's
    message texts (for the check of languages with no text).
    """
    today = today or date.today()
    fig = PlanFigures()
    households: Counter = Counter()
    household_zone: dict[str, int | None] = {}
    assigned: Counter = Counter()
    coords = []
    members = Vulnerability.members()
    for zone_id, vuln, household, lat, lon, point_id, status in rows:
        fig.total += 1
        fig.by_zone[zone_id] += 1
        fig.by_status[status] += 1
        if vuln:
            fig.vulnerable_total += 1
            if vuln & ~SENSITIVE_VULNERABILITIES:
                fig.open_vulnerable_total += 1
            for m in members:
                if vuln & m:
                    fig.by_vulnerability[m] += 1
        households[household or None] += 1 if household else 0
        if not household:
            fig.by_household_size[1] += 1
            fig.households_by_zone[zone_id] += 1
        elif household not in household_zone:
            household_zone[household] = zone_id  # a household is called once, in the zone of its first member
            fig.households_by_zone[zone_id] += 1
        if point_id is None:
            fig.unassigned += 1
        else:
            assigned[point_id] += 1
        if lat is None or lon is None:
            fig.without_coordinates += 1
        else:
            coords.append((lat, lon))
    for household, size in households.items():
        if household is not None:
            fig.by_household_size[size] += 1
    points = [p for p in places if p.kind == PlaceKind.ASSEMBLY_POINT]
    fig.loads = [AssemblyLoad(p, assigned[p.id]) for p in points]
    fig.far_from_assembly = count_beyond(coords, [(p.lat, p.lon) for p in points], post.assembly_radius_km)
    fig.gaps = find_gaps(post, fig, zones, places, routes, wardens, team, matrix, today, assigned, list(trips))
    if speakers:
        fig.gaps = rules.rank(fig.gaps + rules.languages_without_template(speakers, template_langs, fig.total))
    return fig


def count_beyond(coords: list[tuple[float, float]], points: list[tuple[float, float]], radius_km: float) -> int:
    """How many coordinates lie farther than `radius_km` from every point (great circle)."""
    if not coords:
        return 0
    if not points:
        return len(coords)
    import numpy as np

    from micic_planner.core.geo import EARTH_RADIUS_KM

    def unit(a):
        lat, lon = np.radians(a[:, 0]), np.radians(a[:, 1])
        return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)

    # On unit vectors the nearest point has the largest dot product; compare against cos(angle).
    threshold = np.cos(radius_km / EARTH_RADIUS_KM)
    p = unit(np.asarray(points, dtype=float))
    beyond = 0
    arr = np.asarray(coords, dtype=float)
    for start in range(0, len(arr), 200_000):
        best = (unit(arr[start:start + 200_000]) @ p.T).max(axis=1)
        beyond += int((best < threshold).sum())
    return beyond


def find_gaps(post, fig, zones, places, routes, wardens, team, matrix, today, assigned: Counter,
              trips: list[PlannedTrip]) -> list[Gap]:
    """Every gap of the plan, the one that leaves the most nationals exposed first."""
    points = [p for p in places if p.kind == PlaceKind.ASSEMBLY_POINT]
    gaps: list[Gap] = []
    gaps += rules.unassigned_nationals(fig.total, fig.unassigned, points)
    for load in fig.loads:
        if load.place.capacity and load.assigned > load.place.capacity:
            gaps.append(Gap("over_capacity", "Assembly point {} has {} nationals assigned for {} places.",
                            (load.place.name, load.assigned, load.place.capacity), "places", load.place.id,
                            load.assigned - load.place.capacity))
        if load.place.capacity is None:
            gaps.append(Gap("unknown_capacity", "Assembly point {} has no known capacity, so the assignment seats "
                            "nobody there.", (load.place.name,), "places", load.place.id))
    if not points:
        gaps.append(Gap("no_assembly_points", "The post has no assembly point.", (), "places", None, fig.total))
    if fig.far_from_assembly:
        gaps.append(Gap("far_nationals", "{} nationals live farther than {} km from any assembly point.",
                        (fig.far_from_assembly, f"{post.assembly_radius_km:g}"), "nationals", None,
                        fig.far_from_assembly))
    if fig.without_coordinates:
        gaps.append(Gap("no_coordinates", "{} nationals have no coordinates and cannot be placed on a map.",
                        (fig.without_coordinates,), "nationals", None, fig.without_coordinates))
    if fig.by_zone.get(None):
        gaps.append(Gap("no_zone", "{} nationals are in no zone.", (fig.by_zone[None],), "nationals", None,
                        fig.by_zone[None]))
    warded = {w.zone_id for w in wardens if not w.is_alternate}
    alternates = {w.zone_id for w in wardens if w.is_alternate}
    for zone in zones:
        if zone.id not in warded:
            gaps.append(Gap("zone_without_warden", "Zone {} has no warden.", (zone.name,), "zones", zone.id,
                            fig.by_zone[zone.id]))
        elif zone.id not in alternates:
            gaps.append(Gap("zone_without_alternate", "Zone {} has no alternate warden.",
                            (zone.name,), "zones", zone.id, fig.by_zone[zone.id]))
    gaps += rules.wardens_overloaded(zones, wardens, fig.households_by_zone, fig.by_zone)
    gaps += rules.points_without_route(points, routes, assigned)
    has_alternate = {r.alternate_of for r in routes if r.alternate_of is not None}
    for route in routes:
        if route.alternate_of is None and route.id not in has_alternate:
            gaps.append(Gap("route_without_alternate", "Route {} has no alternate.", (route.name,), "routes",
                            route.id, assigned[route.origin_id]))
    gaps += rules.routes_not_open(routes, assigned)
    gaps += rules.trips_on_routes_not_open(trips, routes)
    # Gaps that expose no national by themselves follow, in this order: data, team, matrix, review.
    gaps += rules.placeholder_phones(places)
    gaps += rules.shelters_too_large(places)
    for member in team:
        if not member.alternate_name:
            gaps.append(Gap("role_without_alternate", "Crisis team role {} has no alternate.",
                            (member.role,), "team", member.id))
    for phase in (1, 2, 3, 4):
        kinds = {a.kind for a in matrix if a.phase == phase and not a.step}
        if "trigger" not in kinds or "action" not in kinds:
            gaps.append(Gap("phase_incomplete", "Alert phase {} has no triggers or no actions.",
                            (phase,), "alert_actions"))
    gaps += rules.matrix_steps_missing(matrix)
    gaps += rules.unadapted_matrix(matrix)
    if post.next_review is None:
        gaps.append(Gap("review_missing", "The plan has no next review date.", (), "post", post.id))
    elif post.next_review < today:
        gaps.append(Gap("review_overdue", "The plan review is overdue since {}.",
                        (post.next_review.isoformat(),), "post", post.id))
    return rules.rank(gaps)
