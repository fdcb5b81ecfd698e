"""Partial replication: what headquarters sends each post, what a reader's role may receive, who holds a national.

CouchDB/CHT replicate by place and by role; so does this. The registry (`core/sync/registry.py`) says
which tables are reference data and what a record hangs on; this module turns that into SQL:

- **By place.** Headquarters sends a post the records it holds (those it made, and the nationals
  headquarters handed over to it with a transfer), the reference data headquarters made (zones, places,
  partners), and what hangs on the post's people (status events, links, transfers). A foreign key to a
  record the post does not receive (the zone a moved person had at the old post) is left out of the
  change, so nothing waits forever for a record that will never come.
- **By role.** A copy read by a warden-list viewer is never sent restricted fields (`core.cell`): they
  are taken out in the SQL that writes the payload, before a bundle is sealed or a cell answer sent,
  so they never reach that disk. One function (`payload`) serves both bundles and the cell host.
- **Marks.** A post holds only part of another site's sequence, so "every change up to N" can no longer
  be read off its log. Headquarters' payload says up to where it has considered each site (`upto`);
  the post keeps that mark and reports it back, so headquarters never resends what it left out.
- **Transfers.** A national handed over to another post is held by it from the transfer's version on.
  When the post first hears of the transfer, headquarters sends it the person's whole history, whatever
  the marks say. Edits the former post makes after the transfer are kept in the log (nothing lost, its
  bundles still go through) but not applied, at headquarters and at the new post alike; it receives no
  more updates of that person and keeps its copy as it stood (its retention rule purges it in time).
  Status events and notes are appended information (PFIF) and are taken from any site.
"""

from micic_planner.core.cell import hidden_fields, hidden_tables
from micic_planner.core.security import Role
from micic_planner.core.sync import versions
from micic_planner.core.sync.registry import BY_NAME, TABLES, SyncedTable

TRANSFERS = "sync_transfers"
MOVABLE = "nationals"  # the one table whose records change hands


# -- the rules as SQL (table and field names come from the registry, never from input) ---------------
def _creator(tbl: str, uuid_sql: str) -> str:
    return f"(SELECT site FROM sync_record WHERE tbl = '{tbl}' AND uuid = {uuid_sql})"


def holder_sql(uuid_sql: str) -> str:
    """The site holding the national `uuid_sql` now: the latest transfer's post, else the site that made it."""
    return (f"coalesce((SELECT x.to_site FROM {TRANSFERS} x JOIN sync_record xr ON xr.tbl = '{TRANSFERS}' "
            f"AND xr.uuid = x.uuid WHERE x.national_uuid = {uuid_sql} ORDER BY xr.hlc DESC, xr.site DESC LIMIT 1), "
            f"{_creator(MOVABLE, uuid_sql)})")


def _anchor(t: SyncedTable, column: str) -> SyncedTable:
    return BY_NAME[t.references.get(column, MOVABLE)]


def in_scope_sql(t: SyncedTable, uuid_sql: str, fields_sql: str | None = None) -> str:
    """SQL true when the record `uuid_sql` of `t` goes to the site `:peer` (`fields_sql`: its insert's fields)."""
    if t.name == MOVABLE:
        return f"({holder_sql(uuid_sql)} = :peer)"
    creator = _creator(t.name, uuid_sql)
    if not (t.scope_via or t.scope_sites):
        hq = f" OR {creator} IN (SELECT site FROM temp.sync_hq)" if t.reference else ""
        return f"({creator} = :peer{hq})"
    fields_sql = fields_sql or _record_fields(t.name, uuid_sql)
    # A record that hangs on one that hangs on another (a case's timeline on its case, the case on its
    # person): the anchor's own insert fields say where it goes.
    anchors = [in_scope_sql(_anchor(t, c), f"json_extract({fields_sql}, '$.{c}')") for c in t.scope_via]
    if t.via_only_from_hq and anchors:
        anchors = [f"({creator} IN (SELECT site FROM temp.sync_hq) AND ({' OR '.join(anchors)}))"]
    parts = [f"{creator} = :peer", *anchors]
    parts += [f"json_extract({fields_sql}, '$.{column}') = :peer" for column in t.scope_sites]
    return "(" + " OR ".join(parts) + ")"


