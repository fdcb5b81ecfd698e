"""Seat allocation: households stay together, the most vulnerable board first, seats are never exceeded."""

from dataclasses import dataclass, field

from micic_planner.core.enums import vulnerability_rank
from micic_planner.core.households import group_households


@dataclass(frozen=True)
class Candidate:
    """A national waiting at an assembly point, as the allocation needs them."""

    id: int
    household: str = ""
    vulnerabilities: int = 0
    name: str = ""  # sort key among equals, so a list reads alphabetically


@dataclass
class Allocation:
    seated: list[Candidate] = field(default_factory=list)  # in boarding order
    left: list[list[Candidate]] = field(default_factory=list)  # households that did not fit
    too_big: list[list[Candidate]] = field(default_factory=list)  # households larger than the vehicle
    # People at the point who are missing or dead: never seated by a fill, and named so nobody assumes they are.
    held: list[Candidate] = field(default_factory=list)


def priority_groups(candidates) -> list[list[Candidate]]:
    """Households in boarding order: most vulnerable member first, then larger households, then by name."""
    groups = group_households(candidates)
    for g in groups:
        g.sort(key=lambda c: (vulnerability_rank(c.vulnerabilities), c.name, c.id))
    return sorted(groups, key=lambda g: (min(vulnerability_rank(c.vulnerabilities) for c in g), -len(g),
                                         g[0].name, g[0].id))


def allocate(candidates, seats: int) -> Allocation:
    """Fill `seats` with whole households in priority order; a household that does not fit waits.

    A smaller, less urgent household may take seats that a larger, more urgent one could not use,
    so no seat stays empty while someone who fits is waiting.
    """
    result = Allocation()
    free = max(0, seats)
    for group in priority_groups(candidates):
        if len(group) > seats:
            result.too_big.append(group)
        elif len(group) <= free:
            result.seated.extend(group)
            free -= len(group)
        else:
            result.left.append(group)
    return result


def allocate_fleet(candidates, seats_per_vehicle: list[int]) -> list[Allocation]:
    """Allocate vehicle after vehicle from whoever is still waiting."""
    waiting = list(candidates)
    plans = []
    for seats in seats_per_vehicle:
        plan = allocate(waiting, seats)
        taken = {c.id for c in plan.seated}
        waiting = [c for c in waiting if c.id not in taken]
        plans.append(plan)
    return plans
