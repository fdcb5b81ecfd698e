"""After-action scoring: what the team did, and when, against what the scenario expected."""

from dataclasses import dataclass, field
from datetime import datetime

from micic_planner.core.accountability import time_to_account
from micic_planner.core.crisis import ACCOUNTED
from micic_planner.core.exercise import ExerciseRun, ExpectedAction, Scenario
from micic_planner.core.i18n import translate

ON_TIME, LATE, MISSED, PENDING, NOT_DUE = "on_time", "late", "missed", "pending", "not_due"
OUTCOME_LABELS = {ON_TIME: "On time", LATE: "Late", MISSED: "Not done", PENDING: "In progress",
                  NOT_DUE: "Inject not released"}


@dataclass(frozen=True)
class TeamEvent:
    """One thing the team did on the sandbox, with its time: a logged action, a status change, an edit."""

    at: datetime
    kind: str  # "action" (logged in the exercise), "status", "record" (an edited record), "crisis" (timeline)
    text: str
    expected_key: str = ""  # set when the team or facilitator said which expected action this was
    attrs: dict = field(default_factory=dict)

    def text_in(self, lang: str | None) -> str:
        """The event's text in `lang`: a status or a crisis-log line is rebuilt from what it recorded."""
        if self.kind == "status" and "name" in self.attrs:
            return f"{self.attrs['name']}: {translate(_status_label(self.attrs.get('status', '')), lang)}"
        if self.kind == "crisis" and "template" in self.attrs:
            try:
                return translate(self.attrs["template"], lang).format(
                    *(translate(str(p), lang) for p in self.attrs.get("params", ())))
            except (ValueError, IndexError, KeyError):
                return self.text
        return self.text


@dataclass(frozen=True)
class ActionResult:
    expected: ExpectedAction
    start_at: datetime | None  # when its clock started (the inject's release); None if never released
    deadline_at: datetime | None
    done_at: datetime | None
    evidence: str
    outcome: str
    due_minute: float | None = None  # the deadline on the exercise clock, which stands still in pauses

    def minutes_taken(self) -> float | None:
        if self.start_at is None or self.done_at is None:
            return None
        return max(0.0, (self.done_at - self.start_at).total_seconds() / 60.0)


@dataclass(frozen=True)
class Score:
    results: tuple[ActionResult, ...]
    account_minutes: dict[float, float | None]  # share of nationals accounted for -> exercise minutes to reach it
    total_nationals: int
    accounted: int

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    def percent_on_time(self) -> int:
        due = [r for r in self.results if r.outcome not in (NOT_DUE, PENDING)]
        return round(100 * sum(1 for r in due if r.outcome == ON_TIME) / len(due)) if due else 0


@dataclass
class ExerciseReview:
    """Everything the after-action report prints about one run, gathered from the sandbox."""

    scenario: Scenario
    run: ExerciseRun
    score: Score
    post_name: str
    releases: list[tuple[int, str, float, str, str]]  # (inject number, key, exercise minute, by, effects)
    timeline: list[tuple[float, str, str]]  # (exercise minute, kind, text)
    checklist: list[tuple[int, str, str, str, float | None]] = field(default_factory=list)  # phase, es, en, role, min
    printed_at: datetime = field(default_factory=datetime.now)
    events: list[TeamEvent] = field(default_factory=list)  # what `timeline` was made of, to print in any language
    zone: str = "UTC"  # the post's IANA zone (`core.local_time.zone_of_post`): the clock the team kept

    def timeline_in(self, lang: str) -> list[tuple[float, str, str, datetime]]:
        """(exercise minute, kind, text in `lang`, moment) of the team's events; a burst of statuses is one line."""
        if not self.events:
            return [(minute, kind, text, self.run.moment_at(minute, self.printed_at))
                    for minute, kind, text in self.timeline]
        return timeline_of(self.run, self.events, lang=lang, with_moments=True)


def timeline_of(run: ExerciseRun, events: list[TeamEvent], names_up_to: int = 4, lang: str | None = None,
                with_moments: bool = False) -> list[tuple]:
    """The team's events by exercise minute, in `lang` (default: the current language); a burst of status
    updates in one minute becomes one line. With `with_moments`, each line also carries its UTC moment."""
    lines: list[tuple] = []
    burst: list[TeamEvent] = []

    def flush():
        if not burst:
            return
        minute = round(run.minute_at(burst[0].at), 1)
        if len(burst) <= names_up_to:
            lines.extend(line(minute, "status", e.text_in(lang), e.at) for e in burst)
        else:
            counts: dict[str, int] = {}
            for e in burst:
                counts[e.attrs.get("status", "")] = counts.get(e.attrs.get("status", ""), 0) + 1
            summary = ", ".join(f"{translate(_status_label(k), lang)} {n}" for k, n in sorted(counts.items()))
            lines.append(line(minute, "status", translate("{count} status updates: {summary}", lang).format(
                count=len(burst), summary=summary), burst[0].at))
        burst.clear()

    def line(minute, kind, text, at):
        return (minute, kind, text, at) if with_moments else (minute, kind, text)

    for event in sorted(events, key=lambda e: e.at):
        if event.kind == "status":
            if burst and int(run.minute_at(event.at)) != int(run.minute_at(burst[0].at)):
                flush()
            burst.append(event)
            continue
        flush()
        lines.append(line(round(run.minute_at(event.at), 1), event.kind, event.text_in(lang), event.at))
    flush()
    return lines


