"""The host's one writer: a thread that owns the post's connection and takes the laptops' exchanges in groups.

Every exchange that arrives while the writer is busy waits in its queue; the writer then applies all of
them in one transaction (one commit, so one disk flush, for many laptops' saves), each in a savepoint of
its own so one laptop's bad bundle never undoes another's. The changes are merged by sync's own Applier,
change by change, exactly as one exchange at a time would merge them. The answers are built after the
commit, from an index of the log that is brought up to date once per group instead of being read whole
for every exchange. The event loop only reads requests and writes answers: SQLite never runs on it.
"""

import json
import queue
import threading
import time
from dataclasses import dataclass, field

from micic_planner.core.cell import refused_change, sees_restricted
from micic_planner.core.errors import MicicError
from micic_planner.core.i18n import _
from micic_planner.core.security import Role
from micic_planner.storage.sync import scope
from micic_planner.storage.sync.changes import PAYLOAD_VERSION, apply_payload

# At most this many exchanges share one transaction: a group stays short, and so does every laptop's wait.
MAX_GROUP = 64
CRISIS_FIELDS = ("uuid", "title", "hazard", "started_at", "zones", "phase", "closed_at", "opened_by")
# The changes one site made that a peer lacks, as JSON built by SQLite itself (the stored JSON is copied).
CHANGES_SQL = ("SELECT group_concat(x, ','), count(*) FROM (SELECT json_array(site, seq, tbl, uuid, op, json(fields), "
               "json(base), hlc, by_user) AS x FROM sync_log WHERE site = ? AND seq > ? ORDER BY hlc)")


class Trusted(dict):
    """Inside a cell every site may write every record: the host has already checked the officer's role."""

    def get(self, key, default=None):
        return "hq"


class LogIndex:
    """Per site, how far the host's log holds every change without a gap (`seen`) and its last change (`top`).

    The same figures as `storage.sync.changes.seen`, kept up to date by reading only what was added since
    the last look: a few index lookups per group of exchanges instead of a scan of the whole log each time.
    """

    def __init__(self):
        self.seen: dict[str, int] = {}
        self.top: dict[str, int] = {}

    def refresh(self, db) -> None:
        site = ""
        while True:  # the sites in the log, one index lookup each (a DISTINCT would read the whole log)
            row = db.execute("SELECT site FROM sync_log WHERE site > ? ORDER BY site LIMIT 1", [site]).fetchone()
            if row is None:
                break
            site = row[0]
            self._site(db, site)

    def _site(self, db, site: str) -> None:
        top = db.execute("SELECT max(seq) FROM sync_log WHERE site = ?", [site]).fetchone()[0] or 0
        if top == self.top.get(site) and self.seen.get(site) == top:
            return
        self.top[site] = top
        seen = self.seen.get(site, 0)
        while seen < top:  # follow the run of sequence numbers without a gap from where it stopped
            seqs = [r[0] for r in db.execute("SELECT seq FROM sync_log WHERE site = ? AND seq > ? ORDER BY seq "
                                             "LIMIT 1000", [site, seen])]
            run = 0
            while run < len(seqs) and seqs[run] == seen + run + 1:
                run += 1
            seen += run
            if run < len(seqs) or not seqs:
                break
        self.seen[site] = seen


@dataclass
class Exchange:
    """One laptop's exchange: what it sent (`data` parsed, `text` as received) and, once done, the answer."""

    officer: object
    data: dict
    text: str
    apply: bool = True
    status: int = 200
    body: str = ""
    sent: int = 0  # how many changes the answer carries
    applied: int = 0
    error: str = ""
    extra: dict = field(default_factory=dict)
    future: object = None  # the event loop's future that waits for it


@dataclass
class Call:
    """Any other work on the post, run by the writer between groups: `fn(db)`'s result or its exception."""

    fn: object
    result: object = None
    error: BaseException | None = None
    future: object = None


