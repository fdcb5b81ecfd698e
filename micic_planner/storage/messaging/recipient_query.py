"""The members of the households a list's criteria choose, read in one query with their plan data."""

from collections.abc import Iterator
from itertools import chain

from micic_planner.core.messaging.placeholders import FillValues
from micic_planner.core.messaging.recipients import Criteria

_MEMBER_SQL = ("SELECT n.id, n.household, CASE WHEN n.phone != '' THEN n.phone ELSE n.phone2 END, n.languages, "
               "n.vulnerabilities, n.status, n.consent_share, n.zone_id, a.assembly_point_id FROM nationals n "
               "LEFT JOIN assignments a ON a.national_id = n.id")


def _where(criteria: Criteria) -> tuple[str, list]:
    clauses, params = [], []

    def among(column: str, values) -> None:
        clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)

    if criteria.zone_ids:
        among("zone_id", criteria.zone_ids)
    if criteria.statuses:
        among("status", criteria.statuses)
    if criteria.households:
        among("household", criteria.households)
    if criteria.national_ids:
        among("id", criteria.national_ids)
    if criteria.vulnerabilities:
        clauses.append("vulnerabilities & ? != 0")
        params.append(int(criteria.vulnerabilities))
    if criteria.movement_id is not None:
        clauses.append("id IN (SELECT national_id FROM manifest_entries WHERE movement_id = ?)")
        params.append(criteria.movement_id)
    if criteria.languages:
        # "es,mam": a language is a whole item of the comma list, never a part of another code.
        clauses.append("(" + " OR ".join("(',' || replace(languages, ' ', '') || ',') LIKE ?"
                                          for _ in criteria.languages) + ")")
        params.extend(f"%,{lang},%" for lang in criteria.languages)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def select_members(db, criteria: Criteria, hotline: str) -> Iterator[tuple]:
    """All members of each household with a member matching `criteria` (a person with none is their own), one
    household after another, as `core.messaging.recipients.Member` tuples."""
    where, params = _where(criteria)
    wardens = {z: (n, p) for z, n, p in db.execute(
        "SELECT zone_id, name, phone FROM wardens WHERE zone_id IS NOT NULL ORDER BY is_alternate DESC, id DESC")}
    points = dict(db.execute("SELECT id, name FROM places"))
    # Two reads, so that neither sorts: the household index gives members household by household, and a
    # person with no household is a group of their own in any order.
    grouped = (f"WITH sel AS (SELECT household FROM nationals{where}) {_MEMBER_SQL} "
               "WHERE n.household IN (SELECT household FROM sel WHERE household != '') ORDER BY n.household")
    singles = f"WITH sel AS (SELECT id FROM nationals{where} AND household = '') {_MEMBER_SQL} WHERE n.id IN sel" \
        if where else f"{_MEMBER_SQL} WHERE n.household = ''"
    rows = chain(db.execute(grouped, params), db.execute(singles, params))
    values_of: dict[tuple, FillValues] = {}
    for nid, household, phone, langs, vuln, status, consent, zone_id, point_id in rows:
        vkey = (household, zone_id, point_id)
        values = values_of.get(vkey)
        if values is None:
            warden, warden_phone = wardens.get(zone_id, ("", ""))
            values = values_of[vkey] = FillValues(points.get(point_id, ""), warden, warden_phone, hotline, household)
        yield nid, household, phone, langs, vuln, status, values, consent
