"""Logistics, relief and return, data protection and the plan-quality list."""

import math

from reportlab.platypus import PageBreak

from micic_planner.core.enums import PlaceKind
from micic_planner.core.retention import rule_text
from micic_planner.core.routes import format_hours
from micic_planner.reports.plan_sections.common import PlanContext

LOGISTICS = (
    "Transport: keep framework agreements with at least two transport companies, with vehicles, drivers and fuel "
    "for the first 72 hours; a household always travels in the same vehicle.",
    "Supplies at each assembly point for 72 hours: at least 15 litres of water and 2,100 kcal of food per person "
    "per day, first aid kits, blankets, lighting and a list of people present.",
    "Communications: charged satellite telephones and radios on the channels in this plan, power banks and a "
    "printed copy of the contact sheet.",
    "Cash and documents: emergency funds in local currency and US dollars, blank emergency travel documents "
    "and the post's seals, kept in the safe and listed in the crisis log when used.",
)
RELIEF = (
    "Consular assistance: issue emergency travel documents, help people contact their families, and refer those "
    "who need medical, psychosocial or legal help to the partners in section 9.",
    "People in a vulnerable situation (unaccompanied or separated children, older persons, persons with a "
    "disability or medical need, victims of trafficking) are served first and never left alone in transit.",
    "Return: coordinate with IOM and the authorities at home the reception of returnees, their onward travel, "
    "and information for the families waiting for them.",
    "Reintegration: give each returnee the contacts of the services at home for work, health, schooling and "
    "documents, and record who was assisted so that follow-up is possible.",
    "After the crisis: account for everyone, close the crisis log, and hold a review to update this plan.",
)
PROTECTION = (
    "Personal data are used only to protect and assist the nationals they concern, and only the fields needed "
    "for each task are shared.",
    "Data go to a partner only with the person's consent, or when it is needed to protect their life and they "
    "cannot give consent; the crisis log records what was shared, with whom and why.",
    "Irregular migration status, trafficking, detention and the lack of documents are never shared with host "
    "authorities or printed outside the restricted annex.",
    "The restricted annex is printed only for the crisis cell, numbered, kept under lock and destroyed by "
    "shredding when the crisis ends; lost copies are reported at once to the head of post.",
)


def logistics(ctx: PlanContext) -> list:
    data, fig = ctx.data, ctx.data.figures
    points = sum(p.capacity or 0 for p in data.places_of(PlaceKind.ASSEMBLY_POINT))
    shelters = sum(p.capacity or 0 for p in data.places_of(PlaceKind.SHELTER, PlaceKind.SAFE_HAVEN))
    largest = max(fig.by_household_size, default=0)
    story = [ctx.heading("Logistics", number="10."),
             ctx.table(["Figure", "Value"], [
                 # The registry or, when larger, the post's estimate with its seasonal peak (plan_summary).
                 [ctx.t("Nationals to move"), ctx.number(data.population.planning)],
                 [ctx.t("Places at assembly points"), ctx.number(points)],
                 [ctx.t("Places in shelters and safe havens"), ctx.number(shelters)],
                 [ctx.t("Nationals farther than {km} km from an assembly point").format(
                     km=f"{data.post.assembly_radius_km:g}"), ctx.number(fig.far_from_assembly)],
                 [ctx.t("Largest household (seats needed together)"), ctx.number(largest)],
             ], [120, 50], numeric=(1,)), ctx.gap()]
    assigned = {load.place.id: load.assigned for load in fig.loads}
    rows = []
    for leg in data.routes:
        r = leg.route
        people = assigned.get(r.origin_id, 0)
        trips = math.ceil(people / r.capacity_per_trip) if r.capacity_per_trip and people else 0
        rows.append([r.name, leg.origin.name if leg.origin else "—", ctx.number(people),
                     ctx.number(r.capacity_per_trip) if r.capacity_per_trip else "—",
                     ctx.number(trips) if r.capacity_per_trip else "—", format_hours(leg.hours)])
    story.append(ctx.heading("Trips needed per route", level=2))
    if rows:
        story.append(ctx.table(["Route", "From", "Nationals assigned", "Seats per trip", "Trips", "One way"], rows,
                               [40, 45, 22, 20, 18, 22], numeric=(2, 3, 4, 5)))
        story.append(ctx.p("Trips count the nationals assigned to the route's starting assembly point; several "
                           "vehicles can run at once.", "Note"))
    else:
        story.append(ctx.empty("No evacuation route has been recorded."))
    story += [ctx.heading("Supplies and arrangements", level=2), *ctx.bullets(LOGISTICS), PageBreak()]
    return story


def relief(ctx: PlanContext) -> list:
    data = ctx.data
    story = [ctx.heading("Relief and return", number="11."),
             ctx.table(["Figure", "Value"], [
                 [ctx.t("Passports expired"), ctx.number(data.passports_expired)],
                 [ctx.t("Passports expiring within six months"), ctx.number(data.passports_expiring)],
             ], [120, 50], numeric=(1,)),
             ctx.p("People with an expired passport will need an emergency travel document to leave; prepare "
                   "enough blank documents before phase 3.", "Note"), ctx.gap(),
             *ctx.bullets(RELIEF), PageBreak()]
    return story


def data_protection(ctx: PlanContext) -> list:
    data = ctx.data
    total = data.figures.total
    share = f"{100 * data.consent_share / total:.1f} %" if total else "—"
    story = [ctx.heading("Data protection", number="12."),
             ctx.table(["Figure", "Value"], [
                 [ctx.t("Nationals who agreed to share their data with partners"),
                  f"{ctx.number(data.consent_share)} ({share})"],
                 [ctx.t("Retention of personal data"),
                  rule_text(data.post.retention_months, ctx.t)],
                 [ctx.t("Sensitivity marking"), ctx.marking()],
             ], [110, 60]), ctx.gap(), *ctx.bullets(PROTECTION), PageBreak()]
    return story


def quality(ctx: PlanContext) -> list:
    gaps = ctx.data.figures.gaps
    story = [ctx.heading("Plan quality", number="13.")]
    if not gaps:
        story.append(ctx.p("No gap was found: every check of the plan passed."))
    else:
        story.append(ctx.pf("{n} gaps were found on {date}, the one that leaves the most nationals exposed first. "
                            "Each says what to complete or correct before the next review.",
                            n=ctx.number(len(gaps)), date=ctx.date(ctx.data.today)))
        story.append(ctx.table(["No.", "Gap", "Affected", "Where to fix it"],
                               [[str(i), g.text(ctx.lang), ctx.number(g.affected) if g.affected else "—",
                                 ctx.t(TABLE_NAMES.get(g.table, g.table) or "—")]
                                for i, g in enumerate(gaps, 1)], [12, 103, 22, 33], numeric=(2,)))
    story.append(PageBreak())
    return story


TABLE_NAMES = {"post": "Post details", "places": "Places", "nationals": "Registry", "zones": "Zones",
               "routes": "Routes", "team": "Crisis team", "alert_actions": "Alert-level matrix",
               "wardens": "Wardens", "partners": "Partners", "plan_sections": "Plan sections"}
