"""Reading a crisis's records into the after-action review."""

from datetime import UTC, datetime

from micic_planner.core.accountability import parse_time, time_to_account
from micic_planner.core.after_action import AfterAction, Outcome, review, status_over_time
from micic_planner.core.crisis import ACCOUNTED


def load_after_action(crises, crisis_id: int, lang: str = "en") -> AfterAction:
    """The review of one crisis, open or closed, from its timeline, checklist and status history."""
    db = crises.db
    crisis = crises.get(crisis_id)
    scope, params = "", []
    if crisis.zones:
        scope = f" AND n.zone_id IN ({', '.join('?' * len(crisis.zones))})"
        params = list(crisis.zones)
    population = db.execute(f"SELECT count(*) FROM nationals n WHERE 1{scope}", params).fetchone()[0]
    accounted_now = db.execute(
        f"SELECT count(*) FROM nationals n WHERE n.status IN ({', '.join('?' * len(ACCOUNTED))}){scope}",
        [*sorted(ACCOUNTED), *params]).fetchone()[0]
    vulnerable = db.execute(
        f"SELECT count(*) FROM nationals n WHERE n.vulnerabilities != 0 AND n.status NOT IN "
        f"({', '.join('?' * len(ACCOUNTED))}){scope}", [*sorted(ACCOUNTED), *params]).fetchone()[0]
    # Events of this crisis: tagged with it, or untagged single edits made while it was open.
    window = "(e.crisis_id = ? OR (e.crisis_id IS NULL AND e.at >= ? AND (? IS NULL OR e.at <= ?)))"
    wparams = [crisis.id, crisis.started_at, crisis.closed_at, crisis.closed_at]
    events = db.execute(
        f"SELECT e.national_id, e.status, e.at FROM status_events e JOIN nationals n ON n.id = e.national_id "
        f"WHERE {window}{scope} ORDER BY e.at, e.id", [*wparams, *params]).fetchall()
    first_previous = db.execute(
        f"SELECT e.national_id, e.previous, min(e.id) FROM status_events e JOIN nationals n ON n.id = e.national_id "
        f"WHERE {window}{scope} GROUP BY e.national_id", [*wparams, *params]).fetchall()
    touched = {nid for nid, _prev, _first in first_previous}
    initially = {nid for nid, prev, _first in first_previous if prev in ACCOUNTED}
    # Nobody touched during the crisis has the status they had at its start.
    untouched_accounted = db.execute(
        f"SELECT n.id FROM nationals n WHERE n.status IN ({', '.join('?' * len(ACCOUNTED))}){scope}",
        [*sorted(ACCOUNTED), *params]).fetchall()
    initially |= {r[0] for r in untouched_accounted if r[0] not in touched}
    time_to = time_to_account(population, crisis.started_at, initially, events)
    _listed, not_boarded, not_arrived = db.execute(
        "SELECT count(*), sum(e.boarded_at IS NULL), sum(e.boarded_at IS NOT NULL AND e.arrived_at IS NULL) "
        "FROM manifest_entries e JOIN movements m ON m.id = e.movement_id WHERE m.crisis_id = ?",
        [crisis.id]).fetchone()
    outcome = Outcome(population, accounted_now, vulnerable, not_boarded or 0, not_arrived or 0)
    result = review(crisis, crises.levels(crisis.id), crises.timeline(crisis.id), crises.checklist(crisis.id),
                    time_to, outcome, lang)
    # Each national's status when the crisis opened: the one their first change replaced, else today's.
    initial = dict(db.execute(f"SELECT n.id, n.status FROM nationals n WHERE 1{scope}", params).fetchall())
    initial.update({nid: prev for nid, prev, _first in first_previous if prev})
    end = parse_time(crisis.closed_at) if crisis.closed_at else datetime.now(UTC)
    result.over_time = status_over_time(parse_time(crisis.started_at), end, initial,
                                        [(nid, status, parse_time(at)) for nid, status, at in events])
    return result
