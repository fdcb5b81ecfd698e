"""Counts that an unrestricted document may print without revealing a restricted category or a person.

Two rules, applied by every unrestricted output (the plan, the HXL figures):
- a count from 1 to `threshold - 1` is suppressed: so few people point at someone;
- a suppressed cell must not be recoverable by subtraction: when a published total is the sum of a
  group of cells and only one of them is suppressed, the smallest other non-zero cell is suppressed too.
Restricted categories themselves (trafficking, detention, no documents) are never counted here at all:
the figures that feed these tables leave them out (`core.figures`, `storage.exchange_source`).
"""

from collections.abc import Hashable, Iterable

DEFAULT_THRESHOLD = 5
SUPPRESSED = "*"


def small(count: int, threshold: int) -> bool:
    return 0 < count < threshold


def suppressed_cells(cells: dict[Hashable, int], groups: Iterable[Iterable[Hashable]] = (),
                     threshold: int = DEFAULT_THRESHOLD) -> set[Hashable]:
    """The keys of `cells` to print as suppressed; each group is a set of keys whose sum is published."""
    hidden = {k for k, v in cells.items() if small(v, threshold)}
    groups = [[k for k in g if k in cells] for g in groups]
    changed = True
    while changed:  # hiding one cell may expose another group; repeat until every group is safe
        changed = False
        for group in groups:
            hidden_here = [k for k in group if k in hidden]
            if len(hidden_here) != 1:
                continue
            others = sorted((cells[k], str(k)) for k in group if k not in hidden and cells[k] > 0)
            if others:
                key = next(k for k in group if str(k) == others[0][1] and k not in hidden)
                hidden.add(key)
                changed = True
    return hidden


def below(threshold: int) -> str:
    """How a suppressed count prints: one mark for all, since a count hidden only to protect another
    (a second cell, which may be large) must not be labelled "< 5"."""
    return SUPPRESSED


def merge_tail(counts: dict[int, int], threshold: int = DEFAULT_THRESHOLD) -> tuple[dict[int, int], int | None]:
    """Counts by size with the rare largest sizes merged into "`n` or more"; (counts, n or None)."""
    sizes = sorted(counts)
    tail, start = 0, None
    for size in reversed(sizes):
        if not small(counts[size], threshold) and tail == 0:
            break
        tail += counts[size]
        start = size
        if tail >= threshold:
            break
    if start is None or start == sizes[0]:
        return dict(counts), None
    merged = {s: c for s, c in counts.items() if s < start}
    merged[start] = tail
    return merged, start


def protect_rows(rows: list[dict], keys: list[str], partitions: list[tuple[str, list[str]]],
                 threshold: int = DEFAULT_THRESHOLD) -> list[dict]:
    """Rows of counts (one per zone) with unsafe cells set to None; a total row of them is published.

    `partitions` are (total key, part keys) whose parts add up to the total: what they leave
    unpublished (total minus the parts) counts as one more cell, since it can be worked out.
    """
    cells: dict = {}
    groups: list[list] = [[(r, k) for r in range(len(rows))] for k in keys]  # each column sums to its total
    for r, row in enumerate(rows):
        for k in keys:
            cells[(r, k)] = row.get(k, 0) or 0
        for total, parts in partitions:
            rest = (row.get(total, 0) or 0) - sum(row.get(p, 0) or 0 for p in parts)
            cells[(r, f"rest:{total}:{parts[0]}")] = rest
            groups.append([(r, total), *((r, p) for p in parts), (r, f"rest:{total}:{parts[0]}")])
    hidden = suppressed_cells(cells, groups, threshold)
    return [{k: (None if (r, k) in hidden else v) for k, v in row.items()} for r, row in enumerate(rows)]