def _record_fields(tbl: str, uuid_sql: str) -> str:
    """The fields of the insert that made the record `uuid_sql` of `tbl`."""
    return (f"(SELECT f.fields FROM sync_record fr JOIN sync_log f ON f.site = fr.site AND f.seq = fr.seq "
            f"WHERE fr.tbl = '{tbl}' AND fr.uuid = {uuid_sql})")


def _insert_fields(alias: str) -> str:
    """The fields of the insert that made the record of change `alias` (events are only inserted)."""
    return (f"(CASE WHEN {alias}.op = 'i' THEN {alias}.fields ELSE (SELECT f.fields FROM sync_record fr JOIN "
            f"sync_log f ON f.site = fr.site AND f.seq = fr.seq WHERE fr.tbl = {alias}.tbl AND fr.uuid = {alias}.uuid) "
            "END)")


def _wanted_sql() -> str:
    cases = " ".join(f"WHEN '{t.name}' THEN {in_scope_sql(t, 'l.uuid', _insert_fields('l'))}" for t in TABLES)
    return f"(CASE l.tbl {cases} ELSE 0 END)"


def _fields_sql(reader: Role | None, scoped: bool) -> tuple[str, str]:
    """SQL for the fields and the base of change `l` as the receiver may have them."""
    hidden = hidden_fields(reader)
    fields, bases = [], []
    for t in TABLES:
        paths = ", ".join(f"'$.{f}'" for f in hidden.get(t.name, ()))
        expr = f"json_remove(l.fields, {paths})" if paths else "l.fields"
        if scoped:  # a key to a record the receiver does not get would wait for it forever: left out
            for column, parent in t.references.items():
                if column in t.scope_via:
                    continue
                ref = f"json_extract(l.fields, '$.{column}')"
                expr = (f"(CASE WHEN {ref} IS NOT NULL AND NOT coalesce({in_scope_sql(BY_NAME[parent], ref)}, 0) "
                        f"THEN json_remove({expr}, '$.{column}') ELSE {expr} END)")
        if expr != "l.fields":
            fields.append(f"WHEN '{t.name}' THEN {expr}")
        if paths and t.protected:
            bases.append(f"WHEN '{t.name}' THEN json_remove(l.base, {paths})")
    field_sql = f"(CASE l.tbl {' '.join(fields)} ELSE l.fields END)" if fields else "l.fields"
    base_sql = f"(CASE l.tbl {' '.join(bases)} ELSE l.base END)" if bases else "l.base"
    return field_sql, base_sql


def _change_json(reader: Role | None, scoped: bool) -> str:
    fields, base = _fields_sql(reader, scoped)
    return f"json_array(l.site, l.seq, l.tbl, l.uuid, l.op, json({fields}), json({base}), l.hlc, l.by_user)"


def _not_hidden(reader: Role | None) -> str:
    tables = [t for t in hidden_tables(reader) if t in BY_NAME]
    return f" AND l.tbl NOT IN ({', '.join(repr(t) for t in tables)})" if tables else ""


# -- the payload's changes -----------------------------------------------------------------------------
def changes(db, peer_seen: dict[str, int], *, peer: str | None = None, reader: Role | None = None,
            only_site: str | None = None) -> tuple[str, int]:
    """The JSON text of the changes `peer_seen` lacks (comma-separated), and how many.

    `peer`: the post headquarters writes for (only what it may receive); `reader`: the role of whoever
    reads the receiving copy (restricted fields and tables left out); `only_site`: a post's own changes.
    """
    if peer is None:
        parts, count = [], 0
        sql = (f"SELECT group_concat(x, ','), count(*) FROM (SELECT {_change_json(reader, False)} AS x "
               f"FROM sync_log l WHERE l.site = ? AND l.seq > ?{_not_hidden(reader)} ORDER BY l.hlc)")
        for (site,) in db.execute("SELECT DISTINCT site FROM sync_log").fetchall():
            if only_site is not None and site != only_site:
                continue
            text, n = db.execute(sql, [site, int(peer_seen.get(site, 0))]).fetchone()
            if n:
                parts.append(text)
                count += n
        return ",".join(parts), count
    _select(db, peer, peer_seen, reader)
    # Transfers first: the receiver must know who holds a person before it judges the edits that follow.
    text, count = db.execute(
        f"SELECT group_concat(x, ','), count(*) FROM (SELECT {_change_json(reader, True)} AS x "
        f"FROM temp.sync_out o JOIN sync_log l ON l.site = o.site AND l.seq = o.seq "
        f"ORDER BY l.tbl = '{TRANSFERS}' DESC, l.hlc, l.site)", {"peer": peer}).fetchone()
    db.execute("DELETE FROM temp.sync_out")
    return text or "", count


