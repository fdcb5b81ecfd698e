"""What the cases list asks for: a filter, and one row as the list shows it."""

from dataclasses import dataclass

from micic_planner.core.returns.case import CaseState, Profile


@dataclass(frozen=True)
class CaseFilter:
    state: CaseState | None = None
    profile: Profile = Profile(0)  # cases with any of these flags
    programme: str = ""
    open_only: bool = False


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    state: CaseState
    name: str  # the principal's name
    people: int
    profile: Profile
    programme: str
    requested_on: str
    municipality: str
