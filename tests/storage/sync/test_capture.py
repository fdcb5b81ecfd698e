"""The change log: every path that writes a synced table is captured, with field versions and uuids."""

import json

from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus, Hazard
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.store import PostStore


def _log(db, op=None):
    sql = "SELECT tbl, uuid, op, fields, base, hlc FROM sync_log" + (" WHERE op = ?" if op else "") + " ORDER BY seq"
    return db.execute(sql, [op] if op else []).fetchall()


def test_an_edit_logs_only_the_changed_fields_with_the_foreign_key_as_the_uuid_it_points_at(store):
    db = store.db
    db.execute("INSERT INTO zones (uuid, name) VALUES ('z1', 'Norte')")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'López')")
    db.execute("UPDATE nationals SET zone_id = 1, phone = '+50499' WHERE uuid = 'n1'")
    tbl, uuid, _op, fields, base, _hlc = _log(db, "u")[0]
    assert (tbl, uuid, json.loads(fields), base) == ("nationals", "n1", {"phone": "+50499", "zone_id": "z1"}, None)


def test_a_protected_edit_names_the_version_it_was_made_on_top_of(store):
    db = store.db
    db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'López')")
    inserted = _log(db, "i")[-1][5]
    db.execute("UPDATE nationals SET family_names = 'Pérez' WHERE uuid = 'n1'")
    site = db.execute("SELECT site FROM sync_state").fetchone()[0]
    assert json.loads(_log(db, "u")[0][4]) == {"family_names": [[inserted, site]]}


def test_the_clock_never_goes_back_even_when_the_laptop_clock_does(store):
    db = store.db
    db.execute("INSERT INTO zones (uuid, name) VALUES ('z1', 'A')")
    db.execute("UPDATE sync_state SET clock_offset_ms = -3600000")  # the clock set an hour back
    db.execute("INSERT INTO zones (uuid, name) VALUES ('z2', 'B')")
    first, second = [r[5] for r in _log(db, "i")[-2:]]
    assert second > first


def test_an_edit_that_changes_nothing_logs_nothing(store):
    db = store.db
    db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'López')")
    db.execute("UPDATE nationals SET family_names = 'López', status = 'safe' WHERE uuid = 'n1'")
    assert _log(db, "u") == []


def test_the_bulk_status_update_logs_every_event_with_a_uuid_in_one_statement(store):
    db = store.db
    store.nationals.bulk_insert(["uuid", "given_names", "family_names"],
                                ((f"n{i}", "Ana", f"F{i}") for i in range(50)), expected=50)
    crises = CrisisStore(store)
    crises.open("Drill", Hazard.HURRICANE)
    ids = [r[0] for r in db.execute("SELECT id FROM nationals")]
    crises.accountability.set_status(ids, AccountabilityStatus.SAFE, StatusSource.WARDEN)
    events = _log(db, "i")
    assert sum(1 for e in events if e[0] == "nationals") == 50
    logged = {e[1] for e in events if e[0] == "status_events"}
    assert len(logged) == 50 and logged == {r[0] for r in db.execute("SELECT uuid FROM status_events")}
    assert db.execute("SELECT capture FROM sync_state").fetchone()[0] == 1


def test_records_stored_before_sync_are_logged_by_the_schema_step(tmp_path):
    from micic_planner.storage.connection import connect
    from micic_planner.storage.migrations import migrations

    path = tmp_path / "old.db"
    db = connect(path, create=True)
    migrations.apply(db, stop_before="m030_sync")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('old', 'Ana', 'López')")
    db.execute("INSERT INTO status_events (national_id, status) VALUES (1, 'safe')")
    db.close()
    with PostStore.open(path) as store:
        logged = {(r[0], r[2]) for r in _log(store.db)}
        assert ("nationals", "i") in logged and ("status_events", "i") in logged
        assert store.db.execute("SELECT count(*) FROM status_events WHERE uuid IS NULL").fetchone()[0] == 0


