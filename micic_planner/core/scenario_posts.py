"""The fictional post of an exercise, read from `plans/exercises/<id>/post.toml`, and its generated nationals.

Every place in these files is real (so maps and distances make sense); every person is invented.
Nationals are generated from the file's name lists with a fixed seed, so each run of a workshop
starts from the same registry.
"""

import random
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from micic_planner.core.enums import PartnerKind, PlaceKind, RouteMode, Sex, Vulnerability
from micic_planner.core.errors import TemplateError
from micic_planner.core.i18n import _
from micic_planner.core.models import National, Partner, Place, Post, TeamMember, Warden, Zone, new_uuid
from micic_planner.core.team_roles import role_code

# Who is flagged, and how often, in a generated registry (a workshop needs some of each).
VULNERABILITY_RATES = {
    Vulnerability.OLDER_PERSON: 0.06, Vulnerability.MEDICAL_NEED: 0.04, Vulnerability.DISABILITY: 0.03,
    Vulnerability.PREGNANT: 0.02, Vulnerability.NO_DOCUMENTS: 0.05,
}


@dataclass
class RouteSpec:
    """A route by the names of its ends; ids are known only once the places are stored."""

    name: str
    origin: str
    destination: str
    mode: RouteMode = RouteMode.ROAD
    speed_kmh: float = 50.0
    capacity_per_trip: int = 0
    alternate_of: str = ""
    waypoints: list[list[float]] = field(default_factory=list)
    notes: str = ""


@dataclass
class ScenarioPost:
    post: Post
    zones: list[Zone]
    zone_centres: dict[str, tuple[float, float, float]]  # zone name -> (lat, lon, radius in degrees)
    zone_weights: dict[str, float]
    places: list[tuple[Place, str]]  # (place, zone name)
    routes: list[RouteSpec]
    partners: list[Partner]
    team: list[TeamMember]
    wardens: list[tuple[Warden, str]]
    names: dict[str, list[str]]  # "female", "male", "family": name lists to draw from
    count: int
    phone_prefix: str
    named: list[dict]  # nationals listed by hand (e.g. names in Arabic script)


