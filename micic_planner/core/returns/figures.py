"""The aggregate, anonymised figures of returns for RCM and peer-learning meetings, made safe to publish.

People who returned (their case departed or went further) are counted by sex, age group at departure,
programme, and country and municipality of return; cases by profile and by state; referrals made and
delivered by dimension. Each table is one group
whose total is published, so the small-cell rule (core/small_counts.py) hides a small count and, where
one hidden cell could be recovered by subtraction, the next smallest. Trafficking is never counted in an
unrestricted document, as everywhere in the program.
"""

from dataclasses import dataclass, field
from statistics import mean, median

from micic_planner.core.returns.case import CaseState, Profile
from micic_planner.core.small_counts import SUPPRESSED, suppressed_cells

RETURNED = (CaseState.DEPARTED, CaseState.RECEIVED, CaseState.IN_REINTEGRATION, CaseState.CLOSED)
AGE_GROUPS = ("0-11", "12-17", "18-29", "30-59", "60+", "unknown")
PUBLISHED_PROFILES = tuple(p for p in Profile.members() if p is not Profile.TRAFFICKING)
TABLES = ("sex", "age", "profile", "programme", "country", "municipality", "state", "referrals_made",
          "referrals_delivered")


@dataclass
class ReturnFigures:
    people: int = 0  # people returned
    cases: int = 0  # cases returned
    tables: dict[str, dict[str, int]] = field(default_factory=lambda: {t: {} for t in TABLES})
    days_to_departure: list[int] = field(default_factory=list)  # per returned case

    @property
    def median_days(self) -> float | None:
        return median(self.days_to_departure) if self.days_to_departure else None

    @property
    def mean_days(self) -> float | None:
        return round(mean(self.days_to_departure), 1) if self.days_to_departure else None

    def published(self, table: str, threshold: int) -> dict[str, str]:
        """The table's cells as printed: counts, or the suppression mark where the rule hides them."""
        cells = self.tables[table]
        hidden = suppressed_cells(cells, [list(cells)], threshold)
        return {k: SUPPRESSED if k in hidden else str(v) for k, v in cells.items()}
