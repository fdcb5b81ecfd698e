"""One authority for document numbers, seats and the crisis's phase (issue 18 item 2, issue 19 item 4).

Document numbers carry the site that issued them ("SC-2026-3F9A0C-00012"), so two posts never issue
the same number. The site keeps a counter per kind and year (`authority_counters`) that also covers
the numbers it reserved for the laptops of its crisis cell: one asked through the host, or a range
handed to a laptop for when the host cannot be reached (`authority_ranges` on the laptop).

On a cell laptop's copy (it has a `cell_link` row), the window's and the CLI's paths ask the host
through `store.cell_authority`, an object the cell's client attaches (`micic_planner.cell.authority`):
storage never imports the cell. When that object is missing, or raises OSError (the host or the LAN is
gone), the laptop works on its own: a number from its range, a provisional seat the host checks when
the changes merge (an over-booking is flagged there, never dropped).
"""

import re
from datetime import date

from micic_planner.core.crisis import DocumentKind
from micic_planner.core.errors import CrisisError
from micic_planner.core.i18n import _

PREFIX = {DocumentKind.SAFE_CONDUCT: "SC", DocumentKind.LAISSEZ_PASSER: "LP"}
RANGE_SIZE = 50
NUMBER = re.compile(r"^(SC|LP)-\d{4}-(?P<tag>[0-9A-F]{6})-(?P<n>\d+)$")


def site_tag(site: str) -> str:
    """The short form of a site id that document numbers carry (six hex digits, upper case)."""
    return (site or "")[:6].upper()


def own_site(db) -> str:
    return db.execute("SELECT site FROM sync_state").fetchone()[0]


def stem(kind: DocumentKind, year: int, site: str) -> str:
    return prefixed_stem(PREFIX[kind], year, site)


def prefixed_stem(prefix: str, year: int, site: str) -> str:
    """The stem of a site's numbers: "SC-2026-3F9A0C-" for safe conducts, "RET-2026-3F9A0C-" for return cases."""
    return f"{prefix}-{year}-{site_tag(site)}-"


def _used(db, s: str, table: str = "documents_issued") -> int:
    """The highest number of stem `s` issued here (in `table`) or reserved for the cell."""
    row = db.execute(f"SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM [{table}] WHERE number LIKE ?",
                     [len(s) + 1, s + "%"]).fetchone()
    counter = db.execute("SELECT last FROM authority_counters WHERE stem = ?", [s]).fetchone()
    return max(row[0] or 0, counter[0] if counter else 0)


def preview(db, kind: DocumentKind, on: date | None = None) -> str:
    """The next number this site would issue, reserving nothing."""
    s = stem(kind, (on or date.today()).year, own_site(db))
    return f"{s}{_used(db, s) + 1:05d}"


def reserve(db, kind: DocumentKind, year: int, count: int = 1) -> tuple[str, int, int]:
    """Reserve `count` numbers of this site's stem: (stem, first, last). The caller holds the transaction."""
    s = stem(kind, year, own_site(db))
    first = _used(db, s) + 1
    last = first + count - 1
    db.execute("INSERT INTO authority_counters (stem, last) VALUES (?, ?) "
               "ON CONFLICT DO UPDATE SET last = max(last, excluded.last)", [s, last])
    return s, first, last


def next_number(db, prefix: str, year: int, table: str) -> str:
    """The next number of this site's stem for `prefix` (kept in `table`), reserved. The caller holds the
    transaction. Return cases are numbered this way ("RET-2026-3F9A0C-00012"), so two posts never clash."""
    s = prefixed_stem(prefix, year, own_site(db))
    n = _used(db, s, table) + 1
    db.execute("INSERT INTO authority_counters (stem, last) VALUES (?, ?) "
               "ON CONFLICT DO UPDATE SET last = max(last, excluded.last)", [s, n])
    return f"{s}{n:05d}"


def claim(db, number: str) -> None:
    """Before issuing `number` here: refuse one of this site's numbers already given out (to a cell laptop)."""
    match = NUMBER.match(number)
    if match is None or match["tag"] != site_tag(own_site(db)):
        return  # another site's number, or one written by hand: the register's own check is enough
    s, n = number[:match.start("n")], int(match["n"])
    row = db.execute("SELECT last FROM authority_counters WHERE stem = ?", [s]).fetchone()
    if row is not None and n <= row[0]:
        raise CrisisError(_("Document number {number} has already been given out.").format(number=number),
                          hint=_("Use the next free number."))
    db.execute("INSERT INTO authority_counters (stem, last) VALUES (?, ?) "
               "ON CONFLICT DO UPDATE SET last = max(last, excluded.last)", [s, n])


# -- a cell laptop's copy ------------------------------------------------------------------------------
def is_cell_copy(db) -> bool:
    return db.execute("SELECT count(*) FROM cell_link").fetchone()[0] > 0


def remote(store):
    """The host's authority for this copy, or None when the copy works on its own."""
    return getattr(store, "cell_authority", None)


def keep_range(db, kind: DocumentKind, year: int, range_stem: str, first: int, last: int) -> None:
    """Keep a range of numbers the host handed this laptop."""
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO authority_ranges (kind, year, stem, next, last) VALUES (?, ?, ?, ?, ?)",
                   [kind.value, year, range_stem, first, last])


def left_in_ranges(db, kind: DocumentKind, year: int) -> int:
    row = db.execute("SELECT coalesce(sum(last - next + 1), 0) FROM authority_ranges WHERE kind = ? AND year = ?",
                     [kind.value, year]).fetchone()
    return row[0]


def from_range(db, kind: DocumentKind, year: int) -> str:
    """The next number of this laptop's ranges (used up as it goes); this copy's own numbering after them.

    A laptop's own numbers carry its own site, so they never collide with the host's or another laptop's.
    """
    with db.atomic():
        row = db.execute("SELECT stem, next, last FROM authority_ranges WHERE kind = ? AND year = ? "
                         "ORDER BY stem, next LIMIT 1", [kind.value, year]).fetchone()
        if row is None:
            range_stem, first, _last = reserve(db, kind, year)
            return f"{range_stem}{first:05d}"
        range_stem, n, last = row
        if n >= last:
            db.execute("DELETE FROM authority_ranges WHERE kind = ? AND year = ? AND stem = ? AND next = ?",
                       [kind.value, year, range_stem, n])
        else:
            db.execute("UPDATE authority_ranges SET next = next + 1 WHERE kind = ? AND year = ? AND stem = ? "
                       "AND next = ?", [kind.value, year, range_stem, n])
        return f"{range_stem}{n:05d}"


def cell_number(store, kind: DocumentKind, on: date | None = None) -> str:
    """A document number for a cell laptop: asked of the host, else from the laptop's range."""
    year = (on or date.today()).year
    host = remote(store)
    if host is not None:
        try:
            return host.number(kind.value, year)
        except OSError:  # the host or the LAN is gone: this laptop's range
            return from_range(store.db, kind, year)
    return from_range(store.db, kind, year)
