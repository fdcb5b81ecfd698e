"""Reading a post file into the `PlanData` that the printed plan shows."""

import getpass
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from micic_planner.core.enums import PlaceKind
from micic_planner.core.errors import PermissionDeniedError, StorageError
from micic_planner.core.figures import compute_figures
from micic_planner.core.gap_rules import rank
from micic_planner.core.i18n import _
from micic_planner.core.models import (
    AlertAction,
    MessageTemplate,
    Partner,
    Place,
    PostHazard,
    Route,
    TeamMember,
    Warden,
    Zone,
)
from micic_planner.core.plan_data import AnnexRow, PlanData
from micic_planner.core.plan_templates import templates_for
from micic_planner.core.routes import group_routes
from micic_planner.core.security import Action
from micic_planner.storage.overview_queries import language_speakers, planned_trips, template_languages
from micic_planner.storage.plan_section_store import section_figures

# Accented Spanish capitals and small letters folded for sorting; "ñ" sorts after every "n".
_FOLD = (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ü", "u"), ("Á", "A"), ("É", "E"),
         ("Í", "I"), ("Ó", "O"), ("Ú", "U"), ("Ü", "U"), ("ñ", "n{"), ("Ñ", "N{"))


def fold_sql(column: str) -> str:
    """An SQL expression sorting `column` the way a Spanish reader expects, in C and without Python calls."""
    expr = column
    for accented, plain in _FOLD:
        expr = f"replace({expr}, '{accented}', '{plain}')"
    return f"upper({expr})"


@dataclass(frozen=True)
class RestrictedPrint:
    """A restricted print allowed and logged on the signed-in store; a reader on another thread prints it."""

    user: str
    at: datetime
    copy: int = 0  # the copy number, unique in the post file (m021)

    @property
    def watermark(self) -> str:
        return f"{self.user} · {self.at:%Y-%m-%d %H:%M} UTC"


def authorize_restricted_print(store) -> RestrictedPrint:
    """Check that the signed-in user may print names, give the print the next copy number and log both (counts
    only) in the audit log, in one transaction: two prints never share a number, and no number goes unlogged."""
    session = getattr(store, "session", None)
    if session is None:
        # A bare reader has no signed-in user to check or to name on the pages.
        raise PermissionDeniedError(_("A restricted print needs a signed-in user."), where=str(store.path or ""),
                                    hint=_("Open the post with your user name, then print."))
    session.require(Action.PRINT_RESTRICTED)
    names = store.nationals.count()
    user = store.user_name or _os_user()
    db = store.db
    with db.atomic():
        db.execute("UPDATE post SET restricted_copies = restricted_copies + 1")
        row = db.execute("SELECT restricted_copies FROM post ORDER BY id LIMIT 1").fetchone()
        if row is None:
            raise StorageError(_("This post file has no post details yet, so there is no plan to print."),
                               where=str(store.path or ""),
                               hint=_("Enter the post's details first, or create the demo post."))
        store.audit.record("print_restricted", {"nationals": names, "copy": row[0], "printed_by": user})
    return RestrictedPrint(user, datetime.now(UTC), row[0])


