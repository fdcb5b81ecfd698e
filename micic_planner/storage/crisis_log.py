"""The crisis timeline: every crisis action writes one line, in the same transaction as the action."""

import json

from micic_planner.core.crisis import LogKind, LogLine
from micic_planner.storage.mapping import utc_now


def write_log(db, crisis_id: int | None, kind: LogKind, template: str, params=(), *, by_user: str = "",
              count: int = 0, ref_id: int | None = None, at: str | None = None) -> None:
    """Add a line to the open crisis's timeline; outside a crisis there is no timeline to write."""
    if crisis_id is None:
        return
    phase = db.execute("SELECT phase FROM crises WHERE id = ?", [crisis_id]).fetchone()
    db.execute(
        "INSERT INTO crisis_log (crisis_id, at, by_user, kind, phase, template, params, count, ref_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [crisis_id, at or utc_now(), by_user, kind.value, phase[0] if phase else 0, template,
         json.dumps([str(p) for p in params], ensure_ascii=False), count, ref_id])


def read_timeline(db, crisis_id: int, limit: int | None = None) -> list[LogLine]:
    """The crisis's lines in time order (the latest `limit` when given)."""
    sql = ("SELECT at, kind, template, params, by_user, phase, count, ref_id FROM crisis_log "
           "WHERE crisis_id = ? ORDER BY at, id")
    params: list = [crisis_id]
    if limit is not None:
        sql = f"SELECT * FROM ({sql.replace('ORDER BY at, id', 'ORDER BY at DESC, id DESC')} LIMIT ?) ORDER BY at"
        params.append(limit)
    return [LogLine(at, LogKind(kind), template, tuple(json.loads(p)), by_user, phase, count, ref_id)
            for at, kind, template, p, by_user, phase, count, ref_id in db.execute(sql, params).fetchall()]
