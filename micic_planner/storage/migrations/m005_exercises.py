"""m005: workshop exercise runs, the injects released in each, and the team's timed actions."""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

STATEMENTS = [
    f"""CREATE TABLE exercise_runs (
    id INTEGER PRIMARY KEY,
    scenario_id TEXT NOT NULL, started_at TEXT NOT NULL DEFAULT {NOW}, ended_at TEXT,
    time_scale REAL NOT NULL DEFAULT 1 CHECK (time_scale > 0),
    facilitator TEXT NOT NULL DEFAULT '', team TEXT NOT NULL DEFAULT '')""",
    # One row per inject released in a run; released_by says whether the clock or the facilitator did it.
    """CREATE TABLE exercise_injects (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES exercise_runs(id) ON DELETE CASCADE,
    inject_key TEXT NOT NULL, inject_number INTEGER NOT NULL, released_at TEXT NOT NULL,
    released_by TEXT NOT NULL CHECK (released_by IN ('schedule','facilitator')),
    effects_note TEXT NOT NULL DEFAULT '',
    UNIQUE (run_id, inject_key))""",
    """CREATE TABLE exercise_actions (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES exercise_runs(id) ON DELETE CASCADE,
    at TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', by_user TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL, expected_key TEXT NOT NULL DEFAULT '', inject_key TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_exercise_actions_run ON exercise_actions(run_id, at)",
]


@migrations()
def m005_exercises(db):
    for statement in STATEMENTS:
        db.execute(statement)
