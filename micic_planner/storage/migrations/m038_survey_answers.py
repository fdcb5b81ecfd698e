"""m038: the answers a returnee gives to the Reintegration Sustainability Survey at a follow-up visit (issue 16.6)."""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"


@migrations()
def m038_survey_answers(db):
    # One row per visit and indicator: the indicator's number in plans/reintegration_survey.json and the
    # answer as the file words it. No score is stored: a score is computed from the answers and the file's
    # confirmed weights and formula when it is shown, so a corrected source corrects every score.
    db.execute(f"""CREATE TABLE survey_answers (
        id INTEGER PRIMARY KEY,
        follow_up_id INTEGER NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
        indicator INTEGER NOT NULL CHECK (indicator >= 1),
        answer TEXT NOT NULL CHECK (answer <> ''),
        recorded_at TEXT NOT NULL DEFAULT {NOW},
        recorded_by TEXT NOT NULL DEFAULT '',
        UNIQUE (follow_up_id, indicator))""")
