"""The plan sections the post writes itself: read by every role that reads the plan, written by officers.

Edits are logged with their before and after by the audit triggers (the table is a rowid table, m023).
"""

import json
from pathlib import Path

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import ImportFileError, ValidationError, ValidationErrors
from micic_planner.core.i18n import _
from micic_planner.core.plan_sections import SectionDef, SectionState, validate
from micic_planner.core.plan_summary import capacity_gap, population, section_gaps
from micic_planner.core.section_catalogue import BY_KEY, SECTIONS
from micic_planner.core.security import Action
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.permissions import Guarded, requires


def read_sections(db) -> dict[str, SectionState]:
    """Every declared section with what is stored for it, in print order; the caller has checked the role."""
    stored = {}
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'plan_sections'").fetchone():
        stored = {key: (json.loads(data), at, by) for key, data, at, by in
                  db.execute("SELECT key, data, updated_at, updated_by FROM plan_sections")}
    states = {}
    for section in SECTIONS:
        values, at, by = stored.get(section.key, ({}, "", ""))
        states[section.key] = SectionState(section, values, at, by)
    return states


def section_figures(db, registered: int, assembly_places: int):
    """(states, population, gaps) the post's sections add to the plan: the overview and the print agree."""
    states = list(read_sections(db).values())
    pop = population(registered, next((st.values for st in states if st.section.key == "population"), None))
    return states, pop, capacity_gap(pop, assembly_places) + section_gaps(states)


def section_def(key: str) -> SectionDef:
    found = BY_KEY.get(key)
    if found is None:
        raise ValidationError("section", _("There is no plan section “{key}”.").format(key=key),
                              hint=_("The sections are: {keys}.").format(keys=", ".join(BY_KEY)))
    return found


class PlanSectionStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.VIEW_REGISTRY)
    def states(self) -> list[SectionState]:
        return list(read_sections(self.db).values())

    @requires(Action.VIEW_REGISTRY)
    def get(self, key: str) -> SectionState:
        section_def(key)
        return read_sections(self.db)[key]

    @requires(Action.EDIT_PLAN)
    def save(self, key: str, values: dict) -> Changes:
        """Validate `values` (every error at once) and replace what the section held."""
        clean = validate(section_def(key), values)
        with self.db.atomic():
            self._write(key, clean)
        return changed("plan_sections", count=1)

    @requires(Action.EDIT_PLAN)
    def import_file(self, path: str | Path) -> Changes:
        """Fill several sections from a JSON file {section: values}; all of them land, or none."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ImportFileError(_("The file cannot be read as JSON: {detail}").format(detail=exc),
                                  where=str(path), hint=_("Give a JSON file holding {\"section\": {…}}.")) from exc
        if not isinstance(data, dict):
            raise ImportFileError(_("The file must hold one object whose keys are plan sections."), where=str(path),
                                  hint=_("Give a JSON file holding {\"section\": {…}}."))
        clean, errors = {}, []
        for key, values in data.items():
            try:
                clean[key] = validate(section_def(key), values if isinstance(values, dict) else {"": values})
            except ValidationErrors as exc:
                errors += exc.errors
            except ValidationError as exc:
                errors.append(exc)
        if errors:
            raise ValidationErrors(errors, where=str(path))
        with self.db.atomic():
            for key, values in clean.items():
                self._write(key, values)
        return changed("plan_sections", count=len(clean))

    def _write(self, key: str, values: dict) -> None:
        self.db.execute(
            "INSERT INTO plan_sections (key, data, updated_at, updated_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            [key, json.dumps(values, ensure_ascii=False, sort_keys=True), utc_now(), self.store.user_name or ""])
