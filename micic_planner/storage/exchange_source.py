"""What the export formats read from a post file: nationals by field name, history, contacts, figures, alerts."""

from collections import Counter
from collections.abc import Iterator

from micic_planner.core.column_mapping import IMPORT_FIELDS
from micic_planner.core.enums import SENSITIVE_VULNERABILITIES, Vulnerability
from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action
from micic_planner.storage.migrations.m042_name_key import name_order
from micic_planner.storage.permissions import Guarded, any_role, checks_inside, requires

EXPORT_FIELDS: tuple[str, ...] = ("uuid", *IMPORT_FIELDS)


class ExchangeSource(Guarded):
    """Read-only queries for exports; every national comes as a dict keyed by export field name.

    `profile` is the export's ("partner" or "full"): the role is checked against it here, whatever
    the front asked for.
    """

    def __init__(self, store, profile: str = "partner"):
        self.store = store
        self.db = store.db
        self.profile = profile

    def _check_people(self, fields) -> None:
        session = self.session
        session.require(Action.EXPORT if self.profile == "full" else Action.EXPORT_PARTNERS)
        hidden = [f for f in fields if not session.visible(f)]
        if hidden:
            raise PermissionDeniedError(
                _("Your role ({role}) may not export these fields: {fields}.").format(
                    role=session.role.label(), fields=", ".join(hidden)),
                hint=_("Choose the partner profile, or ask a consular officer for this list."))

    @checks_inside(Action.EXPORT, Action.EXPORT_PARTNERS, Action.VIEW_RESTRICTED)
    def check(self, fields) -> None:
        """Refuse now, before a front asks for anything else, if the role may not export these fields."""
        self._check_people(fields)

    @checks_inside(Action.EXPORT, Action.EXPORT_PARTNERS, Action.VIEW_RESTRICTED)
    def nationals(self, fields=EXPORT_FIELDS, ids: list[int] | None = None) -> Iterator[dict]:
        """Every national (or those in `ids`), with `consent_share` always present for the partner profile."""
        # Checked now, not when the rows are first read, so a refused export writes no file at all.
        self._check_people(fields)
        return self._national_rows(fields, ids)

    def _national_rows(self, fields, ids: list[int] | None) -> Iterator[dict]:
        wanted = list(dict.fromkeys([*fields, "consent_share", "id"]))
        select = ", ".join("z.name AS zone" if f == "zone" else f"n.{f}" for f in wanted)
        sql = f"SELECT {select} FROM nationals n LEFT JOIN zones z ON z.id = n.zone_id"
        params: list = []
        if ids is not None:
            sql += " WHERE n.id IN (SELECT value FROM json_each(?))"
            import json

            params.append(json.dumps(list(ids)))
        order = ", ".join(name_order("n."))
        cursor = self.db.execute(f"{sql} ORDER BY {order}", params)  # Spanish name order, walked in its index
        for row in cursor:
            yield dict(zip(wanted, row))

    @requires(Action.VIEW_REGISTRY)
    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM nationals").fetchone()[0]

    @checks_inside(Action.EXPORT, Action.EXPORT_PARTNERS, Action.VIEW_RESTRICTED)
    def status_events(self, national_ids: list[int] | None = None) -> dict[int, list[dict]]:
        """The accountability history of each national, oldest first."""
        self._check_people(("status",))
        # Free notes never leave with a role that may not read them.
        notes = self.session.visible("notes")
        cursor = self.db.execute(
            "SELECT id, national_id, status, previous, at, by_user, source, note FROM status_events ORDER BY at, id")
        names = [d[0] for d in cursor.description]
        wanted = set(national_ids) if national_ids is not None else None
        history: dict[int, list[dict]] = {}
        for row in cursor:
            event = dict(zip(names, row))
            if not notes:
                event["note"] = ""
            if wanted is None or event["national_id"] in wanted:
                history.setdefault(event["national_id"], []).append(event)
        return history

    @checks_inside(Action.EXPORT, Action.EXPORT_PARTNERS)
    def record_dates(self, national_ids: list[int]) -> dict[int, tuple[str, str]]:
        """Per national, when its record last changed (UTC stamp) and the date its retention ends (or '')."""
        self._check_people(())
        import json

        cursor = self.db.execute("SELECT id, updated_at, coalesce(record_expiry, '') FROM nationals "
                                 "WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(list(national_ids))])
        return {row[0]: (row[1], row[2]) for row in cursor}

    @any_role
    def post(self) -> dict:
        cursor = self.db.execute("SELECT * FROM post ORDER BY id LIMIT 1")
        row = cursor.fetchone()
        return dict(zip([d[0] for d in cursor.description], row)) if row else {}

    @requires(Action.EXPORT_PARTNERS)
    def partners(self) -> list[dict]:
        return self._rows("SELECT * FROM partners ORDER BY name")

    @requires(Action.EXPORT_PARTNERS)
    def wardens(self) -> list[dict]:
        # A warden who is a national of the registry brings the name's parts from there, for the card's N.
        return self._rows("SELECT w.*, z.name AS zone, n.given_names, n.family_names FROM wardens w "
                          "LEFT JOIN zones z ON z.id = w.zone_id LEFT JOIN nationals n ON n.id = w.national_id "
                          "ORDER BY z.name, w.is_alternate, w.name")

    @requires(Action.VIEW_REGISTRY)
    def geography(self) -> tuple[list, list, list]:
        """(places, zones, routes) as core objects, for the map formats."""
        from micic_planner.core.models import Place, Route, Zone

        records = self.store.records
        return records.list(Place), records.list(Zone), records.list(Route)

    @any_role
    def message_templates(self, phase: int) -> list[dict]:
        """One message per language for `phase`: the open crisis's hazard first, else the general one."""
        hazard = ""
        if "crises" in self.db.table_names():
            row = self.db.execute("SELECT hazard FROM crises WHERE closed_at IS NULL AND owner IS NULL "
                                  "LIMIT 1").fetchone()
            hazard = row[0] if row else ""
        rows = self._rows("SELECT * FROM message_templates WHERE phase = ? "
                          "ORDER BY lang, hazard = ? DESC, hazard = '' DESC, id", [phase, hazard])
        return list({r["lang"]: r for r in reversed(rows)}.values())[::-1]

    @any_role
    def current_phase(self) -> int | None:
        """The alert phase of the open crisis, if there is one."""
        if "crises" not in self.db.table_names():
            return None
        row = self.db.execute("SELECT phase FROM crises WHERE closed_at IS NULL AND owner IS NULL LIMIT 1").fetchone()
        return row[0] if row else None

    @requires(Action.VIEW_REGISTRY)
    def zone_figures(self) -> list[dict]:
        """Per zone, then a total row (`is_total`): total, by sex, the non-sensitive vulnerabilities, each status.

        Counts too small to publish, or that would let one be worked out, read "< N" (`core.small_counts`).
        """
        from micic_planner.core.small_counts import below, protect_rows

        shown = [m for m in Vulnerability.members() if not m & SENSITIVE_VULNERABILITIES]
        figures: dict[str, Counter] = {}
        cursor = self.db.execute(
            "SELECT coalesce(z.name, ''), n.sex, n.vulnerabilities, n.status, count(*) FROM nationals n "
            "LEFT JOIN zones z ON z.id = n.zone_id GROUP BY 1, 2, 3, 4")
        total = Counter()
        for zone, sex, vuln, status, count in cursor:
            for c in (figures.setdefault(zone, Counter()), total):
                c["total"] += count
                c[f"sex:{sex}"] += count
                c[f"status:{status}"] += count
                for m in shown:
                    if vuln & m:
                        c[f"vuln:{m.name.lower()}"] += count
        rows = [{"zone": zone, **counts} for zone, counts in sorted(figures.items())]
        rows.append({"zone": "", "is_total": True, **total})
        keys = sorted({k for row in rows for k in row if k not in ("zone", "is_total")})
        statuses = [k for k in keys if k.startswith("status:")]
        partitions = [("total", ["sex:F", "sex:M"]), ("total", statuses)]
        threshold = self.small_count_threshold()
        safe = protect_rows(rows, keys, partitions, threshold)
        return [{k: below(threshold) if v is None else v for k, v in row.items()} for row in safe]

    @any_role  # a setting of the post, not a figure about anyone
    def small_count_threshold(self) -> int:
        row = self.db.execute("SELECT small_count_threshold FROM post ORDER BY id LIMIT 1").fetchone()
        return row[0] if row else 5

    def _rows(self, sql: str, params=()) -> list[dict]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]
