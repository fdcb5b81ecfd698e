"""m029: the outbox and its batches, replies, opt-outs, the SMS engine's settings and the hotline (issue 17)."""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

STATEMENTS = [
    # Who sent what to whom: the template texts per language and the list's criteria, as they were.
    f"""CREATE TABLE message_batches (
    id INTEGER PRIMARY KEY, created_at TEXT NOT NULL DEFAULT {NOW}, by_user TEXT NOT NULL DEFAULT '',
    crisis_id INTEGER, phase INTEGER, hazard TEXT NOT NULL DEFAULT '', texts TEXT NOT NULL DEFAULT '{{}}',
    criteria TEXT NOT NULL DEFAULT '{{}}', count INTEGER NOT NULL DEFAULT 0, no_phone INTEGER NOT NULL DEFAULT 0,
    withheld INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','sending','paused','done','cancelled')),
    started_at TEXT, finished_at TEXT)""",
    # One row per phone of a batch; `state` moves queued -> sending -> sent|failed (see core.messaging.sending).
    """CREATE TABLE outbox (
    id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES message_batches(id) ON DELETE CASCADE,
    phone TEXT NOT NULL, household TEXT NOT NULL DEFAULT '', national_ids TEXT NOT NULL DEFAULT '[]',
    lang TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued','sending','sent','failed','delivered','unknown','cancelled')),
    reason TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', consent_share INTEGER NOT NULL DEFAULT 0,
    claimed_at TEXT, sent_at TEXT, delivered_at TEXT,
    UNIQUE (batch_id, phone))""",
    "CREATE INDEX idx_outbox_batch_state ON outbox(batch_id, state, id)",
    # Messages read from the engine; `key` keeps one row per message however often the phone is read.
    f"""CREATE TABLE inbox (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, received_at TEXT NOT NULL DEFAULT {NOW},
    phone TEXT NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', people INTEGER,
    national_id INTEGER REFERENCES nationals(id) ON DELETE SET NULL, household TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'unread' CHECK (state IN ('unread','proposed','applied','dismissed','opted_out')),
    handled_at TEXT, handled_by TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_inbox_state ON inbox(state, id)",
    # Phones that answered BAJA or STOP: consent to be messaged withdrawn.
    f"CREATE TABLE message_opt_outs (phone TEXT PRIMARY KEY, at TEXT NOT NULL DEFAULT {NOW}, inbox_id INTEGER)",
    # The engine this post sends through: Gammu's connection and device, and the rate a modem stands.
    """CREATE TABLE message_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1), connection TEXT NOT NULL DEFAULT 'at', device TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '', per_minute REAL NOT NULL DEFAULT 10, hotline TEXT NOT NULL DEFAULT '')""",
    # The families' hotline: who asked about whom, what they were told, the call-back owed and its outcome.
    f"""CREATE TABLE inquiries (
    id INTEGER PRIMARY KEY, created_at TEXT NOT NULL DEFAULT {NOW}, by_user TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'call', caller_name TEXT NOT NULL, relationship TEXT NOT NULL DEFAULT '',
    caller_contact TEXT NOT NULL DEFAULT '', caller_place TEXT NOT NULL DEFAULT '',
    sought_name TEXT NOT NULL DEFAULT '', national_id INTEGER REFERENCES nationals(id) ON DELETE SET NULL,
    last_known_place TEXT NOT NULL DEFAULT '', told TEXT NOT NULL DEFAULT '', callback_due TEXT NOT NULL DEFAULT '',
    callback_done_at TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_inquiries_due ON inquiries(callback_done_at, callback_due)",
]


@migrations()
def m029_messages(db):
    for statement in STATEMENTS:
        db.execute(statement)
