"""The plan-quality checks: one small rule per weakness, each saying how many nationals it leaves exposed.

Every rule takes plain records and counts (storage feeds them) and returns `Gap`s; `rank` puts the gap
that affects the most people first, so a post fixes the biggest hole before the small ones.
"""

from collections import Counter
from dataclasses import dataclass

from micic_planner.core.enums import PlaceKind, RouteStatus
from micic_planner.core.i18n import translate

# A warden's check call: identify, ask who is safe or needs help, note it. Three minutes is what a
# practised warden manages; an unanswered number costs about as much with the redial.
MINUTES_PER_CALL = 3
# Wardens report to the crisis cell every six hours in phase 2 (the standard alert matrix says so).
HOURS_BETWEEN_REPORTS = 6
# One phone number on this many places or more is a placeholder typed in to fill the form, not a contact.
PLACEHOLDER_PHONE_PLACES = 3
# A collective shelter, a school or a sports hall, rarely holds more than a thousand people; a larger
# figure is usually the town's population copied into the capacity field.
SHELTER_CAPACITY_CEILING = 1000
# What a generic template leaves for the post to fill in; the text after the colon says what.
ADAPT_MARKERS = ("[ADAPTAR:", "[ADAPT:")


@dataclass(frozen=True)
class Gap:
    """A weakness of the plan, with the record to open to fix it and how many nationals it leaves exposed."""

    code: str
    text_en: str  # English with {placeholders}
    params: tuple = ()
    table: str = ""
    record_id: int | None = None
    affected: int = 0  # nationals exposed by the gap; 0 when it exposes nobody by itself (the document, data)

    def text(self, lang: str | None = None) -> str:
        # Parameters such as a crisis-team role come from the templates in English; names are left as they are.
        # Counts take the plan's thousands separator (3,000), as its tables do.
        params = [translate(p, lang) if isinstance(p, str) else f"{p:,}" if isinstance(p, int) else p
                  for p in self.params]
        return translate(self.text_en, lang).format(*params)


@dataclass(frozen=True)
class PlannedTrip:
    """A movement of the open crisis that has a route: what the route check needs."""

    name: str
    route_id: int
    passengers: int


def rank(gaps: list[Gap]) -> list[Gap]:
    """The gaps that affect the most nationals first; equal ones keep the order the rules found them in."""
    return sorted(gaps, key=lambda g: -g.affected)


def unassigned_nationals(total: int, unassigned: int, points) -> list[Gap]:
    """Nationals with no assembly point, saying whether the points are simply full."""
    if not unassigned or not points:
        return []
    places = sum(p.capacity or 0 for p in points)  # unknown seats nobody
    if places < total:
        return [Gap("unassigned_full", "{} of {} nationals have no assembly point: the points hold {} places in "
                    "all and every one is taken.", (unassigned, total, places), "places", None, unassigned)]
    return [Gap("unassigned", "{} of {} nationals have no assembly point.", (unassigned, total), "nationals",
                None, unassigned)]


def points_without_route(points, routes, assigned: Counter) -> list[Gap]:
    """Assembly points that no route leaves from: the people gathered there have no way out."""
    origins = {r.origin_id for r in routes}
    return [Gap("point_without_route", "Assembly point {} has no route out ({} nationals assigned).",
                (p.name, assigned[p.id]), "places", p.id, assigned[p.id]) for p in points if p.id not in origins]


def routes_not_open(routes, assigned: Counter) -> list[Gap]:
    """Closed routes and routes of unknown status, weighted by the nationals who gather where they start."""
    gaps = []
    for route in routes:
        if route.status == RouteStatus.CLOSED:
            gaps.append(Gap("route_closed", "Route {} is closed.", (route.name,), "routes", route.id,
                            assigned[route.origin_id]))
        elif route.status == RouteStatus.UNKNOWN:
            gaps.append(Gap("route_unknown", "The status of route {} is unknown: confirm it with the authorities.",
                            (route.name,), "routes", route.id, assigned[route.origin_id]))
    return gaps


def trips_on_routes_not_open(trips: list[PlannedTrip], routes) -> list[Gap]:
    """Trips of the open crisis planned over a route that is closed or whose status nobody has confirmed."""
    status = {r.id: r for r in routes}
    gaps = []
    for trip in trips:
        route = status.get(trip.route_id)
        if route is not None and route.status == RouteStatus.CLOSED:
            gaps.append(Gap("trip_on_closed_route", "Trip {} is planned over route {}, which is closed.",
                            (trip.name, route.name), "routes", route.id, trip.passengers))
        elif route is not None and route.status == RouteStatus.UNKNOWN:
            gaps.append(Gap("trip_on_unknown_route", "Trip {} is planned over route {}, whose status is unknown.",
                            (trip.name, route.name), "routes", route.id, trip.passengers))
    return gaps


