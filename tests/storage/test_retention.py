"""Retention: expiry dates from the post policy; a purge is complete and logged by counts only."""

from datetime import date

import pytest

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.errors import ValidationError
from micic_planner.core.models import National, Post
from micic_planner.core.retention import add_months, expiry_for


def test_months_are_added_with_the_day_clamped_to_the_month():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 11, 15), 3) == date(2024, 2, 15)
    assert expiry_for(date(2020, 6, 30), 60) == date(2025, 6, 30)
    with pytest.raises(ValidationError):
        expiry_for(date(2020, 1, 1), 0)


def test_a_new_national_gets_an_expiry_date_from_the_post_policy(store):
    store.save_post(Post("Consulado", "CR", "San José", retention_months=24))
    national = National("Lucía", "Araya")
    store.nationals.add(national)
    assert store.nationals.get(national.id).record_expiry == add_months(date.today(), 24)


def test_purging_removes_expired_nationals_their_history_and_audit_rows_and_logs_counts_only(store):
    store.save_post(Post("Consulado", "CR", "San José"))
    old = National("Pedro", "Expirado Quesada")
    keep = National("Marta", "Vigente")
    store.nationals.add(old)
    store.nationals.add(keep)
    old.status = AccountabilityStatus.SAFE
    store.nationals.update(old)
    _last_updated(store, old.id, "2015-01-01T10:00:00.00Z")
    assert store.retention.expired_count() == 1
    assert [r["family_names"] for r in store.retention.review()] == ["Expirado Quesada"]
    counts = store.retention.purge()
    assert counts == {"nationals": 1, "status_history": 1, "audit_entries": 2}
    assert store.nationals.count() == 1 and store.retention.review() == []
    assert store.db.execute("SELECT count(*) FROM status_events").fetchone()[0] == 0
    log = " ".join(f"{r['before']} {r['after']} {r['detail']}" for r in store.audit.entries(limit=1000))
    assert "Expirado" not in log and "Vigente" in log
    [entry] = store.audit.entries(action="purge")
    assert '"nationals": 1' in entry["detail"]
    store.close()
    assert b"Expirado" not in (store.path).read_bytes()


def _last_updated(store, national_id: int, stamp: str) -> None:
    """Pretend the record was last written at `stamp`, its expiry stamped by the rule as storage does."""
    from micic_planner.storage.retention_store import EXPIRY_SQL

    with store.audit.quiet():
        store.db.execute("UPDATE nationals SET updated_at = ? WHERE id = ?", [stamp, national_id])
        store.db.execute(f"UPDATE nationals SET record_expiry = {EXPIRY_SQL} WHERE id = ?", [national_id])


def test_changing_the_policy_resets_every_expiry_date_from_each_records_last_update(store):
    store.save_post(Post("Consulado", "CR", "San José"))
    store.nationals.add(National("Ana", "Mora"))
    _last_updated(store, 1, "2030-05-31T12:00:00.00Z")
    store.retention.set_policy(12)
    assert store.nationals.get(1).record_expiry == date(2031, 5, 31)
    store.retention.set_policy(1)
    assert store.nationals.get(1).record_expiry == date(2030, 6, 30)
