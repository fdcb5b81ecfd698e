import pytest

from micic_planner.cli import main
from micic_planner.core.errors import StorageError
from micic_planner.storage import bulk_load
from micic_planner.storage.bulk_load import check_constraints, load_nationals, publish, table_checks
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.nationals import fast_uuid

COLUMNS = ["uuid", "given_names", "family_names", "sex"]
LARGE = 12_000  # large enough for the fast path: indexes and triggers dropped, CHECKs deferred


def rows(n, bad_at=None):
    return ((fast_uuid(), f"N{i}", "Pérez", "Q" if i == bad_at else "F") for i in range(n))


def count(store, sql="SELECT count(*) FROM nationals"):
    return store.db.execute(sql).fetchone()[0]


def test_the_checks_of_the_registry_table_are_read_from_its_schema(store):
    sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'nationals'").fetchone()[0]
    checks = table_checks(sql)
    assert len(checks) == 2
    assert checks[0] == "sex IN ('F','M','X','U')" and checks[1].startswith("status IN ('not_contacted'")
    assert table_checks("CREATE TABLE t (checked INTEGER, note TEXT CHECK (note != ')'))") == ["note != ')'"]


def test_a_large_load_with_a_row_breaking_a_check_is_refused_whole(store):
    with store.audit.quiet(), pytest.raises(StorageError, match="sex IN"):
        load_nationals(store.db, COLUMNS, rows(LARGE, bad_at=7_000), expected=LARGE)
    assert count(store) == 0
    assert store.db.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
    indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'nationals'")}
    assert {"idx_nationals_board", "idx_nationals_spanish_name", "nationals_fts_ai"} <= indexes
    temp = {r[0] for r in store.db.execute("SELECT name FROM sqlite_temp_master WHERE tbl_name = 'nationals'")}
    assert "audit_nationals_ai" in temp


def test_checks_are_made_only_on_rows_after_the_given_id(store):
    store.db.execute("PRAGMA ignore_check_constraints=ON")
    store.db.execute("INSERT INTO nationals (uuid, given_names, family_names, sex) VALUES ('a', 'A', 'B', 'Q')")
    store.db.execute("PRAGMA ignore_check_constraints=OFF")
    check_constraints(store.db, "nationals", after_id=1)
    with pytest.raises(sqlite3.IntegrityError, match=r"row 1\)"):
        check_constraints(store.db, "nationals")


def test_a_large_load_keeps_the_audit_triggers_and_the_search_index_settings(store):
    with store.audit.quiet():
        assert load_nationals(store.db, COLUMNS, rows(LARGE), expected=LARGE) == LARGE
    temp = {r[0] for r in store.db.execute("SELECT name FROM sqlite_temp_master WHERE tbl_name = 'nationals'")}
    assert {"audit_nationals_ai", "audit_nationals_au", "audit_nationals_ad"} <= temp
    before = count(store, "SELECT count(*) FROM audit_log")
    store.db.execute("UPDATE nationals SET given_names = 'Ana' WHERE id = 5")
    assert count(store, "SELECT count(*) FROM audit_log") == before + 1
    assert count(store, "SELECT v FROM nationals_fts_config WHERE k = 'automerge'") == 4
    assert count(store, "SELECT count(*) FROM nationals_fts WHERE nationals_fts MATCH 'perez'") == LARGE
    store.db.execute("INSERT INTO nationals_fts(nationals_fts, rank) VALUES ('integrity-check', 1)")


def test_a_load_with_the_audit_log_live_keeps_its_triggers_and_logs_each_row(store):
    load_nationals(store.db, COLUMNS, rows(LARGE), expected=LARGE)
    assert count(store, "SELECT count(*) FROM audit_log WHERE table_name = 'nationals'") == LARGE


def test_the_registry_has_no_zone_index_of_its_own_and_zone_filters_use_the_board_index(store):
    plan = store.db.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM nationals WHERE zone_id = 1").fetchall()
    assert "idx_nationals_board" in plan[0][3]
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_nationals_zone" not in names
    fts = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'nationals_fts'").fetchone()[0]
    assert "columnsize=0" in fts and "prefix='1 2 3'" in fts


def test_publish_moves_the_finished_file_into_place(tmp_path):
    partial, path = tmp_path / "a.micic.partial", tmp_path / "a.micic"
    partial.write_bytes(b"post")
    publish(partial, path)
    assert path.read_bytes() == b"post" and not partial.exists()


def test_an_interrupted_demo_leaves_no_file_at_the_target_path(tmp_path, monkeypatch):
    real = bulk_load.load_nationals

    def interrupted(db, columns, rows, progress=None, expected=0):
        def some_then_stop():
            for i, row in enumerate(rows):
                if i == 30_000:
                    raise KeyboardInterrupt
                yield row
        return real(db, columns, some_then_stop(), progress, expected)

    monkeypatch.setattr("micic_planner.storage.demo_writer.load_nationals", interrupted)
    path = tmp_path / "demo.micic"
    assert main(["demo", "--db", str(path), "--nationals", "40000"]) != 0  # the CLI says it was interrupted
    assert list(tmp_path.iterdir()) == []
