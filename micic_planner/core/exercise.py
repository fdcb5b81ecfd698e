"""Workshop exercises: scenarios read from `plans/exercises/<id>/scenario.toml`, and their inject schedule.

A scenario is data a trainer edits: timed injects (minute offsets from the start, text in Spanish
and English, an optional effect on the sandbox post) and the actions a good team takes, each with
a deadline counted from an inject and "what a good response looks like". Every file is checked
on load; a mistake names the file and line.
"""

import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from micic_planner.core.errors import TemplateError
from micic_planner.core.i18n import _
from micic_planner.core.paths import plans_path

SCENARIO_FILE = "scenario.toml"
INJECT_KINDS = ("alert", "road_closed", "shelter_flooded", "shelter_closed", "arrivals", "partner_down",
                "unaccompanied_child", "casualties", "communications", "information")
EFFECT_KINDS = ("route_status", "place_capacity", "add_nationals", "partner_note")
DETECT_KINDS = ("status", "accounted", "record", "crisis")
HAZARDS = ("hurricane", "earthquake", "volcano", "flood", "civil_unrest", "armed_conflict")


@dataclass(frozen=True)
class Text:
    """A text in both languages of the workshop."""

    es: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.es if lang == "es" else self.en


@dataclass(frozen=True)
class Effect:
    """What an inject changes on the sandbox post when it is released (a road closes, people arrive)."""

    kind: str
    target: str = ""  # the name of the route, place or partner it changes
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Inject:
    number: int  # 1-based, in schedule order: what the facilitator types to release it by hand
    key: str
    minute: int
    kind: str
    text: Text
    effects: tuple[Effect, ...] = ()


@dataclass(frozen=True)
class Detect:
    """How the program recognises, from the sandbox's own records, that an expected action was done."""

    kind: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ExpectedAction:
    key: str
    after: str  # key of the inject whose release starts the clock; "" for the start of the exercise
    within_minutes: int
    role: str
    text: Text
    good: Text  # what a good response looks like
    detect: Detect | None = None


@dataclass(frozen=True)
class Scenario:
    id: str
    folder: Path
    title: Text
    hazard: str
    briefing: Text
    duration_minutes: int
    post_file: str  # the fictional post's data, relative to the folder
    injects: tuple[Inject, ...]
    expected: tuple[ExpectedAction, ...]

    def inject(self, ref: int | str) -> Inject:
        """The inject by number (1-based) or key."""
        for inject in self.injects:
            if inject.number == ref or inject.key == ref or str(inject.number) == str(ref):
                return inject
        raise KeyError(ref)

    def post_path(self) -> Path:
        return self.folder / self.post_file


@dataclass
class ExerciseRun:
    """One run of a scenario on a sandbox post, as stored."""

    scenario_id: str
    started_at: datetime  # UTC, aware
    time_scale: float = 1.0  # exercise minutes per real minute (2.0 plays a 2-hour scenario in 1 hour)
    facilitator: str = ""
    team: str = ""
    ended_at: datetime | None = None
    id: int | None = None
    pauses: tuple = ()  # (start, end or None while paused), in order; the clock stands still in them

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1][1] is None

    def _paused_seconds(self, when: datetime) -> float:
        total = 0.0
        for start, end in self.pauses:
            stop = min(end or when, when)
            if stop > start:
                total += (stop - start).total_seconds()
        return total

    def minute_at(self, when: datetime) -> float:
        """Exercise minutes elapsed at `when`, pauses left out."""
        seconds = (when - self.started_at).total_seconds() - self._paused_seconds(when)
        return max(0.0, seconds / 60.0 * self.time_scale)

    def moment_at(self, minute: float, now: datetime | None = None) -> datetime:
        """When the exercise clock reaches `minute`; past a pause still open, as if it ended `now`."""
        remaining = minute / self.time_scale * 60.0
        at = self.started_at
        for start, end in self.pauses:
            running = (start - at).total_seconds()
            if remaining <= running:
                break
            remaining -= max(0.0, running)
            at = end if end is not None else max(start, now or start)
        return at + timedelta(seconds=remaining)


