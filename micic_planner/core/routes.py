"""Route lengths along their waypoints and expected travel times; alternates under their primary."""

from dataclasses import dataclass, field

from micic_planner.core.geo import path_km
from micic_planner.core.models import Place, Route


@dataclass
class RouteLeg:
    """A route with its ends resolved and its length and time computed."""

    route: Route
    origin: Place | None
    destination: Place | None
    km: float
    hours: float
    alternates: list["RouteLeg"] = field(default_factory=list)


def route_points(route: Route, origin: Place | None, destination: Place | None) -> list[tuple[float, float]]:
    """(lat, lon) from the origin through the waypoints to the destination; missing ends are left out."""
    points = [(origin.lat, origin.lon)] if origin else []
    points += [(float(p[0]), float(p[1])) for p in route.waypoints]
    if destination:
        points.append((destination.lat, destination.lon))
    return points


def route_leg(route: Route, places: dict[int, Place]) -> RouteLeg:
    origin, destination = places.get(route.origin_id), places.get(route.destination_id)
    # A driven track's length counts every bend the thinned waypoints leave out.
    km = route.driven_km or path_km(route_points(route, origin, destination))
    hours = km / route.speed_kmh if route.speed_kmh > 0 else 0.0
    return RouteLeg(route, origin, destination, km, hours)


def group_routes(routes: list[Route], places: list[Place]) -> list[RouteLeg]:
    """Primary routes in name order, each carrying its alternates; an alternate whose primary
    is gone is listed as a primary so that no route disappears from the plan."""
    by_id = {p.id: p for p in places}
    legs = {r.id: route_leg(r, by_id) for r in routes}
    primaries = [legs[r.id] for r in routes if r.alternate_of is None or r.alternate_of not in legs]
    for r in routes:
        if r.alternate_of is not None and r.alternate_of in legs and r.alternate_of != r.id:
            legs[r.alternate_of].alternates.append(legs[r.id])
    for leg in primaries:
        leg.alternates.sort(key=lambda a: a.route.name.casefold())
    return sorted(primaries, key=lambda leg: leg.route.name.casefold())


def format_hours(hours: float) -> str:
    """'2 h 05 min' or '45 min': how long a trip takes, for a printed table."""
    minutes = round(hours * 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"
