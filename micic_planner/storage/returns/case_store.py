"""Return cases as the signed-in user may use them: open, read (each case file read is audited), advance."""

import dataclasses
from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.enums import Vulnerability
from micic_planner.core.errors import NotFoundError, ReadOnlyError, ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.returns.case import (
    AT_HOME,
    OPEN_STATES,
    CaseState,
    Member,
    Profile,
    ReturnCase,
    Step,
)
from micic_planner.core.returns.listing import CaseFilter, CaseRow
from micic_planner.core.returns.reintegration import follow_up_dates
from micic_planner.core.returns.safeguards import Blocker, check_step, household_split, next_steps
from micic_planner.core.security import Action
from micic_planner.storage.mapping import from_row, to_row, utc_now
from micic_planner.storage.permissions import Guarded, any_role, checks_inside, requires

_OPEN = "('" + "','".join(s.value for s in OPEN_STATES) + "')"
_NAME = "n.family_names || ', ' || n.given_names"


class ReturnStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    # -- opening -----------------------------------------------------------------
    @requires(Action.MANAGE_RETURNS)
    def open_case(self, case: ReturnCase, national_ids: list[int]) -> Changes:
        """A new case for these people (the first is the one who asked); a household is never split silently."""
        if not national_ids:
            raise ValidationError("nationals", _("A return case needs at least one person."))
        ids = list(dict.fromkeys(national_ids))
        rows = self._nationals(ids)
        busy = self.db.execute(
            f"SELECT {_NAME}, c.number FROM return_members m JOIN return_cases c ON c.id = m.case_id "
            f"JOIN nationals n ON n.id = m.national_id WHERE c.state IN {_OPEN} "
            f"AND m.national_id IN ({', '.join('?' * len(ids))})", ids).fetchall()
        if busy:
            raise ValidationError("nationals", _("{name} is already in open case {number}.").format(
                name=busy[0][0], number=busy[0][1]), hint=_("Open that case instead of a new one."))
        split = household_split(case, self._left_out(ids))
        if split is not None:
            raise ValidationError(split.key, split.message, hint=split.hint)
        case.household = case.household or next((r["household"] for r in rows if r["household"]), "")
        for r in rows:
            case.profile |= Profile.from_registry(Vulnerability(r["vulnerabilities"]))
        case.state = CaseState.REQUESTED
        with self.db.atomic():
            case.number = case.number or self._next_number(case.requested_on)
            row = to_row(case)
            row["national_id"] = ids[0]  # the person who asked: the case goes where they go (sync scope)
            cursor = self.db.execute(f"INSERT INTO return_cases ({', '.join(row)}) VALUES "
                                     f"({', '.join('?' * len(row))})", list(row.values()))
            case.id = cursor.lastrowid
            self.db.conn.executemany("INSERT INTO return_members (case_id, national_id, principal) VALUES (?, ?, ?)",
                                [(case.id, nid, int(i == 0)) for i, nid in enumerate(ids)])
            self._step(case.id, CaseState.REQUESTED, _("Requested by {who}").format(who=case.requested_by)
                       if case.requested_by else "")
        return changed("return_cases", "return_members", "return_steps", count=1, ids=(case.id,))

    @requires(Action.MANAGE_RETURNS)
    def from_nationals(self, national_ids: list[int], requested_on: date | None = None, requested_by: str = "",
                       crisis_id: int | None = None, movement_id: int | None = None) -> Changes:
        """One case per household (or person) among these nationals, their whole household with them (issue 16.9).

        People already in an open case are left where they are; the result counts the cases opened.
        """
        day = requested_on or date.today()
        groups: dict[str, list[int]] = {}
        for row in self._nationals(list(dict.fromkeys(national_ids))):
            groups.setdefault(row["household"] or f"#{row['id']}", []).append(row["id"])
        busy = {r[0] for r in self.db.execute(
            f"SELECT m.national_id FROM return_members m JOIN return_cases c ON c.id = m.case_id "
            f"WHERE c.state IN {_OPEN}")}
        opened = []
        with self.db.atomic():
            for key, ids in groups.items():
                if not key.startswith("#"):
                    ids = ids + [r[0] for r in self.db.execute(
                        "SELECT id FROM nationals WHERE household = ? AND status != 'deceased' ORDER BY id",
                        [key]) if r[0] not in ids]
                ids = [i for i in ids if i not in busy]
                if not ids:
                    continue
                case = ReturnCase(day, requested_by=requested_by, crisis_id=crisis_id, movement_id=movement_id)
                self.open_case(case, ids)
                opened.append(case.id)
        return changed("return_cases", "return_members", "return_steps", count=len(opened), ids=tuple(opened))

    @requires(Action.MANAGE_RETURNS)
    def from_movement(self, movement_id: int, requested_on: date | None = None) -> Changes:
        """Cases for everyone on a movement's manifest (an evacuation or a repatriation)."""
        row = self.db.execute("SELECT crisis_id, name FROM movements WHERE id = ?", [movement_id]).fetchone()
        if row is None:
            raise NotFoundError(_("No movement has the id {id}.").format(id=movement_id))
        ids = [r[0] for r in self.db.execute("SELECT national_id FROM manifest_entries WHERE movement_id = ? "
                                             "ORDER BY position, id", [movement_id])]
        if not ids:
            raise ValidationError("movement", _("Movement “{name}” has nobody on its manifest.").format(name=row[1]))
        return self.from_nationals(ids, requested_on, _("After the crisis: movement “{name}”").format(name=row[1]),
                                   crisis_id=row[0], movement_id=movement_id)

    @requires(Action.MANAGE_RETURNS, Action.MANAGE_MOVEMENTS)
    def put_on_movement(self, case_id: int, movement_id: int) -> Changes:
        """Travel on a movement (a return bus to the border is one): its people go on the manifest, seats checked."""
        from micic_planner.storage.crisis_store import CrisisStore

        movement = CrisisStore(self.store).movements.get(movement_id)
        with self.db.atomic():
            result = CrisisStore(self.store).movements.add(movement_id, self._member_ids(case_id))
            self.db.execute("UPDATE return_cases SET movement_id = ?, travel_mode = ?, travel_date = "
                            "coalesce(nullif(substr(?, 1, 10), ''), travel_date), updated_at = ? WHERE id = ?",
                            [movement_id, movement.mode.value, movement.departs_at or "", utc_now(), case_id])
        return result | changed("return_cases", count=1, ids=(case_id,))

    def _next_number(self, on: date) -> str:
        """RET-2026-3F9A0C-00012: the number carries this site, as document numbers do (crisis_authority.py),
        so cases opened at two posts never share one. Numbers given before (RET-2026-00012) stay as they are."""
        from micic_planner.storage.crisis_authority import next_number

        return next_number(self.db, "RET", on.year, "return_cases")

    def _nationals(self, ids: list[int]) -> list[dict]:
        cursor = self.db.execute(f"SELECT * FROM nationals WHERE id IN ({', '.join('?' * len(ids))})", ids)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r)) for r in cursor.fetchall()]
        missing = sorted(set(ids) - {r["id"] for r in rows})
        if missing:
            raise NotFoundError(_("No national has the id {ids}; nothing was changed.").format(
                ids=", ".join(map(str, missing))), hint=_("Check the list and try again."))
        return rows

    def _left_out(self, ids: list[int]) -> tuple[str, ...]:
        """Names of household members of these people who are not among them."""
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT {_NAME} FROM nationals n WHERE n.household != '' AND n.household IN "
            f"(SELECT household FROM nationals WHERE id IN ({marks})) AND n.id NOT IN ({marks}) "
            "AND n.status != 'deceased' "
            # Who goes home in a case of their own (or already went) is not left behind.
            "AND n.id NOT IN (SELECT m.national_id FROM return_members m JOIN return_cases c ON c.id = m.case_id "
            "WHERE c.state NOT IN ('declined', 'withdrawn')) "
            "ORDER BY n.family_names, n.given_names", [*ids, *ids]).fetchall()
        return tuple(r[0] for r in rows)

    # -- changing ----------------------------------------------------------------
    @requires(Action.MANAGE_RETURNS)
    def save(self, case: ReturnCase) -> Changes:
        """Store the case's details (assessment, safeguards, travel); its state moves only by `advance`."""
        stored = self._case(case.id)
        row = to_row(dataclasses.replace(case, state=stored.state, number=stored.number, uuid=stored.uuid))
        row["updated_at"] = utc_now()
        self.db.execute(f"UPDATE return_cases SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                        [*row.values(), case.id])
        return changed("return_cases", count=1, ids=(case.id,))

    @requires(Action.MANAGE_RETURNS)
    def set_travel_document(self, case_id: int, national_id: int, number: str) -> Changes:
        """Record the emergency travel document a person of the case travels on."""
        cursor = self.db.execute("UPDATE return_members SET etd_number = ? WHERE case_id = ? AND national_id = ?",
                                 [number.strip(), case_id, national_id])
        if not cursor.rowcount:
            raise NotFoundError(_("That person is not in this case."))
        return changed("return_members", count=1, ids=(case_id,))

    @checks_inside(Action.MANAGE_RETURNS, Action.RECEIVE_RETURNS)
    def advance(self, case_id: int, target: CaseState, note: str = "", day: date | None = None) -> Changes:
        """Take one step, if the rules and every safeguard allow it; the timeline records who and when."""
        # Reception, reintegration and closure are the receiving office's; the rest is the post's.
        self.session.require(Action.RECEIVE_RETURNS if target in AT_HOME else Action.MANAGE_RETURNS)
        case = self._case(case_id)
        ids = self._member_ids(case_id)
        check_step(case, self._members(case_id), target, day, self._left_out(ids))
        now = utc_now()
        with self.db.atomic():
            departed = ", departed_on = ?" if target is CaseState.DEPARTED else ""
            self.db.execute(f"UPDATE return_cases SET state = ?, state_at = ?, updated_at = ?{departed} WHERE id = ?",
                            [target.value, now, now, *([(day or date.today()).isoformat()] if departed else []),
                             case_id])
            self._step(case_id, target, note)
            if target is CaseState.RECEIVED:
                # The follow-up visits fall due from the day of reception.
                self.db.conn.executemany("INSERT INTO follow_ups (case_id, due_on) VALUES (?, ?)",
                                         [(case_id, d.isoformat()) for d in follow_up_dates(day or date.today())])
        return changed("return_cases", "return_steps", "follow_ups", count=1, ids=(case_id,))

    def _step(self, case_id: int, state: CaseState, note: str) -> None:
        self.db.execute("INSERT INTO return_steps (case_id, state, at, by_user, note) VALUES (?, ?, ?, ?, ?)",
                        [case_id, state.value, utc_now(), self.store.user_name, note])

    # -- reading -----------------------------------------------------------------
    def _case(self, case_id: int | None) -> ReturnCase:
        cursor = self.db.execute("SELECT * FROM return_cases WHERE id = ?", [case_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(_("No return case has the id {id}.").format(id=case_id))
        return from_row(ReturnCase, dict(zip([d[0] for d in cursor.description], row)))

    def _member_ids(self, case_id: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT national_id FROM return_members WHERE case_id = ? "
                                              "ORDER BY principal DESC, id", [case_id])]

    def _members(self, case_id: int) -> list[Member]:
        # An emergency document issued in a crisis (the documents register) counts as much as one noted here.
        rows = self.db.execute(
            f"SELECT m.national_id, {_NAME}, n.birth_date, n.passport_expiry, "
            "coalesce(nullif(m.etd_number, ''), (SELECT d.number FROM documents_issued d WHERE d.national_id = "
            "m.national_id ORDER BY d.issued_on DESC, d.id DESC LIMIT 1), ''), n.household, m.principal "
            "FROM return_members m JOIN nationals n ON n.id = m.national_id WHERE m.case_id = ? "
            "ORDER BY m.principal DESC, m.id", [case_id]).fetchall()
        day = lambda v: date.fromisoformat(v) if v else None
        return [Member(nid, name, day(born), day(expiry), etd or "", household, bool(principal))
                for nid, name, born, expiry, etd, household, principal in rows]

    @requires(Action.VIEW_RETURNS)
    def case_file(self, case_id: int) -> tuple[ReturnCase, list[Member], list[Step]]:
        """The whole case: its details, people and timeline. Every read is in the audit log."""
        if self.store.read_only:
            # A read that cannot be logged is not made.
            raise ReadOnlyError(_("A case file is read only where the read can be logged; this post is read-only."),
                                hint=_("Open a writable copy of the post."))
        case = self._case(case_id)
        self.store.audit.record("read_return_case", {"number": case.number}, table_name="return_cases",
                                record_id=case_id)
        return case, self._members(case_id), self._steps(case_id)

    @requires(Action.VIEW_RETURNS, Action.PRINT_RESTRICTED)
    def case_file_print(self, case_id: int):
        """The case file for a restricted print: the read and the numbered copy both go to the audit log."""
        from micic_planner.storage.plan_source import authorize_restricted_print

        case, members, steps = self.case_file(case_id)
        return case, members, steps, authorize_restricted_print(self.store)

    @requires(Action.VIEW_RETURNS, Action.PRINT_RESTRICTED)
    def arrivals(self, office: str = ""):
        """The advance notice for a receiving office: who arrives, when, and what they need on arrival.

        Cases whose travel is arranged or who have left, the soonest first; the print is numbered and audited.
        """
        from micic_planner.storage.plan_source import authorize_restricted_print

        where, params = "c.state IN ('travel_arranged', 'departed')", []
        if office:
            where += " AND c.receiving_office = ?"
            params.append(office)
        ids = [r[0] for r in self.db.execute(f"SELECT c.id FROM return_cases c WHERE {where} "
                                             "ORDER BY c.travel_date, c.number", params)]
        cases = [(self._case(i), self._members(i)) for i in ids]
        return cases, authorize_restricted_print(self.store)

    @requires(Action.VIEW_RETURNS)
    def languages(self, case_id: int) -> str:
        """The languages of the person who asked (for the declaration), as the registry holds them."""
        row = self.db.execute("SELECT n.languages FROM return_members m JOIN nationals n ON n.id = m.national_id "
                              "WHERE m.case_id = ? ORDER BY m.principal DESC, m.id LIMIT 1", [case_id]).fetchone()
        return row[0] if row else ""

    def _steps(self, case_id: int) -> list[Step]:
        rows = self.db.execute("SELECT state, at, by_user, note FROM return_steps WHERE case_id = ? ORDER BY at, id",
                               [case_id]).fetchall()
        return [Step(CaseState(s), at, by, note) for s, at, by, note in rows]

    @requires(Action.VIEW_RETURNS)
    def steps_ahead(self, case_id: int, day: date | None = None) -> list[tuple[CaseState, list[Blocker]]]:
        """The next steps the case may take, each with the safeguards that block it now."""
        return next_steps(self._case(case_id), self._members(case_id), day,
                          self._left_out(self._member_ids(case_id)))

    @requires(Action.VIEW_RETURNS)
    def count(self, flt: CaseFilter = CaseFilter()) -> int:
        where, params = _where(flt)
        return self.db.execute(f"SELECT count(*) FROM return_cases c{where}", params).fetchone()[0]

    @requires(Action.VIEW_RETURNS)
    def page(self, flt: CaseFilter, offset: int, limit: int) -> list[CaseRow]:
        """One page of the list, newest request first; the names come from the page's own rows only."""
        where, params = _where(flt)
        rows = self.db.execute(
            "SELECT c.id, c.number, c.state, "
            f"(SELECT {_NAME} FROM return_members m JOIN nationals n ON n.id = m.national_id "
            " WHERE m.case_id = c.id ORDER BY m.principal DESC, m.id LIMIT 1), "
            "(SELECT count(*) FROM return_members m WHERE m.case_id = c.id), c.profile, c.programme, "
            f"c.requested_on, c.return_municipality FROM return_cases c{where} "
            "ORDER BY c.requested_on DESC, c.id DESC LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [CaseRow(i, num, CaseState(st), name or "", people, Profile(prof), prog, req, mun)
                for i, num, st, name, people, prof, prog, req, mun in rows]

    @any_role
    def filter_all(self) -> CaseFilter:
        return CaseFilter()

    @requires(Action.VIEW_RETURNS)
    def programmes(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT programme FROM return_cases WHERE programme != '' "
                                              "ORDER BY programme")]

    @requires(Action.VIEW_RETURNS)
    def case_ids_of(self, national_id: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT case_id FROM return_members WHERE national_id = ?",
                                              [national_id])]


def _where(flt: CaseFilter) -> tuple[str, list]:
    parts, params = [], []
    if flt.state is not None:
        parts.append("c.state = ?")
        params.append(flt.state.value)
    if flt.open_only:
        parts.append(f"c.state IN {_OPEN}")
    if flt.profile:
        parts.append("(c.profile & ?) != 0")
        params.append(int(flt.profile))
    if flt.programme:
        parts.append("c.programme = ?")
        params.append(flt.programme)
    return (" WHERE " + " AND ".join(parts) if parts else ""), params
