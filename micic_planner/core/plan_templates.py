"""The plan templates in `plans/`: alert-level matrix, checklists and SMS texts, read and checked line by line.

The files are CSV so that a trainer can edit them in a spreadsheet; every error names the file
and the line a spreadsheet shows (the header is line 1).
"""

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from micic_planner.core.enums import Hazard
from micic_planner.core.errors import TemplateError
from micic_planner.core.i18n import _
from micic_planner.core.models import AlertAction, MessageTemplate
from micic_planner.core.paths import plans_path

# Each file is generic, for any post; its "_demo" twin (alert_matrix_demo.csv) is the demo's own, about
# Chiapas, given only to the demo and its exercises there. The generic matrix carries [ADAPT: …] marks.
MATRIX_FILE = "alert_matrix.csv"
CHECKLIST_FILE = "checklists.csv"
MESSAGES_FILE = "messages.csv"
DEMO_SUFFIX = "_demo"
SMS_LIMIT = 160

# The crisis-team roles a template line may name; the English name is stored, labels are translated.
ROLES = (
    "Head of post",
    "Crisis coordinator",
    "Consular officer",
    "Protection officer",
    "Communications officer",
    "Warden network",
    "Logistics officer",
    "Liaison officer",
    "Administration officer",
)

# Steps outside the four climbing phases: shelter in place, and stepping back down.
STEPS = ("", "standfast", "stand_down")
# Hazards that strike without warning: their first trigger may be at phase 3 or 4, with none before.
SUDDEN_ONSET = ("earthquake",)

_MATRIX_COLUMNS = ("phase", "step", "kind", "hazard", "role", "text_es", "text_en")
_COLUMNS = {
    MATRIX_FILE: _MATRIX_COLUMNS,
    CHECKLIST_FILE: ("hazard", "phase", "role", "text_es", "text_en"),
    MESSAGES_FILE: ("hazard", "phase", "text_es", "text_en"),
}
_HAZARDS = {h.value for h in Hazard}


@dataclass
class ChecklistItem:
    """One line of a checklist: something to have done in a phase, for a hazard, by a role."""

    phase: int
    role: str
    text_es: str
    text_en: str
    hazard: str = ""  # empty: every hazard
    position: int = 0

    def text(self, lang: str) -> str:
        return self.text_es if lang == "es" else self.text_en


@dataclass
class PlanTemplates:
    """The standard alert matrix, checklists and message texts that a new post starts from."""

    actions: list[AlertAction] = field(default_factory=list)
    checklists: list[ChecklistItem] = field(default_factory=list)
    messages: list[MessageTemplate] = field(default_factory=list)

    def for_hazards(self, hazards) -> "PlanTemplates":
        """Only the lines for every hazard and for the given ones (Hazard members or values)."""
        wanted = {"", *(getattr(h, "value", h) for h in hazards)}
        return PlanTemplates([a for a in self.actions if a.hazard in wanted],
                             [c for c in self.checklists if c.hazard in wanted],
                             [m for m in self.messages if m.hazard in wanted])

    def checklist(self, phase: int, hazard: str = "") -> list[ChecklistItem]:
        """The checklist of one phase: the lines for every hazard, then the hazard's own."""
        return [c for c in self.checklists if c.phase == phase and c.hazard in ("", hazard)]

    def message(self, phase: int, hazard: str, lang: str) -> MessageTemplate | None:
        """The hazard's own message for a phase, else the general one."""
        found = {m.hazard: m for m in self.messages if m.phase == phase and m.lang == lang}
        return found.get(hazard) or found.get("")


def uses_demo_matrix(post) -> bool:
    """Whether a post starts from the demo's Chiapas matrix: the demo itself and training posts in Chiapas.

    Every other post, a real one or an exercise set elsewhere, gets the generic matrix to adapt.
    """
    from micic_planner.core.demo_places import POST as DEMO

    if post is None:
        return False
    if (post.name, post.city) == (DEMO["name"], DEMO["city"]):
        return True
    return bool(post.is_training and set(post.jurisdiction) & set(DEMO["jurisdiction"]))


def load_plan_templates(folder: str | Path | None = None, demo: bool = False) -> PlanTemplates:
    """Read and check the template files; raise TemplateError at the first bad line.

    `demo` gives the demo's own alert matrix instead of the generic one.
    """
    templates, errors = _read(Path(folder) if folder else plans_path(), demo)
    if errors:
        raise errors[0]
    return templates


def templates_for(post, folder: str | Path | None = None) -> PlanTemplates:
    """The templates a post starts from: the demo's matrix for the demo, the generic one for any other."""
    return load_plan_templates(folder, demo=uses_demo_matrix(post))


def check_plan_templates(folder: str | Path | None = None) -> list[TemplateError]:
    """Every error in the template files, the demo's included, in file and line order (empty when all is well)."""
    folder = Path(folder) if folder else plans_path()
    errors = _read(folder, demo=False)[1]
    # A trainer's copy may hold only the generic files; the demo's twins are checked where they exist.
    errors += [e for e in _read(folder, demo=True)[1] if DEMO_SUFFIX in Path(e.path).stem]
    order = [name for base in _COLUMNS for name in (base, _demo_name(base))]
    return sorted(errors, key=lambda e: (order.index(Path(e.path).name), e.line))


def _demo_name(name: str) -> str:
    stem, suffix = name.rsplit(".", 1)
    return f"{stem}{DEMO_SUFFIX}.{suffix}"


def _file(folder: Path, name: str, demo: bool) -> Path:
    """The demo's twin of a template file when asked for and present, else the generic file."""
    twin = folder / _demo_name(name)
    return twin if demo and twin.exists() else folder / name


