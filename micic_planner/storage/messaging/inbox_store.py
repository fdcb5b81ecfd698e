"""Replies read from the engine: stored once, read as keywords, matched to the registry by phone, and
proposed as status updates that an officer confirms in bulk."""

from micic_planner.core.changes import Changes, changed
from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.errors import MessagingError, ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.messaging.replies import parse_reply
from micic_planner.core.security import Action
from micic_planner.core.validation import normalize_phone
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.permissions import Guarded, requires

PROPOSED_STATUS = {"safe": AccountabilityStatus.SAFE, "help": AccountabilityStatus.NEEDS_HELP}
COLUMNS = ("id", "received_at", "phone", "text", "kind", "people", "national_id", "household", "state")


class InboxStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.SEND_MESSAGES)
    def receive(self, messages) -> Changes:
        """Store messages read from the engine (each with phone, text, received_at and key), once each.

        BAJA or STOP withdraws the phone from every later list at once; a reply read as SAFE or HELP from
        a known phone is proposed; anything else waits in the inbox, with its sender matched where possible.
        """
        region = (self.store.post().host_country if self.store.post() else "") or None
        messages = list(messages)
        reports = [m for m in messages if getattr(m, "reference", "")]
        messages = [m for m in messages if not getattr(m, "reference", "")]
        rows = []
        for m in messages:
            reply = parse_reply(m.text)
            rows.append((m.key, m.received_at, _e164(m.phone, region), m.text, reply.kind.value, reply.people))
        with self.db.atomic(), self.store.audit.quiet():
            before = self.db.execute("SELECT coalesce(max(id), 0) FROM inbox").fetchone()[0]
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO inbox (key, received_at, phone, text, kind, people) VALUES (?, ?, ?, ?, ?, ?)",
                rows)
            self._match(before)
            self._delivered(reports, region)
            self.db.execute("INSERT OR IGNORE INTO message_opt_outs (phone, at, inbox_id) SELECT phone, ?, id "
                            "FROM inbox WHERE id > ? AND kind = 'stop'", [utc_now(), before])
            self.db.execute("UPDATE inbox SET state = CASE WHEN kind = 'stop' THEN 'opted_out' "
                            "WHEN kind IN ('safe', 'help') AND national_id IS NOT NULL THEN 'proposed' "
                            "ELSE 'unread' END WHERE id > ?", [before])
            count = self.db.execute("SELECT count(*) FROM inbox WHERE id > ?", [before]).fetchone()[0]
            if count:
                self.store.audit.record("messages_received", {"count": count})
        return changed("inbox", count=count)

    def _delivered(self, reports, region) -> None:
        """Delivery reports: the latest message sent to that phone under that reference is delivered, or failed.

        A modem's references run from 0 to 255 and start again, so the phone and the latest one decide."""
        for report in reports:
            state, reason = ("delivered", "") if report.delivered else ("failed", _("the network could not deliver it"))
            self.db.execute(
                "UPDATE outbox SET state = ?, reason = ?, delivered_at = CASE WHEN ? = 'delivered' THEN ? END "
                "WHERE id = (SELECT id FROM outbox WHERE phone = ? AND state = 'sent' AND "
                "(',' || reference || ',') LIKE ? ORDER BY id DESC LIMIT 1)",
                [state, reason, state, report.received_at, _e164(report.phone, region), f"%,{report.reference},%"])

    def _match(self, after: int) -> None:
        """The national whose phone (first, else second) sent each new message; one query for the lot."""
        for column in ("phone", "phone2"):
            self.db.execute(
                f"UPDATE inbox SET national_id = m.id, household = m.household FROM (SELECT i.id AS inbox_id, "
                f"min(n.id) AS id, n.household AS household FROM inbox i JOIN nationals n ON n.{column} = i.phone "
                f"WHERE i.id > ? AND i.national_id IS NULL GROUP BY i.id) m WHERE inbox.id = m.inbox_id", [after])

    @requires(Action.VIEW_REGISTRY)
    def messages(self, state: str = "", limit: int = 500) -> list[dict]:
        """The inbox, newest first, with the sender's name where the phone is in the registry."""
        sql = (f"SELECT {', '.join('i.' + c for c in COLUMNS)}, coalesce(n.family_names || ', ' || n.given_names, ''), "
               "(SELECT count(*) FROM nationals h WHERE i.household != '' AND h.household = i.household) "
               "FROM inbox i LEFT JOIN nationals n ON n.id = i.national_id")
        params: list = []
        if state:
            sql += " WHERE i.state = ?"
            params.append(state)
        rows = self.db.execute(sql + " ORDER BY i.id DESC LIMIT ?", [*params, limit]).fetchall()
        return [{**dict(zip(COLUMNS, r)), "name": r[-2], "household_size": r[-1] or 1} for r in rows]

    @requires(Action.UPDATE_STATUS)
    def apply(self, inbox_ids) -> tuple[Changes, int]:
        """Turn the confirmed proposals into status events (source: SMS reply) for the whole household.

        Returns what changed and how many nationals were held back because the registry knows something
        more specific (an "injured" is never turned "safe" by a family's SMS).
        """
        from micic_planner.storage.crisis_store import CrisisStore

        ids = [int(i) for i in inbox_ids]
        if not ids:
            return changed(), 0
        marks = ", ".join("?" * len(ids))
        proposals = self.db.execute(
            f"SELECT id, kind, people, national_id, household, text, phone FROM inbox WHERE id IN ({marks}) "
            "AND state = 'proposed'", ids).fetchall()
        if len(proposals) != len(ids):
            raise MessagingError(_("Only proposed replies can be confirmed; some of those chosen are not."),
                                 hint=_("Refresh the inbox and choose again."))
        rows = []
        for inbox_id, kind, people, national_id, household, text, phone in proposals:
            members = [r[0] for r in self.db.execute(
                "SELECT id FROM nationals WHERE household = ? AND household != ''", [household])] or [national_id]
            note = _("SMS “{text}” from {phone} (inbox {id})").format(text=text, phone=phone, id=inbox_id)
            if people and people != len(members):
                note += " · " + _("the reply counts {people}, the household has {members}").format(
                    people=people, members=len(members))
            rows.extend((m, PROPOSED_STATUS[kind], note) for m in members)
        crises = CrisisStore(self.store)
        with self.db.atomic():
            changes, held = crises.accountability.set_file_rows(rows, StatusSource.SMS)
            with self.store.audit.quiet():
                self.db.execute(f"UPDATE inbox SET state = 'applied', handled_at = ?, handled_by = ? "
                                f"WHERE id IN ({marks})", [utc_now(), self.store.user_name, *ids])
            self.store.audit.record("message_replies_applied", {"inbox": ids, "statuses": changes.count,
                                                                "held": len(held)})
        return changes | changed("inbox"), len(held)  # the count stays that of nationals whose status changed

    @requires(Action.UPDATE_STATUS)
    def dismiss(self, inbox_ids) -> Changes:
        """Mark replies read without changing any status (a question answered by phone, a wrong number)."""
        ids = [int(i) for i in inbox_ids]
        with self.db.atomic(), self.store.audit.quiet():
            count = self.db.execute(
                f"UPDATE inbox SET state = 'dismissed', handled_at = ?, handled_by = ? WHERE id IN "
                f"({', '.join('?' * len(ids))}) AND state IN ('unread', 'proposed')",
                [utc_now(), self.store.user_name, *ids]).rowcount
            self.store.audit.record("message_replies_dismissed", {"inbox": ids})
        return changed("inbox", count=count)


def _e164(phone: str, region: str | None) -> str:
    """The sender in E.164 as the registry stores phones; a short code or an odd number stays as it came."""
    phone = (phone or "").strip()
    if phone.startswith("+") and phone[1:].isdigit():
        return phone
    try:
        return normalize_phone(phone, "phone", region) or phone
    except ValidationError:
        return phone