def _select(db, peer: str, peer_seen: dict[str, int], reader: Role | None) -> None:
    """Fill temp.sync_out with the keys of the changes headquarters sends `peer`."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_out (site TEXT, seq INTEGER, PRIMARY KEY (site, seq)) "
               "WITHOUT ROWID")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_hq (site TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_entitled (tbl TEXT, uuid TEXT, PRIMARY KEY (tbl, uuid)) "
               "WITHOUT ROWID")
    for table in ("sync_out", "sync_hq", "sync_entitled"):
        db.execute(f"DELETE FROM temp.{table}")
    db.execute("INSERT INTO temp.sync_hq SELECT site FROM sync_sites WHERE role = 'hq' "
               "UNION SELECT site FROM sync_state WHERE role = 'hq'")
    wanted, not_hidden = _wanted_sql(), _not_hidden(reader)
    for (site,) in db.execute("SELECT DISTINCT site FROM sync_log WHERE site != ?", [peer]).fetchall():
        db.execute(f"INSERT INTO temp.sync_out SELECT l.site, l.seq FROM sync_log l WHERE l.site = :site "
                   f"AND l.seq > :after{not_hidden} AND {wanted}",
                   {"site": site, "after": int(peer_seen.get(site, 0)), "peer": peer})
    # A person handed over to the peer since it last heard: their whole history goes, whatever the marks.
    db.execute(f"""INSERT OR IGNORE INTO temp.sync_entitled SELECT '{MOVABLE}', x.national_uuid
        FROM temp.sync_out o JOIN sync_log l ON l.site = o.site AND l.seq = o.seq AND l.tbl = '{TRANSFERS}'
        JOIN {TRANSFERS} x ON x.uuid = l.uuid WHERE x.to_site = :peer AND {holder_sql('x.national_uuid')} = :peer""",
               {"peer": peer})
    if not db.execute("SELECT count(*) FROM temp.sync_entitled").fetchone()[0]:
        return
    # And what hangs on it, however deep (a case on the person, its visits on the case, their answers on a
    # visit): the registry lists a record's anchor before it, so one pass in its order reaches every level.
    entitled = {MOVABLE}
    for t in TABLES:
        for column in t.scope_via:
            anchor = _anchor(t, column).name
            if anchor not in entitled or t.name in hidden_tables(reader):
                continue
            if column in t.references:
                added = db.execute(f"INSERT OR IGNORE INTO temp.sync_entitled SELECT '{t.name}', c.uuid "
                                   f"FROM [{t.name}] c JOIN [{anchor}] p ON p.id = c.[{column}] "
                                   f"JOIN temp.sync_entitled e ON e.tbl = '{anchor}' AND e.uuid = p.uuid").rowcount
            else:
                added = db.execute(f"INSERT OR IGNORE INTO temp.sync_entitled SELECT '{t.name}', c.uuid "
                                   f"FROM [{t.name}] c JOIN temp.sync_entitled e ON e.tbl = '{anchor}' "
                                   f"AND e.uuid = c.[{column}]").rowcount
            if added:
                entitled.add(t.name)
    db.execute("INSERT OR IGNORE INTO temp.sync_out SELECT r.site, r.seq FROM temp.sync_entitled e "
               "JOIN sync_record r ON r.tbl = e.tbl AND r.uuid = e.uuid WHERE r.site != ?", [peer])
    db.execute("INSERT OR IGNORE INTO temp.sync_out SELECT l.site, l.seq FROM temp.sync_entitled e "
               "JOIN sync_log l ON l.uuid = e.uuid AND l.tbl = e.tbl AND l.op != 'i' WHERE l.site != ?", [peer])


# -- marks -----------------------------------------------------------------------------------------------
def remember(db, upto: dict[str, int]) -> None:
    """Keep what headquarters says it has considered of each site's changes."""
    db.conn.executemany("INSERT INTO sync_marks (site, upto) VALUES (?, ?) ON CONFLICT DO UPDATE "
                        "SET upto = max(upto, excluded.upto)", ((s, int(n)) for s, n in upto.items()))


