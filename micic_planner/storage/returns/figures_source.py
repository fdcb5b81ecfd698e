"""The aggregate figures of returns, counted in SQL (never a person's row leaves the query)."""

from datetime import date

from micic_planner.core.returns.case import CaseState
from micic_planner.core.returns.figures import PUBLISHED_PROFILES, RETURNED, ReturnFigures
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, requires

_RETURNED = "('" + "','".join(s.value for s in RETURNED) + "')"
_AGE = ("CASE WHEN birth_date IS NULL OR birth_date = '' THEN 'unknown' ELSE (CASE "
        "WHEN a < 12 THEN '0-11' WHEN a < 18 THEN '12-17' WHEN a < 30 THEN '18-29' WHEN a < 60 THEN '30-59' "
        "ELSE '60+' END) END")


class ReturnFiguresSource(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.VIEW_RETURNS)
    def figures(self, since: date | None = None, until: date | None = None) -> ReturnFigures:
        """Counts over cases requested between `since` and `until` (both optional, inclusive)."""
        where, params = [], []
        if since:
            where.append("c.requested_on >= ?")
            params.append(since.isoformat())
        if until:
            where.append("c.requested_on <= ?")
            params.append(until.isoformat())
        period = "".join(f" AND {w}" for w in where)
        out = ReturnFigures()
        people = (f"FROM return_members m JOIN return_cases c ON c.id = m.case_id JOIN nationals n "
                  f"ON n.id = m.national_id WHERE c.state IN {_RETURNED}{period}")
        group = lambda expr: dict(self.db.execute(
            f"SELECT {expr} AS k, count(*) {people} GROUP BY k", params).fetchall())
        out.tables["sex"] = group("n.sex")
        # Age at departure, in whole years, from ISO dates.
        ages = self.db.execute(
            f"SELECT k, count(*) FROM (SELECT {_AGE} AS k FROM (SELECT n.birth_date, "
            "CAST(strftime('%Y', c.departed_on) AS INTEGER) - CAST(strftime('%Y', n.birth_date) AS INTEGER) - "
            "(strftime('%m-%d', c.departed_on) < strftime('%m-%d', n.birth_date)) AS a "
            f"{people})) GROUP BY k", params).fetchall()
        out.tables["age"] = dict(ages)
        out.tables["programme"] = group("nullif(c.programme, '')")
        out.tables["country"] = group("nullif(c.return_country, '')")
        out.tables["municipality"] = group("nullif(c.return_municipality, '')")
        out.people = sum(out.tables["sex"].values())
        cases = f"FROM return_cases c WHERE c.state IN {_RETURNED}{period}"
        sums = ", ".join(f"sum((c.profile & {int(p)}) != 0)" for p in PUBLISHED_PROFILES)
        row = self.db.execute(f"SELECT count(*), {sums} {cases}", params).fetchone()
        out.cases = row[0]
        out.tables["profile"] = {p.name.lower(): n or 0 for p, n in zip(PUBLISHED_PROFILES, row[1:])}
        out.tables["state"] = dict(self.db.execute(
            f"SELECT c.state, count(*) FROM return_cases c WHERE 1 = 1{period} GROUP BY c.state", params).fetchall())
        out.days_to_departure = [r[0] for r in self.db.execute(
            f"SELECT CAST(julianday(c.departed_on) - julianday(c.requested_on) AS INTEGER) {cases} "
            "AND c.departed_on IS NOT NULL", params)]
        referrals = ("SELECT r.dimension, count(*) FROM referrals r JOIN return_cases c ON c.id = r.case_id "
                     f"WHERE 1 = 1{period}")
        out.tables["referrals_made"] = dict(self.db.execute(f"{referrals} GROUP BY r.dimension", params).fetchall())
        out.tables["referrals_delivered"] = dict(self.db.execute(
            f"{referrals} AND r.state = 'delivered' GROUP BY r.dimension", params).fetchall())
        for table in out.tables.values():  # NULL keys (not recorded) print as "not recorded"
            if None in table:
                table["not_recorded"] = table.pop(None)
        out.tables["state"] = {CaseState(k).value: v for k, v in out.tables["state"].items()}
        return out
