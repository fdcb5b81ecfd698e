"""Retention in the post file: give every national an expiry date, list those past it, purge them for good."""

from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.retention import add_months, check_policy
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, any_role, requires

REVIEW_COLUMNS = ("id", "family_names", "given_names", "birth_date", "zone_id", "record_expiry", "status")


class RetentionStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @any_role
    def months(self) -> int:
        row = self.db.execute("SELECT retention_months FROM post ORDER BY id LIMIT 1").fetchone()
        return int(row[0]) if row else 60

    @requires(Action.EDIT_PLAN)
    def set_policy(self, months: int, reapply: bool = False, today: date | None = None) -> Changes:
        """Set the post's retention in months; with `reapply`, every expiry is set anew from today."""
        self.store.session.require(Action.EDIT_PLAN)
        check_policy(months)
        with self.db.atomic():
            self.db.execute("UPDATE post SET retention_months = ?", [months])
            if reapply:
                self.db.execute("UPDATE nationals SET record_expiry = NULL")
            count = self.fill_missing(today)
        return changed("post", "nationals", count=count)

    @requires(Action.REVIEW_EXPIRY)
    def fill_missing(self, today: date | None = None) -> int:
        """Give every national without an expiry date one from the policy, counted from `today`."""
        expiry = add_months(today or date.today(), self.months()).isoformat()
        with self.store.audit.quiet(), self.db.atomic():
            cursor = self.db.execute("UPDATE nationals SET record_expiry = ? WHERE record_expiry IS NULL", [expiry])
        return cursor.rowcount

    @requires(Action.REVIEW_EXPIRY)
    def expired_count(self, today: date | None = None) -> int:
        today = today or date.today()
        return self.db.execute("SELECT count(*) FROM nationals WHERE record_expiry < ?",
                               [today.isoformat()]).fetchone()[0]

    @requires(Action.REVIEW_EXPIRY)
    def review(self, today: date | None = None, limit: int = 10_000) -> list[dict]:
        """The nationals whose record is past its expiry date, oldest expiry first."""
        self.store.session.require(Action.REVIEW_EXPIRY)
        today = today or date.today()
        self.fill_missing(today)
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
        self.store.session.require(Action.PURGE)
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
