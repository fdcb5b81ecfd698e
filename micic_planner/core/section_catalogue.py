"""The sections a real consular contingency plan has beyond the MICIC core, declared as data (issue 13).

Drawn from IOM's basic template for consular contingency plans, the Philippine foreign-service-post
plans and a US Emergency Action Plan. Each is printed from what the post enters; order is print order.
"""

from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.core.plan_sections import FieldDef as F
from micic_planner.core.plan_sections import SectionDef, TableDef

HAZARDS = tuple((h.value, h.label_en) for h in Hazard)
PHASES = tuple((str(p.value), p.label_en) for p in AlertPhase)
PACE = (("primary", "Primary"), ("alternate", "Alternate"), ("contingency", "Contingency"),
        ("emergency", "Emergency"))

POPULATION = SectionDef(
    "population", "Population estimate",
    "Nationals in the jurisdiction beyond the registry: the capacity and logistics figures of this plan use "
    "the larger of the registry and this estimate.",
    fields=(F("unregistered", "Estimated unregistered nationals", "number", required=True, minimum=0),
            F("seasonal_peak", "Seasonal peak (additional people)", "number", minimum=0),
            F("seasonal_months", "Months of the seasonal peak", hint="October to February"),
            F("seasonal_who", "Who arrives in the peak", hint="Coffee-harvest workers"),
            F("source", "Source of the estimate", required=True, hint="Host census 2025, employers' lists"),
            F("as_of", "Estimate date", "date", required=True)))

SCENARIOS = SectionDef(
    "scenarios", "Planning scenarios and assumptions",
    "For each main hazard, the figures the post plans for.",
    fields=(F("assumptions", "Other assumptions", "long"),),
    tables=(TableDef("scenarios", "Scenarios", (
        F("hazard", "Hazard", "choice", choices=HAZARDS),
        F("scenario", "Scenario"),
        F("affected", "People affected", "number", minimum=0),
        F("ask_help", "Share asking for help (%)", "number", minimum=0, maximum=100),
        F("shelter_days", "Days in shelters", "number", minimum=0))),))

COMMAND = SectionDef(
    "command", "Command and reporting",
    "Who declares each phase, with whom at the ministry and at the embassy, and when situation reports go out.",
    fields=(F("sitrep_schedule", "Situation report schedule", required=True, hint="Every 12 h, at 08:00 and 20:00"),
            F("sitrep_to", "Situation reports go to", required=True),
            F("sitrep_means", "Sent by"),
            F("sitrep_form", "Form used", hint="Annex: situation report")),
    tables=(TableDef("phases", "Declaring each phase", (
        F("phase", "Phase", "choice", choices=PHASES),
        F("declared_by", "Declared by"),
        F("ministry", "With the ministry"),
        F("embassy", "With the embassy"))),))

JOB_CARDS = SectionDef(
    "job_cards", "Crisis cell and job cards",
    "Where the crisis cell works, and one card per crisis-team role.",
    fields=(F("location", "Crisis cell location", required=True),
            F("alternate_site", "Alternate site", required=True),
            F("shifts", "Shifts", hint="Two 12-hour shifts, handover at 08:00 and 20:00")),
    tables=(TableDef("cards", "Job cards", (
        F("role", "Role"),
        F("tasks", "Tasks", "long"),
        F("first_hour", "First hour"),
        F("reports_to", "Reports to"))),))

CONTINUITY = SectionDef(
    "continuity", "Continuity of the post",
    "How the post keeps working if its office cannot be used.",
    fields=(F("alternate_site", "Alternate site", required=True),
            F("power", "Power at the alternate site"),
            F("communications", "Communications at the alternate site"),
            F("staff_accountability", "Staff and dependants' accountability", "long", required=True),
            F("dependants", "Staff and dependants to account for", "number", minimum=0),
            F("records_take", "Records to take", "long"),
            F("records_destroy", "Records to destroy, and how", "long")))