def _read_matrix(path: Path, errors: list[TemplateError]) -> list[AlertAction]:
    actions: list[AlertAction] = []
    lines: list[int] = []
    for line, row in _rows(path, errors):
        action = _guard(errors, path, line, _action, row, len(actions))
        if action:
            actions.append(action)
            lines.append(line)
    # A trigger says when to move to one phase; the same event at two phases leaves the head of post guessing.
    first: dict[str, tuple[int, int]] = {}
    for action, line in zip(actions, lines):
        if action.kind != "trigger":
            continue
        key = " ".join(action.text_es.casefold().split())
        if key in first and first[key][0] != action.phase:
            errors.append(TemplateError(str(path), line, _(
                "This trigger is already listed at phase {phase} (line {line}); a trigger belongs to one phase "
                "only.").format(phase=first[key][0], line=first[key][1])))
        first.setdefault(key, (action.phase, line))
    return actions


def _read(folder: Path, demo: bool = False) -> tuple[PlanTemplates, list[TemplateError]]:
    errors: list[TemplateError] = []
    templates = PlanTemplates()
    templates.actions = _read_matrix(_file(folder, MATRIX_FILE, demo), errors)
    checklists, messages = _file(folder, CHECKLIST_FILE, demo), _file(folder, MESSAGES_FILE, demo)
    for line, row in _rows(checklists, errors):
        item = _guard(errors, checklists, line, _checklist_item, row, len(templates.checklists))
        if item:
            templates.checklists.append(item)
    for line, row in _rows(messages, errors):
        pair = _guard(errors, messages, line, _messages, row, 0)
        if pair:
            templates.messages.extend(pair)
    return templates, errors


def _guard(errors, path, line, build, row, position):
    try:
        return build(row, position)
    except ValueError as exc:
        errors.append(TemplateError(str(path), line, str(exc)))
        return None


def _rows(path: Path, errors: list[TemplateError]):
    """(line number, {column: text}) for each record, after checking encoding, header and shape."""
    try:
        raw = path.read_bytes()
    except OSError:
        errors.append(TemplateError(str(path), 0, _("The file is missing or cannot be read.")))
        return
    try:
        text = raw.decode("utf-8-sig")  # a spreadsheet may save UTF-8 with a byte-order mark
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        errors.append(TemplateError(str(path), line, _("The line is not UTF-8 text; save the file as CSV UTF-8.")))
        return
    expected = _COLUMNS[path.name.replace(DEMO_SUFFIX, "")]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != expected:
        errors.append(TemplateError(str(path), 1, _("The header must be exactly: {columns}.").format(
            columns=",".join(expected))))
        return
    previous_end = 1
    for values in reader:
        line = previous_end + 1
        previous_end = reader.line_num
        if line != reader.line_num:
            errors.append(TemplateError(str(path), line, _("A text runs over several lines; keep each record "
                                                           "on one line.")))
            continue
        if not any(v.strip() for v in values):
            continue  # blank lines help a trainer group the file
        if len(values) != len(expected):
            errors.append(TemplateError(str(path), line, _(
                "The line has {found} columns, the header {expected}; put texts with commas in double quotes."
            ).format(found=len(values), expected=len(expected))))
            continue
        yield line, {k: v.strip() for k, v in zip(expected, values)}


def _phase(value: str) -> int:
    if value not in ("1", "2", "3", "4"):
        raise ValueError(_("The phase “{value}” must be 1, 2, 3 or 4.").format(value=value))
    return int(value)


def _hazard(value: str) -> str:
    if value and value not in _HAZARDS:
        raise ValueError(_("The hazard “{value}” is unknown; leave it empty for every hazard or use one of: "
                           "{hazards}.").format(value=value, hazards=", ".join(sorted(_HAZARDS))))
    return value


def _role(value: str) -> str:
    if value not in ROLES:
        raise ValueError(_("The role “{value}” is unknown; use one of: {roles}.").format(
            value=value, roles=", ".join(ROLES)))
    return value


def _texts(row: dict, limit: int | None = None) -> tuple[str, str]:
    for column in ("text_es", "text_en"):
        if not row[column]:
            raise ValueError(_("The column {column} is empty.").format(column=column))
        if limit and len(row[column]) > limit:
            raise ValueError(_("The text in {column} has {count} characters; an SMS holds at most {limit}.").format(
                column=column, count=len(row[column]), limit=limit))
    return row["text_es"], row["text_en"]


def _action(row: dict, position: int) -> AlertAction:
    if row["kind"] not in ("trigger", "action"):
        raise ValueError(_("The kind “{value}” must be trigger or action.").format(value=row["kind"]))
    if row["step"] not in STEPS:
        raise ValueError(_("The step “{value}” must be empty, standfast or stand_down.").format(value=row["step"]))
    text_es, text_en = _texts(row)
    return AlertAction(phase=_phase(row["phase"]), kind=row["kind"], text_es=text_es, text_en=text_en,
                       role=_role(row["role"]), hazard=_hazard(row["hazard"]), position=position, step=row["step"])


def _checklist_item(row: dict, position: int) -> ChecklistItem:
    text_es, text_en = _texts(row)
    return ChecklistItem(phase=_phase(row["phase"]), role=_role(row["role"]), text_es=text_es, text_en=text_en,
                         hazard=_hazard(row["hazard"]), position=position)


def _messages(row: dict, _position: int) -> tuple[MessageTemplate, MessageTemplate]:
    phase, hazard = _phase(row["phase"]), _hazard(row["hazard"])
    text_es, text_en = _texts(row, SMS_LIMIT)
    return MessageTemplate(phase, hazard, "es", text_es), MessageTemplate(phase, hazard, "en", text_en)