def _status_label(value: str) -> str:
    from micic_planner.core.enums import AccountabilityStatus

    try:
        return AccountabilityStatus(value).label_en
    except ValueError:
        return value


def score_run(scenario: Scenario, run: ExerciseRun, releases: dict[str, datetime], events: list[TeamEvent],
              total_nationals: int, accounted: int, now: datetime,
              initially_accounted: frozenset = frozenset()) -> Score:
    """Match each expected action to the first team event that shows it was done after its inject."""
    events = sorted(events, key=lambda e: e.at)
    results = []
    for action in scenario.expected:
        start = run.started_at if not action.after else releases.get(action.after)
        if start is None:
            results.append(ActionResult(action, None, None, None, "", NOT_DUE))
            continue
        # Deadlines run on the exercise clock: a pause moves them on.
        due = run.minute_at(start) + action.within_minutes
        deadline = run.moment_at(due, now)
        done = _first_evidence(action, start, events, total_nationals)
        if done is None:
            outcome = MISSED if run.minute_at(now) >= due - 1e-9 or run.ended_at else PENDING
            results.append(ActionResult(action, start, deadline, None, "", outcome, due))
        else:
            results.append(ActionResult(action, start, deadline, done.at, done.text,
                                        ON_TIME if run.minute_at(done.at) <= due + 1e-9 else LATE, due))
    statuses = [e for e in events if e.kind == "status"]
    account = accounting_minutes(run, statuses, total_nationals, initially_accounted)
    return Score(tuple(results), account, total_nationals, accounted)


def accounting_minutes(run: ExerciseRun, status_events: list[TeamEvent], total: int,
                       initially_accounted: frozenset = frozenset()) -> dict[float, float | None]:
    """Exercise minutes from the start until each share of the nationals was accounted for (crisis-mode rule)."""
    events = [(e.attrs.get("national_id"), e.attrs.get("status"), e.at.isoformat())
              for e in sorted(status_events, key=lambda e: e.at) if e.at >= run.started_at]
    reached = time_to_account(total, run.started_at.isoformat(), set(initially_accounted), events)
    return {t: None if span is None else round(span.total_seconds() / 60.0 * run.time_scale, 1)
            for t, span in reached.items()}


def _first_evidence(action: ExpectedAction, start: datetime, events: list[TeamEvent], total: int):
    later = [e for e in events if e.at >= start]
    for event in later:
        if event.expected_key == action.key:
            return event
    if action.detect is None:
        return None
    detect, params = action.detect.kind, action.detect.params
    if detect == "status":
        return next((e for e in later if e.kind == "status" and _status_matches(e, params)), None)
    if detect == "record":
        return next((e for e in later if e.kind == "record" and e.attrs.get("table") == params.get("table")
                     and (not params.get("name") or e.attrs.get("name") == params.get("name"))
                     and (not params.get("status") or e.attrs.get("status") == params.get("status"))), None)
    if detect == "crisis":
        return next((e for e in later if e.kind == "crisis" and e.attrs.get("log") == params.get("log")
                     and e.attrs.get("phase", 0) >= params.get("phase_at_least", 0)), None)
    if detect == "accounted":
        share, seen = float(params.get("share", 1.0)), set()
        for event in later:
            if event.kind == "status" and event.attrs.get("status") in ACCOUNTED:
                seen.add(event.attrs.get("national_id"))
                if total and len(seen) >= share * total:
                    return event
    return None


def _status_matches(event: TeamEvent, params: dict) -> bool:
    if event.attrs.get("status") == "not_contacted":
        return False  # opening a crisis resets statuses; that is not the team attending to anyone
    statuses = params.get("statuses")
    if statuses and event.attrs.get("status") not in statuses:
        return False
    flag = params.get("vulnerability")
    if flag and not (event.attrs.get("vulnerabilities", 0) & _flag_value(flag)):
        return False
    return True


def _flag_value(code: str) -> int:
    from micic_planner.core.enums import Vulnerability

    return int(Vulnerability.from_codes([code]))
