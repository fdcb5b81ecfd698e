"""The annexes: contact sheet, checklists per hazard and phase, and blank forms to print."""

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.reports.plan_sections.common import PlanContext


def contact_sheet(ctx: PlanContext) -> list:
    data, t = ctx.data, ctx.t
    story = [ctx.heading("Annexes", number=ctx.annex_number), ctx.heading("Annex A. Contact sheet", level=2),
             ctx.p("One page to keep by the telephone: the crisis team, the partners' 24/7 lines and the wardens.")]
    rows = [[t("Crisis team"), t(m.role), m.name, m.phone or "—", m.alternate_phone or "—"] for m in data.team]
    rows += [[t("Partner"), p.kind.label(ctx.lang), p.name, p.phone_24h or p.phone or "—", p.radio or "—"]
             for p in data.partners]
    for w in data.wardens:
        hidden = w.national_id is not None and not data.restricted
        rows.append([t("Alternate") if w.is_alternate else t("Warden"), data.zone_name(w.zone_id) or "—",
                     t("(restricted annex)") if hidden else w.name, "—" if hidden else (w.phone or "—"),
                     w.radio or "—"])
    if rows:
        story.append(ctx.table(["Group", "Role or kind", "Name", "Telephone", "Alternate or radio"], rows,
                               [22, 38, 50, 32, 28]))
    else:
        story.append(ctx.empty("No contact has been recorded."))
    story.append(PageBreak())
    return story


def checklists(ctx: PlanContext) -> list:
    """Checklists per hazard and phase; items carry text per language, the role and the phase."""
    t = ctx.t
    story = [ctx.heading("Annex B. Checklists", level=2),
             ctx.p("Tick each item when done and write the time and your initials: the checklist becomes part of "
                   "the crisis log.")]
    items = ctx.data.checklists
    if not items:
        story += [ctx.empty("No checklist is available for the hazards of this post."), PageBreak()]
        return story
    groups: dict = {}
    for item in items:
        groups.setdefault((item.hazard, item.phase), []).append(item)
    for (hazard, phase), group in sorted(groups.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        title = t("{hazard}, phase {n}: {label}").format(hazard=_hazard(ctx, hazard), n=phase,
                                                         label=AlertPhase(phase).label(ctx.lang))
        rows = [["☐", item.text(ctx.lang), t(item.role) if item.role else "—", ""] for item in group]
        story.append(ctx.block(ctx.raw(f"<b>{title}</b>", "H3"),
                               ctx.table(["", "Item", "Responsible", "Time and initials"], rows, [7, 105, 33, 25])))
    story.append(PageBreak())
    return story


def _hazard(ctx: PlanContext, code: str) -> str:
    if not code:
        return ctx.t("All hazards")
    try:
        return Hazard(code).label(ctx.lang)
    except ValueError:
        return code


def forms(ctx: PlanContext) -> list:
    """Blank forms that work when there is no power: arrivals at an assembly point and a call log."""
    blank = [[""] * 7 for _ in range(24)]
    story = [ctx.heading("Annex C. Forms", level=2), ctx.raw(f"<b>{ctx.t('Arrivals at an assembly point')}</b>", "H3"),
             ctx.p("Assembly point: ______________________   Date: ____________   Sheet ____ of ____", "Body"),
             ctx.table(["Time", "Family names, given names", "Passport or consular ID", "Telephone",
                        "Household members", "Needs", "Signature"], blank, [14, 45, 28, 24, 18, 25, 16],
                       row_height=7 * mm),
             PageBreak(), ctx.raw(f"<b>{ctx.t('Call log of a warden')}</b>", "H3"),
             ctx.p("Zone: ______________________   Warden: ______________________   Date: ____________", "Body"),
             ctx.table(["Time", "Person called", "Telephone", "Answered", "Status", "Needs", "Follow-up"], blank,
                       [14, 45, 26, 16, 22, 30, 17], row_height=7 * mm),
             PageBreak()]
    return story
