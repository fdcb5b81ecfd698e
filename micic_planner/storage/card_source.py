"""Reading the households of a zone, or of some nationals, into evacuation cards (`core.household_cards`)."""

from collections import Counter

from micic_planner.core.errors import NotFoundError
from micic_planner.core.household_cards import HouseholdCard, card_language, household_key
from micic_planner.core.i18n import _
from micic_planner.core.models import Place, Route, Warden, Zone
from micic_planner.core.routes import group_routes
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, requires
from micic_planner.storage.plan_source import fold_sql

CHUNK = 900  # under SQLite's limit on bound parameters
# Names, languages, coordinates, zone and assembly point: nothing restricted is ever read for a card.
MEMBERS_SQL = ("SELECT n.id, n.household, n.family_names, n.given_names, n.languages, n.lat, n.lon, n.zone_id, "
               "a.assembly_point_id FROM nationals n LEFT JOIN assignments a ON a.national_id = n.id ")


class HouseholdCards(Guarded):
    """The cards of a post's households; printing one is seeing names, as a warden's call list is."""

    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.VIEW_REGISTRY)
    def for_zone(self, zone_id: int | None = None) -> list[HouseholdCard]:
        """Every household of a zone (of the whole post with None), in the order of their keys."""
        if zone_id is not None and self.db.execute("SELECT 1 FROM zones WHERE id = ?", [zone_id]).fetchone() is None:
            raise NotFoundError(_("There is no zone {id} in this post file.").format(id=zone_id),
                                hint=_("Check the zone's number in the Zones and wardens view."))
        where, params = ("WHERE n.zone_id = ? ", [zone_id]) if zone_id is not None else ("", [])
        rows = self.db.execute(MEMBERS_SQL + where + self._order(), params).fetchall()
        return self._cards(rows)

    @requires(Action.VIEW_REGISTRY)
    def for_nationals(self, national_ids) -> list[HouseholdCard]:
        """The whole households of the given nationals: a card always lists every member."""
        ids = list(dict.fromkeys(national_ids))
        households, alone = set(), []
        for start in range(0, len(ids), CHUNK):
            part = ids[start:start + CHUNK]
            for nid, household in self.db.execute(
                    f"SELECT id, household FROM nationals WHERE id IN ({','.join('?' * len(part))})", part):
                (households.add(household) if household else alone.append(nid))
        rows = []
        keys = sorted(households)
        for start in range(0, len(keys), CHUNK):
            part = keys[start:start + CHUNK]
            rows += self.db.execute(MEMBERS_SQL + f"WHERE n.household IN ({','.join('?' * len(part))}) ", part)
        for start in range(0, len(alone), CHUNK):
            part = alone[start:start + CHUNK]
            rows += self.db.execute(MEMBERS_SQL + f"WHERE n.id IN ({','.join('?' * len(part))}) ", part)
        rows.sort(key=lambda r: (household_key(r[1], r[0]), _fold(r[2]), _fold(r[3]), r[0]))
        return self._cards(rows)

    @staticmethod
    def _order() -> str:
        key = "CASE WHEN n.household != '' THEN n.household ELSE '#' || n.id END"
        return f"ORDER BY {key}, {fold_sql('n.family_names')}, {fold_sql('n.given_names')}, n.id"

    def _cards(self, rows) -> list[HouseholdCard]:
        records = self.store.records
        places = records.list(Place)
        by_id = {p.id: p for p in places}
        legs: dict[int, object] = {}
        for leg in group_routes(records.list(Route), places):
            legs.setdefault(leg.route.origin_id, leg)  # the first primary out of a point is its route
        zones = {z.id: z.name for z in records.list(Zone)}
        wardens: dict[int, Warden] = {}
        for w in records.list(Warden, order_by="is_alternate, name"):
            wardens.setdefault(w.zone_id, w)  # the zone's first warden; its alternate only if it has none
        groups: dict[str, list] = {}
        for row in rows:
            groups.setdefault(household_key(row[1], row[0]), []).append(row)
        cards = []
        for key, members in groups.items():
            languages = [code for m in members for code in (m[4] or "").split(",")]
            located = [(m[5], m[6]) for m in members if m[5] is not None and m[6] is not None]
            home = (sum(p[0] for p in located) / len(located), sum(p[1] for p in located) / len(located)) \
                if located else None
            zone_id = Counter(m[7] for m in members).most_common(1)[0][0]
            point_ids = Counter(m[8] for m in members if m[8] is not None).most_common(1)
            point = by_id.get(point_ids[0][0]) if point_ids else None
            leg = legs.get(point.id) if point else None
            warden = wardens.get(zone_id)
            cards.append(HouseholdCard(
                key, [f"{m[2]}, {m[3]}".strip(", ") for m in members], card_language(languages),
                zones.get(zone_id, ""), point, home, leg, list(leg.alternates) if leg else [],
                warden.name if warden else "", warden.phone if warden else "", [m[0] for m in members]))
        return cards


def _fold(text: str) -> str:
    from micic_planner.core.zoning import fold

    return fold(text or "")
