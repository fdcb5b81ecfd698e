"""A headquarters and three posts in memory, exchanging bundles' payloads, with an independent record of every edit.

The record (`History`) keeps each change as the test made it, with the version its site gave it and
what that site had seen then; `expected_*` compute the merge rules from it alone, in plain Python.
"""

from dataclasses import dataclass, field

from micic_planner.storage.store import PostStore
from micic_planner.storage.sync.capture import install
from micic_planner.storage.sync.changes import apply_payload, payload

FIELDS = ("phone", "notes", "family_names", "vulnerabilities")
PROTECTED = {"family_names", "vulnerabilities"}
SHARED = {"phone", "notes"}


# The replicas' wall clocks are the test's, not the machine's: a run is the same run every time.
START_MS = 1_800_000_000_000


class Site:
    def __init__(self, role: str, offset_ms: int, site_id: str):
        self.store = PostStore.memory()
        self.db = self.store.db
        self.offset_ms = offset_ms
        # A fixed site id (nothing is logged yet under the random one): ties between versions fall the same way.
        self.db.execute("UPDATE sync_state SET role = ?, site = ?", [role, site_id])
        self.db.execute("CREATE TABLE sync_test_clock (ms INTEGER NOT NULL)")
        self.db.execute("INSERT INTO sync_test_clock VALUES (?)", [START_MS + offset_ms])
        install(self.db, wall_ms="(SELECT ms FROM sync_test_clock)")
        self.id = self.db.execute("SELECT site FROM sync_state").fetchone()[0]
        self.role = role
        self.peer_seen: dict[str, dict[str, int]] = {}  # what each peer said it had seen, last we heard

    def clock(self, now_ms: int) -> None:
        """The test's time is `now_ms`; this site's clock is off by its offset."""
        self.db.execute("UPDATE sync_test_clock SET ms = ?", [now_ms + self.offset_ms])

    def last_change(self) -> tuple[int, int]:
        return self.db.execute("SELECT seq, hlc FROM sync_log WHERE site = ? ORDER BY seq DESC LIMIT 1",
                               [self.id]).fetchone()

    def knows(self) -> frozenset:
        return frozenset(self.db.execute("SELECT site, seq FROM sync_log").fetchall())

    def alive(self, uuid: str) -> bool:
        return self.db.execute("SELECT 1 FROM nationals WHERE uuid = ?", [uuid]).fetchone() is not None

    def owner(self, uuid: str) -> str:
        return self.db.execute("SELECT site FROM sync_record WHERE tbl = 'nationals' AND uuid = ?",
                               [uuid]).fetchone()[0]

    def bundle_for(self, peer: "Site") -> str:
        only = self.id if self.role == "post" else None
        return payload(self.db, self.peer_seen.get(peer.id, {}), only)[0]

    def receive(self, text: str, roles: dict[str, str]) -> None:
        _counts, their_seen = apply_payload(self.db, text, roles)
        import json

        sender = json.loads(text)["from"]
        mine = self.peer_seen.setdefault(sender, {})
        for site, n in their_seen.items():
            mine[site] = max(mine.get(site, 0), n)

    def row(self, uuid: str) -> dict | None:
        cur = self.db.execute(f"SELECT status, {', '.join(FIELDS)} FROM nationals WHERE uuid = ?", [uuid])
        r = cur.fetchone()
        return None if r is None else dict(zip([d[0] for d in cur.description], r))

    def snapshot(self) -> dict:
        people = {r[0]: r[1:] for r in self.db.execute(
            "SELECT n.uuid, n.given_names, n.family_names, n.sex, n.birth_date, n.passport_no, n.phone, n.notes, "
            "n.vulnerabilities, n.status, z.uuid FROM nationals n LEFT JOIN zones z ON z.id = n.zone_id")}
        events = set(self.db.execute(
            "SELECT e.uuid, n.uuid, e.status FROM status_events e JOIN nationals n ON n.id = e.national_id"))
        links = set(self.db.execute("SELECT uuid, a_uuid, b_uuid, reason FROM sync_links"))
        review = set(self.db.execute("SELECT tbl, uuid, field FROM sync_review"))
        return {"people": people, "events": events, "links": links, "review": review}


@dataclass
class Change:
    site: str
    seq: int
    hlc: int
    kind: str  # register, edit, delete, status
    uuid: str
    values: dict = field(default_factory=dict)
    knew: frozenset = frozenset()

    @property
    def version(self):
        return (self.hlc, self.site)

    @property
    def key(self):
        return (self.site, self.seq)


class History:
    def __init__(self):
        self.changes: list[Change] = []

    def add(self, site: Site, kind: str, uuid: str, values: dict, knew: frozenset) -> None:
        seq, hlc = site.last_change()
        self.changes.append(Change(site.id, seq, hlc, kind, uuid, values, knew))

    def records(self) -> set[str]:
        return {c.uuid for c in self.changes if c.kind == "register"}

    def expected_row(self, uuid: str) -> dict | None:
        """Deleted when anyone deleted it; each field from its latest version; status from the latest event."""
        mine = [c for c in self.changes if c.uuid == uuid]
        if any(c.kind == "delete" for c in mine):
            return None
        row = {}
        for name in FIELDS:
            writes = [c for c in mine if c.kind in ("register", "edit") and name in c.values]
            row[name] = max(writes, key=lambda c: c.version).values[name]
        events = [c for c in mine if c.kind == "status"]
        row["status"] = max(events, key=lambda c: c.version).values["status"] if events else "not_contacted"
        return row

    def expected_review(self) -> set[tuple[str, str, str]]:
        """Protected fields edited twice with neither edit seeing the other; deletes that missed an edit."""
        out = set()
        edits = [c for c in self.changes if c.kind == "edit"]
        for a in edits:
            for b in edits:
                if a.uuid != b.uuid or a.key >= b.key:
                    continue
                for name in set(a.values) & set(b.values) & PROTECTED:
                    if a.key not in b.knew and b.key not in a.knew:
                        out.add(("nationals", a.uuid, name))
        for d in (c for c in self.changes if c.kind == "delete"):
            if any(e.uuid == d.uuid and e.key not in d.knew for e in edits):
                out.add(("nationals", d.uuid, ""))
        return out
