"""A record deleted and put back under its own uuid (the window's undo) comes back at every replica.

The capture trigger logs the undo as an insert of the record, later than its delete. At another replica
that insert brings the record back with the values it carries when it is later than the record's version
and than each logged delete of it: the record's version becomes the revival's, its field versions are
cleared (every field came back at that version) and the edits made after it are applied again over it.
A delete older than the revival that arrives after it is then not applied (`Applier._delete`). The events
the delete took along (ON DELETE CASCADE) come back the same way, once their record is back.
"""

import json

from micic_planner.core.sync import versions
from micic_planner.core.sync.registry import SyncedTable


def revive(ap, t: SyncedTable, c) -> bool:
    """An insert of a known record: True when it brings the record back (an undone delete).

    It does when it is later than the record's version and than each logged delete of it, whether that
    delete was applied yet or not (it may come later in the same bundle: it is not applied then).
    """
    site, seq, tbl, uuid, _op, fields, _base, hlc = c[:8]
    rec = ap.batch.record(tbl, uuid)
    if not fields or not versions.later((hlc, site), (rec[2], rec[0])):
        return False
    if t.append_only:  # an event its record's delete took along, put back by the undo of that delete
        if rec[1] or ap.batch.row_id(tbl, uuid) is not None:
            return False
        for column, parent in t.references.items():
            if fields.get(column) is not None and ap._deleted(parent, fields[column]):
                ap._wait(fields[column], site, seq)  # until its record comes back
                return True
    else:
        deletes = ap.db.execute("SELECT hlc, site FROM sync_log WHERE uuid = ? AND tbl = ? AND op != 'i' "
                                "AND op = 'd'", [uuid, tbl]).fetchall()
        if not deletes or any(not versions.later((hlc, site), tuple(d)) for d in deletes):
            return False
        ap._check_owner(t, c, rec[0])
    values = ap._resolved(t, c)
    if values is None:
        return True
    if ap.batch.row_id(tbl, uuid) is None:
        columns = ["uuid", *values]
        ap.batch.execute(f"INSERT INTO [{tbl}] ({', '.join(f'[{k}]' for k in columns)}) "
                         f"VALUES ({', '.join('?' * len(columns))})", [uuid, *values.values()])
    else:  # its delete has not been applied here: the record takes the values it came back with
        ap.batch.execute(f"UPDATE [{tbl}] SET {', '.join(f'[{k}] = ?' for k in values)} WHERE uuid = ?",
                         [*values.values(), uuid])
    ap.batch.execute("UPDATE sync_record SET site = ?, hlc = ?, seq = ?, deleted = 0 WHERE tbl = ? AND uuid = ?",
                     [site, hlc, seq, tbl, uuid])
    ap.batch.execute("DELETE FROM sync_field WHERE tbl = ? AND uuid = ?", [tbl, uuid])
    rec[:] = [site, 0, hlc, seq]
    ap.batch.fields[(tbl, uuid)] = {}
    ap.batch.ids.pop((tbl, uuid), None)
    # Edits made after it that arrived first go over its values again.
    for row in ap.db.execute("SELECT site, seq, tbl, uuid, op, fields, base, hlc FROM sync_log WHERE uuid = ? "
                             "AND tbl = ? AND op != 'i' AND op = 'u' ORDER BY hlc, site", [uuid, tbl]).fetchall():
        if versions.later((row[7], row[0]), (hlc, site)):
            ap._set_fields(t, [*row[:5], json.loads(row[5]), None, row[7]])
    ap._rechecks.update((tbl, uuid, column) for column in t.protected)
    ap._arrived(tbl, uuid, values)
    return True