class Writer:
    """The thread that alone uses the host's connection; `submit` hands it work and `done` is called per item."""

    def __init__(self, host, done):
        self.host = host
        self.db = host.db
        self.done = done  # done(item), from the writer's thread, when an item is finished
        self.index = LogIndex()
        self.host_site, self.host_role = self.db.execute("SELECT site, role FROM sync_state").fetchone()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="cell-writer", daemon=True)
        self.groups = 0  # groups written, and exchanges in them: how much group commit saves
        self.grouped = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(30)

    def submit(self, item) -> None:
        self._jobs.put(item)

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            group = [item]
            stop = False
            while len(group) < MAX_GROUP:
                try:
                    more = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                group.append(more)
            self._work(group)
            if stop:
                return

    def _work(self, group: list) -> None:
        host = self.host
        with host.lock:
            started = time.thread_time()  # CPU time of this thread: what the host's work costs
            try:
                for item in group:
                    if isinstance(item, Call):
                        try:
                            item.result = item.fn(self.db)
                        except BaseException as exc:  # handed to whoever waits for it
                            item.error = exc
                exchanges = [x for x in group if isinstance(x, Exchange)]
                if exchanges:
                    self._exchanges(exchanges)
            except Exception as exc:  # the writer must outlive any one group: every laptop is told
                for x in group:
                    if isinstance(x, Exchange) and x.status == 200 and not x.body:
                        x.status, x.error = 500, _failure(exc)
            finally:
                host.busy += time.thread_time() - started
        for item in group:
            self.done(item)

    # -- a group of exchanges ----------------------------------------------------------------------
    def _exchanges(self, group: list[Exchange]) -> None:
        db = self.db
        accounts = {}
        for x in group:
            o = x.officer
            if o.user not in accounts:
                accounts[o.user] = db.execute("SELECT role, active FROM users WHERE name = ?", [o.user]).fetchone()
        taking = []
        for x in group:
            self._check(x, accounts[x.officer.user])
            if x.status == 200 and x.apply and x.data.get("changes"):
                taking.append(x)
        refusals = [x for x in group if x.extra.get("audit")]
        if taking or refusals:
            try:
                self._take(taking, refusals)
            except _Lost:
                # Something undid the whole transaction: each laptop's exchange is taken again on its own.
                for x in refusals:
                    try:
                        self._take([], [x])
                    except Exception:  # noqa: S110 - the refusal itself is still answered
                        pass
                for x in taking:
                    x.status, x.error, x.applied = 200, "", 0
                    try:
                        self._take([x], [])
                    except Exception as exc:
                        x.status, x.error, x.applied = 500, _failure(exc), 0
            except Exception as exc:  # the commit itself failed (a full disk): nothing of the group was taken
                for x in taking:
                    x.status, x.error, x.applied = 500, _failure(exc), 0
        applied = 0
        for x in taking:
            if x.status == 200:
                x.officer.saves += x.applied
                applied += x.applied
        self.host.applied += applied
        if applied:
            self.host.wake()
        self.groups += 1
        self.grouped += len(group)
        answering = [x for x in group if x.status == 200]
        if answering:
            self._answer(answering)

    def _check(self, x: Exchange, account) -> None:
        o = x.officer
        # The account as it is now: a closed account stops exchanging, a changed role applies at once.
        if account is None or not account[1]:
            x.status, x.error = 401, _("Your account at the post is closed; this laptop no longer exchanges.")
            return
        o.role = Role(account[0])
        if x.data.get("from") != o.site:
            x.status, x.error = 403, _("The changes come from another laptop than the one admitted.")
            return
        if x.data.get("v") != PAYLOAD_VERSION:
            x.status, x.error = 400, _("The bundle was written by another version of the program.")
            return
        changes = x.data.get("changes", []) if x.apply else []
        refused = [why for why in (refused_change(o.role, c) for c in changes) if why]
        if refused or any(c[0] != o.site for c in changes):
            x.extra["audit"] = {"user": o.user, "role": o.role.value, "changes": len(changes),
                                "first": (refused or [""])[0]}
            x.status = 403
            x.error = _("Your role may not make these changes ({what}); nothing was taken.").format(
                what=", ".join(sorted(set(refused))[:3]))

    def _take(self, taking: list[Exchange], refusals: list[Exchange]) -> None:
        """Apply the group's changes in one transaction: one savepoint per laptop, one commit for all."""
        db, audit = self.db, self.host.store.audit
        with db.atomic():
            for x in refusals:
                audit.record("cell_refused", x.extra["audit"])
            for x in taking:
                # The audit triggers log each row the officer's changes touch under the officer's name.
                audit.set_user(x.officer.user)
                try:
                    counts, _seen = apply_payload(db, x.text, Trusted())
                    x.applied = counts["applied"]
                except Exception as exc:  # that laptop's changes only were undone (its savepoint)
                    x.status, x.error, x.applied = (422 if isinstance(exc, MicicError) else 500), _failure(exc), 0
                finally:
                    if db.conn.in_transaction:
                        audit.set_user(self.host.store.user_name)
                if not db.conn.in_transaction:
                    raise _Lost()

    def _answer(self, group: list[Exchange]) -> None:
        db = self.db
        self.index.refresh(db)
        row = db.execute(f"SELECT {', '.join(CRISIS_FIELDS)} FROM crises ORDER BY id DESC LIMIT 1").fetchone()
        # The crisis and its alert level have one authority, the host: every answer says where they stand.
        crisis = json.dumps(None if row is None else dict(zip(CRISIS_FIELDS, row)), ensure_ascii=False)
        head = json.dumps({"v": PAYLOAD_VERSION, "from": self.host_site, "role": self.host_role,
                           "seen": self.index.seen})[:-1]
        made: dict[tuple[str, int], tuple[str, int]] = {}  # laptops that have seen the same share the text
        for x in group:
            peer = x.data.get("seen") or {}
            if not sees_restricted(x.officer.role):
                # The same filter as a bundle's: what the role may not see is left out by the SQL writing
                # the answer (storage/sync/scope.py), so it never reaches that laptop's disk.
                text, count = scope.changes(db, {s: int(n) for s, n in peer.items()}, reader=x.officer.role)
                x.body = f'{head}, "changes": [{text}], "crisis": {crisis}}}'
                x.sent = count
                x.officer.last_sync = time.time()
                continue
            parts, count = [], 0
            for site in sorted(self.index.top):
                since = int(peer.get(site, 0))
                if self.index.top[site] <= since:
                    continue
                got = made.get((site, since))
                if got is None:
                    got = made[(site, since)] = db.execute(CHANGES_SQL, [site, since]).fetchone()
                if got[1]:
                    parts.append(got[0])
                    count += got[1]
            changes = "[" + ",".join(parts) + "]"
            x.body = f'{head}, "changes": {changes}, "crisis": {crisis}}}'
            x.sent = count
            x.officer.last_sync = time.time()


def _failure(exc: BaseException) -> str:
    if isinstance(exc, MicicError):
        return exc.user_message()
    return _("The host could not take these changes ({why}); nothing of them was kept. They are sent again "
             "at the next exchange.").format(why=exc.__class__.__name__)


class _Lost(Exception):
    """The group's transaction was undone as a whole (a fault, or a trigger's RAISE(ROLLBACK))."""
