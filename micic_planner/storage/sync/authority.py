"""One authority where the data needs one (issue 18 item 2, issue 19 item 4): the merge's side.

Called from the applier through three small hooks (`check`, `inserting`, `finish`):

- a crisis is raised, lowered and closed by the site that opened it (headquarters may too, and relays
  the owner's changes): a phase change or closing made elsewhere is refused, with the crisis named;
- a crisis received from another site keeps it as its `owner`, so one crisis may be open per site;
- a document number issued twice (two posts numbering alike before numbers carried the site) keeps
  both documents: the later one is renumbered with its site's tag at every replica alike, and flagged;
- a return case number given at two sites (numbers made before they carried the site, m040) is
  settled the same way: the later case takes its site's tag everywhere, and is flagged;
- a seat is checked by the movement's owner: a merge that lists more people than the movement has
  seats is flagged in `sync_flags`; the same person seated twice on one movement is flagged too.
  Nothing is dropped silently: a person settles each flag.

Rows are renumbered and owners set with the capture off (the applier runs under `suspended`), so what
this module decides is derived identically at every replica, not sent as a change of its own.
"""

import json

from micic_planner.core.i18n import _
from micic_planner.storage.crisis_authority import site_tag
from micic_planner.storage.mapping import utc_now

WATCHED = frozenset({"crises", "crisis_phases", "crisis_log", "movements", "manifest_entries", "documents_issued"})
# Timeline lines that say the crisis's level or state changed: only its owner writes them.
PHASE_KINDS = frozenset({"level", "closed"})


def flag(db, tbl: str, uuid: str, kind: str, detail: dict) -> None:
    """Put a record in the queue of what a person must look at (kept until settled; the detail refreshed).

    A flag a person marked as handled stays handled while a merge finds the same; found otherwise (more
    people listed than when it was handled) it opens again, its last note kept.
    """
    db.execute("INSERT INTO sync_flags (tbl, uuid, kind, detail, since) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT DO UPDATE SET detail = excluded.detail, handled_at = CASE "
               "WHEN sync_flags.detail = excluded.detail THEN sync_flags.handled_at END",
               [tbl, uuid, kind, json.dumps(detail, ensure_ascii=False), utc_now()])


def describe(kind: str, detail: dict) -> str:
    """A flag in words, for the review queue."""
    if kind == "overbooked":
        return _("{movement}: {listed} people listed for {seats} seats after a merge").format(**detail)
    if kind == "document_number":
        return _("Document number {number} was issued at two sites; the later one now reads {now}").format(**detail)
    if kind == "case_number":
        return _("Return case number {number} was given at two sites; the later case now reads {now}").format(**detail)
    return _("The same person was seated on this movement at two sites; one seat is kept")


def overbooked(db, movement_uuid: str) -> dict | None:
    """The movement's seats and how many its manifest lists, when it lists more than it seats."""
    row = db.execute("SELECT m.id, m.name, m.seats, (SELECT count(*) FROM manifest_entries e "
                     "WHERE e.movement_id = m.id) FROM movements m WHERE m.uuid = ?", [movement_uuid]).fetchone()
    if row is None or row[3] <= row[2]:
        return None
    owner = db.execute("SELECT site FROM sync_record WHERE tbl = 'movements' AND uuid = ?",
                       [movement_uuid]).fetchone()
    return {"movement": row[1], "seats": row[2], "listed": row[3], "owner": owner[0] if owner else ""}


