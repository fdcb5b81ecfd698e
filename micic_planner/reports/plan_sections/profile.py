"""Hazards the post faces and the profile of its nationals, in aggregate only."""

from reportlab.platypus import PageBreak, Table, TableStyle

from micic_planner.core.enums import SENSITIVE_VULNERABILITIES, AccountabilityStatus, Level, Vulnerability
from micic_planner.core.small_counts import below, merge_tail, small, suppressed_cells
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
    # An unrestricted edition prints no count that points at a person or at a restricted category.
    guard = not data.restricted
    threshold = data.post.small_count_threshold
    vulnerable = fig.vulnerable_total if data.restricted else fig.open_vulnerable_total

    def count(n: int, hidden: bool = False) -> str:
        return below(threshold) if hidden or (guard and small(n, threshold)) else ctx.number(n)

    def pct(n: int, hidden: bool = False) -> str:
        if hidden or (guard and small(n, threshold)):
            return "—"
        return f"{100 * n / total:.1f} %" if total else "—"

    story = [ctx.heading("Profile of nationals", number="3."),
             ctx.p("Figures are counts of the registry on the date this plan was printed. The plan shows no "
                   "names; the names, documents and phones of each national are in the restricted annex, "
                   "printed only for the crisis cell."),
             _tiles(ctx, [(count(total), "nationals registered"), (count(households), "households"),
                          (count(vulnerable), "with a vulnerability"),
                          (count(fig.unassigned), "without an assembly point")]), ctx.gap(5)]

    zone_counts = {z.id: fig.by_zone.get(z.id, 0) for z in data.zones}
    if fig.by_zone.get(None):
        zone_counts[None] = fig.by_zone[None]
    hidden = suppressed_cells(zone_counts, [list(zone_counts)], threshold) if guard else set()
    zone_rows = [(data.zone_name(k) if k is not None else t("No zone"), c, k in hidden)
                 for k, c in zone_counts.items()]
    story.append(ctx.heading("Nationals by zone", level=2))
    if zone_rows:
        story.append(bar_chart("", [(n, 0 if h else c) for n, c, h in zone_rows], ctx.width,
                               [below(threshold) if h else None for _n, _c, h in zone_rows]))
        story.append(ctx.table(["Zone", "Nationals", "Share"],
                               [[n, count(c, h), pct(c, h)] for n, c, h in zone_rows] +
                               [[t("Total"), count(total), pct(total)]], [110, 30, 30], numeric=(1, 2)))
    else:
        story.append(ctx.empty("The post has no zones yet."))
    story += [ctx.gap(), ctx.heading("Nationals by vulnerability", level=2)]
    shown = [v for v in Vulnerability.members() if data.restricted or not (v & SENSITIVE_VULNERABILITIES)]
    vuln_counts = {v: fig.by_vulnerability.get(v, 0) for v in shown}
    hidden = {v for v, c in vuln_counts.items() if guard and small(c, threshold)}
    vuln_rows = [(v.label(ctx.lang), c, v in hidden) for v, c in vuln_counts.items()]
    story.append(bar_chart("", [(n, 0 if h else c) for n, c, h in vuln_rows], ctx.width,
                           [below(threshold) if h else None for _n, _c, h in vuln_rows]))
    story.append(ctx.table(["Vulnerability", "Nationals", "Share"],
                           [[n, count(c, h), pct(c, h)] for n, c, h in vuln_rows], [110, 30, 30], numeric=(1, 2)))
    story.append(ctx.pf("A person may have several vulnerabilities and is counted under each; {n} nationals have "
                        "at least one.", "Note", n=count(vulnerable)))
    if guard:
        story.append(ctx.p("Victims of trafficking, detained persons and persons without documents are counted "
                           "only in the restricted edition of this plan, and are left out of every figure above.",
                           "Note"))
        story.append(ctx.pf("Counts from 1 to {n}, and any count that would let one of them be worked out, are "
                            "printed as \"{mark}\", so that no person can be singled out.", "Note",
                            n=threshold - 1, mark=below(threshold)))
    story += [ctx.gap(), ctx.heading("Households and accountability", level=2),
              ctx.p("Members of a household travel together and are never split in an evacuation.")]
    sizes, merged_from = merge_tail(dict(fig.by_household_size), threshold) if guard else \
        (dict(fig.by_household_size), None)
    people = {s: n * s for s, n in fig.by_household_size.items()}
    size_hidden = suppressed_cells(sizes, [list(sizes)], threshold) if guard else set()
    size_rows = []
    for s, n in sorted(sizes.items()):
        label = t("Alone") if s == 1 else t("{n} or more").format(n=s) if s == merged_from else str(s)
        members = sum(p for size, p in people.items() if size == s or (merged_from and s == merged_from
                                                                          and size > s))
        size_rows.append([label, count(n, s in size_hidden), count(members, s in size_hidden)])
    story.append(ctx.table(["Household size", "Households", "People"], size_rows, [60, 30, 30], numeric=(1, 2)))
    status_counts = {st: fig.by_status.get(st.value, 0) for st in AccountabilityStatus if fig.by_status.get(st.value)}
    hidden = suppressed_cells(status_counts, [list(status_counts)], threshold) if guard else set()
    story += [ctx.gap(2), ctx.table(["Accountability status", "Nationals"],
                                    [[st.label(ctx.lang), count(c, st in hidden)] for st, c in status_counts.items()],
                                    [90, 30], numeric=(1,))]
    story.append(PageBreak())
    return story
