"""The audit log: edits with before and after, logins, exports; rows cannot be changed through the program."""

import csv

import pytest

from micic_planner.core.errors import LoginFailedError, PermissionDeniedError
from micic_planner.core.models import National, Post, Zone
from micic_planner.core.security import Role
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.store import PostStore


def with_admin(path):
    store = PostStore.open(path, create=True)
    store.save_post(Post("Consulado", "GT", "Guatemala"))
    store.add_user("admin", Role.ADMINISTRATOR, "contraseña segura")
    store.add_user("ana", Role.OFFICER, "ana-clave-2024")
    store.close()


def test_every_edit_is_logged_with_before_after_user_and_time(tmp_path):
    with_admin(tmp_path / "p.db")
    store = PostStore.open(tmp_path / "p.db", user="ana", password="ana-clave-2024")
    national = National("José", "Núñez")
    store.nationals.add(national)
    national.phone = "+50255550000"
    store.nationals.update(national)
    store.records.add(Zone("Zona 1"))
    store.nationals.delete(national.id)
    rows = [r for r in store.audit.entries(limit=50) if r["table_name"] == "nationals"]
    assert [r["action"] for r in rows] == ["delete", "update", "insert"]
    update = rows[1]
    assert update["user"] == "ana" and update["at"].endswith("Z")
    assert '"phone":""' in update["before"].replace(" ", "") and "+50255550000" in update["after"]
    assert store.audit.count(action="insert") >= 2
    store.close()


def test_users_table_edits_never_log_the_password_hash(tmp_path):
    with_admin(tmp_path / "p.db")
    store = PostStore.open(tmp_path / "p.db", user="admin", password="contraseña segura")
    store.set_user_role("ana", Role.VIEWER)
    logged = " ".join(str(r["before"]) + str(r["after"]) for r in store.audit.entries(limit=100))
    assert "argon2" not in logged and "viewer" in logged
    store.close()


def test_audit_rows_cannot_be_changed_or_deleted_through_the_program(tmp_path):
    with_admin(tmp_path / "p.db")
    store = PostStore.open(tmp_path / "p.db", user="admin", password="contraseña segura")
    before = store.audit.count()
    assert before > 0
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("UPDATE audit_log SET user = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db["audit_log"].update(1, {"action": "nothing"})
    assert store.audit.count() == before
    assert not hasattr(store.audit, "delete") and not hasattr(store.audit, "update")
    store.close()


def test_logins_are_logged_and_a_wrong_password_is_refused(tmp_path):
    with_admin(tmp_path / "p.db")
    with pytest.raises(LoginFailedError):
        PostStore.open(tmp_path / "p.db", user="ana", password="wrong password")
    with pytest.raises(PermissionDeniedError, match="sign in"):
        PostStore.open(tmp_path / "p.db")
    store = PostStore.open(tmp_path / "p.db", user="ANA", password="ana-clave-2024")
    logins = store.audit.entries(action="login")
    assert len(logins) == 1 and logins[0]["user"] == "ana"
    store.close()


def test_the_administrator_exports_the_audit_log_and_the_export_is_logged(tmp_path):
    with_admin(tmp_path / "p.db")
    store = PostStore.open(tmp_path / "p.db", user="admin", password="contraseña segura")
    store.nationals.add(National("Ana", "López"))
    count = store.audit_export(tmp_path / "audit.csv")
    with open(tmp_path / "audit.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == count and any("López" in (r["after"] or "") for r in rows)
    assert store.audit.count(action="export_audit") == 1
    store.close()


def test_an_officer_may_not_view_or_export_the_audit_log(tmp_path):
    with_admin(tmp_path / "p.db")
    store = PostStore.open(tmp_path / "p.db", user="ana", password="ana-clave-2024")
    with pytest.raises(PermissionDeniedError):
        store.audit_entries()
    with pytest.raises(PermissionDeniedError):
        store.audit_export(tmp_path / "audit.csv")
    assert not (tmp_path / "audit.csv").exists()
    store.close()


def test_a_bulk_import_is_one_log_entry_with_its_count(store):
    from micic_planner.storage.nationals import fast_uuid

    rows = [(fast_uuid(), f"N{i}", "Pérez") for i in range(500)]
    store.nationals.bulk_insert(["uuid", "given_names", "family_names"], rows)
    assert store.audit.count(action="insert") == 0
    [entry] = store.audit.entries(action="import")
    assert '"rows": 500' in entry["detail"]
    assert store.db.execute("SELECT count(*) FROM nationals WHERE record_expiry IS NULL").fetchone()[0] == 0


def logged(store, table: str) -> int:
    return store.db.execute("SELECT count(*) FROM audit_log WHERE table_name = ?", [table]).fetchone()[0]


def test_a_bulk_job_lifts_its_tables_triggers_and_puts_them_back_even_when_it_fails(store):
    zone = Zone("Zona 1")
    with store.audit.bulk("zones"):
        store.records.add(zone)
    assert logged(store, "zones") == 0
    with pytest.raises(RuntimeError), store.audit.bulk("zones"), store.db.atomic():
        store.records.add(Zone("Zona 2"))
        raise RuntimeError("the job failed")
    store.records.add(Zone("Zona 3"))
    assert logged(store, "zones") == 1
    assert [z.name for z in store.records.list(Zone, order_by="name")] == ["Zona 1", "Zona 3"]


def test_an_assembly_point_set_by_hand_is_logged_with_before_and_after(store):
    from micic_planner.core.enums import PlaceKind
    from micic_planner.core.models import Place

    park = store.records.add_many([Place("Parque", PlaceKind.ASSEMBLY_POINT, 14.9, -92.3, capacity=5)]).ids[0]
    national = National("Ana", "Pérez")
    store.nationals.add(national)
    national.assembly_point_id = park
    store.nationals.update(national)
    entry = store.db.execute("SELECT action, after FROM audit_log WHERE table_name = 'assignments'").fetchone()
    assert entry[0] == "insert" and f'"assembly_point_id":{park}' in entry[1]
