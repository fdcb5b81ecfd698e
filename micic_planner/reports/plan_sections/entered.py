"""The sections the post writes itself, laid out from their definitions; a blank one prints as a form to fill.

One printing path for every section of `core.section_catalogue`: fields as a two-column table, each
repeating table with its own columns, and ruled rows labelled "To complete" wherever nothing is entered.
"""

import math
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from micic_planner.core.enums import PlaceKind
from micic_planner.core.plan_sections import FieldDef, SectionState, TableDef, display, is_blank
from micic_planner.reports.plan_sections.common import PlanContext
from micic_planner.reports.styles import ACCENT

FIRST_NUMBER = 14  # after the plan quality list (13); the annexes follow the last of these
BLANK_ROW = 8 * mm  # room to write by hand
TO_COMPLETE = "To complete"
# The summary's "numbers to call" is printed on the summary page, not as a section of its own.
NOT_PRINTED = {"call_numbers"}


def entered_sections(ctx: PlanContext) -> list:
    """One chapter whose sub-sections run on without page breaks: short sections (a one-row amendment record)
    would otherwise leave pages nearly empty, and the contents stays short enough to read."""
    story = [ctx.heading("Arrangements of the post", number=f"{FIRST_NUMBER}."),
             ctx.p("What the post has decided and holds beyond the core of the plan. A section marked "
                   "“To complete” has not been filled in: complete it by hand, then in the program.", "Note")]
    printed = [st for st in ctx.data.section_states if st.section.key not in NOT_PRINTED]
    for number, state in enumerate(printed, 1):
        story += section(ctx, state, f"{FIRST_NUMBER}.{number}")
    ctx.annex_number = f"{FIRST_NUMBER + 1}."
    return story + [PageBreak()]


def section(ctx: PlanContext, state: SectionState, number: str) -> list:
    sec, values = state.section, state.values
    story = [ctx.heading(sec.title, level=2, number=number)]
    if sec.intro:
        story.append(ctx.p(sec.intro, "Note"))
    blank = is_blank(sec, values)
    if blank:
        story.append(ctx.raw(f'<font color="{ACCENT.hexval().replace("0x", "#")}"><b>'
                             f'{ctx.t("To complete: this section has not been filled in.")}</b></font>'))
    rows = [[ctx.t(f.label), _value(ctx, f, values.get(f.key))] for f in sec.fields]
    rows += EXTRAS.get(sec.key, lambda _c, _v: [])(ctx, values)
    if rows:
        story.append(ctx.table(["Item", "Value"], rows, [60, 110], repeat=False,
                               row_height=BLANK_ROW if blank and not EXTRAS.get(sec.key) else None))
        story.append(ctx.gap(3))
    for table in sec.tables:
        story += _table(ctx, table, values.get(table.key) or [])
    return story


def _value(ctx: PlanContext, spec: FieldDef, value) -> str:
    text = _shown(ctx, spec, value)
    return text if text else f"{ctx.t(TO_COMPLETE)}: ____________________"


def _shown(ctx: PlanContext, spec: FieldDef, value) -> str:
    """A stored value as the plan prints it: dates in words, in the plan's language."""
    if spec.type == "date" and value:
        return ctx.date(date.fromisoformat(value))
    return display(spec, value, ctx.lang)


def _table(ctx: PlanContext, table: TableDef, rows: list[dict]) -> list:
    header = [c.label for c in table.columns]
    weights = [2 if c.type == "long" else 1 for c in table.columns]
    numeric = tuple(i for i, c in enumerate(table.columns) if c.type == "number")
    title = ctx.t(table.title)
    if not rows:
        # What the post already knows starts each row to fill: its roles, crossings, hazards.
        firsts = SEEDS.get(table.key, lambda _ctx: [])(ctx)
        firsts += [""] * max(table.blank_rows - len(firsts), 0)
        blank = [[first] + [""] * (len(header) - 1) for first in firsts]
        return [ctx.raw(f"<b>{title}</b> · <i>{ctx.t(TO_COMPLETE)}</i>", "H3"),
                ctx.table(header, blank, weights, row_height=BLANK_ROW), ctx.gap(3)]
    body = [[_shown(ctx, c, row.get(c.key)) for c in table.columns] for row in rows]
    return [ctx.raw(f"<b>{title}</b>", "H3"), ctx.table(header, body, weights, numeric=numeric), ctx.gap(3)]


def _population(ctx: PlanContext, values: dict) -> list:
    pop = ctx.data.population
    return [[ctx.t("Registered nationals (registry)"), ctx.number(pop.registered)],
            [ctx.t("Registered and unregistered"), ctx.number(pop.estimate)],
            [ctx.t("Planning figure (with the seasonal peak)"), ctx.number(pop.planning)]]


def _resources(ctx: PlanContext, values: dict) -> list:
    data = ctx.data
    need = data.passports_expired + data.no_passport
    rows = [[ctx.t("Emergency travel documents needed (passport expired or none)"), ctx.number(need)]]
    stock = values.get("travel_documents")
    if stock is not None and stock != "" and need > stock:
        rows.append([ctx.t("Travel documents short"), ctx.number(need - stock)])
    vehicles, seats = values.get("vehicles") or 0, values.get("seats") or 0
    if vehicles and seats:
        trips = math.ceil(data.population.planning / (vehicles * seats))
        rows.append([ctx.t("Rounds of all vehicles to move the planning figure"), ctx.number(trips)])
    return rows


EXTRAS = {"population": _population, "resources": _resources}
# A blank table's first column, from what the plan holds elsewhere: a job card per crisis-team role, a row per
# border crossing among the places, a scenario per hazard of the post.
SEEDS = {
    "cards": lambda ctx: list(dict.fromkeys(ctx.t(m.role) for m in ctx.data.team)),
    "crossings": lambda ctx: [p.name for p in ctx.data.places_of(PlaceKind.BORDER_CROSSING)],
    "scenarios": lambda ctx: [h.hazard.label(ctx.lang) for h in ctx.data.hazards],
}
