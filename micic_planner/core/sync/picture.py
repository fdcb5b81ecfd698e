"""The country picture at headquarters, in plain Python: totals and accountability by post and zone, returns,
gaps per post and the review queue. Storage feeds it counts (`storage/sync/picture_source.py`).
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from micic_planner.core.crisis import ACCOUNTED
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.gap_rules import Gap, rank
from micic_planner.core.i18n import ngettext, translate
from micic_planner.core.small_counts import protect_rows

STATUSES = [s.value for s in AccountabilityStatus]
# A post that has not exchanged with headquarters for this many days is a gap in the picture.
STALE_DAYS = 3
# Below this share of its nationals accounted for, a post in a crisis is a gap.
ACCOUNTED_SHARE = 0.5


@dataclass
class ZoneFigures:
    name: str
    statuses: Counter = field(default_factory=Counter)
    wardens: int = 0  # its wardens (not alternates) at headquarters

    @property
    def total(self) -> int:
        return sum(self.statuses.values())

    @property
    def accounted(self) -> int:
        return sum(n for s, n in self.statuses.items() if s in ACCOUNTED)


@dataclass
class PostFigures:
    site: str
    name: str
    role: str  # "post" or "hq"
    last_at: str | None = None  # last exchange with headquarters (UTC ISO 8601), None: never
    zones: list[ZoneFigures] = field(default_factory=list)
    conflicts: int = 0
    waiting: int = 0
    gaps: list[Gap] = field(default_factory=list)
    returns: Counter = field(default_factory=Counter)  # its return cases by state (those it opened)
    wardens: int = 0  # its wardens at headquarters, alternates too (they travel since m044)

    @property
    def statuses(self) -> Counter:
        total = Counter()
        for z in self.zones:
            total.update(z.statuses)
        return total

    @property
    def total(self) -> int:
        return sum(z.total for z in self.zones)

    @property
    def accounted(self) -> int:
        return sum(z.accounted for z in self.zones)


@dataclass
class CountryPicture:
    name: str  # headquarters' name
    posts: list[PostFigures]
    review: int  # open conflicts in headquarters' review queue
    returns: Counter  # return cases by state, every post's (they travel since m040) and headquarters' own
    returns_synced: bool  # False: return cases do not travel, the counts are headquarters' own
    today: date

    @property
    def total(self) -> int:
        return sum(p.total for p in self.posts)

    @property
    def accounted(self) -> int:
        return sum(p.accounted for p in self.posts)

    @property
    def statuses(self) -> Counter:
        total = Counter()
        for p in self.posts:
            total.update(p.statuses)
        return total

    @property
    def gaps(self) -> list[tuple[str, Gap]]:
        """(post name, gap), the gaps that leave the most nationals exposed first."""
        pairs = [(p.name, g) for p in self.posts for g in p.gaps]
        order = {id(g): i for i, g in enumerate(rank([g for _n, g in pairs]))}
        return sorted(pairs, key=lambda pair: order[id(pair[1])])


def days_since(at: str | None, today: date) -> int | None:
    if not at:
        return None
    return (today - date.fromisoformat(at[:10])).days


def post_gaps(post: PostFigures, today: date, crisis_open: bool = True) -> list[Gap]:
    """What headquarters cannot see well of `post`: a stale or missing exchange, unaccounted people, conflicts."""
    gaps = []
    if post.role == "post":
        days = days_since(post.last_at, today)
        if days is None:
            gaps.append(Gap("never_exchanged", "No exchange with headquarters yet: its nationals are not in the "
                            "picture.", affected=post.total))
        elif days >= STALE_DAYS:
            gaps.append(Gap("stale_exchange", "No exchange with headquarters for {} days.", (days,),
                            affected=post.total))
    unaccounted = post.total - post.accounted
    if crisis_open and post.total and post.accounted < ACCOUNTED_SHARE * post.total:
        gaps.append(Gap("unaccounted", "{} of {} nationals not accounted for yet.", (unaccounted, post.total),
                        affected=unaccounted))
    empty = [z.name for z in post.zones if z.name and z.total and not z.accounted]
    if crisis_open and empty and post.accounted:
        gaps.append(Gap("zones_silent", "No one accounted for yet in {} zones: {}.", (len(empty), ", ".join(empty)),
                        affected=sum(z.total for z in post.zones if z.name in empty)))
    if post.role == "post" and post.total and post.last_at:
        if not post.wardens:  # none made, or the post's program is older than m044
            gaps.append(Gap("no_wardens", "No warden of this post has reached headquarters.", affected=post.total))
        else:
            bare = [z for z in post.zones if z.name and z.total and not z.wardens]
            if bare:
                gaps.append(Gap("zones_without_warden", "Zones with nationals and no warden: {}.",
                                (", ".join(z.name for z in bare),), affected=sum(z.total for z in bare)))
    if post.conflicts:
        gaps.append(Gap("conflicts", "Conflicting edits of its records to review: {}.", (post.conflicts,)))
    if post.waiting:
        gaps.append(Gap("waiting", "Changes waiting for a record that has not arrived: {}.", (post.waiting,)))
    return rank(gaps)


def picture_rows(picture: CountryPicture, threshold: int, lang: str = "en") -> list[dict]:
    """One row per post and zone, with counts from 1 to `threshold - 1` (and what would reveal them) as None."""
    rows = []
    for post in picture.posts:
        for zone in post.zones:
            row = {"post": post.name, "zone": zone.name or translate("No zone", lang), "total": zone.total,
                   "accounted": zone.accounted}
            row.update({s: zone.statuses.get(s, 0) for s in STATUSES})
            rows.append(row)
    keys = ["total", "accounted", *STATUSES]
    return protect_rows(rows, keys, [("total", STATUSES)], threshold)


# The returns section, by post: cases still open (requested to departed), returned (received) and in
# reintegration (or closed after it); declined and withdrawn cases are in none of the three.
RETURN_GROUPS = {"open": ("requested", "assessed", "approved", "documents_ready", "travel_arranged", "departed"),
                 "returned": ("received",), "in_reintegration": ("in_reintegration", "closed")}


def return_groups(post: PostFigures) -> dict[str, int]:
    """A post's return cases as the three groups of `RETURN_GROUPS`, counts in full (for the fronts)."""
    return {k: sum(post.returns.get(s, 0) for s in states) for k, states in RETURN_GROUPS.items()}


def returns_line(post: PostFigures, lang: str) -> str:
    """'Tapachula: 7 open, 1 returned, 2 in reintegration', each count agreeing with its word ("1 retornado").

    One message holding the three counts could not agree with each of them in Spanish.
    """
    groups = return_groups(post)
    counts = [ngettext(one, many, groups[key], lang).format(count=groups[key]) for key, one, many in (
        ("open", "{count:,} open", "{count:,} open"), ("returned", "{count:,} returned", "{count:,} returned"),
        ("in_reintegration", "{count:,} in reintegration", "{count:,} in reintegration"))]
    return translate("{post}: {counts}", lang).format(post=post.name, counts=", ".join(counts))


def state_label(state: str, lang: str) -> str:
    """A return case's state in words; a state a newer program wrote is shown as it came."""
    from micic_planner.core.returns.case import CaseState

    try:
        return CaseState(state).label(lang)
    except ValueError:
        return state


def return_rows(picture: CountryPicture, threshold: int) -> list[dict]:
    """One row per post with return cases: open, returned, in reintegration; counts 1 to `threshold - 1` None."""
    rows = [{"post": p.name, **return_groups(p)} for p in picture.posts if p.returns]
    return protect_rows(rows, list(RETURN_GROUPS), [], threshold)
