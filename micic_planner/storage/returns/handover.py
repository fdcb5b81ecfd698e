"""Return cases handed over between the post and the receiving office, as a payload the file format carries.

Only what the receiving office needs travels: the case, its timeline, and each person's identity, documents,
contact, languages and vulnerabilities; never registry notes or migration status. A case travels only with
the returnee's consent recorded. The receiving office continues the case in its own post file.

Version 2 adds what comes back from home: the follow-up visits and the referrals with their state and
outcome. Version 3 carries each record's uuid (members, steps, visits, referrals), so the office's copy is the
same records as the post's: when both exchange bundles with headquarters, nothing arrives twice there and
no member clashes with itself. Versions 1 and 2 are still read (their records get new uuids, as before);
a file from a newer program is refused, not guessed.
"""

from contextlib import ExitStack
from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.enums import Sex, Vulnerability
from micic_planner.core.errors import HandoverError
from micic_planner.core.i18n import _
from micic_planner.core.models import National
from micic_planner.core.returns.case import ReturnCase
from micic_planner.core.security import Action
from micic_planner.storage.mapping import from_row, to_row, utc_now
from micic_planner.storage.permissions import Guarded, requires
from micic_planner.storage.retention_store import expiry_of
from micic_planner.storage.sync.capture import logged_in_bulk

# The synced tables a handover adds to, parents first.
BULK_LOGGED = ("nationals", "return_cases", "return_members", "return_steps", "follow_ups", "referrals")

KIND = "micic-return-handover"
VERSION = 3
READABLE = (1, 2, 3)
FOLLOW_UP_FIELDS = ("due_on", "done_on", "notes")
REFERRAL_FIELDS = ("service", "dimension", "sent_on", "consent", "shared", "state", "outcome")
PERSON_FIELDS = ("uuid", "given_names", "family_names", "sex", "birth_date", "passport_no", "passport_expiry",
                 "consular_id", "phone", "languages", "emergency_contact", "emergency_phone", "household",
                 "vulnerabilities")
# Ids that mean something only in the sending file.
_LOCAL = ("id", "movement_id", "crisis_id")


