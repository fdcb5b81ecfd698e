"""Retention in the post file: give every national an expiry date, list those past it, purge them for good.

Every write of a national stamps its expiry from the one rule in core/retention.py: the post's
months after the record's `updated_at`. `expiry_of` does it for one stamp, `EXPIRY_SQL` for many rows.
"""

from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.retention import check_policy, expiry_after
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, any_role, requires
from micic_planner.storage.sync import forget_nationals

REVIEW_COLUMNS = ("id", "family_names", "given_names", "birth_date", "zone_id", "record_expiry", "status")
_MONTHS = "(SELECT coalesce((SELECT retention_months FROM post ORDER BY id LIMIT 1), 60))"
_SHIFTED = f"date(updated_at, '+' || {_MONTHS} || ' months')"
# SQLite rolls 31 January + 1 month over to 3 March; clamp to the month's end as add_months does.
EXPIRY_SQL = (f"CASE WHEN strftime('%d', {_SHIFTED}) = strftime('%d', updated_at) THEN {_SHIFTED} "
              f"ELSE date(updated_at, 'start of month', '+' || ({_MONTHS} + 1) || ' months', '-1 day') END")


def months_of(db) -> int:
    row = db.execute("SELECT retention_months FROM post ORDER BY id LIMIT 1").fetchone()
    return int(row[0]) if row and row[0] else 60


def expiry_of(db, updated_at: str) -> str:
    """The ISO expiry date of a record written at `updated_at` (a stored UTC stamp)."""
    return expiry_after(updated_at, months_of(db)).isoformat()


class RetentionStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @any_role
    def months(self) -> int:
        return months_of(self.db)

    @requires(Action.EDIT_PLAN)
    def set_policy(self, months: int) -> Changes:
        """Set the post's retention in months; every expiry follows, counted from each record's last update."""
        check_policy(months)
        with self.db.atomic():
            self.db.execute("UPDATE post SET retention_months = ?", [months])
            count = self.reapply()
        return changed("post", "nationals", count=count)

    @requires(Action.EDIT_PLAN)
    def reapply(self) -> int:
        """Set every expiry anew from the post's retention, logged as one entry with the count."""
        with self.store.audit.quiet(), self.db.atomic():
            count = self.db.execute(f"UPDATE nationals SET record_expiry = {EXPIRY_SQL}").rowcount
            self.store.audit.record("retention_policy", {"months": self.months(), "nationals": count})
        return count

    @requires(Action.REVIEW_EXPIRY)
    def fill_missing(self) -> int:
        """Give every national without an expiry date one from the rule (records of files made before m013)."""
        with self.store.audit.quiet(), self.db.atomic():
            cursor = self.db.execute(f"UPDATE nationals SET record_expiry = {EXPIRY_SQL} WHERE record_expiry IS NULL")
        return cursor.rowcount

    @requires(Action.REVIEW_EXPIRY)
    def expired_count(self, today: date | None = None) -> int:
        today = today or date.today()
        return self.db.execute("SELECT count(*) FROM nationals WHERE record_expiry < ?",
                               [today.isoformat()]).fetchone()[0]

    @requires(Action.REVIEW_EXPIRY)
    def review(self, today: date | None = None, limit: int = 10_000) -> list[dict]:
        """The nationals whose record is past its expiry date, oldest expiry first."""
        today = today or date.today()
        self.fill_missing()
        rows = self.db.execute(
            f"SELECT {', '.join(REVIEW_COLUMNS)} FROM nationals WHERE record_expiry < ? "
            "ORDER BY record_expiry, family_names, id LIMIT ?", [today.isoformat(), limit]).fetchall()
        return [dict(zip(REVIEW_COLUMNS, r)) for r in rows]

    @requires(Action.PURGE)
    def purge(self, today: date | None = None) -> dict[str, int]:
        """Delete every national past expiry, its status history and its audit entries; log counts only.

        Irreversible: deleted pages are overwritten (secure_delete) and the WAL is emptied, so
        the data is not left in the file. Backups keep it until they rotate out.
        """
        today = (today or date.today()).isoformat()
        db = self.db
        db.execute("PRAGMA secure_delete = ON")
        try:
            with db.atomic():
                db.execute("INSERT INTO audit_purge_permit (table_name, record_id) "
                           "SELECT 'nationals', id FROM nationals WHERE record_expiry < ?", [today])
                nationals = db.execute("SELECT count(*) FROM audit_purge_permit").fetchone()[0]
                history = db.execute("SELECT count(*) FROM status_events WHERE national_id IN "
                                     "(SELECT record_id FROM audit_purge_permit)").fetchone()[0]
                forget_nationals(db, "SELECT record_id FROM audit_purge_permit")
                db.execute("DELETE FROM nationals WHERE id IN (SELECT record_id FROM audit_purge_permit)")
                audit = db.execute("DELETE FROM audit_log WHERE table_name = 'nationals' AND record_id IN "
                                   "(SELECT record_id FROM audit_purge_permit)").rowcount
                db.execute("DELETE FROM audit_purge_permit")
                counts = {"nationals": nationals, "status_history": history, "audit_entries": audit}
                self.store.audit.record("purge", {**counts, "expired_before": today})
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.execute("PRAGMA secure_delete = OFF")
        return counts
