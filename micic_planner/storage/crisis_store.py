"""Crisis mode over a post file: open and close a crisis, alert levels, the action checklist, timeline.

Accountability, movements and the documents and assistance registers are reached from here
(`accountability`, `movements`, `aid`), so that every crisis write goes through this package.
"""

from __future__ import annotations

from contextlib import nullcontext

from micic_planner.core.changes import Changes, changed
from micic_planner.core.crisis import ChecklistItem, Crisis, LogKind, LogLine
from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.core.errors import CrisisError, NotFoundError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action
from micic_planner.storage import crisis_authority
from micic_planner.storage.accountability_store import AccountabilityStore
from micic_planner.storage.aid_store import AidStore
from micic_planner.storage.crisis_log import read_timeline, write_log
from micic_planner.storage.mapping import from_row, to_row, utc_now
from micic_planner.storage.movement_store import MovementStore
from micic_planner.storage.permissions import Guarded, any_role, requires


class CrisisStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db
        self.accountability = AccountabilityStore(self)
        self.movements = MovementStore(self)
        self.aid = AidStore(self)

    @property
    def user(self) -> str:
        return self.store.user_name

    # The three helpers below are for this package's crisis stores, which have checked the role already.
    def _log(self, crisis_id, kind: LogKind, template: str, params=(), **kw) -> None:
        write_log(self.db, crisis_id, kind, template, params, by_user=self.user, **kw)

    def _quiet(self):
        """Within the block the audit log does not copy each row: a bulk write records one summary entry
        (the status history and the timeline already say who changed what)."""
        audit = getattr(self.store, "audit", None)
        return audit.quiet() if audit is not None else nullcontext()

    def _bulk(self, *tables: str):
        """Like `_quiet`, and the audit triggers of `tables` are lifted meanwhile: 100,000 rows would
        otherwise each run one just to find it quiet (half a second of the bulk status update)."""
        audit = getattr(self.store, "audit", None)
        return audit.bulk(*tables) if audit is not None else nullcontext()

    def _audit(self, action: str, detail: dict) -> None:
        audit = getattr(self.store, "audit", None)
        if audit is not None:
            audit.record(action, detail)

    # -- reading -------------------------------------------------------------
    @requires(Action.VIEW_REGISTRY)
    def current(self) -> Crisis | None:
        """The open crisis, if there is one (this post's own: one received from another post has an owner)."""
        row = self.db.execute("SELECT id FROM crises WHERE closed_at IS NULL AND owner IS NULL").fetchone()
        return self.get(row[0]) if row else None

    @any_role
    def current_id(self) -> int | None:
        row = self.db.execute("SELECT id FROM crises WHERE closed_at IS NULL AND owner IS NULL").fetchone()
        return row[0] if row else None

    @requires(Action.VIEW_REGISTRY)
    def get(self, crisis_id: int) -> Crisis:
        cursor = self.db.execute("SELECT * FROM crises WHERE id = ?", [crisis_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(_("There is no crisis {id} in this post file.").format(id=crisis_id),
                                hint=_("List the crises with `micic-planner crisis list`."))
        return from_row(Crisis, dict(zip([d[0] for d in cursor.description], row)))

    @requires(Action.VIEW_REGISTRY)
    def list(self) -> list[Crisis]:
        ids = [r[0] for r in self.db.execute("SELECT id FROM crises ORDER BY started_at DESC, id DESC")]
        return [self.get(i) for i in ids]

    @requires(Action.VIEW_REGISTRY)
    def levels(self, crisis_id: int) -> list[tuple[int, str]]:
        """(phase, at) for every level the crisis was set to, in order."""
        return [tuple(r) for r in self.db.execute(
            "SELECT phase, at FROM crisis_phases WHERE crisis_id = ? ORDER BY at, id", [crisis_id])]

    @requires(Action.VIEW_REGISTRY)
    def checklist(self, crisis_id: int, phase: int | None = None) -> list[ChecklistItem]:
        sql = ("SELECT phase, text_en, text_es, role, done_at, done_by, note, id FROM crisis_actions "
               "WHERE crisis_id = ?")
        params = [crisis_id]
        if phase is not None:
            sql += " AND phase = ?"
            params.append(phase)
        return [ChecklistItem(*r) for r in self.db.execute(sql + " ORDER BY phase, position, id", params)]

    @requires(Action.VIEW_REGISTRY)
    def timeline(self, crisis_id: int, limit: int | None = None) -> list[LogLine]:
        return read_timeline(self.db, crisis_id, limit)

    # -- writing -------------------------------------------------------------
    @requires(Action.RUN_CRISIS)
    def open(self, title: str, hazard: Hazard, zones: list[int] | None = None,
             phase: AlertPhase = AlertPhase.PRECAUTION, started_at: str | None = None,
             reset_statuses: bool = True) -> Crisis:
        """Open a crisis: its checklist is copied from the alert matrix so later edits of the plan
        do not rewrite what the crisis did; statuses of the affected nationals start from "not yet contacted"."""
        self._check_authority(remote=False)
        if not title.strip():
            raise CrisisError(_("A crisis needs a title."), hint=_("Name it, for example 'Hurricane Eta'."))
        crisis = Crisis(title.strip(), hazard, started_at or utc_now(), list(zones or []), phase,
                        opened_by=self.user)
        with self.db.atomic():
            if self.current_id() is not None:
                raise CrisisError(_("A crisis is already open; only one may be open at a time."),
                                  where=self.current().title, hint=_("Close the open crisis first."))
            row = to_row(crisis)
            cursor = self.db.execute(f"INSERT INTO crises ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                     list(row.values()))
            crisis.id = cursor.lastrowid
            # Standfast and stand-down lines are steps the cell may never take, not a phase's to-do list:
            # copied in, the after-action report would count them as actions left undone.
            self.db.execute(
                "INSERT INTO crisis_actions (crisis_id, alert_action_id, phase, text_es, text_en, role, position) "
                "SELECT ?, id, phase, text_es, text_en, role, position FROM alert_actions "
                "WHERE kind = 'action' AND step = '' AND (hazard = '' OR hazard = ?) ORDER BY phase, position, id",
                [crisis.id, hazard.value])
            self.db.execute("INSERT INTO crisis_phases (crisis_id, phase, previous, at, by_user) "
                            "VALUES (?, ?, NULL, ?, ?)", [crisis.id, phase.value, crisis.started_at, self.user])
            self._log(crisis.id, LogKind.OPENED, "Crisis opened: {} ({}), alert level {}",
                     (crisis.title, hazard.label_en, phase.value), at=crisis.started_at)
            if reset_statuses:
                self.accountability.reset(crisis)
        return crisis

    @requires(Action.RUN_CRISIS)
    def set_level(self, phase: AlertPhase, reason: str = "") -> Changes:
        """Raise or lower the open crisis's alert level (on a cell laptop: by the host)."""
        host = self._check_authority()
        if host is not None:
            host.set_level(phase.value, reason)
            return changed("crises", "crisis_log", count=1)
        crisis = self._open_crisis()
        if crisis.phase == phase:
            return Changes()
        now = utc_now()
        with self.db.atomic():
            self.db.execute("UPDATE crises SET phase = ?, updated_at = ? WHERE id = ?", [phase.value, now, crisis.id])
            self.db.execute("INSERT INTO crisis_phases (crisis_id, phase, previous, at, by_user, reason) "
                            "VALUES (?, ?, ?, ?, ?, ?)", [crisis.id, phase.value, crisis.phase.value, now, self.user,
                                                          reason])
            template = "Alert level raised from {} to {}" if phase.value > crisis.phase.value \
                else "Alert level lowered from {} to {}"
            self._log(crisis.id, LogKind.LEVEL, template + (": {}" if reason else ""),
                     (crisis.phase.value, phase.value, *([reason] if reason else [])), at=now)
        return changed("crises", "crisis_log", count=1, ids=(crisis.id,))

    @requires(Action.RUN_CRISIS)
    def record_alert(self, identifier: str, sender: str, event: str, proposed: AlertPhase | None,
                     apply: bool = False) -> Changes:
        """Keep a host-country alert that was read in the open crisis's timeline, and with `apply` raise
        or lower the level to the one it proposed, in one step (one transaction)."""
        crisis = self._open_crisis()
        with self.db.atomic():
            if proposed is None:
                self._log(crisis.id, LogKind.ALERT, "Alert {} from {} read ({}): no level proposed",
                          (identifier, sender, event))
            else:
                self._log(crisis.id, LogKind.ALERT, "Alert {} from {} read ({}): proposes level {}",
                          (identifier, sender, event, proposed.value))
            changes = changed("crisis_log", count=1, ids=(crisis.id,))
            if apply and proposed is not None:
                changes = changes | self.set_level(proposed, f"CAP {identifier}")
        return changes

    @requires(Action.RUN_CRISIS)
    def tick(self, action_id: int, done: bool = True, note: str = "") -> Changes:
        """Mark an action of the checklist done (who and when) or not done again."""
        row = self.db.execute("SELECT crisis_id, phase, text_en, text_es, done_at FROM crisis_actions WHERE id = ?",
                              [action_id]).fetchone()
        if row is None:
            raise NotFoundError(_("The record no longer exists; it may have been deleted."))
        crisis_id, phase, text_en, text_es, done_at = row
        # The timeline keeps the action in the language of the person who ticked it.
        text = ChecklistItem(phase, text_en, text_es).text()
        if bool(done_at) == done:
            return Changes()
        now = utc_now()
        with self.db.atomic():
            self.db.execute("UPDATE crisis_actions SET done_at = ?, done_by = ?, note = ? WHERE id = ?",
                            [now if done else None, self.user if done else "", note, action_id])
            self._log(crisis_id, LogKind.ACTION, "Action done (phase {}): {}" if done else
                     "Action marked not done (phase {}): {}", (phase, text), ref_id=action_id, at=now)
        return changed("crisis_actions", "crisis_log", count=1, ids=(action_id,))

    @requires(Action.RUN_CRISIS)
    def close(self, note: str = "") -> Changes:
        """Close the open crisis; its whole record stays (on a cell laptop: closed by the host)."""
        host = self._check_authority()
        if host is not None:
            host.close(note)
            return changed("crises", "crisis_log", count=1)
        crisis = self._open_crisis()
        now = utc_now()
        with self.db.atomic():
            self.db.execute("UPDATE crises SET closed_at = ?, updated_at = ?, notes = ? WHERE id = ?",
                            [now, now, note or crisis.notes, crisis.id])
            self._log(crisis.id, LogKind.CLOSED, "Crisis closed" + (": {}" if note else ""),
                     (note,) if note else (), at=now)
        return changed("crises", "crisis_log", count=1, ids=(crisis.id,))

    @requires(Action.RUN_CRISIS)
    def set_lessons(self, crisis_id: int, text: str) -> Changes:
        """Record what the post learned from a crisis, open or closed; the after-action report prints it."""
        self.get(crisis_id)  # a missing crisis is a clear error, not a silent no-op
        with self.db.atomic():
            self.db.execute("UPDATE crises SET lessons = ?, updated_at = ? WHERE id = ?",
                            [text.strip(), utc_now(), crisis_id])
        return changed("crises", count=1, ids=(crisis_id,))

    def _check_authority(self, remote: bool = True):
        """In a crisis cell only the host opens, closes, raises or lowers: a laptop's copy follows it (issue 19).

        None on the post itself; on a laptop joined to the host, the host's authority, which raises,
        lowers or closes it there (the change comes back within a second). Refused when the host cannot be reached.
        """
        if not crisis_authority.is_cell_copy(self.db):
            return None
        host = crisis_authority.remote(self.store) if remote else None
        if host is None:
            raise CrisisError(_("This laptop works on a copy in the crisis cell: the crisis is opened and closed, "
                                "and its alert level raised or lowered, at the host's laptop."),
                              hint=_("Ask the head of the cell; your copy follows the host within a second."))
        return _Reachable(host)

    def _open_crisis(self) -> Crisis:
        crisis = self.current()
        if crisis is None:
            raise CrisisError(_("No crisis is open."), hint=_("Open a crisis first."))
        return crisis


class _Reachable:
    """The host's authority, where a lost link is said in the crisis's words, not the network's."""

    def __init__(self, host):
        self.host = host

    def __getattr__(self, name):
        call = getattr(self.host, name)

        def reached(*args):
            try:
                return call(*args)
            except OSError as exc:
                raise CrisisError(_("The host of the crisis cell cannot be reached: the alert level is raised or "
                                    "lowered, and the crisis closed, only there."),
                                  hint=_("Try again when the link is back, or ask the head of the cell.")) from exc
        return reached
