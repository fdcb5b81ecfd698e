"""m004: users with argon2id password hashes, the append-only audit log, sessions, backup policy."""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

STATEMENTS = [
    f"""CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE, full_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('administrator','officer','viewer','trainee')),
    password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT {NOW}, last_login TEXT)""",
    f"""CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT {NOW}, user TEXT NOT NULL DEFAULT '', action TEXT NOT NULL,
    table_name TEXT NOT NULL DEFAULT '', record_id INTEGER, before TEXT, after TEXT,
    detail TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_audit_log_record ON audit_log(table_name, record_id)",
    "CREATE INDEX idx_audit_log_at ON audit_log(at)",
    # Only a retention purge may remove rows, and only those about the records it purges.
    """CREATE TABLE audit_purge_permit (
    table_name TEXT NOT NULL, record_id INTEGER NOT NULL, PRIMARY KEY (table_name, record_id))""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge_permit p
                     WHERE p.table_name = old.table_name AND p.record_id = old.record_id)
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    f"""CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    user_name TEXT NOT NULL, role TEXT NOT NULL, started_at TEXT NOT NULL DEFAULT {NOW}, ended_at TEXT)""",
    """CREATE TABLE protection_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    backup_every_minutes INTEGER NOT NULL DEFAULT 10 CHECK (backup_every_minutes > 0),
    backup_keep INTEGER NOT NULL DEFAULT 10 CHECK (backup_keep > 0),
    backup_folder TEXT NOT NULL DEFAULT '')""",
    "INSERT INTO protection_settings (id) VALUES (1)",
]


@migrations()
def m004_protection(db):
    for statement in STATEMENTS:
        db.execute(statement)
