"""Sections of the plan that the post writes itself: declared once as data, validated, printed and edited alike.

A `SectionDef` says what a section holds (single fields, and tables of repeating rows); the window builds
its form from it, the CLI fills it from JSON, the printed plan lays it out, and a blank one becomes a gap.
Values are kept as a plain dict: {field: value, table: [{column: value}, …]}, stored as JSON (m023).
"""

import re
from dataclasses import dataclass, field
from datetime import date

from micic_planner.core.errors import ValidationError, ValidationErrors
from micic_planner.core.i18n import translate

TYPES = ("text", "long", "number", "date", "choice", "phone")
# A phone as people write it: digits with spaces, dashes, brackets and a leading +; at least six digits.
_PHONE = re.compile(r"^\+?[\d\s().\-/]+$")
MIN_PHONE_DIGITS = 6


@dataclass(frozen=True)
class FieldDef:
    key: str
    label: str  # English; translated when shown
    type: str = "text"
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, English label)
    required: bool = False  # a section missing it is only partly filled, and says so in the gap list
    minimum: float | None = None
    maximum: float | None = None
    hint: str = ""  # an example of what to write, shown as the field's placeholder

    def choice_label(self, value: str, lang: str | None = None) -> str:
        return next((translate(label, lang) for v, label in self.choices if v == value), value)


@dataclass(frozen=True)
class TableDef:
    key: str
    title: str
    columns: tuple[FieldDef, ...]
    blank_rows: int = 4  # ruled rows printed for the post to fill in by hand


@dataclass(frozen=True)
class SectionDef:
    key: str
    title: str
    intro: str = ""  # what the section is for, printed above it
    fields: tuple[FieldDef, ...] = ()
    tables: tuple[TableDef, ...] = ()
    optional: bool = False  # the plan has a fallback when it is blank, so a blank one is no gap

    def field(self, key: str) -> FieldDef:
        return next(f for f in self.fields if f.key == key)


@dataclass
class SectionState:
    """How far a section is filled: 'blank', 'partial' (a required field is empty) or 'filled'."""

    section: SectionDef
    values: dict = field(default_factory=dict)
    updated_at: str = ""
    updated_by: str = ""

    @property
    def state(self) -> str:
        if is_blank(self.section, self.values):
            return "blank"
        return "partial" if missing_required(self.section, self.values) else "filled"


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_blank(section: SectionDef, values: dict) -> bool:
    """Nothing entered at all: the plan prints the section as a form to complete."""
    return all(_empty(values.get(f.key)) for f in section.fields) and not any(values.get(t.key)
                                                                              for t in section.tables)


def missing_required(section: SectionDef, values: dict) -> list[FieldDef]:
    return [f for f in section.fields if f.required and _empty(values.get(f.key))]


def _error(section: SectionDef, name: str, label: str, message: str, lang, **params) -> ValidationError:
    where = translate("Section “{section}”, field “{field}”", lang).format(
        section=translate(section.title, lang), field=translate(label, lang))
    return ValidationError(name, translate(message, lang).format(**params), where=where)


def clean_value(section: SectionDef, spec: FieldDef, raw, name: str, lang=None):
    """`raw` as stored: a number, an ISO date, a choice's code or stripped text; ValidationError if it is not one."""
    if _empty(raw):
        return "" if spec.type != "number" else None
    text = str(raw).strip()
    if spec.type == "number":
        try:
            value = float(text.replace(",", "")) if not isinstance(raw, (int, float)) else float(raw)
        except ValueError:
            raise _error(section, name, spec.label, "“{value}” is not a number.", lang, value=text) from None
        if spec.minimum is not None and value < spec.minimum:
            raise _error(section, name, spec.label, "{value} is less than {minimum:g}.", lang, value=text,
                         minimum=spec.minimum)
        if spec.maximum is not None and value > spec.maximum:
            raise _error(section, name, spec.label, "{value} is more than {maximum:g}.", lang, value=text,
                         maximum=spec.maximum)
        return int(value) if value.is_integer() else value
    if spec.type == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise _error(section, name, spec.label, "“{value}” is not a date: write it as YYYY-MM-DD.", lang,
                         value=text) from None
    if spec.type == "choice":
        codes = {v for v, _label in spec.choices}
        labels = {translate(label, lng).casefold(): v for v, label in spec.choices for lng in ("en", "es")}
        if text in codes:
            return text
        if text.casefold() in labels:
            return labels[text.casefold()]
        raise _error(section, name, spec.label, "“{value}” is not one of: {choices}.", lang, value=text,
                     choices=", ".join(translate(label, lang) for _v, label in spec.choices))
    if spec.type == "phone":
        if not _PHONE.match(text) or sum(ch.isdigit() for ch in text) < MIN_PHONE_DIGITS:
            raise _error(section, name, spec.label, "“{value}” is not a telephone number.", lang, value=text)
    return text


def validate(section: SectionDef, values: dict, lang: str | None = None) -> dict:
    """The values as stored; every bad one is reported at once (ValidationErrors), naming section and field."""
    errors: list[ValidationError] = []
    known = {f.key for f in section.fields} | {t.key for t in section.tables}
    for key in values:
        if key not in known:
            errors.append(_error(section, key, key, "There is no such field in this section.", lang))
    clean: dict = {}
    for spec in section.fields:
        try:
            clean[spec.key] = clean_value(section, spec, values.get(spec.key), spec.key, lang)
        except ValidationError as exc:
            errors.append(exc)
    for table in section.tables:
        rows = values.get(table.key) or []
        if not isinstance(rows, list):
            errors.append(_error(section, table.key, table.title, "A table needs a list of rows.", lang))
            continue
        kept = []
        for number, row in enumerate(rows, 1):
            if not isinstance(row, dict):
                errors.append(_error(section, f"{table.key}[{number}]", table.title, "A row needs named columns.",
                                     lang))
                continue
            out = {}
            for col in table.columns:
                name = f"{table.key}[{number}].{col.key}"
                try:
                    out[col.key] = clean_value(section, col, row.get(col.key), name, lang)
                except ValidationError as exc:
                    exc.where = translate("{where}, row {row}", lang).format(where=exc.where, row=number)
                    errors.append(exc)
            if any(not _empty(v) for v in out.values()):
                kept.append(out)  # a row left wholly empty in the form is not a row
        clean[table.key] = kept
    if errors:
        raise ValidationErrors(errors)
    return clean


def display(spec: FieldDef, value, lang: str | None = None) -> str:
    """A stored value as printed: choices by label, numbers grouped, dates as stored (ISO)."""
    if _empty(value):
        return ""
    if spec.type == "choice":
        return spec.choice_label(str(value), lang)
    if spec.type == "number" and isinstance(value, (int, float)):
        return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    return str(value)