def wardens_overloaded(zones, wardens, households: Counter, nationals: Counter,
                       minutes_per_call: int = MINUTES_PER_CALL,
                       hours_between_reports: int = HOURS_BETWEEN_REPORTS) -> list[Gap]:
    """Zones whose wardens cannot call every household between two reports.

    The households are shared among the zone's wardens; an alternate stands in for a warden rather
    than calling beside them, so only wardens count. The nationals affected are those of the
    households left uncalled when the report is due.
    """
    callers = Counter(w.zone_id for w in wardens if not w.is_alternate)
    per_warden = hours_between_reports * 60 // minutes_per_call
    gaps = []
    for zone in zones:
        count, homes = callers[zone.id], households[zone.id]
        if not count or homes <= count * per_warden:
            continue
        left = nationals[zone.id] * (homes - count * per_warden) // homes
        hours = f"{homes * minutes_per_call / 60 / count:.1f}".removesuffix(".0")  # 6.1 hours is still too long
        gaps.append(Gap("warden_overloaded", "The wardens of zone {} have {} households to call: {} hours of calls "
                        "for a report every {} hours.", (zone.name, homes, hours, hours_between_reports),
                        "zones", zone.id, left))
    return gaps


def placeholder_phones(places) -> list[Gap]:
    """One phone number typed on many places: placeholder data, so nobody can call those places.

    Like the shelter check, it exposes no national by itself (affected 0, so it ranks after the gaps
    that do) but makes the figures and contacts of those places untrustworthy.
    """
    by_phone: dict[str, list] = {}
    for place in places:
        digits = "".join(ch for ch in place.contact_phone if ch.isdigit())
        if digits:
            by_phone.setdefault(digits, []).append(place)
    gaps = []
    for same in by_phone.values():
        if len(same) >= PLACEHOLDER_PHONE_PLACES:
            gaps.append(Gap("placeholder_phone", "The same telephone {} is given for {} places: enter each place's "
                            "own contact.", (same[0].contact_phone, len(same)), "places", same[0].id))
    return gaps


def shelters_too_large(places) -> list[Gap]:
    """Shelters and safe havens whose capacity looks like a town's population rather than a building's."""
    gaps = []
    for place in places:
        if place.kind in (PlaceKind.SHELTER, PlaceKind.SAFE_HAVEN) and (place.capacity or 0) > SHELTER_CAPACITY_CEILING:
            gaps.append(Gap("shelter_capacity", "{} is recorded for {} people, more than a shelter holds: "
                            "enter the places it can really offer, not the town's population.",
                            (place.name, place.capacity), "places", place.id))
    return gaps


def unadapted_matrix(matrix) -> list[Gap]:
    """Lines of the alert matrix still holding the generic template's [ADAPT: …] places to fill."""
    left = [a for a in matrix if any(m in a.text_es or m in a.text_en for m in ADAPT_MARKERS)]
    if not left:
        return []
    return [Gap("matrix_not_adapted", "{} lines of the alert matrix still have an [ADAPT: …] mark: replace it with "
                "the post's own authorities, places and thresholds.", (len(left),), "alert_actions", left[0].id)]


def matrix_steps_missing(matrix) -> list[Gap]:
    """A matrix with no standfast or no stand-down lines: the post cannot tell nationals to stay, or when to stop."""
    steps = {a.step for a in matrix}
    return [Gap(code, text, (), "alert_actions") for step, code, text in (
        ("standfast", "no_standfast", "The alert matrix has no standfast (shelter in place) step."),
        ("stand_down", "no_stand_down", "The alert matrix has no stand-down step with de-escalation triggers."),
    ) if step not in steps]


# -- messages (issue 17) ---------------------------------------------------------------------------------
# A language needs its own message texts once this many nationals speak it (and at least this share of them).
LANGUAGE_SPEAKERS = 20
LANGUAGE_SHARE = 0.02


def languages_without_template(speakers: Counter, template_langs, total: int) -> list[Gap]:
    """Languages spoken by many nationals that the post has no message text in: they get Spanish, or nothing
    they can read. A translation is the post's to write; the program never makes one up."""
    have = set(template_langs)
    return [Gap("language_without_template", "{} nationals speak {}, and the post has no message text in it.",
                (count, lang), "message_templates", None, count)
            for lang, count in speakers.most_common()
            if lang not in have and count >= max(LANGUAGE_SPEAKERS, LANGUAGE_SHARE * total)]
