"""The demo post: a fictional Guatemalan consulate in Tapachula, Chiapas, built the same way for a seed.

The registry is generated household by household with numpy, column by column, so a million
nationals cost a few seconds; rows come out as tuples in `NATIONAL_COLUMNS` order for
`Nationals.bulk_insert`.
"""

import itertools
import math
import random
import uuid as _uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from micic_planner.core import demo_names as names
from micic_planner.core import demo_places as places
from micic_planner.core.demo_people import HouseholdChunk, Pools, sorted_uuid_bytes
from micic_planner.core.models import Partner, Place, Post, PostHazard, Route, TeamMember, Warden, Zone

NATIONAL_COLUMNS = (
    "uuid", "given_names", "family_names", "sex", "birth_date", "passport_no", "passport_expiry", "consular_id",
    "consular_id_expiry", "phone", "phone2", "email", "address", "place", "lat", "lon", "zone_id", "household",
    "languages", "emergency_contact", "emergency_phone", "vulnerabilities", "migration_status", "consent_share",
    "record_expiry", "notes", "created_at", "updated_at",
)
CHUNK_HOUSEHOLDS = 20_000


@dataclass
class DemoPost:
    """Everything but the registry. Until written, link fields hold list positions, not ids:
    `Warden.zone_id` and `Place.zone_id` index `zones`; `Route.origin_id`, `destination_id` index
    `places` and `Route.alternate_of` indexes `routes`."""

    post: Post
    zones: list[Zone] = field(default_factory=list)
    wardens: list[Warden] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    hazards: list[PostHazard] = field(default_factory=list)


class DemoGenerator:
    """Builds the demo post and its nationals; the same seed and day give the same data."""

    def __init__(self, seed: int = 1, today: date | None = None):
        self.seed = seed
        self.today = today or date.today()
        self._rng = random.Random(seed)

    def new_uuid(self) -> str:
        return str(_uuid.UUID(int=self._rng.getrandbits(128), version=4))

    # -- the post ------------------------------------------------------------------
    def post(self) -> DemoPost:
        p = places.POST
        post = Post(p["name"], p["host_country"], p["city"], p["lat"], p["lon"], p["sending_country"],
                    list(p["jurisdiction"]), p["address"], p["phone"], p["email"], plan_version="1.0",
                    plan_date=self.today, next_review=self.today + timedelta(days=182),
                    distribution=p["distribution"], sensitivity=p["sensitivity"], uuid=self.new_uuid(),
                    is_training=True)  # invented people: the window shows it as a training post, never a real one
        demo = DemoPost(post)
        zone_index = {}
        for i, (code, name, description, radius, towns) in enumerate(places.ZONES):
            zone_index[code] = i
            demo.zones.append(Zone(name, code, description, zone_ring([(t[1], t[2]) for t in towns], radius),
                                   ", ".join(t[0] for t in towns), uuid=self.new_uuid()))
        for code, wardens in places.WARDENS.items():
            for n, (name, phone, radio, langs) in enumerate(wardens):
                demo.wardens.append(Warden(name, zone_index[code], phone, radio=radio, languages=langs,
                                           is_alternate=n > 0, uuid=self.new_uuid()))
        place_index = {}
        for i, (key, name, kind, lat, lon, cap, zone, facilities, address) in enumerate(places.PLACES):
            place_index[key] = i
            demo.places.append(Place(name, kind, lat, lon, cap, address, facilities,
                                     contact_name="Protección Civil municipal" if cap else "",
                                     contact_phone="+529625550140" if cap else "",
                                     zone_id=zone_index.get(zone), uuid=self.new_uuid()))
        route_index = {}
        for i, (key, name, origin, dest, mode, waypoints, speed, seats, status, alt) in enumerate(places.ROUTES):
            route_index[key] = i
            demo.routes.append(Route(name, place_index[origin], place_index[dest], mode, waypoints, speed, seats,
                                     status, route_index[alt] if alt else None, uuid=self.new_uuid()))
        for name, kind, person, phone24, phone, email, radio, services, agreement in places.PARTNERS:
            demo.partners.append(Partner(name, kind, person, phone24, phone, email, radio, services, agreement,
                                         notes="Datos de contacto ficticios (demo).", uuid=self.new_uuid()))
        for i, (role, name, phone, email, alt, alt_phone) in enumerate(places.TEAM):
            demo.team.append(TeamMember(role, name, phone, email, alt, alt_phone, i, uuid=self.new_uuid()))
        for hazard, likelihood, impact, season, description in places.HAZARDS:
            demo.hazards.append(PostHazard(hazard, likelihood, impact, season, description, uuid=self.new_uuid()))
        return demo

    # -- the registry ----------------------------------------------------------------
    def nationals(self, count: int, zone_ids: list[int], retention_months: int = 60) -> Iterator[tuple]:
        """`count` nationals as tuples in NATIONAL_COLUMNS order; `zone_ids[i]` is the id of zone i.

        Each row was last updated on a day up to the retention period ago, and expires by the
        retention rule (core/retention.py) counted from that day, so a few are already past it.
        """
        g = np.random.default_rng([self.seed, 20160615])
        pools = Pools(zone_ids)
        sizes = _household_sizes(g, count)
        context = (pools, self.today, retention_months, sorted_uuid_bytes(g, count))
        firsts = np.concatenate([[0], np.cumsum(sizes)])
        # chain keeps the per-row cost in C: a generator here would add a Python frame per row.
        return itertools.chain.from_iterable(
            HouseholdChunk(g, sizes[start:start + CHUNK_HOUSEHOLDS], start, int(firsts[start]), context).rows()
            for start in range(0, len(sizes), CHUNK_HOUSEHOLDS))


def zone_ring(points: list[tuple[float, float]], radius: float) -> list[list[float]]:
    """A closed [lon, lat] ring around (lat, lon) points: the convex hull of a circle around each."""
    circle = []
    for lat, lon in points:
        for k in range(12):
            a = math.tau * k / 12
            circle.append((round(lon + radius * math.cos(a), 5), round(lat + radius * math.sin(a), 5)))
    hull = _convex_hull(sorted(set(circle)))
    return [list(p) for p in hull + hull[:1]]


def _convex_hull(pts):
    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _household_sizes(g, count: int) -> np.ndarray:
    values = np.array([s for s, _w in names.HOUSEHOLD_SIZES])
    weights = np.array([w for _s, w in names.HOUSEHOLD_SIZES], dtype=float)
    sizes = g.choice(values, size=count // 2 + 16, p=weights / weights.sum())
    while sizes.sum() < count:  # only for tiny counts: the mean household is over two people
        sizes = np.append(sizes, g.choice(values, size=16, p=weights / weights.sum()))
    total = np.cumsum(sizes)
    n = int(np.searchsorted(total, count)) + 1 if count else 0
    sizes = sizes[:n].copy()
    if n:
        sizes[-1] -= int(total[n - 1]) - count  # the last household shrinks to fit the count exactly
    return sizes
