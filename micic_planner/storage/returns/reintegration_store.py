"""The receiving office's follow of a returnee: the plan's goals, referrals to services, follow-up visits."""

from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import NotFoundError, ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.returns.case import CaseState
from micic_planner.core.returns.referral_letter import ReferralLetter, shared_details
from micic_planner.core.returns.reintegration import (
    FollowUp,
    PlanGoal,
    Referral,
    ReferralState,
    check_referral,
    check_referral_step,
)
from micic_planner.core.security import Action
from micic_planner.storage.mapping import from_row, to_row
from micic_planner.storage.permissions import Guarded, requires
from micic_planner.storage.returns.directory_store import DirectoryStore

AT_HOME = (CaseState.RECEIVED.value, CaseState.IN_REINTEGRATION.value)


class ReintegrationStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    def _at_home(self, case_id: int) -> None:
        row = self.db.execute("SELECT state, number FROM return_cases WHERE id = ?", [case_id]).fetchone()
        if row is None:
            raise NotFoundError(_("No return case has the id {id}.").format(id=case_id))
        if row[0] not in AT_HOME:
            raise ValidationError("state", _("Case {number} is not at home yet: plan and referrals come after "
                                             "reception.").format(number=row[1]),
                                  hint=_("Record the reception first."))

    def _insert(self, table: str, obj) -> int:
        row = to_row(obj)
        cursor = self.db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                 list(row.values()))
        obj.id = cursor.lastrowid
        return obj.id

    @requires(Action.RECEIVE_RETURNS)
    def add_goal(self, goal: PlanGoal) -> Changes:
        """A goal of the reintegration plan, agreed with the returnee."""
        self._at_home(goal.case_id)
        if not goal.goal.strip():
            raise ValidationError("goal", _("A goal of the plan needs its text."))
        return changed("reintegration_goals", count=1, ids=(self._insert("reintegration_goals", goal),))

    @requires(Action.RECEIVE_RETURNS)
    def refer(self, referral: Referral) -> Changes:
        """Send a referral to a service, with consent and only the fields the service needs."""
        self._at_home(referral.case_id)
        check_referral(referral)
        referral.state = ReferralState.SENT
        return changed("referrals", count=1, ids=(self._insert("referrals", referral),))

    @requires(Action.RECEIVE_RETURNS)
    def set_referral_state(self, referral_id: int, state: ReferralState, outcome: str = "") -> Changes:
        row = self.db.execute("SELECT state FROM referrals WHERE id = ?", [referral_id]).fetchone()
        if row is None:
            raise NotFoundError(_("No referral has the id {id}.").format(id=referral_id))
        check_referral_step(ReferralState(row[0]), state, outcome)
        self.db.execute("UPDATE referrals SET state = ?, outcome = ? WHERE id = ?",
                        [state.value, outcome.strip(), referral_id])
        return changed("referrals", count=1, ids=(referral_id,))

    @requires(Action.RECEIVE_RETURNS)
    def record_follow_up(self, follow_up_id: int, done_on: date, notes: str = "") -> Changes:
        cursor = self.db.execute("UPDATE follow_ups SET done_on = ?, notes = ? WHERE id = ?",
                                 [done_on.isoformat(), notes.strip(), follow_up_id])
        if not cursor.rowcount:
            raise NotFoundError(_("No follow-up has the id {id}.").format(id=follow_up_id))
        return changed("follow_ups", count=1, ids=(follow_up_id,))

    @requires(Action.VIEW_RETURNS)
    def plan(self, case_id: int) -> tuple[list[PlanGoal], list[Referral], list[FollowUp]]:
        """The case's plan, referrals and follow-ups, in order."""
        return (self._read(PlanGoal, "reintegration_goals", case_id, "dimension, id"),
                self._read(Referral, "referrals", case_id, "sent_on, id"),
                self._read(FollowUp, "follow_ups", case_id, "due_on, id"))

    @requires(Action.RECEIVE_RETURNS)
    def referral_letter(self, referral_id: int) -> ReferralLetter:
        """The letter for a referral: only the fields the returnee agreed to share. The print is audited."""
        cursor = self.db.execute("SELECT * FROM referrals WHERE id = ?", [referral_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(_("No referral has the id {id}.").format(id=referral_id))
        referral = from_row(Referral, dict(zip([d[0] for d in cursor.description], row)))
        number, municipality, needs = self.db.execute(
            "SELECT number, return_municipality, needs_on_arrival FROM return_cases WHERE id = ?",
            [referral.case_id]).fetchone()
        person = self.db.execute(
            "SELECT n.given_names, n.family_names, n.phone, n.languages FROM return_members m "
            "JOIN nationals n ON n.id = m.national_id WHERE m.case_id = ? ORDER BY m.principal DESC, m.id LIMIT 1",
            [referral.case_id]).fetchone() or ("", "", "", "")
        known = {"name": " ".join(p for p in person[:2] if p), "phone": person[2], "languages": person[3],
                 "municipality": municipality, "needs": needs}
        services = [s for s in DirectoryStore(self.store).services() if s.name == referral.service]
        service = next((s for s in services if s.municipality == municipality), services[0] if services else None)
        post = self.store.post()
        letter = ReferralLetter(referral, number, post.name if post else "", service,
                                shared_details(referral.shared, known))
        self.store.audit.record("referral_letter", {"case": number, "referral": referral_id,
                                                    "fields": [name for name, _v in letter.details]})
        return letter

    def _read(self, cls, table: str, case_id: int, order: str) -> list:
        cursor = self.db.execute(f"SELECT * FROM {table} WHERE case_id = ? ORDER BY {order}", [case_id])
        names = [d[0] for d in cursor.description]
        return [from_row(cls, dict(zip(names, r))) for r in cursor.fetchall()]
