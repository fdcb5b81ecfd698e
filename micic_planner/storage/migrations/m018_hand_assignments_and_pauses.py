"""m018: assignments set by hand are told from computed ones; an exercise run can be paused.

`assignments.by_hand` is 1 for an assembly point chosen for one person (in the national's form),
which "Assign assembly points" keeps unless asked otherwise. Assignments made before this step
cannot be told apart and count as computed.

`exercise_runs.pauses` lists the run's pauses as JSON [[start, end or null], ...] (UTC ISO times);
the exercise clock leaves them out, so injects and deadlines wait while the facilitator pauses.
"""

from micic_planner.storage.migrations import migrations


@migrations()
def m018_hand_assignments_and_pauses(db):
    db.execute("ALTER TABLE assignments ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0 CHECK (by_hand IN (0, 1))")
    db.execute("ALTER TABLE exercise_runs ADD COLUMN pauses TEXT NOT NULL DEFAULT '[]'")