COMMUNICATIONS = SectionDef(
    "communications", "Communications plan (PACE)",
    "Primary, alternate, contingency and emergency means, and the numbers that must always answer.",
    fields=(F("primary", "Primary means", required=True),
            F("alternate", "Alternate means", required=True),
            F("contingency", "Contingency means"),
            F("emergency", "Emergency means"),
            F("duty_phone", "24/7 duty number", "phone", required=True),
            F("community_radio", "Community radio"),
            F("languages", "Languages of messages", hint="Spanish, Mam, K'iche'")),
    tables=(TableDef("radio", "Radio channels and call signs", (
        F("channel", "Channel"), F("call_sign", "Call sign"), F("user", "Used by"))),
            TableDef("satphones", "Satellite telephones", (
                F("number", "Number", "phone"), F("holder", "Held by"), F("kept_at", "Kept at")))))

SHELTER = SectionDef(
    "shelter", "Shelter in place and relocation",
    "Staying put, and moving inside the host country, as distinct from returning home.",
    fields=(F("when", "When to shelter in place", "long", required=True),
            F("supplies_days", "Days of supplies to keep at home", "number", minimum=0),
            F("instructions", "Instructions to nationals", "long")),
    tables=(TableDef("relocation", "Relocation inside the host country", (
        F("from_area", "From"), F("to_place", "To"), F("when", "When"), F("transport", "Transport"))),))

BORDERS = SectionDef(
    "borders", "Border crossings",
    "Per crossing: documents, authorities on both sides, hours, and the handover of unaccompanied children.",
    tables=(TableDef("crossings", "Crossings", (
        F("crossing", "Crossing"), F("documents", "Documents needed"), F("here", "Authority here"),
        F("there", "Authority across"), F("hours", "Hours"), F("children", "Children handed to"))),))

RESOURCES = SectionDef(
    "resources", "Resources",
    "What the post holds against what a crisis needs.",
    fields=(F("travel_documents", "Emergency travel documents in stock", "number", required=True, minimum=0),
            F("cash_local", "Cash in local currency", "number", minimum=0),
            F("cash_usd", "Cash in US dollars", "number", minimum=0),
            F("vehicles", "Vehicles available", "number", required=True, minimum=0),
            F("seats", "Seats per vehicle", "number", minimum=0)),
    tables=(TableDef("supplies", "Supplies", (
        F("item", "Item"), F("quantity", "Quantity", "number", minimum=0), F("unit", "Unit"),
        F("kept_at", "Kept at"))),))

DEATHS = SectionDef(
    "deaths", "Deaths and missing persons",
    "Who does what when a national dies or is missing.",
    fields=(F("authority", "Forensic authority"),
            F("missing_reports", "Where missing persons are reported", required=True),
            F("families", "Who informs the families", required=True),
            F("repatriation", "Repatriation of remains")))

STAND_DOWN = SectionDef(
    "stand_down", "Stand-down and recovery",
    "When the post stands down and what it does afterwards.",
    fields=(F("criteria", "Criteria to stand down", "long", required=True),
            F("recovery", "Recovery actions", "long"),
            F("review", "After-action review within (days)", "number", minimum=0)))

TRAINING = SectionDef(
    "training", "Training and exercise calendar",
    tables=(TableDef("events", "Calendar", (
        F("date", "Date", "date"), F("event", "Exercise or training"), F("who", "Participants"))),))

AMENDMENTS = SectionDef(
    "amendments", "Amendment record",
    tables=(TableDef("changes", "Amendments", (
        F("number", "No.", "number", minimum=1), F("date", "Date", "date"), F("by", "By"),
        F("summary", "Change"))),))

CALL_NUMBERS = SectionDef(
    "call_numbers", "Numbers to call",
    "The five numbers the head of mission calls first; when empty, the summary takes them from the crisis "
    "team and the partners' 24/7 lines.",
    tables=(TableDef("numbers", "Numbers", (F("who", "Who"), F("phone", "Telephone", "phone"))),), optional=True)

SECTIONS: tuple[SectionDef, ...] = (POPULATION, SCENARIOS, COMMAND, JOB_CARDS, CONTINUITY, COMMUNICATIONS, SHELTER,
                                    BORDERS, RESOURCES, DEATHS, STAND_DOWN, TRAINING, AMENDMENTS, CALL_NUMBERS)
BY_KEY = {s.key: s for s in SECTIONS}
