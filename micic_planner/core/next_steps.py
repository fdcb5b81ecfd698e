"""What a newcomer fills next in a new post, in the order a contingency plan is built, each step ticked when done.

A step is done when its records exist and the plan's gaps (core/gap_rules.py, core/figures.py) name
nothing left about them, so the list and the gap list never disagree.
"""

from dataclasses import dataclass

from micic_planner.core.i18n import translate

# Counted for the steps whose gaps cannot say "none yet": an empty table leaves no gap behind.
COUNTED_TABLES = ("team", "zones", "wardens", "places", "routes", "partners", "nationals")


@dataclass(frozen=True)
class Step:
    key: str
    view: str  # the view in gui/view_registry.py that does it
    text_en: str
    done: bool

    def text(self, lang: str | None = None) -> str:
        return translate(self.text_en, lang)


# (key, view, English text, the tables it needs records in, gap codes that say it is not done yet)
STEPS = (
    ("team", "team", "Name the crisis team, with an alternate for each role", ("team",),
     ("role_without_alternate",)),
    ("zones", "zones", "Divide the jurisdiction into zones", ("zones",), ()),
    ("wardens", "zones", "Give each zone a warden and an alternate", ("wardens",),
     ("zone_without_warden", "zone_without_alternate", "warden_overloaded")),
    ("places", "places", "Add assembly points, shelters and safe havens", ("places",),
     ("no_assembly_points", "over_capacity", "placeholder_phone", "shelter_capacity")),
    ("routes", "routes", "Add evacuation routes out of every assembly point, with alternates", ("routes",),
     ("point_without_route", "route_without_alternate")),
    ("partners", "partners", "Add the partners: host authorities, IOM, the Red Cross, other missions", ("partners",),
     ()),
    ("nationals", "nationals", "Register or import the nationals", ("nationals",), ()),
    ("alerts", "alerts", "Adapt the alert levels: triggers and actions for each phase", (),
     ("phase_incomplete", "no_standfast", "no_stand_down", "matrix_not_adapted")),
    ("plan", "plan", "Set the next review date and print the plan", (), ("review_missing", "review_overdue")),
)


def next_steps(counts: dict[str, int], gaps) -> list[Step]:
    """Every step with whether it is done, from the record counts per table and the plan's gaps."""
    open_codes = {gap.code for gap in gaps}
    return [Step(key, view, text, all(counts.get(t, 0) for t in tables) and not open_codes & set(codes))
            for key, view, text, tables, codes in STEPS]
