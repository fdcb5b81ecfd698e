"""Repeated failed sign-ins wait longer and longer, across restarts, and every one is in the audit log."""

import json

import pytest

from micic_planner.core.errors import LoginFailedError, ValidationError
from micic_planner.core.models import Post
from micic_planner.core.security import Role
from micic_planner.storage import sign_in_throttle
from micic_planner.storage.store import PostStore


class Clock:
    """Time that moves only when the test says so: no test sleeps."""

    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(sign_in_throttle, "clock", fake)
    return fake


@pytest.fixture
def post(tmp_path):
    path = tmp_path / "p.db"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado de México en Tapachula", "MX", "Tapachula"))
        store.add_user("admin", Role.ADMINISTRATOR, "admin-password-1")
        store.add_user("ana", Role.OFFICER, "ana-clave-2024")
    return path


def sign_in(path, password, user="ana"):
    PostStore.open(path, user=user, password=password).close()


def fail(path, times, user="ana"):
    for _ in range(times):
        with pytest.raises(LoginFailedError):
            sign_in(path, "wrong", user)


def entries(path, action):
    with PostStore.open(path, user="admin", password="admin-password-1") as store:
        return [json.loads(e["detail"]) for e in store.audit_entries(action=action)][::-1]


def test_three_slips_cost_nothing_and_the_fourth_failure_makes_the_name_wait(post, clock):
    fail(post, 3)
    sign_in(post, "ana-clave-2024")  # no wait after three slips; success clears the count
    fail(post, 4)
    with pytest.raises(LoginFailedError, match="wait 30 seconds"):
        sign_in(post, "ana-clave-2024")  # even the right password waits: it is not tried
    clock.now += 31
    sign_in(post, "ana-clave-2024")


def test_each_further_failure_doubles_the_wait_and_a_restart_does_not_reset_it(post, clock):
    fail(post, 4)
    clock.now += 31
    fail(post, 1)  # the fifth
    clock.now += 31
    with pytest.raises(LoginFailedError, match="wait 29 seconds"):
        sign_in(post, "ana-clave-2024")  # the count lives in the file: reopening it changes nothing
    clock.now += 30
    sign_in(post, "ana-clave-2024")


def test_the_wait_is_per_user_name_and_other_users_sign_in_as_usual(post, clock):
    fail(post, 6, user="ANA ")
    with pytest.raises(LoginFailedError, match="wait"):
        sign_in(post, "ana-clave-2024", user="ana")
    sign_in(post, "admin-password-1", user="admin")


def test_every_failure_and_every_refused_try_is_in_the_audit_log(post, clock):
    fail(post, 4)
    with pytest.raises(LoginFailedError):
        sign_in(post, "ana-clave-2024")
    failed = entries(post, "login_failed")
    assert [e["failures"] for e in failed] == [1, 2, 3, 4]
    assert failed[-1]["wait_seconds"] == 30 and "wait_seconds" not in failed[2]
    [locked] = entries(post, "login_locked")
    assert locked["user"] == "ana" and locked["failures"] == 4


def test_a_weak_password_is_refused_with_advice(post, clock):
    with PostStore.open(post, user="admin", password="admin-password-1") as store:
        for weak in ("Tapachula2024", "12345678", "luis2024"):
            with pytest.raises(ValidationError) as caught:
                store.add_user("luis", Role.OFFICER, weak)
            assert caught.value.field == "password" and caught.value.hint


def test_the_post_passphrase_may_not_be_built_on_the_posts_own_city(tmp_path):
    with PostStore.open(tmp_path / "c.db", create=True, passphrase="marimba volcán lluvia 47") as store:
        store.save_post(Post("Consulado de México en Tapachula", "MX", "Tapachula"))
        for weak in ("Tapachula2024", "P@ssw0rd!2024", "1qaz2wsx3edc"):
            with pytest.raises(ValidationError, match="too easy to guess"):
                store.change_passphrase(weak)
        store.change_passphrase("tres tigres comen trigo")