def load_scenario_post(path: Path) -> ScenarioPost:
    """Read a scenario's post file; mistakes raise TemplateError with the file and line."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(str(path), getattr(exc, "lineno", 0), str(exc)) from exc
    lines = text.splitlines()

    def fail(section: str, index: int, message: str):
        raise TemplateError(str(path), _nth_header(lines, section, index), message)

    try:
        p = data["post"]
        post = Post(name=p["name"], host_country=p["host_country"], city=p["city"], lat=p["lat"], lon=p["lon"],
                    sending_country=p["sending_country"], jurisdiction=p.get("jurisdiction", []),
                    address=p.get("address", ""), phone=p.get("phone", ""), email=p.get("email", ""),
                    distribution=p.get("distribution", ""), sensitivity=p.get("sensitivity", "TRAINING"),
                    is_training=True, plan_date=date.today(), next_review=date.today() + timedelta(days=182))
    except KeyError as exc:
        fail("post", 0, _("The [post] table lacks \u201c{key}\u201d.").format(key=exc.args[0]))
    zones, centres, weights = [], {}, {}
    for i, z in enumerate(data.get("zones", [])):
        try:
            lat, lon, r = z["lat"], z["lon"], z.get("radius_km", 5) / 111.0
            zones.append(Zone(name=z["name"], code=z.get("code", ""), description=z.get("description", ""),
                              polygon=[[lon - r, lat - r], [lon + r, lat - r], [lon + r, lat + r],
                                       [lon - r, lat + r], [lon - r, lat - r]]))
            centres[z["name"]] = (lat, lon, r)
            weights[z["name"]] = float(z.get("share", 1))
        except KeyError as exc:
            fail("zones", i, _("This zone lacks \u201c{key}\u201d.").format(key=exc.args[0]))
    places = []
    for i, pl in enumerate(data.get("places", [])):
        try:
            place = Place(name=pl["name"], kind=PlaceKind(pl["kind"]), lat=pl["lat"], lon=pl["lon"],
                          capacity=pl.get("capacity"), address=pl.get("address", ""),
                          facilities=pl.get("facilities", ""), contact_name=pl.get("contact_name", ""),
                          contact_phone=pl.get("contact_phone", ""), notes=pl.get("notes", ""))
        except (KeyError, ValueError) as exc:
            fail("places", i, _("This place is incomplete or has an unknown kind: {detail}.").format(detail=exc))
        if pl.get("zone") and pl["zone"] not in centres:
            fail("places", i, _("Unknown zone \u201c{name}\u201d.").format(name=pl["zone"]))
        places.append((place, pl.get("zone", "")))
    names = {p.name for p, _z in places}
    routes = []
    for i, r in enumerate(data.get("routes", [])):
        try:
            spec = RouteSpec(name=r["name"], origin=r["from"], destination=r["to"],
                             mode=RouteMode(r.get("mode", "road")),
                             speed_kmh=r.get("speed_kmh", 50.0), capacity_per_trip=r.get("capacity_per_trip", 0),
                             alternate_of=r.get("alternate_of", ""), waypoints=r.get("waypoints", []),
                             notes=r.get("notes", ""))
        except (KeyError, ValueError) as exc:
            fail("routes", i, _("This route is incomplete or has an unknown mode: {detail}.").format(detail=exc))
        for end in (spec.origin, spec.destination):
            if end not in names:
                fail("routes", i, _("The route names a place that is not listed: {name}.").format(name=end))
        routes.append(spec)
    partners = []
    for i, pa in enumerate(data.get("partners", [])):
        try:
            partners.append(Partner(name=pa["name"], kind=PartnerKind(pa.get("kind", "other")),
                                    contact_person=pa.get("contact_person", ""), phone_24h=pa.get("phone_24h", ""),
                                    phone=pa.get("phone", ""), email=pa.get("email", ""), radio=pa.get("radio", ""),
                                    services=pa.get("services", ""), agreement=pa.get("agreement", ""),
                                    address=pa.get("address", "")))
        except (KeyError, ValueError) as exc:
            fail("partners", i, _("This partner is incomplete or has an unknown kind: {detail}.").format(detail=exc))
    team = [TeamMember(role=role_code(t["role"]), name=t["name"], phone=t.get("phone", ""), email=t.get("email", ""),
                       alternate_name=t.get("alternate_name", ""), alternate_phone=t.get("alternate_phone", ""),
                       position=i) for i, t in enumerate(data.get("team", []))]
    wardens = [(Warden(name=w["name"], phone=w.get("phone", ""), radio=w.get("radio", ""),
                       languages=w.get("languages", "")), w.get("zone", "")) for w in data.get("wardens", [])]
    n = data.get("nationals", {})
    lists = {k: n.get(k, []) for k in ("female", "male", "family")}
    if n.get("count", 0) and not all(lists.values()):
        fail("nationals", 0,
             _("[nationals] needs the lists \u201cfemale\u201d, \u201cmale\u201d and \u201cfamily\u201d."))
    return ScenarioPost(post, zones, centres, weights, places, routes, partners, team, wardens, lists,
                        int(n.get("count", 0)), n.get("phone_prefix", ""), list(n.get("named", [])))


def _nth_header(lines: list[str], section: str, index: int) -> int:
    seen = -1
    for number, line in enumerate(lines, start=1):
        if line.strip() in (f"[[{section}]]", f"[{section}]"):
            seen += 1
            if seen == index:
                return number
    return 1


def generate_nationals(spec: ScenarioPost, count: int, seed: int, zone: str = "",
                       today: date | None = None) -> list[tuple[National, str]]:
    """`count` invented nationals in households, each with the name of its zone; the same seed, the same people."""
    rng = random.Random(seed)
    today = today or date.today()
    zones = [zone] if zone else list(spec.zone_weights)
    weights = [spec.zone_weights[z] for z in zones]
    people: list[tuple[National, str]] = []
    while len(people) < count:
        zone_name = rng.choices(zones, weights)[0]
        lat0, lon0, r = spec.zone_centres[zone_name]
        family = rng.choice(spec.names["family"])
        household = new_uuid()[:8] if rng.random() < 0.6 else ""
        size = min(count - len(people), rng.choice((1, 2, 2, 3, 4, 5)) if household else 1)
        lat, lon = lat0 + rng.uniform(-r, r) * 0.8, lon0 + rng.uniform(-r, r) * 0.8
        for member in range(size):
            sex = rng.choice((Sex.FEMALE, Sex.MALE))
            age = rng.randint(20, 70) if member < 2 else rng.randint(1, 17)
            given = rng.choice(spec.names["female" if sex is Sex.FEMALE else "male"])
            flags = Vulnerability(0)
            for flag, rate in VULNERABILITY_RATES.items():
                if rng.random() < rate and (flag is not Vulnerability.PREGNANT or sex is Sex.FEMALE):
                    flags |= flag
            if age >= 65:
                flags |= Vulnerability.OLDER_PERSON
            phone = f"{spec.phone_prefix}{rng.randint(10000000, 99999999)}" if spec.phone_prefix and age >= 16 else ""
            people.append((National(
                given_names=given, family_names=family, sex=sex,
                birth_date=today - timedelta(days=age * 365 + rng.randint(0, 364)),
                passport_no=f"{spec.post.sending_country}{rng.randint(1000000, 9999999)}",
                phone=phone,
                place=zone_name, lat=round(lat, 5), lon=round(lon, 5), household=household,
                vulnerabilities=flags, consent_share=rng.random() < 0.7,
                record_expiry=today + timedelta(days=730)), zone_name))
    return people


def named_nationals(spec: ScenarioPost, today: date | None = None) -> list[tuple[National, str]]:
    """The nationals the file lists by hand, with the name of their zone."""
    today = today or date.today()
    out = []
    for row in spec.named:
        age = int(row.get("age", 35))
        out.append((National(
            given_names=row["given_names"], family_names=row["family_names"], sex=Sex(row.get("sex", "U")),
            birth_date=today - timedelta(days=age * 365 + 100), passport_no=row.get("passport_no", ""),
            phone=row.get("phone", ""), place=row.get("zone", ""), household=row.get("household", ""),
            languages=row.get("languages", ""),
            vulnerabilities=Vulnerability.from_codes(row.get("vulnerabilities", [])),
            consent_share=True, record_expiry=today + timedelta(days=730), notes=row.get("notes", "")),
            row.get("zone", "")))
    return out
