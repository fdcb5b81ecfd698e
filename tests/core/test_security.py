"""Roles and permissions: the core refuses what a role may not do, whatever the window shows."""

import pytest

from micic_planner.core.enums import Vulnerability
from micic_planner.core.errors import PermissionDeniedError, ValidationError
from micic_planner.core.filters import NationalFilter
from micic_planner.core.models import National, Post, Zone
from micic_planner.core.passphrase import check_new_passphrase, strength
from micic_planner.core.security import Action, Role, can, check_may_open, field_visible, require
from micic_planner.storage.store import PostStore


def test_only_the_administrator_manages_users_purges_and_reads_the_audit_log():
    for action in (Action.MANAGE_USERS, Action.PURGE, Action.VIEW_AUDIT, Action.RESTORE, Action.CHANGE_PASSPHRASE):
        assert can(Role.ADMINISTRATOR, action)
        for role in (Role.OFFICER, Role.VIEWER, Role.TRAINEE):
            assert not can(role, action)
            with pytest.raises(PermissionDeniedError):
                require(role, action)


def test_a_warden_list_viewer_sees_names_and_phones_but_not_vulnerabilities_or_notes():
    assert field_visible(Role.VIEWER, "family_names") and field_visible(Role.VIEWER, "phone")
    assert field_visible(Role.VIEWER, "zone_id")
    for field in ("vulnerabilities", "migration_status", "notes"):
        assert not field_visible(Role.VIEWER, field)
        assert field_visible(Role.OFFICER, field)


def test_a_trainee_never_opens_a_real_post():
    check_may_open(Role.TRAINEE, is_training=True)
    with pytest.raises(PermissionDeniedError, match="trainee"):
        check_may_open(Role.TRAINEE, is_training=False)


def test_passphrase_strength_grows_with_length_and_punishes_common_words():
    assert strength("embajada").score == 0
    assert not strength("Consulado2024!").acceptable
    assert strength("marimba volcán lluvia 47").score == 4
    with pytest.raises(ValidationError):
        check_new_passphrase("mexico123")
    with pytest.raises(ValidationError, match="not the same"):
        check_new_passphrase("marimba volcán lluvia 47", "marimba volcan lluvia 47")


def _post_with_users(path, training=False):
    store = PostStore.open(path, create=True)
    store.save_post(Post("Consulado", "HN", "Tegucigalpa", is_training=training))
    store.nationals.add(National("Rosa", "Mejía", phone="+50499990000", notes="víctima de trata",
                                 vulnerabilities=Vulnerability.TRAFFICKING_VICTIM))
    for name, role in (("admin", Role.ADMINISTRATOR), ("vera", Role.VIEWER), ("tom", Role.TRAINEE)):
        store.add_user(name, role, f"{name}-password-1")
    store.close()


def test_the_storage_refuses_writes_from_a_viewer_and_hides_restricted_fields(tmp_path):
    _post_with_users(tmp_path / "p.db")
    store = PostStore.open(tmp_path / "p.db", user="vera", password="vera-password-1")
    national = store.nationals.get(1)
    assert national.family_names == "Mejía" and national.phone == "+50499990000"
    assert national.notes == "" and national.vulnerabilities == Vulnerability(0)
    row = store.nationals.page(NationalFilter(), 0, 10, columns=("id", "phone", "vulnerabilities"))[0]
    assert row == (1, "+50499990000", None)
    with pytest.raises(PermissionDeniedError):
        store.nationals.count(NationalFilter(vulnerability=Vulnerability.TRAFFICKING_VICTIM))
    with pytest.raises(PermissionDeniedError):
        store.nationals.update(national)
    with pytest.raises(PermissionDeniedError):
        store.records.add(Zone("Zona norte"))
    with pytest.raises(PermissionDeniedError):
        store.retention.purge()
    with pytest.raises(PermissionDeniedError):
        store.add_user("x", Role.ADMINISTRATOR, "whatever-123")
    store.close()


def test_a_trainee_is_turned_away_from_a_real_post_but_works_in_a_training_post(tmp_path):
    _post_with_users(tmp_path / "real.db")
    with pytest.raises(PermissionDeniedError, match="trainee"):
        PostStore.open(tmp_path / "real.db", user="tom", password="tom-password-1")
    _post_with_users(tmp_path / "training.db", training=True)
    with PostStore.open(tmp_path / "training.db", user="tom", password="tom-password-1") as store:
        store.nationals.add(National("Ejercicio", "Ficticio"))
        assert store.nationals.get(1).notes == "víctima de trata"


def test_the_last_administrator_cannot_be_demoted(tmp_path):
    _post_with_users(tmp_path / "p.db")
    with PostStore.open(tmp_path / "p.db", user="admin", password="admin-password-1") as store:
        with pytest.raises(ValidationError, match="at least one active administrator"):
            store.set_user_role("admin", Role.OFFICER)
        store.set_user_role("vera", Role.OFFICER)
        assert {u["name"]: u["role"] for u in store.user_list()}["vera"] is Role.OFFICER


def test_only_an_administrator_may_turn_a_real_post_into_a_training_post(tmp_path):
    _post_with_users(tmp_path / "real.db")
    with PostStore.open(tmp_path / "real.db", user="admin", password="admin-password-1") as store:
        store.add_user("olga", Role.OFFICER, "olga-password-1")
    with PostStore.open(tmp_path / "real.db", user="olga", password="olga-password-1") as store:
        post = store.post()
        post.is_training = True
        with pytest.raises(PermissionDeniedError):
            store.save_post(post)
        post.is_training = False
        post.city = "Tapachula de Córdova y Ordóñez"
        store.save_post(post)
    with PostStore.open(tmp_path / "real.db", user="admin", password="admin-password-1") as store:
        assert store.post().city == "Tapachula de Córdova y Ordóñez" and not store.post().is_training
        post = store.post()
        post.is_training = True
        store.save_post(post)
        assert store.post().is_training
