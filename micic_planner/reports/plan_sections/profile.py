"""Hazards the post faces and the profile of its nationals, in aggregate only."""

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Table, TableStyle

from micic_planner.core.enums import SENSITIVE_VULNERABILITIES, AccountabilityStatus, Level, Vulnerability
from micic_planner.reports.plan_sections.charts import bar_chart
from micic_planner.reports.plan_sections.common import PlanContext
from micic_planner.reports.styles import ACCENT, LIGHT

_RANK = {Level.LOW: 1, Level.MEDIUM: 2, Level.HIGH: 3}


def hazards(ctx: PlanContext) -> list:
    t = ctx.t
    story = [ctx.heading("Hazards", number="2."),
             ctx.p("The hazards below are those the post expects in its jurisdiction, ordered by risk "
                   "(likelihood times impact). Each has its own checklists in the annexes.")]
    items = sorted(ctx.data.hazards, key=lambda h: (-_RANK[h.likelihood] * _RANK[h.impact], h.hazard.value))
    if not items:
        story.append(ctx.empty("No hazard has been recorded for this post."))
    rows = []
    for h in items:
        score = _RANK[h.likelihood] * _RANK[h.impact]
        risk = t("High") if score >= 6 else t("Medium") if score >= 3 else t("Low")
        rows.append([h.hazard.label(ctx.lang), h.likelihood.label(ctx.lang), h.impact.label(ctx.lang), risk,
                     h.season or "—", h.description or "—"])
    if rows:
        story.append(ctx.table(["Hazard", "Likelihood", "Impact", "Risk", "Season", "Description"], rows,
                               [28, 20, 18, 16, 25, 63]))
    story.append(PageBreak())
    return story


def _tiles(ctx: PlanContext, figures: list[tuple[str, str]]) -> Table:
    cells = [[ctx.cell(v, "Figure") for v, _label in figures], [ctx.cell(ctx.t(lab), "FigureLabel")
                                                                for _v, lab in figures]]
    table = Table(cells, colWidths=[ctx.width / len(figures)] * len(figures))
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("LINEABOVE", (0, 0), (-1, 0), 1.5, ACCENT),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, 0), 6),
                               ("BOTTOMPADDING", (0, 1), (-1, 1), 6), ("LINEAFTER", (0, 0), (-2, -1), 2, "white")]))
    return table


def profile(ctx: PlanContext) -> list:
    data, t, fig = ctx.data, ctx.t, ctx.data.figures
    total = fig.total
    households = sum(fig.by_household_size.values())
    story = [ctx.heading("Profile of nationals", number="3."),
             ctx.p("Figures are counts of the registry on the date this plan was printed. The plan shows no "
                   "names; the names, documents and phones of each national are in the restricted annex, "
                   "printed only for the crisis cell."),
             _tiles(ctx, [(ctx.number(total), "nationals registered"), (ctx.number(households), "households"),
                          (ctx.number(fig.vulnerable_total), "with a vulnerability"),
                          (ctx.number(fig.unassigned), "without an assembly point")]), ctx.gap(5)]

    def pct(n: int) -> str:
        return f"{100 * n / total:.1f} %" if total else "—"

    zone_rows = [(z.name, fig.by_zone.get(z.id, 0)) for z in data.zones]
    if fig.by_zone.get(None):
        zone_rows.append((t("No zone"), fig.by_zone[None]))
    story.append(ctx.heading("Nationals by zone", level=2))
    if zone_rows:
        story.append(bar_chart("", zone_rows, ctx.width))
        story.append(ctx.table(["Zone", "Nationals", "Share"],
                               [[n, ctx.number(c), pct(c)] for n, c in zone_rows] +
                               [[t("Total"), ctx.number(total), pct(total)]], [110, 30, 30], numeric=(1, 2),
                               extra_style=[("FONTNAME", (0, -1), (-1, -1), "DejaVuSans-Bold")]))
    else:
        story.append(ctx.empty("The post has no zones yet."))
    story += [ctx.gap(), ctx.heading("Nationals by vulnerability", level=2)]
    shown = [v for v in Vulnerability.members() if data.restricted or not (v & SENSITIVE_VULNERABILITIES)]
    vuln_rows = [(v.label(ctx.lang), fig.by_vulnerability.get(v, 0)) for v in shown]
    story.append(ctx.block(bar_chart("", vuln_rows, ctx.width),
                           ctx.table(["Vulnerability", "Nationals", "Share"],
                                     [[n, ctx.number(c), pct(c)] for n, c in vuln_rows], [110, 30, 30],
                                     numeric=(1, 2))))
    story.append(ctx.pf("A person may have several vulnerabilities and is counted under each; {n} nationals have "
                        "at least one.", "Note", n=ctx.number(fig.vulnerable_total)))
    if not data.restricted:
        story.append(ctx.p("Victims of trafficking, detained persons and persons without documents are counted "
                           "only in the restricted edition of this plan.", "Note"))
    story.append(ctx.gap())
    heading = ctx.heading("Households and accountability", level=2)
    sizes = sorted(fig.by_household_size.items())
    size_rows = [[t("Alone") if s == 1 else str(s), ctx.number(n), ctx.number(n * s)] for s, n in sizes]
    status_rows = [[st.label(ctx.lang), ctx.number(fig.by_status.get(st.value, 0))] for st in AccountabilityStatus
                   if fig.by_status.get(st.value, 0)]
    pair = Table([[ctx.table(["Household size", "Households", "People"], size_rows, [30, 25, 25], numeric=(1, 2)),
                   ctx.table(["Accountability status", "Nationals"], status_rows, [50, 25], numeric=(1,))]],
                 colWidths=[ctx.width * 0.52, ctx.width * 0.48], hAlign="LEFT")
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)]))
    story.append(ctx.block(heading, ctx.p("Members of a household travel together and are never split in an "
                                          "evacuation."), pair))
    story.append(PageBreak())
    return story
