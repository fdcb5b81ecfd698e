"""What the overview shows: the plan's figures and gaps, read over a connection of its own."""

from collections import Counter
from pathlib import Path

from sqlite_utils import Database

from micic_planner.core.figures import PlanFigures, compute_figures
from micic_planner.core.gap_rules import PlannedTrip
from micic_planner.core.models import AlertAction, Place, Post, Route, TeamMember, Warden, Zone
from micic_planner.core.security import Session
from micic_planner.storage.connection import raw_connect
from micic_planner.storage.guarded import GuardedNationals, GuardedRecords
from micic_planner.storage.mapping import from_row
from micic_planner.storage.nationals import Nationals
from micic_planner.storage.records import Records


class PostReader:
    """A second connection to an open post that only reads, for a worker thread (figures, printing).

    It has what readers such as `plan_source.load_plan_data` use: `db`, `path`, `post()`,
    `records` and `nationals`. The caller checks the user's rights before starting it.
    """

    def __init__(self, path: str | Path, key: tuple[bytes, bytes] | None = None, session: Session | None = None):
        self.path = Path(path)
        conn = raw_connect(self.path, *(key or (None, None)))
        conn.execute("PRAGMA query_only = 1")
        self.db = Database(conn, execute_plugins=False)
        self.session = session
        if session is None:
            self.records = Records(self.db)
            self.nationals = Nationals(self.db)
        else:
            # Read for a signed-in user: the same role checks and hidden fields as the window's store.
            self.records = GuardedRecords(self.db, lambda: session)
            self.nationals = GuardedNationals(self.db, user=lambda: session.user_name, session=lambda: session,
                                              audit=None)

    @staticmethod
    def source(store) -> tuple[Path, tuple[bytes, bytes] | None, Session | None]:
        """What a worker needs to open its own reader on `store`: the path, the key if encrypted, who is signed in."""
        key = getattr(store, "key_material", None)
        return Path(store.path), key() if callable(key) else key, getattr(store, "session", None)

    def post(self) -> Post | None:
        return read_post(self.db)

    def close(self) -> None:
        self.db.close()


def read_post(db: Database) -> Post | None:
    cursor = db.execute("SELECT * FROM post ORDER BY id LIMIT 1")
    row = cursor.fetchone()
    return None if row is None else from_row(Post, dict(zip([d[0] for d in cursor.description], row)))


def post_figures(db: Database, session: Session | None = None) -> tuple[Post | None, PlanFigures | None]:
    """The post and its plan figures (counts, assembly loads, gaps); (None, None) for an empty file.

    With `session`, a role that may not see vulnerabilities gets none counted.
    """
    post = read_post(db)
    if post is None:
        return None, None
    records = Records(db)
    rows = Nationals(db).profile_rows()
    if session is not None and not session.visible("vulnerabilities"):
        rows = ((z, 0, h, lat, lon, ap, st) for z, _v, h, lat, lon, ap, st in rows)
    figures = compute_figures(
        post, rows, records.list(Zone, order_by="name"),
        records.list(Place, order_by="name"), records.list(Route, order_by="name"), records.list(Warden),
        records.list(TeamMember, order_by="position"), records.list(AlertAction, order_by="phase, position"),
        trips=planned_trips(db), speakers=language_speakers(db), template_langs=template_languages(db))
    from micic_planner.core.gap_rules import rank
    from micic_planner.storage.plan_section_store import section_figures

    places = sum(load.place.capacity or 0 for load in figures.loads)
    figures.gaps = rank(figures.gaps + section_figures(db, figures.total, places)[2])
    return post, figures


def language_speakers(db: Database) -> Counter:
    """How many nationals list each language ("es,mam" counts once for es and once for mam)."""
    speakers: Counter = Counter()
    for languages, count in db.execute("SELECT languages, count(*) FROM nationals GROUP BY languages"):
        for code in {c.strip().lower() for c in (languages or "").split(",") if c.strip()}:
            speakers[code] += count
    return speakers


def template_languages(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT DISTINCT lang FROM message_templates")}


def planned_trips(db: Database) -> list[PlannedTrip]:
    """The open crisis's movements that follow a route, with the people on their manifests (else their seats)."""
    return [PlannedTrip(name, route_id, passengers) for name, route_id, passengers in db.execute(
        "SELECT m.name, m.route_id, coalesce(nullif((SELECT count(*) FROM manifest_entries e "
        "WHERE e.movement_id = m.id), 0), m.seats) FROM movements m JOIN crises c ON c.id = m.crisis_id "
        "WHERE c.closed_at IS NULL AND c.owner IS NULL AND m.route_id IS NOT NULL ORDER BY m.id")]


def zone_names(db: Database) -> dict[int, str]:
    """Each zone's name to show and pick from; at headquarters with its post's name after it, since
    headquarters holds every post's zones and two posts may each have a "Centro"."""
    from micic_planner.core.i18n import _
    from micic_planner.storage.sync import zone_posts

    names = dict(db.execute("SELECT id, name FROM zones").fetchall())
    for zone_id, post in zone_posts(db).items():
        names[zone_id] = _("{zone} ({post})").format(zone=names[zone_id], post=post)
    return names


def place_names(db: Database, kind: str | None = None) -> dict[int, str]:
    if kind:
        return dict(db.execute("SELECT id, name FROM places WHERE kind = ? ORDER BY name", [kind]).fetchall())
    return dict(db.execute("SELECT id, name FROM places ORDER BY name").fetchall())


def households_like(db: Database, prefix: str, limit: int = 20) -> list[str]:
    """Household keys that start with `prefix`, for the household field's completer."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT household FROM nationals WHERE household >= ? AND household < ? ORDER BY household LIMIT ?",
        [prefix, prefix + "\uffff", limit])]


def new_household_key(db: Database) -> str:
    """A household key not used yet: H-000123."""
    row = db.execute("SELECT max(CAST(substr(household, 3) AS INTEGER)) FROM nationals "
                     "WHERE household GLOB 'H-[0-9]*'").fetchone()
    return f"H-{(row[0] or 0) + 1:06d}"
