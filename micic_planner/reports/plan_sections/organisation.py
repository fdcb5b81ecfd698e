"""Who acts and when: crisis team, alert-level matrix, communication plan with the warden tree."""

from reportlab.platypus import PageBreak

from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.core.sms_length import sms_segments
from micic_planner.reports.plan_sections.common import PlanContext
from micic_planner.reports.plan_sections.warden_tree import warden_tree
from micic_planner.reports.styles import ACCENT, FONT_BOLD

PHASE_SHADES = {1: "#e9eef4", 2: "#d3dce8", 3: "#b9c6d8", 4: "#9fb0c8"}


def crisis_team(ctx: PlanContext) -> list:
    story = [ctx.heading("Crisis team", number="4."),
             ctx.p("The crisis team meets when phase 2 is declared, or earlier at the head of post's call. Each role "
                   "has an alternate who takes it over when the holder cannot be reached within one hour.")]
    rows = [[ctx.t(m.role), m.name, m.phone or "—", m.email or "—", m.alternate_name or "—", m.alternate_phone or "—"]
            for m in ctx.data.team]
    if rows:
        story.append(ctx.table(["Role", "Holder", "Telephone", "Email", "Alternate", "Alternate's telephone"],
                               rows, [32, 30, 25, 38, 27, 25]))
    else:
        story.append(ctx.empty("No crisis team has been recorded."))
    story.append(PageBreak())
    return story


def _hazard_label(ctx: PlanContext, code: str) -> str:
    if not code:
        return ctx.t("All hazards")
    try:
        return Hazard(code).label(ctx.lang)
    except ValueError:
        return code


def alert_matrix(ctx: PlanContext) -> list:
    t = ctx.t
    story = [ctx.heading("Alert-level matrix", number="5."),
             ctx.p("The head of post declares each phase. A phase is declared when one of its triggers is met; "
                   "its actions are then carried out, in order, by the role shown. Phases may be skipped when "
                   "events move fast.")]
    for phase in AlertPhase:
        lines = [a for a in ctx.data.matrix if a.phase == phase.value and not a.step]
        story.append(ctx.heading(t("Phase {n}: {label}").format(n=phase.value, label=phase.label(ctx.lang)),
                                 level=2, translate=False))
        if not lines:
            story.append(ctx.empty("No trigger or action is recorded for this phase."))
            continue
        rows = [[t("Trigger") if a.kind == "trigger" else t("Action"), a.text(ctx.lang),
                 _hazard_label(ctx, a.hazard), t(a.role) if a.role else "—"] for a in lines]
        n_triggers = sum(a.kind == "trigger" for a in lines)
        style = [("BACKGROUND", (0, 1), (0, -1), PHASE_SHADES[phase.value])]
        if n_triggers:
            style.append(("FONTNAME", (0, 1), (0, n_triggers), FONT_BOLD))
            style.append(("LINEBELOW", (0, n_triggers), (-1, n_triggers), 0.8, ACCENT))
        story.append(ctx.table(["Type", "Trigger or action", "Hazard", "Responsible"], rows, [20, 100, 25, 30],
                               extra_style=style))
    for step, title, intro, missing in STEPS:
        story += [ctx.heading(title, level=2), ctx.p(intro)]
        lines = [a for a in ctx.data.matrix if a.step == step]
        if not lines:
            story.append(ctx.empty(missing))
            continue
        lines.sort(key=lambda a: (a.kind != "trigger", -a.phase if step == "stand_down" else a.phase, a.position))
        rows = [[t("Trigger") if a.kind == "trigger" else t("Action"), str(a.phase), a.text(ctx.lang),
                 _hazard_label(ctx, a.hazard), t(a.role) if a.role else "—"] for a in lines]
        story.append(ctx.table(["Type", "Phase", "Trigger or action", "Hazard", "Responsible"], rows,
                               [20, 13, 87, 25, 30], numeric=(1,)))
    story.append(PageBreak())
    return story


# The two steps outside the climbing phases: (step, heading, what it means, text when the post has none).
STEPS = (
    ("standfast", "Standfast (shelter in place)",
     "When moving is more dangerous than staying, the head of post orders nationals to stay where they are, "
     "from the phase shown, until the standfast is lifted. Departures not yet on the road are held.",
     "No standfast trigger or action is recorded: complete it before the next review."),
    ("stand_down", "Stand-down",
     "The alert is lowered one phase at a time, to the phase shown, when its trigger is met; the crisis cell "
     "stays open until every national is accounted for.",
     "No stand-down trigger or action is recorded: complete it before the next review."),
)


def communication(ctx: PlanContext) -> list:
    data, t = ctx.data, ctx.t
    story = [ctx.heading("Communication plan and warden tree", number="6."),
             ctx.p("Messages flow from the crisis cell to the warden of each zone, and from the warden to the "
                   "nationals of the zone by telephone, SMS or radio. Wardens report back who is safe, who needs "
                   "help and who cannot be reached. When the telephone network fails, use the radio channels and "
                   "the assembly points as meeting places.")]
    story.append(ctx.heading("Warden tree", level=2))
    story += warden_tree(ctx)
    story.append(ctx.heading("Wardens by zone", level=2))
    rows = []
    for w in data.wardens:
        hidden = w.national_id is not None and not data.restricted
        rows.append([data.zone_name(w.zone_id) or t("No zone"), t("Alternate") if w.is_alternate else t("Warden"),
                     t("(restricted annex)") if hidden else w.name, "—" if hidden else (w.phone or "—"),
                     w.radio or "—", w.languages or "—"])
    if rows:
        story.append(ctx.table(["Zone", "Role", "Name", "Telephone", "Radio", "Languages"], rows,
                               [35, 20, 42, 30, 20, 20]))
        if not data.restricted and any(w.national_id is not None for w in data.wardens):
            story.append(ctx.p("Wardens who are themselves registered nationals are named only in the restricted "
                               "edition.", "Note"))
    else:
        story.append(ctx.empty("No warden has been appointed yet."))
    story += [ctx.gap(), ctx.heading("Message templates", level=2),
              ctx.p("Ready-made messages per phase, short enough for SMS. Texts with á, í, ó or ú are sent in "
                    "Unicode, where one SMS holds 70 characters instead of 160.")]
    rows = []
    for m in sorted(data.messages, key=lambda m: (m.lang != ctx.lang, m.phase, m.hazard)):
        parts, _gsm = sms_segments(m.text)
        rows.append([str(m.phase), _hazard_label(ctx, m.hazard), m.lang.upper(), m.text, str(len(m.text)),
                     str(parts)])
    if rows:
        story.append(ctx.table(["Phase", "Hazard", "Lang.", "Text", "Characters", "SMS"], rows,
                               [12, 25, 11, 100, 17, 10], numeric=(4, 5)))
    else:
        story.append(ctx.empty("No message template is recorded."))
    story.append(PageBreak())
    return story

