"""The disclosure ledger: which lists left the post, when, by whom, with what fields, for whom, naming whom.

Every export and every print of names goes through `DisclosureLedger.record`, which writes the
entry, the people in it (set-based: a 100,000-person export adds one statement, not 100,000) and
an audit log entry in one transaction, and puts the file in place inside that same transaction.
"""

import getpass
import json

from micic_planner.core.changes import Changes, changed
from micic_planner.core.disclosure import Disclosure, public_fields
from micic_planner.core.errors import NotFoundError, ReadOnlyError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, any_role, requires

COLUMNS = ("id", "at", "user", "kind", "document", "format", "profile", "fields", "count", "file_name",
           "encrypted", "partner_id", "partner_name", "copy_no")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class DisclosureLedger(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    # -- writing -----------------------------------------------------------------
    # Recording what left the post is never refused: the export or print itself was checked by its own
    # store, and a refusal here would only let a list leave unrecorded.
    @any_role
    def record(self, disclosure: Disclosure, output=None, everyone: bool = False, copy: int | None = None) -> Changes:
        """Record `disclosure` and, when given, put `output` (an `AtomicOutput`) in place in the same step:
        if either fails, neither happens. `everyone`: the list names every national (the restricted plan);
        `copy`: its copy number, from `authorize_restricted_print`."""
        d = disclosure
        if getattr(self.store, "read_only", False):
            if d.people or d.redacted or everyone:
                # A list of people never leaves unrecorded, and a read-only file cannot record it.
                raise ReadOnlyError(
                    _("This list names people, and every such list is entered in the post's disclosure "
                      "ledger; the post file is read-only, so nothing was written."),
                    where=str(self.store.path),
                    hint=_("Copy the post to a folder you may write to, and make the list from the copy."))
            if output is not None:
                output.commit()  # figures, places and contacts name no national: nothing to record
            return changed()
        if d.partner_id is not None and not d.partner_name:
            d.partner_name = self.partner(d.partner_id)[1]
        user = self.store.user_name or _os_user()
        try:
            with self.db.atomic():
                did = self.db.execute(
                    "INSERT INTO disclosures (at, user, kind, document, format, profile, fields, count, file_name, "
                    "encrypted, partner_id, partner_name, copy_no) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [user, d.kind, d.document, d.format, d.profile, json.dumps(list(d.fields)), d.count, d.file_name,
                     int(d.encrypted), d.partner_id, d.partner_name, copy]).lastrowid
                if everyone:
                    self.db.execute("INSERT OR IGNORE INTO disclosure_people (disclosure_id, uuid, redacted) "
                                    "SELECT ?, uuid, 0 FROM nationals", [did])
                for ids, redacted in ((d.people, 0), (d.redacted, 1)):
                    if ids:
                        self.db.execute(
                            "INSERT OR IGNORE INTO disclosure_people (disclosure_id, uuid, redacted) "
                            "SELECT ?, n.uuid, ? FROM json_each(?) j JOIN nationals n ON n.id = j.value",
                            [did, redacted, json.dumps(ids)])
                self.store.audit.record(d.kind, {
                    "disclosure": did, "document": d.document, "format": d.format, "profile": d.profile,
                    "fields": list(d.fields), "count": d.count, "file": d.file_name, "encrypted": d.encrypted,
                    "partner": d.partner_name, **({"copy": copy} if copy is not None else {})})
                if output is not None:
                    output.commit()
        except BaseException:
            if output is not None and output.committed:
                output.withdraw()  # the entry was not kept, so the file must not stay either
            raise
        return changed("disclosures", count=1, ids=(did,))

    @any_role
    def record_list(self, document: str, fmt: str, path, fields, people=(), everyone: bool = False,
                    copy: int | None = None) -> Changes:
        """Record a list of people already written to `path` (a manifest, a call list, the restricted plan);
        if the entry cannot be kept, the file is removed: a list of names never leaves unrecorded."""
        from pathlib import Path

        disclosure = Disclosure("print" if fmt == "pdf" else "export", document=document, format=fmt,
                                fields=list(fields), file_name=Path(path).name, people=list(people))
        disclosure.count = (self.db.execute("SELECT count(*) FROM nationals").fetchone()[0] if everyone
                            else len(disclosure.people))
        try:
            return self.record(disclosure, everyone=everyone, copy=copy)
        except BaseException:
            Path(path).unlink(missing_ok=True)
            raise

    # -- partners --------------------------------------------------------------------
    @any_role
    def partners(self) -> list[tuple[int, str]]:
        """(id, name) of every partner, for a picker."""
        return [tuple(r) for r in self.db.execute("SELECT id, name FROM partners ORDER BY name COLLATE NOCASE")]

    @any_role
    def partner(self, which: int | str) -> tuple[int, str]:
        """The partner with this id or name (case-insensitive)."""
        row = None
        if isinstance(which, int) or str(which).isdigit():
            row = self.db.execute("SELECT id, name FROM partners WHERE id = ?", [int(which)]).fetchone()
        if row is None:
            row = self.db.execute("SELECT id, name FROM partners WHERE name = ? COLLATE NOCASE",
                                  [str(which)]).fetchone()
        if row is None:
            known = ", ".join(name for _id, name in self.partners()) or _("none yet")
            raise NotFoundError(_("There is no partner called {name}.").format(name=which),
                                hint=_("Partners of this post: {names}.").format(names=known))
        return row[0], row[1]

    # -- reading (administrators) -----------------------------------------------------
    @requires(Action.VIEW_AUDIT)
    def entries(self, partner: int | str | None = None, national: str | None = None, limit: int = 1000) -> list[dict]:
        """Disclosures, newest first; only those for `partner`, or only those that named `national`."""
        where, params = [], []
        if partner is not None:
            where.append("d.partner_id = ?")
            params.append(self.partner(partner)[0])
        if national is not None:
            where.append("d.id IN (SELECT disclosure_id FROM disclosure_people WHERE uuid = ?)")
            params.append(self.national_uuid(national))
        sql = (f"SELECT {', '.join('d.' + c for c in COLUMNS)} FROM disclosures d"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.id DESC LIMIT ?")
        rows = [dict(zip(COLUMNS, r)) for r in self.db.execute(sql, [*params, limit])]
        for row in rows:
            row["fields"] = json.loads(row["fields"] or "[]")
        return rows

    @requires(Action.VIEW_AUDIT)
    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM disclosures").fetchone()[0]

    @requires(Action.VIEW_AUDIT)
    def breach(self, partner: int | str, national: str | None = None) -> list[dict]:
        """Everyone in the lists given to `partner`, with every field of theirs it received and when.

        A person without consent to share was in a partner list with public fields only; a purged
        record keeps its uuid and no name.
        """
        partner_id = self.partner(partner)[0]
        sql = ("SELECT p.uuid, p.redacted, d.fields, d.at, n.id, n.family_names, n.given_names FROM disclosures d "
               "JOIN disclosure_people p ON p.disclosure_id = d.id LEFT JOIN nationals n ON n.uuid = p.uuid "
               "WHERE d.partner_id = ?")
        params: list = [partner_id]
        if national is not None:
            sql += " AND p.uuid = ?"
            params.append(self.national_uuid(national))
        people: dict[str, dict] = {}
        for uuid, redacted, fields, at, nid, family, given in self.db.execute(sql + " ORDER BY d.id", params):
            shown = public_fields(json.loads(fields)) if redacted else json.loads(fields)
            person = people.setdefault(uuid, {"uuid": uuid, "id": nid, "family_names": family,
                                              "given_names": given, "fields": [], "lists": 0, "first": at})
            person["fields"] += [f for f in shown if f not in person["fields"]]
            person["lists"] += 1
            person["last"] = at
        return sorted(people.values(), key=lambda p: (p["family_names"] or "\uffff", p["given_names"] or "",
                                                      p["uuid"]))

    @requires(Action.VIEW_AUDIT)
    def national_uuid(self, national: str) -> str:
        """The uuid of a national given by id, uuid, passport or consular ID number."""
        text = str(national).strip()
        row = None
        if text.isdigit():
            row = self.db.execute("SELECT uuid FROM nationals WHERE id = ?", [int(text)]).fetchone()
        if row is None:
            row = self.db.execute("SELECT uuid FROM nationals WHERE uuid = ? OR passport_no = ? OR consular_id = ? "
                                  "LIMIT 1", [text, text, text]).fetchone()
        if row is not None:
            return row[0]
        if self.db.execute("SELECT 1 FROM disclosure_people WHERE uuid = ? LIMIT 1", [text]).fetchone():
            return text  # a purged record, known to the ledger by its uuid only
        raise NotFoundError(_("No national has the id, uuid or document number {value}.").format(value=text),
                            hint=_("Give the national's id, uuid, passport or consular ID number."))
