"""Search as you type over a large registry: the first matches from the search index, sorted, in a few ms.

A short prefix ("c") can match half a million people; counting and sorting them all takes
hundreds of milliseconds. The search reads at most `cap` matches from the FTS index in its own
order, with the other filters checked row by row as it goes, then sorts only those. The caller
learns whether more matched, so it can say "the first 500 matches: keep typing".
"""

import dataclasses
import json

from micic_planner.core.filters import NationalFilter, fts_query
from micic_planner.storage.nationals import LIST_COLUMNS, order_by, select_list, where_clause

CAP = 500  # enough to scan by eye; sorting more costs a random page read per person


def _session_check(store, flt: NationalFilter):
    """The same rule as the guarded registry: a role that may not see a field may not filter on it."""
    session = getattr(store, "session", None)
    if session is None:
        return None
    from micic_planner.core.security import Action

    session.require(Action.VIEW_REGISTRY)
    if flt.vulnerability and not session.visible("vulnerabilities"):
        # Let the guarded registry raise its own explained refusal.
        store.nationals.count(flt)
    return session


def search_ids(store, flt: NationalFilter, order: str = "family_names", descending: bool = False,
               cap: int = CAP) -> tuple[list[int], bool]:
    """Ids of up to `cap` nationals matching `flt` (which has search text), in list order; and
    whether more than `cap` matched."""
    _session_check(store, flt)
    query = fts_query(flt.text)
    rest, params = where_clause(dataclasses.replace(flt, text=""))
    condition = rest.replace(" WHERE ", " AND ", 1)
    if condition:
        # CROSS JOIN keeps the index as the outer loop: rows are checked as matches stream in.
        sql = ("SELECT nationals.id FROM nationals_fts CROSS JOIN nationals ON nationals.id = nationals_fts.rowid "
               f"WHERE nationals_fts MATCH ?{condition} LIMIT ?")
    else:
        sql = "SELECT rowid FROM nationals_fts WHERE nationals_fts MATCH ? LIMIT ?"
    keys = order_by(order, descending)
    # One statement: the matches never travel through Python before they are sorted (0.2 ms a keystroke).
    ordered = [r[0] for r in store.db.execute(
        f"SELECT id FROM nationals WHERE id IN ({sql}) ORDER BY {keys}", [query, *params, cap + 1])]
    more = len(ordered) > cap
    if more:
        # The index yields matches by ascending id: the one past the cap is the largest.
        ordered.remove(max(ordered))
    return ordered, more


def rows_for(store, ids: list[int], columns=LIST_COLUMNS) -> list[tuple]:
    """The list columns of `ids`, in the order given; fields the role may not see are None."""
    if not ids:
        return []
    cursor = store.db.execute(
        f"SELECT {select_list(columns)} FROM nationals WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)])
    by_id = {row[0]: row for row in cursor.fetchall()}
    rows = [by_id[i] for i in ids if i in by_id]
    session = getattr(store, "session", None)
    if session is not None:
        hidden = [i for i, name in enumerate(columns) if not session.visible(name)]
        if hidden:
            rows = [tuple(None if i in hidden else v for i, v in enumerate(row)) for row in rows]
    return rows


def has_search_text(flt: NationalFilter) -> bool:
    return bool(fts_query(flt.text))
