"""Exercise runs on a sandbox post: the clock, released injects (with their effects) and the team's timed actions."""

import json
from datetime import UTC, date, datetime, timedelta

from micic_planner.core.changes import Changes, changed
from micic_planner.core.crisis import ACCOUNTED
from micic_planner.core.enums import AccountabilityStatus, RouteStatus, Vulnerability
from micic_planner.core.errors import MicicError, NotFoundError
from micic_planner.core.exercise import ExerciseRun, Inject, Scenario, due_injects
from micic_planner.core.exercise_scoring import ExerciseReview, Score, TeamEvent, score_run, timeline_of
from micic_planner.core.i18n import _, translate
from micic_planner.core.local_time import zone_of_post
from micic_planner.core.scenario_posts import generate_nationals, load_scenario_post
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, requires
from micic_planner.storage.scenario_writer import insert_nationals
from micic_planner.storage.store import PostStore


class ExerciseError(MicicError):
    """An exercise cannot be started, run or reported as asked."""


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-4] + "Z"


class ExerciseStore(Guarded):
    def __init__(self, store: PostStore):
        self.store = store
        self.db = store.db

    # -- runs ----------------------------------------------------------------
    @requires(Action.RUN_EXERCISE)
    def start(self, scenario: Scenario, *, facilitator: str = "", team: str = "", time_scale: float = 1.0,
              now: datetime | None = None) -> ExerciseRun:
        """Start a run on this post; only a training post may hold one, and only one at a time."""
        post = self.store.post()
        if post is None or not post.is_training:
            raise ExerciseError(_("Exercises run only on a training post, never on a real one."),
                                where=str(self.store.path or ""),
                                hint=_("Start the exercise on a new sandbox file: "
                                       "micic-planner exercise start SCENARIO --db SANDBOX.db"))
        if self.current() is not None:
            raise ExerciseError(_("An exercise is already running on this sandbox."),
                                hint=_("End it first, or start the new one on another sandbox file."))
        if time_scale <= 0:
            raise ExerciseError(_("The time scale must be greater than zero."))
        started = now or datetime.now(UTC)
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO exercise_runs (scenario_id, started_at, time_scale, facilitator, team) "
                "VALUES (?, ?, ?, ?, ?)", [scenario.id, iso(started), time_scale, facilitator, team])
        return self.run(cursor.lastrowid)

    @requires(Action.VIEW_REGISTRY)
    def run(self, run_id: int) -> ExerciseRun:
        row = self.db.execute("SELECT id, scenario_id, started_at, ended_at, time_scale, facilitator, team, pauses "
                              "FROM exercise_runs WHERE id = ?", [run_id]).fetchone()
        if row is None:
            raise NotFoundError(_("There is no exercise run {number} in this file.").format(number=run_id))
        pauses = tuple((parse_utc(a), parse_utc(b) if b else None) for a, b in json.loads(row[7]))
        return ExerciseRun(row[1], parse_utc(row[2]), row[4], row[5], row[6],
                           parse_utc(row[3]) if row[3] else None, row[0], pauses)

    def _save_pauses(self, run: ExerciseRun, pauses: tuple) -> Changes:
        text = json.dumps([[iso(a), iso(b) if b else None] for a, b in pauses])
        with self.db.atomic():
            self.db.execute("UPDATE exercise_runs SET pauses = ? WHERE id = ?", [text, run.id])
        run.pauses = pauses
        return changed("exercise_runs", count=1, ids=(run.id,))

    @requires(Action.RUN_EXERCISE)
    def pause(self, run: ExerciseRun, now: datetime | None = None) -> Changes:
        """Stop the exercise clock: no inject comes due and no deadline passes until it resumes."""
        if run.ended_at is not None:
            raise ExerciseError(_("This exercise has ended; it cannot be paused."))
        if run.paused:
            return Changes()
        return self._save_pauses(run, (*run.pauses, (now or datetime.now(UTC), None)))

    @requires(Action.RUN_EXERCISE)
    def resume(self, run: ExerciseRun, now: datetime | None = None) -> Changes:
        """Start the exercise clock again from the minute it was paused at."""
        if not run.paused:
            return Changes()
        start = run.pauses[-1][0]
        return self._save_pauses(run, (*run.pauses[:-1], (start, max(start, now or datetime.now(UTC)))))

    @requires(Action.VIEW_REGISTRY)
    def runs(self) -> list[ExerciseRun]:
        return [self.run(r[0]) for r in self.db.execute("SELECT id FROM exercise_runs ORDER BY id")]

    @requires(Action.VIEW_REGISTRY)
    def current(self) -> ExerciseRun | None:
        row = self.db.execute("SELECT id FROM exercise_runs WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1").fetchone()
        return self.run(row[0]) if row else None

    @requires(Action.VIEW_REGISTRY)
    def latest(self) -> ExerciseRun:
        row = self.db.execute("SELECT id FROM exercise_runs ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            raise ExerciseError(_("No exercise has been run in this file."), where=str(self.store.path or ""),
                                hint=_("Start one with: micic-planner exercise start SCENARIO --db SANDBOX.db"))
        return self.run(row[0])

    @requires(Action.RUN_EXERCISE)
    def end(self, run: ExerciseRun, now: datetime | None = None) -> Changes:
        if run.paused:  # the pause ends with the exercise
            self.resume(run, now)
        with self.db.atomic():
            self.db.execute("UPDATE exercise_runs SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                            [iso(now or datetime.now(UTC)), run.id])
        run.ended_at = run.ended_at or (now or datetime.now(UTC))
        return changed("exercise_runs", count=1, ids=(run.id,))

    # -- injects ---------------------------------------------------------------
    @requires(Action.VIEW_REGISTRY)
    def releases(self, run: ExerciseRun) -> dict[str, tuple[datetime, str, str]]:
        """inject key -> (released at, by "schedule" or "facilitator", what its effects changed)."""
        rows = self.db.execute("SELECT inject_key, released_at, released_by, effects_note FROM exercise_injects "
                               "WHERE run_id = ? ORDER BY released_at", [run.id])
        return {k: (parse_utc(at), by, note) for k, at, by, note in rows}

    @requires(Action.RUN_EXERCISE)
    def release(self, run: ExerciseRun, scenario: Scenario, inject: Inject, by: str = "facilitator",
                now: datetime | None = None) -> Changes:
        """Release one inject and apply its effects to the sandbox, in one transaction."""
        if run.ended_at is not None:
            raise ExerciseError(_("This exercise has ended; no more injects can be released."))
        if inject.key in self.releases(run):
            raise ExerciseError(_("Inject {number} has already been released.").format(number=inject.number))
        when = now or datetime.now(UTC)
        with self.db.atomic():
            changes, notes = self._apply_effects(scenario, inject, run, iso(when))
            self.db.execute("INSERT INTO exercise_injects (run_id, inject_key, inject_number, released_at, "
                            "released_by, effects_note) VALUES (?, ?, ?, ?, ?, ?)",
                            [run.id, inject.key, inject.number, iso(when), by, "; ".join(notes)])
        return changes | changed("exercise_injects", count=1)

    @requires(Action.RUN_EXERCISE)
    def release_due(self, run: ExerciseRun, scenario: Scenario, now: datetime | None = None) -> list[Inject]:
        """Release every inject whose time has come on the exercise clock."""
        when = now or datetime.now(UTC)
        released = {scenario.inject(k).number for k in self.releases(run)}
        due = due_injects(scenario, run.minute_at(when), released) if run.ended_at is None else []
        for inject in due:
            self.release(run, scenario, inject, "schedule", when)
        return due

    def _apply_effects(self, scenario: Scenario, inject: Inject, run: ExerciseRun, stamp: str):
        # Effects stamp their edits with the release time, so the after-action can tell them from the team's.
        changes, notes = Changes(), []
        for effect in inject.effects:
            p = effect.params
            if effect.kind == "route_status":
                cur = self.db.execute("UPDATE routes SET status = ?, updated_at = ? WHERE name = ?",
                                      [p.get("status", "closed"), stamp, effect.target])
                changes |= changed("routes", count=cur.rowcount)
                notes.append(f"{effect.target}: {RouteStatus(p.get('status', 'closed')).label()}" if cur.rowcount else
                             _("{name}: not in this post").format(name=effect.target))
            elif effect.kind == "place_capacity":
                cur = self.db.execute("UPDATE places SET capacity = ?, notes = trim(notes || ' ' || ?), "
                                      "updated_at = ? WHERE name = ?",
                                      [int(p.get("capacity", 0)), p.get("note", ""), stamp, effect.target])
                changes |= changed("places", count=cur.rowcount)
                notes.append(f"{effect.target}: {p.get('capacity', 0)}" if cur.rowcount else
                             _("{name}: not in this post").format(name=effect.target))
            elif effect.kind == "partner_note":
                cur = self.db.execute("UPDATE partners SET notes = trim(notes || ' ' || ?), updated_at = ? "
                                      "WHERE name = ?", [p.get("note", ""), stamp, effect.target])
                changes |= changed("partners", count=cur.rowcount)
                notes.append(effect.target if cur.rowcount else
                             _("{name}: not in this post").format(name=effect.target))
            elif effect.kind == "add_nationals":
                changes |= self._add_nationals(scenario, inject, effect, run)
                notes.append(_("People added: {count}").format(count=p["count"]))
        return changes, notes

    def _add_nationals(self, scenario: Scenario, inject: Inject, effect, run: ExerciseRun) -> Changes:
        p = effect.params
        spec = load_scenario_post(scenario.post_path())
        zone_ids = dict(self.db.execute("SELECT name, id FROM zones").fetchall())
        place = self.db.execute("SELECT id FROM places WHERE name = ?", [p.get("place", "")]).fetchone()
        zone = p.get("zone", "") if p.get("zone", "") in spec.zone_centres else ""
        people = generate_nationals(spec, int(p["count"]), seed=run.id * 1000 + inject.number, zone=zone)
        if p.get("given_names"):
            people[0][0].given_names, people[0][0].family_names = p["given_names"], p.get("family_names", "")
        for national, _z in people:
            if p.get("vulnerabilities"):
                national.vulnerabilities = Vulnerability.from_codes(p["vulnerabilities"])
                national.household, national.phone = "", ""
            if p.get("age"):
                national.birth_date = date.today() - timedelta(days=int(p["age"]) * 365 + 30)
            national.notes = p.get("note", "")
        return insert_nationals(self.store, people, zone_ids, place[0] if place else None)

    # -- the team's actions ----------------------------------------------------
    @requires(Action.RUN_EXERCISE)
    def log_action(self, run: ExerciseRun, text: str, *, role: str = "", expected_key: str = "",
                   inject_key: str = "", now: datetime | None = None) -> Changes:
        """Record something the team did, with its time; `expected_key` says which expected action it answers."""
        if not text.strip():
            raise ExerciseError(_("Say what the team did."))
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO exercise_actions (run_id, at, role, by_user, text, expected_key, inject_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [run.id, iso(now or datetime.now(UTC)), role, self.store.user_name, text.strip(), expected_key,
                 inject_key])
        return changed("exercise_actions", count=1, ids=(cursor.lastrowid,))

    @requires(Action.VIEW_REGISTRY)
    def actions(self, run: ExerciseRun) -> list[dict]:
        cursor = self.db.execute("SELECT id, at, role, by_user, text, expected_key, inject_key FROM exercise_actions "
                                 "WHERE run_id = ? ORDER BY at, id", [run.id])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    @requires(Action.VIEW_REGISTRY)
    def evidence(self, run: ExerciseRun) -> list[TeamEvent]:
        """Everything the team did on the sandbox since the start: logged actions, statuses, edits, crisis timeline."""
        start = iso(run.started_at)
        events = [TeamEvent(parse_utc(a["at"]), "action", a["text"], a["expected_key"], {"role": a["role"]})
                  for a in self.actions(run)]
        for nid, status, at, flags, family, given in self.db.execute(
                "SELECT e.national_id, e.status, e.at, n.vulnerabilities, n.family_names, n.given_names "
                "FROM status_events e JOIN nationals n ON n.id = e.national_id WHERE e.at >= ? ORDER BY e.at",
                [start]):
            events.append(TeamEvent(parse_utc(at), "status", f"{family}, {given}: {_status_label(status)}",
                                    attrs={"national_id": nid, "status": status, "vulnerabilities": flags,
                                           "name": f"{family}, {given}"}))
        for table in ("routes", "places", "partners"):
            for name, at, status in self.db.execute(
                    f"SELECT name, updated_at, {'status' if table == 'routes' else 'NULL'} FROM {table} "
                    "WHERE updated_at >= ? AND updated_at > created_at", [start]):
                events.append(TeamEvent(parse_utc(at), "record", name,
                                        attrs={"table": table, "name": name, "status": status}))
        if self._has_table("crisis_log"):
            for at, kind, phase, template, params in self.db.execute(
                    "SELECT at, kind, phase, template, params FROM crisis_log WHERE at >= ? ORDER BY at", [start]):
                events.append(TeamEvent(parse_utc(at), "crisis", _log_text(template, params),
                                        attrs={"log": kind, "phase": phase, "template": template,
                                               "params": _log_params(params)}))
        # An edit made by an inject's own effect is the exercise's doing, not the team's.
        stamps = {at for at, _by, _n in self.releases(run).values()}
        return [e for e in events if not (e.kind == "record" and e.at in stamps)]

    @requires(Action.VIEW_REGISTRY)
    def score(self, run: ExerciseRun, scenario: Scenario, now: datetime | None = None) -> Score:
        total = self.db.execute("SELECT count(*) FROM nationals").fetchone()[0]
        statuses = tuple(ACCOUNTED)
        accounted = self.db.execute(f"SELECT count(*) FROM nationals WHERE status IN ({','.join('?' * len(statuses))})",
                                    statuses).fetchone()[0]
        releases = {k: at for k, (at, _by, _n) in self.releases(run).items()}
        return score_run(scenario, run, releases, self.evidence(run), total, accounted, now or datetime.now(UTC),
                         self._initially_accounted(run))

    @requires(Action.VIEW_REGISTRY)
    def review(self, run: ExerciseRun, scenario: Scenario, now: datetime | None = None) -> ExerciseReview:
        """What the after-action report prints: the score, the injects as released, the timeline, the plan."""
        now = now or datetime.now(UTC)
        post = self.store.post()
        releases = [(scenario.inject(key).number, key, round(run.minute_at(at), 1), by, note)
                    for key, (at, by, note) in self.releases(run).items()]
        checklist = []
        if self._has_table("crisis_actions"):
            for phase, es, en, role, done in self.db.execute(
                    "SELECT a.phase, a.text_es, a.text_en, a.role, a.done_at FROM crisis_actions a "
                    "JOIN crises c ON c.id = a.crisis_id WHERE c.started_at >= ? ORDER BY a.phase, a.position",
                    [iso(run.started_at)]):
                checklist.append((phase, es, en, role, round(run.minute_at(parse_utc(done)), 1) if done else None))
        evidence = self.evidence(run)
        return ExerciseReview(scenario, run, self.score(run, scenario, now), post.name if post else "",
                              releases, timeline_of(run, evidence), checklist, events=evidence,
                              zone=zone_of_post(post), printed_at=now)

    def _initially_accounted(self, run: ExerciseRun) -> frozenset:
        """Nationals already accounted for when the run started (a training copy of a post in crisis)."""
        start = iso(run.started_at)
        rows = self.db.execute(
            "SELECT id, status FROM nationals WHERE id NOT IN (SELECT national_id FROM status_events WHERE at >= ?) "
            "UNION ALL SELECT national_id, previous FROM status_events e WHERE at >= ? AND at = "
            "(SELECT min(at) FROM status_events f WHERE f.national_id = e.national_id AND f.at >= ?)",
            [start, start, start])
        return frozenset(nid for nid, status in rows if status in ACCOUNTED)

    def _has_table(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() \
            is not None


def _log_text(template: str, params: str) -> str:
    try:
        return translate(template).format(*(translate(str(p)) for p in json.loads(params or "[]")))
    except (ValueError, IndexError, KeyError):
        return template


def _log_params(params: str) -> tuple:
    try:
        return tuple(json.loads(params or "[]"))
    except ValueError:
        return ()


def _status_label(value: str) -> str:
    try:
        return AccountabilityStatus(value).label()
    except ValueError:
        return value
