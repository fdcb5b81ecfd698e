"""m017: alert-matrix lines may belong to a standfast (shelter in place) or a stand-down step.

MICIC's four phases only climb; a post also needs to tell nationals to stay where they are when moving
is the greater danger, and to know when to step back down. Such a line keeps the phase it is taken
at (`phase`), and `step` says which it is; '' is an ordinary line of its phase.
"""

from micic_planner.storage.migrations import migrations


@migrations()
def m017_matrix_steps(db):
    db.execute("ALTER TABLE alert_actions ADD COLUMN step TEXT NOT NULL DEFAULT '' "
               "CHECK (step IN ('', 'standfast', 'stand_down'))")
