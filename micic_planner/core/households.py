"""Household rules: a family group moves together and is never split."""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from micic_planner.core.enums import Vulnerability, vulnerability_rank

ADULT_AGE = 18


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def group_households(items: Iterable, key=lambda x: x.household, ident=lambda x: x.id) -> list[list]:
    """Group items by household; someone with no household is a household of one."""
    groups: dict[str, list] = defaultdict(list)
    singles = []
    for item in items:
        h = key(item)
        if h:
            groups[h].append(item)
        else:
            singles.append([item])
    return list(groups.values()) + singles


def household_rank(members, flags=lambda m: int(m.vulnerabilities)) -> int:
    """A household is as urgent as its most vulnerable member."""
    return min(vulnerability_rank(flags(m)) for m in members)


def minors_without_adult(members, today: date) -> list:
    """Members under 18 in a household with no adult: candidates for the unaccompanied-child flag."""
    ages = [age_on(m.birth_date, today) for m in members]
    if any(a is not None and a >= ADULT_AGE for a in ages):
        return []
    return [m for m, a in zip(members, ages) if a is not None and a < ADULT_AGE
            and not m.vulnerabilities & (Vulnerability.UNACCOMPANIED_CHILD | Vulnerability.SEPARATED_CHILD)]
