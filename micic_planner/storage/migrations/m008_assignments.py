"""m008: each national's assembly point moves from the registry row to a narrow table of its own.

The assignment is the output of a planning job that rewrites it for the whole registry at once.
Kept in the registry's wide rows, writing it rewrote every page of the table (10 of the 13.5 s of
assigning 1,000,000 nationals, bench/bench_assign.py); in its own table it is a few bytes per person.
Like `board_counts`, it is derived data: it has no uuid or timestamps, and the audit log records each run.
"""

from micic_planner.storage.migrations import migrations

STATEMENTS = [
    """CREATE TABLE assignments (
    national_id INTEGER PRIMARY KEY REFERENCES nationals(id) ON DELETE CASCADE,
    assembly_point_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE)""",
    "INSERT INTO assignments SELECT id, assembly_point_id FROM nationals WHERE assembly_point_id IS NOT NULL",
    "CREATE INDEX idx_assignments_point ON assignments(assembly_point_id)",
    "DROP INDEX idx_nationals_assembly_point",
    "ALTER TABLE nationals DROP COLUMN assembly_point_id",
]


@migrations()
def m008_assignments(db):
    for statement in STATEMENTS:
        db.execute(statement)
