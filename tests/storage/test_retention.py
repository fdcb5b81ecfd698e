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
    assert counts == {"nationals": 1, "status_history": 1, "audit_entries": 2, "inquiries": 0, "messages": 0}
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


def test_the_purge_also_removes_hotline_inquiries_and_messages_past_the_same_rule_with_their_audit_rows(store):
    from micic_planner.core.messaging.inquiry import Inquiry
    from micic_planner.storage.messaging.hotline_store import HotlineStore

    store.save_post(Post("Consulado", "CR", "San José", retention_months=24))
    hotline = HotlineStore(store)
    old = hotline.log(Inquiry("Rosa Vieja", "Baltazar Antiguo", caller_contact="+50688880001"))
    recent = hotline.log(Inquiry("Ana Reciente", "Pedro Actual"))
    db = store.db
    with store.audit.quiet(), db.atomic():
        db.execute("UPDATE inquiries SET created_at = '2020-01-31T10:00:00Z' WHERE id = ?", [old])
        db.execute("INSERT INTO inquiry_notes (inquiry_id, note_key, text, received_at) VALUES "
                   "(?, 'pf/1', 'Visto en el albergue', '2020-02-01T00:00:00Z')", [old])
        batch = db.execute("INSERT INTO message_batches (created_at) VALUES ('2020-01-01T00:00:00Z')").lastrowid
        db.execute("INSERT INTO outbox (batch_id, phone, text, state, sent_at) VALUES "
                   "(?, '+50688880002', 'Vaya al Parque Viejo', 'sent', '2020-01-01T01:00:00Z'), "
                   "(?, '+50688880003', 'Vaya al Parque Nuevo', 'sent', ?)", [batch, batch, date.today().isoformat()])
        db.execute("INSERT INTO inbox (key, received_at, phone, text) VALUES "
                   "('a', '2020-01-02T00:00:00Z', '+50688880004', 'BIEN antiguo'), "
                   "('b', ?, '+50688880005', 'BIEN reciente')", [date.today().isoformat()])
    db.execute("INSERT INTO audit_log (at, user, action, table_name, record_id, after) VALUES "
               "('2020-01-31', '', 'insert', 'inquiries', ?, 'Rosa Vieja')", [old])
    assert store.retention.expired_messages() == {"inquiries": 1, "outbox": 1, "inbox": 1}
    counts = store.retention.purge()
    assert counts["inquiries"] == 1 and counts["messages"] == 2 and counts["nationals"] == 0
    assert [i.id for i in hotline.inquiries()] == [recent]
    texts = [r[0] for r in db.execute("SELECT text FROM outbox UNION ALL SELECT text FROM inbox "
                                      "UNION ALL SELECT text FROM inquiry_notes")]
    assert texts == ["Vaya al Parque Nuevo", "BIEN reciente"]
    assert "Rosa Vieja" not in " ".join(str(r["after"]) for r in store.audit.entries(limit=1000))
    store.close()
    raw = store.path.read_bytes()
    assert b"Rosa Vieja" not in raw and b"Parque Viejo" not in raw and b"BIEN antiguo" not in raw


def test_the_expiry_command_counts_and_purges_the_hotline_records_past_the_rule(tmp_path, capsys):
    from micic_planner import cli
    from micic_planner.core.messaging.inquiry import Inquiry
    from micic_planner.storage.messaging.hotline_store import HotlineStore
    from micic_planner.storage.store import PostStore

    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado", "CR", "San José"))
        old = HotlineStore(store).log(Inquiry("Rosa Vieja", "Baltazar Antiguo"))
        with store.audit.quiet():
            store.db.execute("UPDATE inquiries SET created_at = '2015-01-01T00:00:00Z' WHERE id = ?", [old])
    assert cli.main(["expiry", "purge", str(path)]) == 1
    assert "1 hotline inquiries" in capsys.readouterr().out
    assert cli.main(["expiry", "purge", str(path), "--yes"]) == 0
    assert "Purged 1 hotline inquiries and 0 messages" in capsys.readouterr().out
