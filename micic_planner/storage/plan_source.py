"""Reading a post file into the `PlanData` that the printed plan shows."""

import getpass
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from micic_planner.core.errors import PermissionDeniedError, StorageError
from micic_planner.core.figures import compute_figures
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
        restricted=restricted, towns=_towns(places, zones))
    if restricted:
        data.watermark = printed.watermark
        data.copy, data.printed_by = printed.copy, printed.user
        data.annex_count = figures.total
        data.annex_rows = lambda: _annex_rows(db, zones)
    return data


def _towns(places: list[Place], zones: list[Zone]) -> list[tuple[str, float, float]]:
    """Towns around the jurisdiction for the plan's map, from the offline gazetteer; none if it cannot be read."""
    from micic_planner.core.errors import MicicError
    from micic_planner.core.outlines import extent
    from micic_planner.storage.gazetteer import Gazetteer

    points = [(p.lat, p.lon) for p in places] + [(y, x) for z in zones for x, y in z.polygon]
    if not points:
        return []
    west, south, east, north = extent(points, pad=0.5)
    try:
        return Gazetteer.shared().towns(south, west, north, east, limit=400)
    except MicicError:
        return []  # the plan prints without town names rather than not at all


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
