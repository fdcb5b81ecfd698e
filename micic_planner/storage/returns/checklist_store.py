"""The return checklist in the post file: each case's marks, and the office's self-assessment of its practice.

Who may mark follows who does the work: the items before and during the return are the post's
(MANAGE_RETURNS), those after it the receiving office's (RECEIVE_RETURNS). Every mark is kept with who
set it and when, and every change is in the audit log (its triggers cover the two tables); a read of a
case's checklist is logged like a read of its file.
"""

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import NotFoundError, ReadOnlyError
from micic_planner.core.i18n import _
from micic_planner.core.returns.checklist import (
    CaseMark,
    Mark,
    PracticeMark,
    Stage,
    check_case_mark,
    item,
    items,
)
from micic_planner.core.security import Action
from micic_planner.core.sync.keys import keyed_uuid
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.permissions import Guarded, checks_inside, requires


def action_for(stage: Stage) -> Action:
    """Who marks an item of `stage`: the receiving office after the return, the post before and during it."""
    return Action.RECEIVE_RETURNS if stage is Stage.POST_RETURN else Action.MANAGE_RETURNS


class ChecklistStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    def _number(self, case_id: int) -> str:
        row = self.db.execute("SELECT number FROM return_cases WHERE id = ?", [case_id]).fetchone()
        if row is None:
            raise NotFoundError(_("No return case has the id {id}.").format(id=case_id))
        return row[0]

    @requires(Action.VIEW_RETURNS)
    def case_checklist(self, case_id: int) -> list[Mark]:
        """Every item with the case's mark (None where nobody marked it yet). The read is audited."""
        if self.store.read_only:
            raise ReadOnlyError(_("A case's checklist is read only where the read can be logged; this post is "
                                  "read-only."), hint=_("Open a writable copy of the post."))
        number = self._number(case_id)
        rows = {r[0]: r[1:] for r in self.db.execute(
            "SELECT item_key, state, note, by_user, at FROM return_checklist WHERE case_id = ?", [case_id])}
        self.store.audit.record("read_return_checklist", {"number": number}, table_name="return_cases",
                                record_id=case_id)
        return [_mark(i, rows.get(i.key), CaseMark) for i in items()]

    @checks_inside(Action.VIEW_RETURNS, Action.MANAGE_RETURNS, Action.RECEIVE_RETURNS)
    def set_case_item(self, case_id: int, key: str, mark: CaseMark | None, note: str = "") -> Changes:
        """Mark an item of a case (None clears it); a gap needs a note saying what is missing."""
        found = item(key)
        self.session.require(Action.VIEW_RETURNS)
        self.session.require(action_for(found.stage))
        self._number(case_id)
        case_uuid = self.db.execute("SELECT uuid FROM return_cases WHERE id = ?", [case_id]).fetchone()[0]
        note = note.strip()
        check_case_mark(mark, note)
        if mark is None:
            self.db.execute("DELETE FROM return_checklist WHERE case_id = ? AND item_key = ?", [case_id, key])
        else:
            # The uuid is the same wherever the item is marked (m043): two sites' marks of it merge when they meet.
            self.db.execute(
                "INSERT INTO return_checklist (uuid, case_id, item_key, state, note, by_user, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (case_id, item_key) DO UPDATE SET state = excluded.state, note = excluded.note, "
                "by_user = excluded.by_user, at = excluded.at",
                [keyed_uuid(case_uuid, key), case_id, key, mark.value, note, self.store.user_name, utc_now()])
        return changed("return_checklist", count=1, ids=(case_id,))

    @requires(Action.VIEW_RETURNS)
    def practice(self) -> list[Mark]:
        """The office's self-assessment: every item with its rating (None where not rated yet)."""
        rows = {r[0]: r[1:] for r in self.db.execute(
            "SELECT item_key, state, note, by_user, at FROM practice_assessment")}
        return [_mark(i, rows.get(i.key), PracticeMark) for i in items()]

    @checks_inside(Action.VIEW_RETURNS, Action.MANAGE_RETURNS, Action.RECEIVE_RETURNS)
    def set_practice(self, key: str, mark: PracticeMark | None, note: str = "") -> Changes:
        """Rate the office's practice on an item (None clears it); the post or the receiving office rates its own."""
        item(key)
        session = self.session
        session.require(Action.VIEW_RETURNS)
        if not (session.can(Action.MANAGE_RETURNS) or session.can(Action.RECEIVE_RETURNS)):
            session.require(Action.MANAGE_RETURNS)  # refused, in the same words as every refusal
        if mark is None:
            self.db.execute("DELETE FROM practice_assessment WHERE item_key = ?", [key])
        else:
            self.db.execute(
                "INSERT INTO practice_assessment (item_key, state, note, by_user, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (item_key) DO UPDATE SET state = excluded.state, note = excluded.note, "
                "by_user = excluded.by_user, at = excluded.at",
                [key, mark.value, note.strip(), self.store.user_name, utc_now()])
        return changed("practice_assessment", count=1)


def _mark(found, row, kind) -> Mark:
    if row is None:
        return Mark(found)
    state, note, by_user, at = row
    return Mark(found, kind(state), note, by_user, at)