def test_a_record_purged_before_it_travelled_arrives_as_a_deletion_without_its_data():
    from micic_planner.storage.sync.changes import apply_payload, payload

    post, hq = PostStore.memory(), PostStore.memory()
    post.db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'Expirado')")
    post.db.execute("INSERT INTO audit_purge_permit VALUES ('nationals', 1)")
    from micic_planner.storage.sync import forget_nationals

    forget_nationals(post.db, "SELECT record_id FROM audit_purge_permit")
    post.db.execute("DELETE FROM nationals")
    text, _n = payload(post.db, {})
    assert "Expirado" not in text
    site = post.db.execute("SELECT site FROM sync_state").fetchone()[0]
    counts, _seen = apply_payload(hq.db, text, {site: "post"})
    assert counts["received"] == 2 and hq.db.execute("SELECT count(*) FROM nationals").fetchone()[0] == 0


def test_each_change_carries_the_signed_in_user(tmp_path):
    from micic_planner.core.security import Role

    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.add_user("ana", Role.ADMINISTRATOR, "marimba volcán lluvia 47")
    with PostStore.open(path, user="ana", password="marimba volcán lluvia 47") as store:
        store.db.execute("INSERT INTO zones (uuid, name) VALUES ('z1', 'Norte')")
        assert store.db.execute("SELECT by_user FROM sync_log WHERE uuid = 'z1'").fetchone() == ("ana",)


def _bulk_post(store, n=60):
    store.nationals.bulk_insert(["uuid", "given_names", "family_names", "vulnerabilities"],
                                ((f"n{i}", "Ana", f"F{i}", [0, 4, 8][i % 3]) for i in range(n)), expected=n)
    crises = CrisisStore(store)
    crises.open("Drill", Hazard.HURRICANE)
    return crises, [r[0] for r in store.db.execute("SELECT id FROM nationals ORDER BY id")]


def test_a_bulk_status_update_gives_its_events_uuids_that_sort_after_every_earlier_one(store):
    # Random uuids land all over the uuid indexes; appended ones are what keeps 100,000 under 2 s.
    crises, ids = _bulk_post(store)
    crises.accountability.set_status(ids[:30], AccountabilityStatus.SAFE, StatusSource.WARDEN)
    crises.accountability.set_rows([(i, AccountabilityStatus.MISSING, "") for i in ids])
    uuids = [r[0] for r in store.db.execute("SELECT uuid FROM status_events ORDER BY id")]
    assert len(uuids) == 90 and uuids == sorted(uuids) and len(set(uuids)) == 90
    assert all(len(u) == 32 and int(u, 16) >= 0 for u in uuids)