def scenarios_dir() -> Path:
    return plans_path("exercises")


def list_scenarios(folder: Path | None = None) -> list[Scenario]:
    """Every scenario under `folder` (default: the bundled `plans/exercises`), sorted by id."""
    folder = folder or scenarios_dir()
    return [load_scenario(p) for p in sorted(folder.glob(f"*/{SCENARIO_FILE}"))]


def find_scenario(scenario_id: str, folder: Path | None = None) -> Scenario:
    folder = folder or scenarios_dir()
    path = folder / scenario_id / SCENARIO_FILE
    if not path.exists():
        known = ", ".join(sorted(p.parent.name for p in folder.glob(f"*/{SCENARIO_FILE}")))
        raise TemplateError(str(path), 0, _("There is no exercise scenario called \u201c{name}\u201d. "
                                            "Known scenarios: {known}.").format(name=scenario_id, known=known))
    return load_scenario(path)


def due_injects(scenario: Scenario, minute: float, released: set[int]) -> list[Inject]:
    """Injects whose time has come at exercise minute `minute` and that are not yet released."""
    return [i for i in scenario.injects if i.minute <= minute and i.number not in released]


def load_scenario(path: Path) -> Scenario:
    """Read and check one scenario file; raises TemplateError naming the file and line."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(str(path), getattr(exc, "lineno", 0) or _line_from_message(str(exc)), str(exc)) from exc
    return _Reader(path, text.splitlines()).scenario(data)


def _line_from_message(message: str) -> int:
    # tomllib before 3.14 puts the position only in the message: "... (at line 12, column 3)".
    marker = "at line "
    if marker in message:
        digits = message.split(marker, 1)[1].split(",", 1)[0].strip(" )")
        if digits.isdigit():
            return int(digits)
    return 0


class _Reader:
    """Turns parsed TOML into a Scenario, locating each mistake's line in the source text."""

    def __init__(self, path: Path, lines: list[str]):
        self.path = path
        self.lines = lines

    def fail(self, line: int, message: str):
        raise TemplateError(str(self.path), line, message)

    def line_of(self, array: str, index: int = -1, key: str = "") -> int:
        """The line of the `index`-th `[[array]]` table (or of `key` inside it, or at the top level)."""
        start, end, seen = 0, len(self.lines), -1
        if index >= 0:
            for n, line in enumerate(self.lines):
                if line.strip() == f"[[{array}]]":
                    seen += 1
                    if seen == index:
                        start = n
                    elif seen == index + 1:
                        end = n
                        break
        for n in range(start, end):
            stripped = self.lines[n].strip()
            if key and (stripped.startswith(f"{key} ") or stripped.startswith(f"{key}=")
                        or stripped.startswith(f"{key}.")):
                return n + 1
        return start + 1

    def text(self, table: dict, key: str, where: int) -> Text:
        value = table.get(key)
        if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) and value[lang].strip()
                                                  for lang in ("es", "en")):
            self.fail(where, _("\u201c{key}\u201d needs a text in Spanish and in English: "
                               "{key} = {{ es = \"\u2026\", en = \"\u2026\" }}").format(key=key))
        return Text(value["es"].strip(), value["en"].strip())

    def integer(self, table: dict, key: str, where: int, minimum: int = 0) -> int:
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            self.fail(where, _("\u201c{key}\u201d must be a whole number of at least {minimum}.").format(
                key=key, minimum=minimum))
        return value

    def choice(self, table: dict, key: str, allowed, where: int) -> str:
        value = table.get(key)
        if value not in allowed:
            self.fail(where, _("\u201c{key}\u201d must be one of: {allowed}.").format(
                key=key, allowed=", ".join(allowed)))
        return value

    def scenario(self, data: dict) -> Scenario:
        sid = self.path.parent.name
        title = self.text(data, "title", self.line_of("", key="title"))
        briefing = self.text(data, "briefing", self.line_of("", key="briefing"))
        hazard = self.choice(data, "hazard", HAZARDS, self.line_of("", key="hazard"))
        duration = self.integer(data, "duration_minutes", self.line_of("", key="duration_minutes"), 1)
        post_file = data.get("post", "post.toml")
        if not (self.path.parent / post_file).exists():
            self.fail(self.line_of("", key="post"), _("The post file \u201c{name}\u201d is not beside the scenario.")
                      .format(name=post_file))
        injects = self.injects(data.get("injects", []))
        expected = self.expected(data.get("expected", []), {i.key for i in injects})
        return Scenario(sid, self.path.parent, title, hazard, briefing, duration, post_file, injects, expected)

    def injects(self, tables: list) -> tuple[Inject, ...]:
        if not tables:
            self.fail(1, _("A scenario needs at least one [[injects]] table."))
        items, keys, last = [], set(), -1
        for index, table in enumerate(tables):
            where = self.line_of("injects", index)
            key = table.get("key")
            if not isinstance(key, str) or not key or key in keys:
                self.fail(self.line_of("injects", index, "key"),
                          _("Each inject needs its own \u201ckey\u201d (a short name, unique in the file)."))
            keys.add(key)
            minute = self.integer(table, "minute", self.line_of("injects", index, "minute"))
            if minute < last:
                self.fail(self.line_of("injects", index, "minute"),
                          _("Injects must be listed in time order; this one comes before the previous one."))
            last = minute
            kind = self.choice(table, "kind", INJECT_KINDS, self.line_of("injects", index, "kind"))
            text = self.text(table, "text", self.line_of("injects", index, "text"))
            effects = tuple(self.effect(e, self.line_of("injects", index, "effects") or where)
                            for e in table.get("effects", []))
            items.append(Inject(index + 1, key, minute, kind, text, effects))
        return tuple(items)

    def effect(self, table: dict, where: int) -> Effect:
        if not isinstance(table, dict):
            self.fail(where, _("An effect is a table such as {{ kind = \"route_status\", target = \"\u2026\" }}."))
        kind = self.choice(table, "kind", EFFECT_KINDS, where)
        target = table.get("target", "")
        if kind != "add_nationals" and not (isinstance(target, str) and target):
            self.fail(where, _("The effect \u201c{kind}\u201d needs a \u201ctarget\u201d: the name of the record "
                               "it changes.").format(kind=kind))
        if kind == "add_nationals":
            self.integer(table, "count", where, 1)
        if kind == "route_status":
            self.choice(table, "status", ("open", "closed", "unknown"), where)
        params = {k: v for k, v in table.items() if k not in ("kind", "target")}
        return Effect(kind, target, params)

    def expected(self, tables: list, inject_keys: set[str]) -> tuple[ExpectedAction, ...]:
        if not tables:
            self.fail(1, _("A scenario needs at least one [[expected]] action."))
        items, keys = [], set()
        for index, table in enumerate(tables):
            key = table.get("key")
            if not isinstance(key, str) or not key or key in keys:
                self.fail(self.line_of("expected", index, "key"),
                          _("Each expected action needs its own \u201ckey\u201d (a short name, unique in the file)."))
            keys.add(key)
            after = table.get("after", "")
            if after and after not in inject_keys:
                self.fail(self.line_of("expected", index, "after"),
                          _("\u201cafter\u201d names an inject that does not exist: {key}.").format(key=after))
            within = self.integer(table, "within_minutes", self.line_of("expected", index, "within_minutes"), 1)
            role = table.get("role", "")
            text = self.text(table, "text", self.line_of("expected", index, "text"))
            good = self.text(table, "good", self.line_of("expected", index, "good"))
            detect = None
            if "detect" in table:
                spec = table["detect"]
                where = self.line_of("expected", index, "detect")
                if not isinstance(spec, dict):
                    self.fail(where, _("\u201cdetect\u201d is a table such as {{ kind = \"status\" }}."))
                kind = self.choice(spec, "kind", DETECT_KINDS, where)
                detect = Detect(kind, {k: v for k, v in spec.items() if k != "kind"})
            items.append(ExpectedAction(key, after, within, role, text, good, detect))
        return tuple(items)