def with_marks(db, seen: dict[str, int]) -> dict[str, int]:
    """`seen`, each site raised to its mark and past the changes held right after it."""
    out = dict(seen)
    for site, upto in db.execute("SELECT site, upto FROM sync_marks").fetchall():
        if out.get(site, 0) >= upto:
            continue
        top = upto
        if db.execute("SELECT 1 FROM sync_log WHERE site = ? AND seq = ?", [site, upto + 1]).fetchone():
            top = db.execute("SELECT min(a.seq) FROM sync_log a WHERE a.site = ? AND a.seq > ? AND NOT EXISTS "
                             "(SELECT 1 FROM sync_log b WHERE b.site = a.site AND b.seq = a.seq + 1)",
                             [site, upto]).fetchone()[0]
        out[site] = top
    return out


# -- who may change what ---------------------------------------------------------------------------------
MOVED = "moved"
REFUSED = "refused"


def holder(db, uuid: str) -> str | None:
    """The site holding the national `uuid` now."""
    row = db.execute(f"SELECT {holder_sql('?')}", [uuid, uuid]).fetchone()
    return row[0] if row else None


def verdict(db, t: SyncedTable, change: list, creator: str, roles: dict[str, str]) -> str | None:
    """None when the change's site may make it; MOVED when the person had left it; REFUSED otherwise."""
    site, uuid, op, fields, hlc = change[0], change[3], change[4], change[5], change[7]
    if roles.get(site) == "hq" or t.same_uuid_merges:  # a case's mark is the case's: whoever holds it marks
        return None
    holding, held = creator, {creator}
    # Most records never move: one look at the index first, the versions only for those that did.
    if t.name == MOVABLE and db.execute(f"SELECT 1 FROM {TRANSFERS} WHERE national_uuid = ?", [uuid]).fetchone():
        for x_hlc, x_site, x_from, x_to in db.execute(
                f"SELECT r.hlc, r.site, x.from_site, x.to_site FROM {TRANSFERS} x JOIN sync_record r "
                f"ON r.tbl = '{TRANSFERS}' AND r.uuid = x.uuid WHERE x.national_uuid = ? ORDER BY r.hlc, r.site",
                [uuid]).fetchall():
            held |= {x_from, x_to}
            if versions.later((hlc, site), (x_hlc, x_site)):
                holding = x_to
    if holding == site:
        return None
    if site in held:
        return MOVED  # made by a post the person had left: kept in the log, not applied
    if op == "u" and set(fields) <= t.shared:
        return None
    if t.scope_via and _holds_anchor(db, t, uuid, site):
        return None  # a visit headquarters added to the post's case: the post that holds the case does it
    return REFUSED


def _holds_anchor(db, t: SyncedTable, uuid: str, site: str) -> bool:
    """True when `site` holds what the record `uuid` of `t` hangs on: its person, or the case that does."""
    for column in t.scope_via:
        if column not in t.references:
            continue  # links and transfers name people by uuid, and no post edits them
        anchor = _anchor(t, column)
        row = db.execute(f"SELECT p.uuid FROM [{t.name}] c JOIN [{anchor.name}] p ON p.id = c.[{column}] "
                         f"WHERE c.uuid = ?", [uuid]).fetchone()
        if row is None:
            continue
        if anchor.name == MOVABLE:
            if holder(db, row[0]) == site:
                return True
        elif db.execute(f"SELECT {_creator(anchor.name, '?')} = ?", [row[0], site]).fetchone()[0] or \
                _holds_anchor(db, anchor, row[0], site):
            return True
    return False


def may_insert(t: SyncedTable, change: list, roles: dict[str, str]) -> bool:
    """Only headquarters hands a person over to another post."""
    return t.name != TRANSFERS or roles.get(change[0]) == "hq"

