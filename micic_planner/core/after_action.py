"""The after-action review: figures per alert phase from the timeline, and gaps between plan and deeds."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from micic_planner.core.crisis import ChecklistItem, Crisis, LogKind, LogLine
from micic_planner.core.figures import Gap

# Timeline kinds whose `count` is a number of people, summed per phase.
COUNTED = (LogKind.STATUS, LogKind.BOARDED, LogKind.ARRIVED, LogKind.DOCUMENT, LogKind.ASSISTANCE)


@dataclass
class PhaseFigures:
    phase: int
    started_at: str
    ended_at: str | None
    lines: Counter = field(default_factory=Counter)  # LogKind -> timeline lines
    people: Counter = field(default_factory=Counter)  # LogKind -> people concerned
    actions_planned: int = 0
    actions_done: int = 0


@dataclass
class AfterAction:
    crisis: Crisis
    population: int
    accounted: int
    time_to: dict  # threshold -> timedelta | None
    phases: list[PhaseFigures]
    timeline: list[LogLine]
    gaps: list[Gap]
    totals: Counter = field(default_factory=Counter)  # LogKind -> people, whole crisis
    over_time: list["StatusSample"] = field(default_factory=list)  # accountability at regular intervals


@dataclass(frozen=True)
class StatusSample:
    """How many nationals had each accountability status at one moment of the crisis."""

    at: datetime  # aware, UTC
    counts: Counter  # status value -> people


# Intervals the breakdown may use, in hours: the smallest that keeps the table to about a dozen rows.
INTERVALS = (1, 2, 3, 6, 12, 24, 48, 72, 168)


def interval_for(span: timedelta, rows: int = 12) -> timedelta:
    hours = span.total_seconds() / 3600
    return timedelta(hours=next((h for h in INTERVALS if hours / h <= rows - 1), INTERVALS[-1]))


def status_over_time(start: datetime, end: datetime, initial: dict[int, str],
                     events: list[tuple[int, str, datetime]], rows: int = 12) -> list[StatusSample]:
    """Counts per status at `start`, every interval after it, and at `end`, replaying `events`.

    `initial`: each national's status when the crisis opened; `events`: (national, new status, when),
    in time order. A long crisis gets a longer interval, so the table stays readable.
    """
    if end < start:
        end = start
    step = interval_for(end - start, rows)
    moments = []
    moment = start
    while moment < end:
        moments.append(moment)
        moment += step
    moments.append(end)
    current, counts = dict(initial), Counter(initial.values())
    samples, k = [], 0
    for moment in moments:
        while k < len(events) and events[k][2] <= moment:
            nid, status, _at = events[k]
            old = current.get(nid)
            if old is not None:
                counts[old] -= 1
            counts[status] += 1
            current[nid] = status
            k += 1
        samples.append(StatusSample(moment, +counts))
    return samples


@dataclass(frozen=True)
class Outcome:
    """What the cell's records say at the time of the review, beyond the timeline."""

    population: int
    accounted: int
    vulnerable_unaccounted: int = 0
    listed_not_boarded: int = 0
    boarded_not_arrived: int = 0


def phase_spans(crisis: Crisis, levels: list[tuple[int, str]]) -> list[tuple[int, str, str | None]]:
    """(phase, from, to) for each level the crisis was at, in order; `levels` are (phase, at)."""
    spans = []
    for i, (phase, at) in enumerate(levels):
        end = levels[i + 1][1] if i + 1 < len(levels) else crisis.closed_at
        spans.append((phase, at, end))
    return spans


def review(crisis: Crisis, levels: list[tuple[int, str]], timeline: list[LogLine],
           checklist: list[ChecklistItem], time_to: dict, outcome: Outcome, lang: str = "en") -> AfterAction:
    """Figures per phase and the gaps, all from the records given."""
    phases = []
    for phase, begin, end in phase_spans(crisis, levels):
        fig = PhaseFigures(phase, begin, end)
        for line in timeline:
            if line.at >= begin and (end is None or line.at < end or (line.kind == LogKind.CLOSED and line.at == end)):
                fig.lines[line.kind] += 1
                if line.kind in COUNTED:
                    fig.people[line.kind] += line.count
        items = [c for c in checklist if c.phase == phase]
        fig.actions_planned = len(items)
        fig.actions_done = sum(1 for c in items if c.done_at)
        phases.append(fig)
    totals = Counter()
    for line in timeline:
        if line.kind in COUNTED:
            totals[line.kind] += line.count
    return AfterAction(crisis, outcome.population, outcome.accounted, time_to, phases, timeline,
                       find_gaps(levels, checklist, time_to, outcome, lang), totals)


def find_gaps(levels, checklist: list[ChecklistItem], time_to: dict, outcome: Outcome, lang: str = "en") -> list[Gap]:
    reached = {phase for phase, _at in levels}
    gaps = [Gap("action_not_done", "Phase {}: planned action not done: {}", (c.phase, c.text(lang)), "crisis_actions")
            for c in checklist if c.phase in reached and not c.done_at]
    missing = outcome.population - outcome.accounted
    if missing > 0:
        gaps.append(Gap("unaccounted", "{} of {} nationals were never accounted for.",
                        (missing, outcome.population), "nationals"))
    if outcome.vulnerable_unaccounted:
        gaps.append(Gap("vulnerable_unaccounted", "{} vulnerable nationals were never accounted for.",
                        (outcome.vulnerable_unaccounted,), "nationals"))
    if outcome.listed_not_boarded:
        gaps.append(Gap("not_boarded", "{} people on manifests did not board.",
                        (outcome.listed_not_boarded,), "manifest_entries"))
    if outcome.boarded_not_arrived:
        gaps.append(Gap("not_arrived", "{} people boarded but are not recorded as arrived.",
                        (outcome.boarded_not_arrived,), "manifest_entries"))
    slow = time_to.get(0.9)
    if slow is not None and slow > timedelta(hours=72):
        gaps.append(Gap("slow_accounting", "Accounting for 90 % of nationals took more than 72 hours.", (),
                        "status_events"))
    return gaps
