"""m013: failed sign-ins kept per user name; every record's expiry recomputed by the one retention rule.

`sign_in_failures` lets the wait after repeated failures survive a restart (storage/sign_in_throttle.py).
Expiries used to count from registration while the plan printed "after last use"; the rule is
now "N months after the record's last update" (core/retention.py), applied here to the records
already stored. SQLite rolls 31 January + 1 month over to 3 March; the CASE clamps to the
month's last day, as core.retention.add_months does.
"""

from micic_planner.storage.migrations import migrations

MONTHS = "(SELECT coalesce((SELECT retention_months FROM post ORDER BY id LIMIT 1), 60))"
SHIFTED = f"date(updated_at, '+' || {MONTHS} || ' months')"
CLAMPED = f"date(updated_at, 'start of month', '+' || ({MONTHS} + 1) || ' months', '-1 day')"
EXPIRY = f"CASE WHEN strftime('%d', {SHIFTED}) = strftime('%d', updated_at) THEN {SHIFTED} ELSE {CLAMPED} END"


@migrations()
def m013_sign_in_and_retention(db):
    db.execute("""CREATE TABLE IF NOT EXISTS sign_in_failures (
        user_key TEXT PRIMARY KEY, failures INTEGER NOT NULL DEFAULT 0, last_failure_at REAL NOT NULL)""")
    db.execute(f"UPDATE nationals SET record_expiry = {EXPIRY}")