def test_the_board_after_bulk_updates_holds_exactly_what_a_recount_gives(store):
    from micic_planner.storage.migrations.m002_crisis import BOARD_REBUILD

    crises, ids = _bulk_post(store)
    statuses = [AccountabilityStatus.SAFE, AccountabilityStatus.MISSING, AccountabilityStatus.INJURED]
    crises.accountability.set_rows([(i, statuses[i % 3], "") for i in ids])
    crises.accountability.set_rows([(i, statuses[(i // 2) % 3], "") for i in ids[::2]])
    kept = set(store.db.execute("SELECT * FROM board_counts WHERE n != 0").fetchall())
    store.db.execute("DELETE FROM board_counts")
    store.db.execute(BOARD_REBUILD)
    assert kept == set(store.db.execute("SELECT * FROM board_counts").fetchall())
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "board_counts_au" in names  # lifted for the job only


def test_a_bulk_status_update_puts_back_the_audit_and_user_triggers_it_lifted(tmp_path):
    from micic_planner.core.security import Role

    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.add_user("ana", Role.ADMINISTRATOR, "marimba volcán lluvia 47")
    with PostStore.open(path, user="ana", password="marimba volcán lluvia 47") as store:
        crises, ids = _bulk_post(store)
        crises.accountability.set_status(ids, AccountabilityStatus.SAFE, StatusSource.WARDEN)
        assert store.db.execute("SELECT count(*) FROM audit_log WHERE action = 'bulk_status'").fetchone()[0] == 1
        assert store.db.execute("SELECT count(*) FROM audit_log WHERE action = 'update' "
                                "AND table_name = 'nationals'").fetchone()[0] == 0
        assert {r[0] for r in store.db.execute("SELECT by_user FROM sync_log WHERE tbl = 'status_events'")} == {"ana"}
        store.db.execute("UPDATE nationals SET phone = '+50499' WHERE id = ?", [ids[0]])
        store.db.execute("INSERT INTO zones (uuid, name) VALUES ('z1', 'Norte')")
        assert store.db.execute("SELECT count(*) FROM audit_log WHERE action = 'update' "
                                "AND table_name = 'nationals'").fetchone()[0] == 1
        assert store.db.execute("SELECT by_user FROM sync_log WHERE uuid = 'z1'").fetchone() == ("ana",)


def test_rows_logged_in_bulk_are_numbered_in_order_even_when_their_ids_have_gaps(store):
    from micic_planner.storage.sync.capture import log_inserted

    db = store.db
    with db.atomic():
        db.execute("UPDATE sync_state SET capture = 0")
        db.conn.executemany("INSERT INTO zones (id, uuid, name) VALUES (?, ?, ?)",
                            [(i, f"z{i}", "Z") for i in (5, 9, 10)])
        db.execute("UPDATE sync_state SET capture = 1")
        seq = db.execute("SELECT seq FROM sync_state").fetchone()[0]
        assert log_inserted(db, "zones", 0) == 3
    rows = db.execute("SELECT uuid, seq FROM sync_log WHERE tbl = 'zones' ORDER BY seq").fetchall()
    assert rows == [("z5", seq + 1), ("z9", seq + 2), ("z10", seq + 3)]
    assert db.execute("SELECT seq FROM sync_state").fetchone()[0] == seq + 3


def test_an_insert_logs_only_the_fields_that_differ_from_their_defaults_and_arrives_whole():
    from micic_planner.storage.sync.changes import apply_payload, payload

    post, hq = PostStore.memory(), PostStore.memory()
    post.db.execute("INSERT INTO zones (uuid, name) VALUES ('z1', 'Norte')")
    post.db.execute("INSERT INTO nationals (uuid, given_names, family_names, zone_id, vulnerabilities, lat) "
                    "VALUES ('n1', 'Ana', 'López', 1, 4, 14.5)")
    post.db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n2', '', '')")
    logged = {uuid: json.loads(f) for _t, uuid, _op, f, _b, _h in _log(post.db, "i")}
    assert logged["n1"] == {"given_names": "Ana", "family_names": "López", "zone_id": "z1", "vulnerabilities": 4,
                            "lat": 14.5}
    assert logged["n2"] == {"given_names": "", "family_names": ""}  # NOT NULL without a default: always written
    site = post.db.execute("SELECT site FROM sync_state").fetchone()[0]
    apply_payload(hq.db, payload(post.db, {})[0], {site: "post"})
    columns = "uuid, given_names, family_names, sex, birth_date, phone, lat, vulnerabilities, consent_share, notes"
    rows = f"SELECT {columns}, (SELECT uuid FROM zones WHERE id = zone_id) FROM nationals ORDER BY uuid"
    assert hq.db.execute(rows).fetchall() == post.db.execute(rows).fetchall()


def test_an_inserted_row_that_holds_only_defaults_is_never_logged_as_the_empty_json_of_a_purge():
    from micic_planner.core.sync.registry import SyncedTable
    from micic_planner.storage.sync.capture import column_defaults, row_json

    db = PostStore.memory().db
    db.execute("CREATE TEMP TABLE probe (id INTEGER PRIMARY KEY, uuid TEXT, a TEXT NOT NULL DEFAULT '', "
               "b INTEGER DEFAULT 0, c TEXT)")
    db.execute("INSERT INTO temp.probe (uuid) VALUES ('p1')")
    db.execute("INSERT INTO temp.probe (uuid, b, c) VALUES ('p2', 3, 'x')")
    t = SyncedTable("probe", ("a", "b", "c"))
    sql = f"SELECT {row_json(t, 'r', column_defaults(db, t))} FROM temp.probe r ORDER BY id"
    assert [json.loads(r[0]) for r in db.execute(sql)] == [{"a": ""}, {"b": 3, "c": "x"}]
