"""m023: the plan sections the post writes itself (issue 13 "Printed pages"), one row per section."""

from micic_planner.storage.migrations import migrations


@migrations()
def m023_plan_sections(db):
    # Values as JSON shaped by core.section_catalogue, so a new section needs no new schema step.
    # A rowid table, so the audit triggers log every edit with its before and after.
    db.execute("""CREATE TABLE plan_sections (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
        updated_at TEXT NOT NULL DEFAULT '',
        updated_by TEXT NOT NULL DEFAULT '')""")
