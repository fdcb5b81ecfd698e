"""Accountability rules: the board's shape and how long it took to account for the nationals."""

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from micic_planner.core.crisis import ACCOUNTED
from micic_planner.core.enums import AccountabilityStatus, Vulnerability

STATUSES = [s.value for s in AccountabilityStatus]
THRESHOLDS = (0.5, 0.9, 1.0)


def parse_time(text: str) -> datetime:
    """An ISO 8601 timestamp as stored ("...Z" or with an offset) into an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# How much a status says about a person, for merging statuses that come from files.
# 0: nothing known yet. 1: the two coarse statuses a partner can assert without seeing the person
# (PFIF's believed_alive reads as "safe", believed_missing as "missing"). 2: alive, with what
# the post must act on or has done (injured, needs help, evacuated...): a partner's bare
# "alive" must never wash that out. 3: deceased, the most consequential; a file never
# reverses it, only an officer who checks (identification errors are corrected by hand).
SPECIFICITY = {
    "not_contacted": 0, "safe": 1, "missing": 1, "needs_help": 2, "injured": 2, "evacuated": 2,
    "repatriated": 2, "not_in_area": 2, "deceased": 3,
}


def should_apply(current_status: str, current_at: str | None, incoming_status: str,
                 incoming_at: str | None) -> bool:
    """Whether a status read from a file replaces the stored one.

    Only a status that differs, is at least as specific, and is not older than the stored
    one's latest change. An undated file status counts as of now (the person importing it
    vouches for it), so then only specificity decides; a stored status with no recorded
    change is older than anything dated.
    """
    if not incoming_status or incoming_status == current_status:
        return False
    if SPECIFICITY.get(incoming_status, 0) < SPECIFICITY.get(current_status, 0):
        return False
    new, old = _moment(incoming_at), _moment(current_at)
    return new is None or old is None or new > old


def _moment(text: str | None) -> datetime | None:
    """An aware datetime from a stored timestamp or a file's date ("2024-05-01" is midnight UTC)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class Board:
    """Counts of nationals by zone and status, and by vulnerability flag and status."""

    by_zone: dict = field(default_factory=dict)  # zone id (None: no zone) -> Counter(status -> n)
    by_vulnerability: dict = field(default_factory=dict)  # Vulnerability -> Counter(status -> n)
    totals: Counter = field(default_factory=Counter)  # status -> n

    @property
    def total(self) -> int:
        return sum(self.totals.values())

    @property
    def accounted(self) -> int:
        return sum(n for s, n in self.totals.items() if s in ACCOUNTED)


def build_board(rows) -> Board:
    """`rows` yields (zone_id, vulnerabilities, status, count), already grouped by SQL."""
    board = Board()
    members = Vulnerability.members()
    for zone_id, vuln, status, n in rows:
        board.by_zone.setdefault(zone_id, Counter())[status] += n
        board.totals[status] += n
        if vuln:
            for m in members:
                if vuln & m:
                    board.by_vulnerability.setdefault(m, Counter())[status] += n
    return board


def time_to_account(population: int, start: str, initially_accounted: set[int], events,
                    thresholds=THRESHOLDS) -> dict[float, timedelta | None]:
    """How long after `start` the share of accounted nationals first reached each threshold.

    `events` yields (national_id, status, at) in time order, for nationals of the population only.
    A person who goes missing again stops counting, so a threshold is reached only when that
    many are accounted for at the same moment. None: never reached.
    """
    begin = parse_time(start)
    accounted = set(initially_accounted)
    targets = {t: max(1, math.ceil(t * population - 1e-9)) for t in thresholds}
    reached: dict[float, timedelta | None] = {t: None for t in thresholds}
    for t, need in targets.items():
        if population and len(accounted) >= need:
            reached[t] = timedelta(0)
    for national_id, status, at in events:
        if status in ACCOUNTED:
            accounted.add(national_id)
        else:
            accounted.discard(national_id)
        for t, need in targets.items():
            if reached[t] is None and population and len(accounted) >= need:
                reached[t] = max(timedelta(0), parse_time(at) - begin)
    return reached


def format_duration(delta: timedelta | None, never: str = "—") -> str:
    """A span as "2 d 3 h 05 min", short enough for a table cell."""
    if delta is None:
        return never
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h {mins:02d} min"
    if hours:
        return f"{hours} h {mins:02d} min"
    return f"{mins} min"
