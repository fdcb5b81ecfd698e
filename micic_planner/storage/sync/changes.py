"""What a peer has not seen yet, read from the log, and the payload of a bundle as JSON text."""

import json

from micic_planner.core.errors import SyncError
from micic_planner.core.i18n import _
from micic_planner.storage.sync import scope
from micic_planner.storage.sync.apply import Applier
from micic_planner.storage.sync.capture import suspended

PAYLOAD_VERSION = 1


def seen(db) -> dict[str, int]:
    """Per site, the last sequence number up to which this file holds every change of that site."""
    out = {}
    for site, count, top in db.execute("SELECT site, count(*), max(seq) FROM sync_log GROUP BY site").fetchall():
        if count == top:
            out[site] = top
            continue
        gap = db.execute("SELECT min(a.seq) FROM sync_log a WHERE a.site = ? AND NOT EXISTS "
                         "(SELECT 1 FROM sync_log b WHERE b.site = a.site AND b.seq = a.seq + 1)", [site]).fetchone()[0]
        first = db.execute("SELECT min(seq) FROM sync_log WHERE site = ?", [site]).fetchone()[0]
        out[site] = gap if first == 1 else 0
    return scope.with_marks(db, out)


def payload(db, peer_seen: dict[str, int], only_site: str | None = None, *, peer: str | None = None,
            reader=None) -> tuple[str, int]:
    """The JSON text of a bundle holding every change `peer_seen` lacks (only `only_site`'s, for a post).

    `peer`: headquarters writes for that post only what it may receive; `reader`: the role reading the
    receiving copy, which is sent no field it may not see (`scope`).
    """
    me = db.execute("SELECT site, role FROM sync_state").fetchone()
    # Built by SQLite itself: the stored JSON of each change is copied, never parsed and dumped again.
    text, count = scope.changes(db, peer_seen, peer=peer, reader=reader, only_site=only_site)
    head = {"v": PAYLOAD_VERSION, "from": me[0], "role": me[1], "seen": seen(db)}
    if peer is not None:
        head["upto"] = head["seen"]  # how far each site was considered: what was left out, was on purpose
    head = json.dumps(head)
    return head[:-1] + ', "changes": [' + text + "]}", count


def apply_payload(db, text: str | bytes, roles: dict[str, str], progress=None,
                  cancelled=None) -> tuple[dict, dict[str, int]]:
    """Apply a bundle's payload in one transaction; return the counts and what its sender has seen.

    `progress` and `cancelled` go to `Applier.apply`: a cancel rolls the whole payload back.
    """
    data = json.loads(text)
    if data.get("v") != PAYLOAD_VERSION:
        raise SyncError(_("The bundle was written by another version of the program."),
                        hint=_("Update MICIC Planner at both sites."))
    sender = data["from"]
    with db.atomic(), suspended(db):
        counts = Applier(db, sender, roles).apply(data["changes"], progress, cancelled)
        if data.get("upto") and roles.get(sender) == "hq":
            scope.remember(db, data["upto"])
    return counts, {k: int(v) for k, v in data.get("seen", {}).items()}
