"""Accountability rules: the board's shape and how long it took to account for the nationals."""

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from micic_planner.core.crisis import ACCOUNTED
from micic_planner.core.enums import AccountabilityStatus, Vulnerability

STATUSES = [s.value for s in AccountabilityStatus]
THRESHOLDS = (0.5, 0.9, 1.0)


def parse_time(text: str) -> datetime:
    """An ISO 8601 timestamp as stored ("...Z" or with an offset) into an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


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
