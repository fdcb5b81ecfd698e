"""m040: return cases travel between posts and headquarters (issue 18: "who is returning").

The return tables that lacked a uuid get one (the people of a case, its timeline, the reintegration
plan's goals, referrals, follow-up visits), so they can be registered. A case names the person who
asked (`national_id`, the principal member), so it goes where that person goes (scope.py). The
records already stored are logged as inserted, set-based. Case numbers made from here on carry the
site (RET-2026-3F9A0C-00012, crisis_authority.py); the numbers already given stay as they are.
"""

from micic_planner.storage.migrations import migrations

UUID = "lower(hex(randomblob(16)))"

STATEMENTS = [
    *(statement for table in ("return_members", "return_steps", "reintegration_goals", "referrals", "follow_ups")
      for statement in (
          f"ALTER TABLE {table} ADD COLUMN uuid TEXT",
          f"UPDATE {table} SET uuid = {UUID}",
          f"CREATE UNIQUE INDEX idx_{table}_uuid ON {table}(uuid)")),
    "ALTER TABLE return_cases ADD COLUMN national_id INTEGER REFERENCES nationals(id) ON DELETE SET NULL",
]
# Filled before the records are logged, with the capture off: it is part of each case's first version.
PRINCIPAL = """UPDATE return_cases SET national_id = (SELECT m.national_id FROM return_members m
    WHERE m.case_id = return_cases.id ORDER BY m.principal DESC, m.id LIMIT 1)"""


@migrations()
def m040_return_sync(db):
    from micic_planner.core.sync.registry import TABLES
    from micic_planner.storage.sync.capture import install, log_inserted, suspended

    for statement in STATEMENTS:
        db.execute(statement)
    with suspended(db):
        db.execute(PRINCIPAL)
    install(db)
    for t in TABLES:
        if t.since == 40:
            log_inserted(db, t.name)