class ReturnHandover(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.HANDOVER_RETURNS, Action.VIEW_RETURNS)
    def outgoing(self, case_ids: list[int]) -> dict:
        """The payload for these cases; refused whole if any lacks the returnee's consent. Audited."""
        ids = list(dict.fromkeys(case_ids))
        if not ids:
            raise HandoverError(_("No case was chosen for the handover."))
        marks = ", ".join("?" * len(ids))
        cursor = self.db.execute(f"SELECT * FROM return_cases WHERE id IN ({marks}) ORDER BY id", ids)
        names = [d[0] for d in cursor.description]
        cases = [dict(zip(names, r)) for r in cursor.fetchall()]
        missing = sorted(set(ids) - {c["id"] for c in cases})
        if missing:
            raise HandoverError(_("No return case has the id {id}.").format(id=", ".join(map(str, missing))))
        refused = [c["number"] for c in cases if not c["consent_handover"]]
        if refused:
            raise HandoverError(_("No consent to the handover is recorded for: {numbers}.").format(
                numbers=", ".join(refused)), hint=_("Record the returnee's consent on the case, or leave it out."))
        people = self._people(ids, marks)
        steps: dict[int, list] = {}
        for case_id, state, at, by, note, uuid in self.db.execute(
                f"SELECT case_id, state, at, by_user, note, uuid FROM return_steps WHERE case_id IN ({marks}) "
                "ORDER BY at, id", ids):
            steps.setdefault(case_id, []).append({"state": state, "at": at, "by_user": by, "note": note,
                                                  "uuid": uuid})
        visits = self._rows("follow_ups", FOLLOW_UP_FIELDS, ids, marks, "due_on, id")
        referrals = self._rows("referrals", REFERRAL_FIELDS, ids, marks, "sent_on, id")
        post = self.store.post()
        out = []
        for c in cases:
            entry = {k: v for k, v in c.items() if k not in _LOCAL}
            entry["members"] = people.get(c["id"], [])
            entry["steps"] = steps.get(c["id"], [])
            entry["follow_ups"] = visits.get(c["id"], [])
            entry["referrals"] = referrals.get(c["id"], [])
            out.append(entry)
        self.store.audit.record("handover_export", {"cases": [c["number"] for c in cases]})
        return {"kind": KIND, "version": VERSION, "from": post.name if post else "", "at": utc_now(), "cases": out}

    def _rows(self, table: str, fields: tuple[str, ...], ids: list[int], marks: str, order: str) -> dict[int, list]:
        out: dict[int, list[dict]] = {}
        for row in self.db.execute(f"SELECT case_id, {', '.join(fields)}, uuid FROM {table} "
                                   f"WHERE case_id IN ({marks}) ORDER BY {order}", ids):
            out.setdefault(row[0], []).append(dict(zip((*fields, "uuid"), row[1:])))
        return out

    def _people(self, ids: list[int], marks: str) -> dict[int, list[dict]]:
        columns = ", ".join(f"n.{f}" for f in PERSON_FIELDS)
        cursor = self.db.execute(
            f"SELECT m.case_id, m.principal, m.etd_number, m.uuid, {columns} FROM return_members m "
            f"JOIN nationals n ON n.id = m.national_id WHERE m.case_id IN ({marks}) ORDER BY m.principal DESC, m.id",
            ids)
        out: dict[int, list[dict]] = {}
        for row in cursor.fetchall():
            person = dict(zip(PERSON_FIELDS, row[4:]))
            person.update(principal=bool(row[1]), etd_number=row[2], member_uuid=row[3])
            out.setdefault(row[0], []).append(person)
        return out

    @requires(Action.HANDOVER_RETURNS)
    def incoming(self, payload: dict) -> Changes:
        """Take the payload's cases into this file: new ones added, known ones continued. One transaction."""
        if payload.get("kind") != KIND or payload.get("version") not in READABLE:
            newer = payload.get("kind") == KIND and isinstance(payload.get("version"), int) \
                and payload["version"] > VERSION
            raise HandoverError(_("This file is not a return handover this program can read."),
                                hint=_("Update MICIC Planner: the file comes from a newer version.") if newer else
                                _("Ask the sending office to export it again with MICIC Planner."))
        stamp = utc_now()
        new_person = {"created_at": stamp, "updated_at": stamp, "record_expiry": expiry_of(self.db, stamp)}
        # What this file already holds, read once rather than once per case.
        self._cases = dict(self.db.execute("SELECT uuid, id FROM return_cases").fetchall())
        self._numbers = {r[0] for r in self.db.execute("SELECT number FROM return_cases")}
        wanted = [p["uuid"] for e in payload["cases"] for p in e["members"]]
        self._people_ids = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            self._people_ids.update(self.db.execute(
                f"SELECT uuid, id FROM nationals WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
        touched = []
        # One audit entry names the cases taken in, rather than a row per insert (as an import of nationals).
        with self.store.audit.bulk("nationals", "return_cases", "return_members", "return_steps", "follow_ups",
                                   "referrals"), self.db.atomic(), ExitStack() as logging:
            if not any(e["uuid"] in self._cases for e in payload["cases"]):
                # Only new records (a handover read the first time): the sync log takes them set-based at the
                # end, each table's parents before its children, instead of a capture trigger per row (4x slower).
                for table in reversed(BULK_LOGGED):
                    logging.enter_context(logged_in_bulk(self.db, table))
            for entry in payload["cases"]:
                touched.append(self._take(entry, new_person))
            self.store.audit.record("handover_import", {"from": payload.get("from", ""),
                                                        "cases": [e["number"] for e in payload["cases"]]})
        return changed("return_cases", "return_members", "return_steps", "nationals", "follow_ups", "referrals",
                       count=len(touched), ids=tuple(touched))

    def _take(self, entry: dict, new_person: dict) -> int:
        known = self._cases.get(entry["uuid"])
        fields = {k: v for k, v in entry.items() if k not in ("members", "steps", "follow_ups", "referrals")}
        case = from_row(ReturnCase, fields)
        if known is None:
            case.origin = case.origin or entry.get("origin") or ""
            row = to_row(case)
            row.update(state_at=fields.get("state_at") or utc_now(), departed_on=fields.get("departed_on"))
            if row["number"] in self._numbers:
                row["number"] += "-T"  # a number this office already gave: kept recognisable, made unique
            cursor = self.db.execute(f"INSERT INTO return_cases ({', '.join(row)}) VALUES "
                                     f"({', '.join('?' * len(row))})", list(row.values()))
            case_id = cursor.lastrowid
            self._cases[case.uuid] = case_id
            self._numbers.add(row["number"])
        else:
            case_id = known
            row = to_row(case)
            # The file's own number, origin and links to its movements and crises stay as they are.
            for key in ("uuid", "number", "origin", "movement_id", "crisis_id"):
                row.pop(key)
            row.update(state_at=fields.get("state_at") or utc_now(), departed_on=fields.get("departed_on"),
                       updated_at=utc_now())
            self.db.execute(f"UPDATE return_cases SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                            [*row.values(), case_id])
        for person in entry["members"]:
            national_id = self._person(person, new_person)
            self.db.execute("INSERT INTO return_members (uuid, case_id, national_id, principal, etd_number) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, national_id) DO UPDATE SET "
                            "etd_number = excluded.etd_number", [person.get("member_uuid"), case_id, national_id,
                                                                 int(person["principal"]), person["etd_number"]])
        # The person who asked: the case goes where they go when it travels to headquarters (sync scope).
        self.db.execute("UPDATE return_cases SET national_id = (SELECT national_id FROM return_members "
                        "WHERE case_id = ?1 ORDER BY principal DESC, id LIMIT 1) WHERE id = ?1 AND national_id IS NULL",
                        [case_id])
        held = [] if known is None else self.db.execute(
            "SELECT state, at, uuid FROM return_steps WHERE case_id = ?", [case_id]).fetchall()
        moments, uuids = {(state, at) for state, at, _uuid in held}, {uuid for *_moment, uuid in held}
        self.db.conn.executemany(
            "INSERT INTO return_steps (uuid, case_id, state, at, by_user, note) VALUES (?, ?, ?, ?, ?, ?)",
            [(s.get("uuid"), case_id, s["state"], s["at"], s["by_user"], s["note"]) for s in entry["steps"]
             if (s["state"], s["at"]) not in moments and s.get("uuid") not in uuids])
        self._follow_ups(case_id, entry.get("follow_ups", []))
        self._referrals(case_id, entry.get("referrals", []))
        return case_id

    def _follow_ups(self, case_id: int, visits: list[dict]) -> None:
        """A visit is known by its due day: one done at the other office is marked done here, never undone."""
        have = dict(self.db.execute("SELECT due_on, done_on FROM follow_ups WHERE case_id = ?", [case_id]))
        for v in visits:
            if v["due_on"] not in have:
                self.db.execute("INSERT INTO follow_ups (uuid, case_id, due_on, done_on, notes) VALUES (?, ?, ?, ?, ?)",
                                [v.get("uuid"), case_id, v["due_on"], v["done_on"], v["notes"]])
            elif v["done_on"] and not have[v["due_on"]]:
                self.db.execute("UPDATE follow_ups SET done_on = ?, notes = ? WHERE case_id = ? AND due_on = ?",
                                [v["done_on"], v["notes"], case_id, v["due_on"]])

    def _referrals(self, case_id: int, referrals: list[dict]) -> None:
        """A referral is known by its service and day sent; its state and outcome come from the file."""
        have = {(r[0], r[1]): r[2] for r in self.db.execute(
            "SELECT service, sent_on, id FROM referrals WHERE case_id = ?", [case_id])}
        for r in referrals:
            known = have.get((r["service"], r["sent_on"]))
            if known is None:
                self.db.execute(f"INSERT INTO referrals (uuid, case_id, {', '.join(REFERRAL_FIELDS)}) VALUES "
                                f"(?, ?, {', '.join('?' * len(REFERRAL_FIELDS))})",
                                [r.get("uuid"), case_id, *(r[f] for f in REFERRAL_FIELDS)])
            else:
                self.db.execute("UPDATE referrals SET state = ?, outcome = ? WHERE id = ?",
                                [r["state"], r["outcome"], known])

    def _person(self, person: dict, new_person: dict) -> int:
        """The returnee in this file's registry, added on first arrival (the retention rule counted from now)."""
        if person["uuid"] in self._people_ids:
            return self._people_ids[person["uuid"]]
        day = lambda v: date.fromisoformat(v) if v else None
        national = National(
            person["given_names"], person["family_names"], Sex(person["sex"]), day(person["birth_date"]),
            person["passport_no"], day(person["passport_expiry"]), person["consular_id"], phone=person["phone"],
            languages=person["languages"], emergency_contact=person["emergency_contact"],
            emergency_phone=person["emergency_phone"], household=person["household"],
            vulnerabilities=Vulnerability(person["vulnerabilities"]), uuid=person["uuid"])
        row = to_row(national)
        row.pop("assembly_point_id")
        row.update(new_person)
        cursor = self.db.execute(f"INSERT INTO nationals ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                 list(row.values()))
        self._people_ids[national.uuid] = cursor.lastrowid
        return cursor.lastrowid