def _os_user() -> str:
    """Who is at the computer, for a post with no accounts yet (demo, training)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return _("unknown user")


def load_plan_data(store, restricted: bool = False, today: date | None = None,
                   printed: RestrictedPrint | None = None) -> PlanData:
    """Everything the plan prints; the names annex is a stream read only while it is drawn.

    A restricted plan needs `printed` from `authorize_restricted_print`, or asks for it on `store` now.
    """
    today = today or date.today()
    if restricted and printed is None:
        printed = authorize_restricted_print(store)
    post = store.post()
    if post is None:
        raise StorageError(_("This post file has no post details yet, so there is no plan to print."),
                           where=str(store.path or ""),
                           hint=_("Enter the post's details first, or create the demo post."))
    records = store.records
    zones = records.list(Zone, order_by="name COLLATE NOCASE, id")
    places = records.list(Place, order_by="kind, name COLLATE NOCASE, id")
    routes = records.list(Route)
    wardens = records.list(Warden, order_by="zone_id, is_alternate, name")
    team = records.list(TeamMember, order_by="position, id")
    matrix = records.list(AlertAction, order_by="phase, kind DESC, position, id")
    hazards = records.list(PostHazard)
    figures = compute_figures(post, store.nationals.profile_rows(), zones, places, routes, wardens, team,
                              matrix, today, trips=planned_trips(store.db), speakers=language_speakers(store.db),
                              template_langs=template_languages(store.db))
    db = store.db
    soon = (today + timedelta(days=183)).isoformat()
    expired, expiring = db.execute(
        "SELECT sum(passport_expiry < ?), sum(passport_expiry >= ? AND passport_expiry < ?) FROM nationals "
        "WHERE passport_no != '' AND passport_expiry IS NOT NULL",
        [today.isoformat(), today.isoformat(), soon]).fetchone()
    data = PlanData(
        post=post, figures=figures, today=today, zones=zones, wardens=wardens, places=places,
        routes=group_routes(routes, places), partners=records.list(Partner, order_by="kind, name COLLATE NOCASE"),
        team=team, hazards=hazards, matrix=matrix,
        messages=records.list(MessageTemplate, order_by="phase, hazard, lang, id"),
        checklists=templates_for(post).for_hazards(h.hazard for h in hazards).checklists,
        passports_expired=expired or 0, passports_expiring=expiring or 0,
        consent_share=db.execute("SELECT count(*) FROM nationals WHERE consent_share").fetchone()[0],
        restricted=restricted, towns=_towns(db, post, places, zones))
    _add_sections(data, db)
    if restricted:
        data.watermark = printed.watermark
        data.copy, data.printed_by = printed.copy, printed.user
        data.annex_count = figures.total
        data.annex_rows = lambda: _annex_rows(db, zones)
    return data


def _add_sections(data: PlanData, db) -> None:
    """The post's own sections, the population it entered, the open crisis's phase, and the gaps they add."""
    places = sum(p.capacity or 0 for p in data.places_of(PlaceKind.ASSEMBLY_POINT))  # unknown seats nobody
    states, data.population, gaps = section_figures(db, data.figures.total, places)
    data.section_states = states
    data.sections = {st.section.key: st.values for st in states}
    row = db.execute("SELECT phase FROM crises WHERE closed_at IS NULL AND owner IS NULL LIMIT 1").fetchone()
    data.phase = row[0] if row else None
    data.no_passport = db.execute("SELECT count(*) FROM nationals WHERE passport_no = ''").fetchone()[0]
    data.figures.gaps = rank(data.figures.gaps + gaps)


def _towns(db, post, places: list[Place], zones: list[Zone]) -> list[tuple[str, float, float]]:
    """Towns for the plan's maps, the most relevant to the post first: where its nationals live (the most
    first), each zone's seat, then the gazetteer's towns inside the jurisdiction by population. A big city
    beyond the jurisdiction never crowds out a small town where nationals live."""
    from micic_planner.core.enums import PlaceKind
    from micic_planner.core.errors import MicicError
    from micic_planner.core.outlines import extent
    from micic_planner.core.zoning import fold
    from micic_planner.storage.gazetteer import Gazetteer

    # Where the nationals are: zones, assembly points and shelters (a far airport or haven widens nothing).
    local = [p for p in places if p.kind in (PlaceKind.ASSEMBLY_POINT, PlaceKind.SHELTER)] or places
    points = [(p.lat, p.lon) for p in local] + [(y, x) for z in zones for x, y in z.polygon]
    if not points:
        return []
    west, south, east, north = extent(points, pad=0.05)
    # The middle of the coordinates of the nationals who gave a town: that town, as the registry knows it.
    towns = [tuple(row) for row in db.execute(
        "SELECT place, avg(lat), avg(lon) FROM nationals WHERE place != '' AND lat IS NOT NULL "
        "GROUP BY place ORDER BY count(*) DESC LIMIT 80")]
    with suppress(MicicError):  # the maps print with the nationals' towns only rather than not at all
        gazetteer = Gazetteer.shared()
        for zone in zones:
            seat = zone.places.split(",")[0].strip()
            found = gazetteer.geocode(seat, post.host_country or None) if seat else None
            if found is not None:
                towns.append((found.name, found.lat, found.lon))
        towns += gazetteer.towns(south, west, north, east, limit=400)
    seen, out = set(), []
    for name, lat, lon in towns:
        if fold(name) not in seen and south <= lat <= north and west <= lon <= east:
            seen.add(fold(name))
            out.append((name, lat, lon))
    return out


def _annex_rows(db, zones: list[Zone]):
    """Nationals sorted by zone (zones in name order, no zone last) then family and given names."""
    rank = " ".join(f"WHEN {z.id} THEN {i}" for i, z in enumerate(zones))
    zone_order = f"CASE n.zone_id {rank} ELSE {len(zones)} END" if zones else "0"
    cursor = db.execute(
        "SELECT n.family_names, n.given_names, n.passport_no, n.consular_id, n.phone, n.phone2, "
        "n.vulnerabilities, coalesce(z.name, ''), coalesce(p.name, ''), n.household, "
        "trim(n.address || CASE WHEN n.address != '' AND n.place != '' THEN ', ' ELSE '' END || n.place) "
        "FROM nationals n LEFT JOIN zones z ON z.id = n.zone_id LEFT JOIN assignments a ON a.national_id = n.id "
        "LEFT JOIN places p ON p.id = a.assembly_point_id "
        f"ORDER BY {zone_order}, {fold_sql('n.family_names')}, {fold_sql('n.given_names')}, n.id")
    for row in cursor:
        yield AnnexRow(*row)
