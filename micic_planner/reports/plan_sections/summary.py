"""The one page the head of mission reads first: phase, people, the most vulnerable, capacity, routes, gaps, calls."""

from reportlab.platypus import PageBreak

from micic_planner.core.enums import AlertPhase
from micic_planner.core.plan_summary import summarise
from micic_planner.reports.plan_sections.common import PlanContext


def summary(ctx: PlanContext) -> list:
    s = summarise(ctx.data)
    t, n = ctx.t, ctx.number
    phase = (t("Phase {n}: {label}").format(n=s.phase, label=AlertPhase(s.phase).label(ctx.lang))
             if s.phase else t("No crisis open: preparedness"))
    pop = s.population
    estimated = n(pop.estimate) if pop.estimated else t("not estimated")
    people = [[t("Current phase"), phase],
              [t("Nationals registered"), n(pop.registered)],
              [t("Nationals estimated, with the unregistered"), estimated],
              [t("Planning figure (with the seasonal peak)"), n(pop.planning)],
              [t("Places at assembly points"), n(s.assembly_places)],
              [t("Places short of the planning figure"), n(s.shortfall)],
              [t("Routes open"), t("{open} of {total}").format(open=n(s.routes_open), total=n(s.routes_total))]]
    heading = ctx.heading("Summary for the head of mission")
    story = [ctx.table(["Figure", "Value"], people, [100, 70], repeat=False), ctx.gap(3),
             ctx.raw(f"<b>{t('The most vulnerable')}</b>", "H3")]
    if s.vulnerable:
        story.append(ctx.table(["Situation", "Nationals"], [[t(label), count] for label, count in s.vulnerable],
                               [100, 70], numeric=(1,), repeat=False))
        story.append(ctx.p("Restricted categories are not counted here; * marks a count too small to print.", "Note"))
    else:
        story.append(ctx.empty("No national is recorded in a vulnerable situation."))
    story.append(ctx.raw(f"<b>{t('The top five gaps')}</b>", "H3"))
    if s.gaps:
        story.append(ctx.table(["No.", "Gap", "Affected"],
                               [[str(i), g.text(ctx.lang), n(g.affected) if g.affected else "—"]
                                for i, g in enumerate(s.gaps, 1)], [10, 135, 25], numeric=(2,), repeat=False))
    else:
        story.append(ctx.p("No gap was found: every check of the plan passed."))
    story.append(ctx.raw(f"<b>{t('The five numbers to call')}</b>", "H3"))
    if s.calls:
        story.append(ctx.table(["Who", "Telephone"], [[t(who), phone] for who, phone in s.calls], [100, 70],
                               repeat=False))
    else:
        story.append(ctx.p(f"{t('To complete')}: {t('no telephone is recorded for the crisis team or the partners.')}"))
    # Bounded so that it fits one page at 8 pt or more (five gaps, five numbers, six situations): a test holds it.
    return [heading, *story, PageBreak()]
