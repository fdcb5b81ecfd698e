"""Versions and the merge decisions on them, in plain Python.

A version is (hlc, site): a hybrid logical clock (milliseconds of the wall clock << 16, plus a counter)
and the site that made the change, compared as that pair, so every replica picks the same winner.
"""

COUNTER_BITS = 16

Version = tuple[int, str]


def later(a: Version, b: Version) -> bool:
    """True when version `a` wins over `b`."""
    return (a[0], a[1]) > (b[0], b[1])


def wall_part(hlc: int) -> int:
    """The milliseconds since 1970 of a clock value."""
    return hlc >> COUNTER_BITS


def heads(edits: dict[Version, list[Version]]) -> set[Version]:
    """The edits no other known edit was made on top of (its `bases`, followed transitively).

    More than one head means two people changed the field without seeing each other's edit. A base
    not known yet breaks the chain until it arrives, so the answer is final once every change is in.
    """
    covered: set[Version] = set()
    for start in edits:
        stack = list(edits[start])
        while stack:
            v = stack.pop()
            if v in covered:
                continue
            covered.add(v)
            stack.extend(edits.get(v, ()))
    return set(edits) - covered