class AuthorityRules:
    def __init__(self, applier):
        self.applier = applier
        self.db = applier.db
        self._touched: set[str] = set()
        host = self.db.execute("SELECT host_site FROM cell_link").fetchone()
        # A cell laptop's crisis is its host's: received from the host, it is this copy's own.
        self._host = host[0] if host else None

    # -- before a change is applied -------------------------------------------------------------
    def check(self, t, c, rec) -> None:
        """Refuse a crisis's phase change or closing made by a site that does not own it; note seats."""
        if t.name not in WATCHED:
            return
        site, op, fields = c[0], c[4], c[5] or {}
        if t.name == "manifest_entries" and op == "i" and fields.get("movement_id"):
            self._touched.add(fields["movement_id"])
        elif t.name == "movements" and op in ("i", "u") and "seats" in fields:
            self._touched.add(c[3])
        if self.applier.roles.get(site) == "hq":
            return
        crisis, owner = None, None
        if t.name == "crises" and op != "i" and rec is not None:
            crisis, owner = c[3], rec[0]
        elif op == "i" and (t.name == "crisis_phases"
                            or (t.name == "crisis_log" and fields.get("kind") in PHASE_KINDS)):
            crisis = fields.get("crisis_id")
            row = self.db.execute("SELECT site FROM sync_record WHERE tbl = 'crises' AND uuid = ?",
                                  [crisis]).fetchone()
            owner = row[0] if row else None  # not arrived yet: checked when the change is replayed
        if owner is None or owner == site:
            return
        from micic_planner.storage.sync.apply import Refused

        self.applier.counts["refused"] += 1
        title = self.db.execute("SELECT title FROM crises WHERE uuid = ?", [crisis]).fetchone()
        raise Refused(_("{site} raised, lowered or closed the crisis “{title}”, which {owner} opened; only the "
                        "site that opened a crisis (or headquarters) changes its alert level or closes it").format(
            site=self._name(site), title=title[0] if title else crisis, owner=self._name(owner)))

    def _name(self, site: str) -> str:
        row = self.db.execute("SELECT name FROM sync_sites WHERE site = ? UNION ALL SELECT name FROM sync_state "
                              "WHERE site = ?", [site, site]).fetchone()
        return (row[0] if row else "") or site

    # -- an insert, its references resolved --------------------------------------------------------
    def inserting(self, t, c, values: dict) -> dict | None:
        """The values to insert (an owner added, a number made unique); None: the row is kept out, flagged."""
        if t.name == "crises":
            values["owner"] = None if c[0] == self._host else c[0]
        elif t.name == "documents_issued":
            self._number(c, values)
        elif t.name == "return_cases":
            self._number(c, values, "return_cases", "case_number")
        elif t.name == "manifest_entries":
            row = self.db.execute("SELECT uuid FROM manifest_entries WHERE movement_id = ? AND national_id = ?",
                                  [values.get("movement_id"), values.get("national_id")]).fetchone()
            if row is not None:  # the same person seated on the same movement at two sites
                flag(self.db, "manifest_entries", row[0], "duplicate_seat", {"also": c[3], "site": c[0]})
                self.applier.counts["flagged"] = self.applier.counts.get("flagged", 0) + 1
                return None
        return values

    def _number(self, c, values: dict, tbl: str = "documents_issued", kind: str = "document_number") -> None:
        number = values.get("number")
        row = self.db.execute(f"SELECT d.uuid, r.hlc, r.site FROM [{tbl}] d LEFT JOIN sync_record r "
                              f"ON r.tbl = '{tbl}' AND r.uuid = d.uuid WHERE d.number = ?",
                              [number]).fetchone()
        if row is None:
            return
        # The later of the two (by version, as every replica compares them) takes its site's tag.
        mine = (c[7], c[0])
        theirs = (row[1] or 0, row[2] or "")
        if mine > theirs:
            values["number"] = renamed = f"{number}/{site_tag(c[0])}"
            uuid = c[3]
        else:
            renamed = f"{number}/{site_tag(theirs[1])}"
            self.db.execute(f"UPDATE [{tbl}] SET number = ? WHERE uuid = ?", [renamed, row[0]])
            uuid = row[0]
        flag(self.db, tbl, uuid, kind, {"number": number, "now": renamed})
        self.applier.counts["flagged"] = self.applier.counts.get("flagged", 0) + 1

    # -- at the end of a merge -------------------------------------------------------------------
    def finish(self) -> None:
        """Flag every movement the merge left with more people listed than it has seats."""
        for uuid in sorted(self._touched):
            over = overbooked(self.db, uuid)
            if over is not None:
                flag(self.db, "movements", uuid, "overbooked", over)
                self.applier.counts["flagged"] = self.applier.counts.get("flagged", 0) + 1
        self._touched.clear()
