"""The outbox: recipient lists, batches queued from them, and the state of every message they hold.

The send protocol (claim, then sent or failed, each committed) is explained in core.messaging.sending;
its methods here are what that loop calls.
"""

import json

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import MessagingError
from micic_planner.core.i18n import _
from micic_planner.core.messaging.placeholders import check_template
from micic_planner.core.messaging.recipients import Criteria, RecipientList, build_list, filled_messages
from micic_planner.core.security import Action
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.messaging.recipient_query import select_members
from micic_planner.storage.permissions import Guarded, requires

MESSAGE_COLUMNS = ("id", "phone", "household", "lang", "text", "state", "reason", "reference", "sent_at")
BATCH_COLUMNS = ("id", "created_at", "by_user", "phase", "hazard", "criteria", "count", "no_phone", "withheld",
                 "state", "started_at", "finished_at")


class OutboxStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    # -- settings ---------------------------------------------------------------
    @requires(Action.VIEW_REGISTRY)
    def settings(self) -> dict:
        row = self.db.execute("SELECT connection, device, model, per_minute, hotline FROM message_settings").fetchone()
        settings = dict(zip(("connection", "device", "model", "per_minute", "hotline"),
                            row or ("at", "", "", 10.0, "")))
        if not settings["hotline"]:
            post = self.store.post()
            settings["hotline"] = post.phone if post else ""
        return settings

    @requires(Action.SEND_MESSAGES)
    def save_settings(self, connection: str, device: str, model: str = "", per_minute: float = 10,
                      hotline: str = "") -> Changes:
        if per_minute < 0:
            raise MessagingError(_("The rate must be 0 (as fast as the engine takes them) or more."))
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO message_settings (id, connection, device, model, per_minute, "
                            "hotline) VALUES (1, ?, ?, ?, ?, ?)", [connection, device, model, per_minute, hotline])
        return changed("message_settings", count=1)

    # -- templates -------------------------------------------------------------
    @requires(Action.VIEW_REGISTRY)
    def templates(self, phase: int, hazard: str = "") -> list[tuple[str, str]]:
        """(language, text) of the post's message for a phase: the hazard's own text, else the general one."""
        rows = self.db.execute("SELECT lang, hazard, text FROM message_templates WHERE phase = ? AND hazard IN ('', ?) "
                               "ORDER BY hazard = '', lang", [phase, hazard]).fetchall()
        found: dict[str, str] = {}
        for lang, _hazard, text in rows:
            found.setdefault(lang, text)
        return sorted(found.items())

    @requires(Action.VIEW_REGISTRY)
    def template_languages(self) -> list[str]:
        """The languages the post has message texts in, Spanish first."""
        langs = [r[0] for r in self.db.execute("SELECT DISTINCT lang FROM message_templates")]
        return sorted(langs, key=lambda lang: (lang != "es", lang))

    @requires(Action.EDIT_PLAN)
    def save_template(self, phase: int, hazard: str, lang: str, text: str) -> Changes:
        """Write the post's text for a phase, hazard and language; an empty text removes it."""
        from micic_planner.core.models import new_uuid

        lang = lang.strip().lower()
        if not lang:
            raise MessagingError(_("Give the language's code, for example mam or quc."))
        if text.strip():
            check_template(text)
        with self.db.atomic():
            self.db.execute("DELETE FROM message_templates WHERE phase = ? AND hazard = ? AND lang = ?",
                            [phase, hazard, lang])
            if text.strip():
                self.db.execute("INSERT INTO message_templates (uuid, phase, hazard, lang, text) "
                                "VALUES (?, ?, ?, ?, ?)", [new_uuid(), phase, hazard, lang, text.strip()])
        return changed("message_templates", count=1)

    # -- lists and batches ----------------------------------------------------
    @requires(Action.VIEW_REGISTRY)
    def recipients(self, criteria: Criteria) -> RecipientList:
        """Who a batch with `criteria` would reach, and who it leaves for the wardens or for personal contact."""
        opted_out = {r[0] for r in self.db.execute("SELECT phone FROM message_opt_outs")}
        return build_list(select_members(self.db, criteria, self.settings()["hotline"]), opted_out)

    @requires(Action.SEND_MESSAGES)
    def queue(self, criteria: Criteria, texts: dict[str, str], phase: int | None = None, hazard: str = "",
              default_lang: str = "es", recipients: RecipientList | None = None) -> int:
        """Queue one message per recipient, in their language where a text exists; returns the batch id."""
        texts = _checked(texts, default_lang)
        found = recipients if recipients is not None else self.recipients(criteria)
        if not found.count:
            raise MessagingError(_("The list reaches no phone; nothing was queued."),
                                 hint=_("Widen the list, or print it for the wardens to call and visit."))
        now = utc_now()
        crisis = self.db.execute("SELECT id FROM crises WHERE closed_at IS NULL AND owner IS NULL").fetchone()
        rows = [(r.phone, r.household, json.dumps(r.national_ids), lang, text, int(r.consent_share))
                for r, lang, text in filled_messages(found, texts, default_lang)]
        with self.db.atomic(), self.store.audit.bulk("outbox", "message_batches"):
            batch_id = self.db.execute(
                "INSERT INTO message_batches (created_at, by_user, crisis_id, phase, hazard, texts, criteria, count, "
                "no_phone, withheld) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [now, self.store.user_name, crisis[0] if crisis else None, phase, hazard,
                 json.dumps(texts, ensure_ascii=False), json.dumps(criteria.as_dict()), found.count,
                 len(found.no_phone), len(found.withheld)]).lastrowid
            self.db.conn.executemany(
                "INSERT INTO outbox (batch_id, phone, household, national_ids, lang, text, consent_share) "
                f"VALUES ({batch_id}, ?, ?, ?, ?, ?, ?)", rows)
            self.store.audit.record("message_batch_queued", {
                "batch": batch_id, "count": found.count, "criteria": criteria.as_dict(), "phase": phase,
                "hazard": hazard, "languages": sorted(texts), "no_phone": len(found.no_phone),
                "withheld": len(found.withheld)}, "message_batches", batch_id)
        return batch_id

    @requires(Action.VIEW_REGISTRY)
    def batches(self, limit: int = 100) -> list[dict]:
        rows = self.db.execute(f"SELECT {', '.join(BATCH_COLUMNS)} FROM message_batches ORDER BY id DESC LIMIT ?",
                               [limit]).fetchall()
        out = []
        for row in rows:
            batch = dict(zip(BATCH_COLUMNS, row))
            batch["criteria"] = json.loads(batch["criteria"])
            batch["states"] = dict(self.db.execute(
                "SELECT state, count(*) FROM outbox WHERE batch_id = ? GROUP BY state", [batch["id"]]).fetchall())
            out.append(batch)
        return out

    @requires(Action.VIEW_REGISTRY)
    def messages(self, batch_id: int, state: str = "", offset: int = 0, limit: int = 200) -> list[dict]:
        sql = f"SELECT {', '.join(MESSAGE_COLUMNS)} FROM outbox WHERE batch_id = ?"
        params: list = [batch_id]
        if state:
            sql += " AND state = ?"
            params.append(state)
        rows = self.db.execute(sql + " ORDER BY id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [dict(zip(MESSAGE_COLUMNS, r)) for r in rows]

    @requires(Action.EXPORT_PARTNERS)
    def provider_list(self, found: RecipientList, texts: dict[str, str],
                      default_lang: str = "es") -> tuple[list[tuple[str, str]], int]:
        """(phone, filled text) of a list for a bulk-SMS provider, only for phones of nationals who consented to
        share, and how many were left out; the export is in the audit log."""
        texts = _checked(texts, default_lang)
        rows = [(r.phone, text) for r, _lang, text in filled_messages(found, texts, default_lang) if r.consent_share]
        self.store.audit.record("message_list_exported", {"count": len(rows), "left_out": found.count - len(rows)})
        return rows, found.count - len(rows)

    @requires(Action.SEND_MESSAGES)
    def requeue_unknown(self, batch_id: int) -> Changes:
        """Put back in the queue the messages an interruption left "unknown", once an officer decided to."""
        with self.db.atomic(), self.store.audit.quiet():
            count = self.db.execute("UPDATE outbox SET state = 'queued' WHERE batch_id = ? AND state = 'unknown'",
                                    [batch_id]).rowcount
            if count:
                self.db.execute("UPDATE message_batches SET state = 'paused' WHERE id = ? AND state = 'done'",
                                [batch_id])
                self.store.audit.record("message_requeued", {"batch": batch_id, "count": count})
        return changed("outbox", count=count)

    # -- the send protocol (core.messaging.sending) ------------------------------
    @requires(Action.SEND_MESSAGES)
    def recover(self, batch_id: int) -> int:
        """Mark "unknown" what an interrupted run left "sending"; returns how many."""
        with self.db.atomic(), self.store.audit.quiet():
            return self.db.execute("UPDATE outbox SET state = 'unknown', reason = ? WHERE batch_id = ? "
                                   "AND state = 'sending'", [_("interrupted while sending"), batch_id]).rowcount

    @requires(Action.SEND_MESSAGES)
    def start(self, batch_id: int) -> None:
        state = self.db.execute("SELECT state FROM message_batches WHERE id = ?", [batch_id]).fetchone()
        if state is None:
            raise MessagingError(_("There is no message batch {id}.").format(id=batch_id))
        if state[0] == "cancelled":
            raise MessagingError(_("Batch {id} was cancelled; it cannot be sent.").format(id=batch_id))
        with self.db.atomic(), self.store.audit.quiet():
            self.db.execute("UPDATE message_batches SET state = 'sending', started_at = coalesce(started_at, ?) "
                            "WHERE id = ?", [utc_now(), batch_id])
            self.store.audit.record("message_batch_sending", {"batch": batch_id}, "message_batches", batch_id)

    @requires(Action.SEND_MESSAGES)
    def progress(self, batch_id: int) -> tuple[int, int]:
        """(messages no longer queued, all messages) of the batch."""
        done, total = self.db.execute("SELECT sum(state != 'queued'), count(*) FROM outbox WHERE batch_id = ?",
                                      [batch_id]).fetchone()
        return done or 0, total

    @requires(Action.SEND_MESSAGES)
    def claim(self, batch_id: int) -> tuple[int, str, str] | None:
        """The next queued message, marked "sending" and committed before the engine is called."""
        with self.db.atomic(), self.store.audit.quiet():
            row = self.db.execute("SELECT id, phone, text FROM outbox WHERE batch_id = ? AND state = 'queued' "
                                  "ORDER BY id LIMIT 1", [batch_id]).fetchone()
            if row is not None:
                self.db.execute("UPDATE outbox SET state = 'sending', claimed_at = ? WHERE id = ?",
                                [utc_now(), row[0]])
        return tuple(row) if row else None

    @requires(Action.SEND_MESSAGES)
    def sent(self, message_id: int, reference: str) -> None:
        with self.db.atomic(), self.store.audit.quiet():
            self.db.execute("UPDATE outbox SET state = 'sent', reference = ?, sent_at = ? WHERE id = ?",
                            [str(reference), utc_now(), message_id])

    @requires(Action.SEND_MESSAGES)
    def failed(self, message_id: int, reason: str) -> None:
        with self.db.atomic(), self.store.audit.quiet():
            self.db.execute("UPDATE outbox SET state = 'failed', reason = ? WHERE id = ?", [reason, message_id])

    @requires(Action.SEND_MESSAGES)
    def pause(self, batch_id: int) -> None:
        self._set_batch(batch_id, "paused")

    @requires(Action.SEND_MESSAGES)
    def cancel(self, batch_id: int) -> None:
        """Stop the batch for good: what is still queued is never sent."""
        with self.db.atomic(), self.store.audit.quiet():
            count = self.db.execute("UPDATE outbox SET state = 'cancelled' WHERE batch_id = ? AND state = 'queued'",
                                    [batch_id]).rowcount
            self._set_batch(batch_id, "cancelled", finished=True)
            self.store.audit.record("message_batch_cancelled", {"batch": batch_id, "not_sent": count},
                                    "message_batches", batch_id)

    @requires(Action.SEND_MESSAGES)
    def finish(self, batch_id: int) -> None:
        with self.db.atomic():
            self._set_batch(batch_id, "done", finished=True)
            states = dict(self.db.execute("SELECT state, count(*) FROM outbox WHERE batch_id = ? GROUP BY state",
                                          [batch_id]).fetchall())
            self.store.audit.record("message_batch_sent", {"batch": batch_id, "states": states},
                                    "message_batches", batch_id)

    def _set_batch(self, batch_id: int, state: str, finished: bool = False) -> None:
        with self.db.atomic(), self.store.audit.quiet():
            self.db.execute("UPDATE message_batches SET state = ?, finished_at = CASE WHEN ? THEN ? ELSE finished_at "
                            "END WHERE id = ?", [state, finished, utc_now(), batch_id])


def _checked(texts: dict[str, str], default_lang: str) -> dict[str, str]:
    """The non-empty texts, each checked, with one in the language everyone else gets."""
    texts = {lang: text for lang, text in texts.items() if text.strip()}
    if default_lang not in texts:
        raise MessagingError(_("The message has no text in {lang}, the language for everyone else.").format(
            lang=default_lang), hint=_("Write the text in that language first."))
    for text in texts.values():
        check_template(text)
    return texts
