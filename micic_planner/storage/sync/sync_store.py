"""The post's side of sync: its keys, the sites it exchanges with, bundles out and in, and the review queue."""

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

from micic_planner.core.errors import SyncError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action, Role
from micic_planner.core.sync import review_text, versions
from micic_planner.core.sync.registry import BY_NAME, TABLES
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.permissions import Guarded, any_role, requires
from micic_planner.storage.sync import bundle, scope
from micic_planner.storage.sync.apply import Applier
from micic_planner.storage.sync.capture import NEW_UUID, TICK, default_values, suspended
from micic_planner.storage.sync.changes import apply_payload, payload
from micic_planner.storage.sync.progress import Steps, stopped_export
from micic_planner.storage.sync.review_labels import record_label

KEY_FILE_VERSION = 1
# An export's file is written in this many parts, progress told and a cancel noticed after each.
WRITE_PARTS = 8


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode()


def clock_time(hlc: int) -> str:
    """The wall-clock part of a version, as UTC ISO 8601."""
    ms = versions.wall_part(hlc)
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def reader(site: dict) -> Role | None:
    """The role reading a registered site's copy, when it is not a full copy."""
    return Role(site["reader_role"]) if site.get("reader_role") else None


class SyncStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    def _state(self) -> dict:
        cur = self.db.execute("SELECT site, name, role, hlc, seq, signing_key, exchange_key FROM sync_state")
        return dict(zip([d[0] for d in cur.description], cur.fetchone()))

    # -- keys and sites --------------------------------------------------------------------------
    @requires(Action.MANAGE_USERS)
    def init(self, name: str, headquarters: bool = False) -> dict:
        """Give this site its name, role and keys (once)."""
        if self._state()["signing_key"] is not None:
            raise SyncError(_("Sync is already set up in this post."), where=str(self.store.path or ""),
                            hint=_("Use 'sync keys' to export its key file again."))
        signing, exchange = bundle.new_keys()
        with self.db.atomic():
            self.db.execute("UPDATE sync_state SET name = ?, role = ?, signing_key = ?, exchange_key = ?",
                            [name, "hq" if headquarters else "post", signing, exchange])
            self.store.audit.record("sync_init", {"name": name, "role": "hq" if headquarters else "post"})
        return self.status()

    def _keys(self) -> dict:
        state = self._state()
        if state["signing_key"] is None:
            raise SyncError(_("Sync is not set up in this post yet."), where=str(self.store.path or ""),
                            hint=_("Run 'sync init' first."))
        return state

    @requires(Action.MANAGE_USERS)
    def export_keys(self, path: str | Path) -> dict:
        """Write the key file another site registers. A post's holds its exchange key: carry it by hand."""
        state = self._keys()
        data = {"micic_sync_key": KEY_FILE_VERSION, "site": state["site"], "name": state["name"],
                "role": state["role"], "public_key": _b64(bundle.public_key(state["signing_key"])),
                "exchange_key": _b64(state["exchange_key"]) if state["role"] == "post" else None}
        Path(path).write_text(json.dumps(data, indent=1), encoding="utf-8")
        self.store.audit.record("sync_keys", {"file": Path(path).name})
        return data

    @requires(Action.MANAGE_USERS)
    def register(self, path: str | Path, reader_role: str = "") -> dict:
        """Register a site from its key file: headquarters registers posts, a post its headquarters.

        `reader_role`: the role of the people who read that site's copy (a warden-list viewer's copy is
        sent no restricted field); empty for a full copy.
        """
        if reader_role:
            try:
                Role(reader_role)
            except ValueError:
                raise SyncError(_("There is no role called {role}.").format(role=reader_role),
                                hint=", ".join(r.value for r in Role)) from None
        state = self._keys()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            assert data["micic_sync_key"] == KEY_FILE_VERSION and data["role"] in ("post", "hq")
            public = base64.b64decode(data["public_key"])
            exchange = base64.b64decode(data["exchange_key"]) if data.get("exchange_key") else None
        except (OSError, ValueError, KeyError, AssertionError, TypeError) as exc:
            raise SyncError(_("This is not a MICIC sync key file."), where=str(path),
                            hint=_("Choose the file written by 'sync keys' at the other site.")) from exc
        if data["role"] == state["role"]:
            raise SyncError(_("Headquarters exchanges with posts, and posts with headquarters; "
                              "this key file is of the same kind as this site."), where=str(path))
        if data["role"] == "post" and exchange is None:
            raise SyncError(_("The post's key file lacks its exchange key."), where=str(path))
        with self.db.atomic():
            self.db.execute("INSERT INTO sync_sites (site, name, role, public_key, exchange_key, reader_role) "
                            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name, "
                            "public_key = excluded.public_key, exchange_key = excluded.exchange_key, "
                            "reader_role = excluded.reader_role",
                            [data["site"], data.get("name", ""), data["role"], public, exchange, reader_role])
            self.store.audit.record("sync_register", {"site": data["site"], "name": data.get("name", ""),
                                                      "reader_role": reader_role})
        return {"site": data["site"], "name": data.get("name", ""), "role": data["role"], "reader_role": reader_role}

    def _site(self, name_or_id: str) -> dict:
        cur = self.db.execute("SELECT site, name, role, public_key, exchange_key, seen, reader_role FROM sync_sites "
                              "WHERE site = ? OR name = ?", [name_or_id, name_or_id])
        row = cur.fetchone()
        if row is None:
            raise SyncError(_("No registered site is called {name}.").format(name=name_or_id),
                            hint=_("Register its key file with 'sync register' first."))
        return dict(zip([d[0] for d in cur.description], row))

    # -- bundles ---------------------------------------------------------------------------------
    @requires(Action.EXPORT)
    def export(self, peer: str, path: str | Path, *, progress=None, cancelled=None) -> dict:
        """Write a bundle of every change `peer` has not seen (a post sends only its own).

        `progress(done, total)` is told step by step (read, sealed, then the file written in parts) and
        `cancelled()` asked between them; a cancel leaves no file, not even a partial one.
        """
        state, site = self._keys(), self._site(peer)
        key_site, key = (state["site"], state["exchange_key"]) if state["role"] == "post" else \
            (site["site"], site["exchange_key"])
        steps = Steps(progress, cancelled, 2 + WRITE_PARTS, stopped_export)
        # Headquarters sends a post only what it holds and the reference data; a viewer's copy no restricted field.
        text, count = payload(self.db, json.loads(site["seen"]), state["site"] if state["role"] == "post" else None,
                              peer=site["site"] if state["role"] == "hq" else None, reader=reader(site))
        steps()
        blob = bundle.seal(text, sender=state["site"], key_site=key_site, exchange_key=key,
                           signing_key=state["signing_key"])
        steps()
        path = Path(path)
        partial = path.with_name(path.name + ".part")
        try:
            with partial.open("wb") as out:
                part = -(-len(blob) // WRITE_PARTS) or 1
                for start in range(0, len(blob), part):
                    out.write(blob[start:start + part])
                    steps()
            partial.replace(path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        with self.db.atomic():
            self.db.execute("UPDATE sync_sites SET last_at = ? WHERE site = ?", [utc_now(), site["site"]])
            self.store.audit.record("sync_export", {"site": site["site"], "name": site["name"], "changes": count,
                                                    "bytes": len(blob)})
        return {"site": site["site"], "changes": count, "bytes": len(blob)}

    @requires(Action.IMPORT)
    def import_bundle(self, path: str | Path, *, progress=None, cancelled=None) -> dict:
        """Verify, decrypt and apply a bundle; a second reading of the same bundle changes nothing.

        `progress(done, total)` is told as the changes are applied (total: the bundle's changes; for a
        first bundle, the consolidation's steps) and `cancelled()` asked every few thousand changes; a
        cancel raises `Cancelled` and rolls the whole import back, so the bundle can be imported later.
        """
        state, path = self._keys(), Path(path)
        from micic_planner.storage.sync.hub_store import HubStore, is_first_bundle

        if is_first_bundle(path):  # a post's first bundle: headquarters consolidates it set-based
            return HubStore(self.store).consolidate(path, progress=progress, cancelled=cancelled)
        blob = path.read_bytes()
        head = bundle.header(blob, str(path))
        sender = self._registered_sender(head.get("from"), path)
        if head.get("key") == state["site"]:
            key = state["exchange_key"]
        elif head.get("key") == sender["site"] and sender["exchange_key"]:
            key = sender["exchange_key"]
        else:
            raise SyncError(_("The bundle was sealed for another post."), where=str(path))
        text = bundle.open_bundle(blob, signer_key=sender["public_key"], exchange_key=key, where=str(path))
        roles = {r[0]: r[1] for r in self.db.execute("SELECT site, role FROM sync_sites")}
        roles[state["site"]] = state["role"]
        # One audit entry for the bundle (below), not one per record: the log keeps each change's site and user.
        try:
            with self.db.atomic(), self.store.audit.bulk(*(t.name for t in TABLES)):
                counts, their_seen = apply_payload(self.db, text, roles, progress, cancelled)
                known = json.loads(sender["seen"])
                for site, n in their_seen.items():
                    known[site] = max(known.get(site, 0), n)
                self.db.execute("UPDATE sync_sites SET seen = ?, last_at = ? WHERE site = ?",
                                [json.dumps(known), utc_now(), sender["site"]])
        except sqlite3.IntegrityError as exc:  # rolled back whole: the same record under two uuids, say
            raise SyncError(_("The bundle holds a record that clashes with one in this file ({detail}); nothing "
                              "was imported.").format(detail=exc), where=str(path),
                            hint=_("Tell headquarters: two sites hold the same record under two identities "
                                   "(a return case handed over by an older version, for instance).")) from exc
        self.store.audit.record("sync_import", {"site": sender["site"], "name": sender["name"], **counts})
        return {"site": sender["site"], "name": sender["name"], **counts}

    def _registered_sender(self, site: str | None, path: Path) -> dict:
        try:
            return self._site(site or "")
        except SyncError:
            raise SyncError(_("The bundle is not signed by a registered site; it was not imported."), where=str(path),
                            hint=_("Register the sending site's key file first, if you trust it.")) from None

    # -- a national moving between posts --------------------------------------------------------------
    @requires(Action.EDIT_REGISTRY)
    def transfer(self, national: str, to: str, reason: str = "") -> dict:
        """Hand a national over to the post `to` (headquarters only): the transfer travels with the bundles.

        From then on that post receives the person's records and may edit them; the post they leave
        gets no more updates of them, and its later edits of them are kept in the log but not applied.
        """
        state = self._keys()
        if state["role"] != "hq":
            raise SyncError(_("Only headquarters hands a national over to another post."),
                            hint=_("Ask headquarters to do it; it sends the person's records to the new post."))
        site = self._site(to)
        if site["role"] != "post":
            raise SyncError(_("{name} is not a post.").format(name=to), hint=_("Name a registered post."))
        row = self.db.execute("SELECT uuid, given_names, family_names FROM nationals WHERE uuid = ? OR "
                              "CAST(id AS TEXT) = ?", [national, national]).fetchone()
        if row is None:
            raise SyncError(_("No national {what} in this file.").format(what=national),
                            hint=_("Give the national's uuid or number as the registry shows it."))
        uuid = row[0]
        held_by = scope.holder(self.db, uuid) or state["site"]
        if held_by == site["site"]:
            raise SyncError(_("{person} is already held by {post}.").format(person=f"{row[1]} {row[2]}".strip(),
                                                                            post=site["name"] or site["site"]))
        with self.db.atomic():
            self.db.execute(f"INSERT INTO {scope.TRANSFERS} (uuid, national_uuid, from_site, to_site, reason) "
                            f"VALUES ({NEW_UUID}, ?, ?, ?, ?)", [uuid, held_by, site["site"], reason])
            self.store.audit.record("sync_transfer", {"national": uuid, "from": held_by, "to": site["site"],
                                                      "reason": reason})
        return {"national": uuid, "name": f"{row[1]} {row[2]}".strip(), "from": self._name(held_by),
                "to": site["name"] or site["site"]}

    @requires(Action.VIEW_REGISTRY)
    def holder_of(self, uuid: str) -> dict:
        """Which site holds the national `uuid` now, and the transfers that moved them."""
        held_by = scope.holder(self.db, uuid)
        moves = [{"from": self._name(a), "to": self._name(b), "reason": why, "at": at} for a, b, why, at in
                 self.db.execute(f"SELECT from_site, to_site, reason, created_at FROM {scope.TRANSFERS} "
                                 "WHERE national_uuid = ? ORDER BY created_at", [uuid])]
        return {"site": held_by, "name": self._name(held_by) if held_by else "", "moves": moves}

    # -- review ----------------------------------------------------------------------------------
    @requires(Action.VIEW_RESTRICTED)
    def review(self) -> list[dict]:
        """Each open conflict with every value still standing, who made it and when, in words and raw.

        An item holds `label` (the record: a national's names and birth date), `field_label` (the field as
        the registry names it), `kind` (how it is answered: flags ticked, yes or no, text, or a delete to
        acknowledge), `choices` (the flags to tick, for a flags field) and `values`: each standing value as
        stored (`value`, what settling writes) and in words (`text`), with its site, user and time.
        """
        out = []
        for tbl, uuid, field, since in self.db.execute(
                "SELECT tbl, uuid, field, since FROM sync_review ORDER BY since").fetchall():
            kind = review_text.field_kind(tbl, field)
            out.append({"table": tbl, "uuid": uuid, "field": field, "since": since,
                        "label": record_label(self.db, tbl, uuid), "field_label": review_text.field_label(tbl, field),
                        "kind": kind, "values": self._standing(tbl, uuid, field),
                        "choices": review_text.vulnerability_choices() if kind == review_text.FLAGS else []})
        return out

    def _edits(self, tbl: str, uuid: str, field: str) -> dict:
        edits = {}
        for hlc, site, op, fields, base, user in self.db.execute(
                "SELECT l.hlc, l.site, l.op, l.fields, l.base, l.by_user FROM sync_record r JOIN sync_log l "
                "ON l.site = r.site AND l.seq = r.seq WHERE r.tbl = ? AND r.uuid = ? UNION ALL "
                "SELECT hlc, site, op, fields, base, by_user FROM sync_log WHERE uuid = ? AND tbl = ? AND op != 'i' "
                "AND op = 'u'", [tbl, uuid, uuid, tbl]):
            values = json.loads(fields)
            if op == "i":  # an insert leaves out the fields that hold their default
                values = {**default_values(self.db, BY_NAME[tbl]), **values}
            if op == "i" or field in values:
                bases = [] if op == "i" else [tuple(b) for b in json.loads(base or "{}").get(field, [])]
                edits[(hlc, site)] = (bases, values.get(field), user)
        return edits

    def _standing(self, tbl: str, uuid: str, field: str) -> list[dict]:
        if not field:  # a delete that missed edits: the edits it missed
            rows = self.db.execute("SELECT hlc, site, by_user, op, fields FROM sync_log WHERE uuid = ? AND tbl = ? "
                                   "AND op != 'i' ORDER BY hlc", [uuid, tbl]).fetchall()
            return [{"value": _("deleted") if op == "d" else fields,
                     "text": _("Record deleted") if op == "d" else review_text.edited_fields_text(
                         tbl, list(json.loads(fields or "{}"))),
                     "site": self._name(site), "user": user, "at": clock_time(hlc)}
                    for hlc, site, user, op, fields in rows]
        edits = self._edits(tbl, uuid, field)
        heads = versions.heads({v: e[0] for v, e in edits.items()})
        return [{"value": edits[v][1], "text": review_text.value_text(tbl, field, edits[v][1]),
                 "site": self._name(v[1]), "user": edits[v][2], "at": clock_time(v[0])}
                for v in sorted(heads, reverse=True)]

    def _name(self, site: str) -> str:
        row = self.db.execute("SELECT name FROM sync_sites WHERE site = ? UNION ALL "
                              "SELECT name FROM sync_state WHERE site = ?", [site, site]).fetchone()
        return (row[0] if row else "") or site

    @requires(Action.EDIT_REGISTRY)
    def settle(self, tbl: str, uuid: str, field: str, value=None) -> dict:
        """Settle a conflict with `value` (one of the standing values, or a combination of them).

        The answer is an edit made on top of every standing value, so every site that receives it
        closes the same conflict. A delete that missed an edit is acknowledged here only.
        """
        if not field:
            with self.db.atomic():
                self.db.execute("DELETE FROM sync_review WHERE tbl = ? AND uuid = ? AND field = ''", [tbl, uuid])
            return {"settled": 1}
        if tbl not in BY_NAME or field not in BY_NAME[tbl].protected:
            raise SyncError(_("There is no such conflict to settle."))
        heads = sorted(versions.heads({v: e[0] for v, e in self._edits(tbl, uuid, field).items()}))
        with self.db.atomic(), suspended(self.db):
            self.db.execute(f"UPDATE [{tbl}] SET [{field}] = ? WHERE uuid = ?", [value, uuid])
            self.db.execute(f"UPDATE sync_state SET {TICK}")
            self.db.execute(
                "INSERT INTO sync_log (site, seq, tbl, uuid, op, fields, base, hlc, by_user) "
                "SELECT site, seq, ?, ?, 'u', json_object(?, ?), json_object(?, json(?)), hlc, user FROM sync_state",
                [tbl, uuid, field, value, field, json.dumps([list(h) for h in heads])])
            self.db.execute("INSERT INTO sync_field (tbl, uuid, field, hlc, site) SELECT ?, ?, ?, hlc, site "
                            "FROM sync_state WHERE true ON CONFLICT DO UPDATE SET hlc = excluded.hlc, "
                            "site = excluded.site", [tbl, uuid, field])
            Applier(self.db, "", {}).recheck(tbl, uuid, field)
            self.store.audit.record("sync_settle", {"table": tbl, "uuid": uuid, "field": field})
        return {"settled": 1}

    @requires(Action.VIEW_REGISTRY)
    def flags(self, include_handled: bool = False) -> list[dict]:
        """What a merge flagged under the one-authority rules (over-booked movements, numbers issued twice).

        Open flags only, unless `include_handled`: then the handled ones too, with who handled them,
        when and their note (`handled_at` is None for an open flag).
        """
        from micic_planner.storage.sync.authority import describe

        where = "" if include_handled else " WHERE handled_at IS NULL"
        return [{"table": tbl, "uuid": uuid, "kind": kind, "since": since, "text": describe(kind, json.loads(detail)),
                 "label": record_label(self.db, tbl, uuid), "handled_at": handled_at, "handled_by": handled_by,
                 "note": note}
                for tbl, uuid, kind, detail, since, handled_at, handled_by, note in self.db.execute(
                    "SELECT tbl, uuid, kind, detail, since, handled_at, handled_by, note FROM sync_flags"
                    f"{where} ORDER BY since, tbl, uuid").fetchall()]

    @requires(Action.RUN_CRISIS)
    def settle_flag(self, tbl: str, uuid: str, kind: str, note: str) -> dict:
        """Mark a flag as handled: it leaves the open list, the note, who and when are kept on it.

        The seats or numbers themselves are put right where they live (the movement's manifest, the
        document); this records that a person looked at what the merge found, and what they did.
        """
        note = (note or "").strip()
        row = self.db.execute("SELECT handled_at FROM sync_flags WHERE tbl = ? AND uuid = ? AND kind = ?",
                              [tbl, uuid, kind]).fetchone()
        if row is None or row[0] is not None:
            raise SyncError(_("There is no open flag {kind} on {table} {uuid}.").format(kind=kind, table=tbl,
                                                                                       uuid=uuid),
                            hint=_("Run 'sync review' to list the open flags with their table, uuid and kind."))
        if not note:
            raise SyncError(_("Say in a few words what was done about the flag."),
                            where=f"{tbl} {uuid} {kind}", hint=_("Give a note, such as 'two people moved to Bus 2'."))
        who, at = self.store.user_name or "", utc_now()
        with self.db.atomic():
            self.db.execute("UPDATE sync_flags SET handled_at = ?, handled_by = ?, note = ? "
                            "WHERE tbl = ? AND uuid = ? AND kind = ?", [at, who, note, tbl, uuid, kind])
            self.store.audit.record("sync_flag_handled", {"table": tbl, "uuid": uuid, "kind": kind, "note": note})
        return {"table": tbl, "uuid": uuid, "kind": kind, "handled_at": at, "handled_by": who, "note": note}

    # -- state -----------------------------------------------------------------------------------
    @any_role  # counts and dates of the exchanges: nothing personal
    def status(self) -> dict:
        state = self._state()
        n = lambda sql, *p: self.db.execute(sql, p).fetchone()[0]  # noqa: E731
        return {"site": state["site"], "name": state["name"], "role": state["role"],
                "ready": state["signing_key"] is not None, "clock": clock_time(state["hlc"]),
                "own_changes": state["seq"], "changes": n("SELECT count(*) FROM sync_log"),
                "waiting": n("SELECT count(*) FROM sync_pending"), "review": n("SELECT count(*) FROM sync_review"),
                "links": n("SELECT count(*) FROM sync_links"),
                "sites": [dict(zip(("site", "name", "role", "last_at"), r)) for r in self.db.execute(
                    "SELECT site, name, role, last_at FROM sync_sites ORDER BY name")]}
