"""m043: a return case's checklist marks and the survey answers of its visits travel with the case (issue 18).

Each row gets a uuid worked out from what makes it unique (`core.sync.keys.keyed_uuid`): a mark from
its case's uuid and the item's key, an answer from its visit's uuid and the indicator's number. The
stores give new rows the same uuid, so two sites' marks of one item are the same record and merge.
The rows already stored are logged as inserted.
"""

from micic_planner.storage.migrations import migrations

# table -> the query of each row's id, its parent's uuid and its key.
ROWS = {
    "return_checklist": "SELECT r.id, c.uuid, r.item_key FROM return_checklist r "
                        "JOIN return_cases c ON c.id = r.case_id",
    "survey_answers": "SELECT a.id, f.uuid, a.indicator FROM survey_answers a "
                      "JOIN follow_ups f ON f.id = a.follow_up_id",
}


@migrations()
def m043_return_marks_sync(db):
    from micic_planner.core.sync.keys import keyed_uuid
    from micic_planner.core.sync.registry import TABLES
    from micic_planner.storage.sync.capture import install, log_inserted

    for table, rows in ROWS.items():
        db.execute(f"ALTER TABLE {table} ADD COLUMN uuid TEXT")
        db.conn.executemany(f"UPDATE {table} SET uuid = ? WHERE id = ?",
                            [(keyed_uuid(parent, key), row_id) for row_id, parent, key in
                             db.execute(rows).fetchall()])
        db.execute(f"CREATE UNIQUE INDEX idx_{table}_uuid ON {table}(uuid)")
    install(db)
    for t in TABLES:
        if t.since == 43:
            log_inserted(db, t.name)
