"""One retention rule: the expiry stored on every path and the plan's printed sentence both come from it."""

from datetime import date

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.i18n import Translator
from micic_planner.core.models import National, Post
from micic_planner.core.retention import RULE, expiry_after, rule_text


def _stored(store) -> list[tuple[str, str]]:
    return store.db.execute("SELECT updated_at, record_expiry FROM nationals ORDER BY id").fetchall()


def _agree(store, months: int) -> None:
    rows = _stored(store)
    assert rows and all(expiry == expiry_after(updated, months).isoformat() for updated, expiry in rows)


def test_every_write_moves_the_expiry_to_the_posts_months_after_the_last_update(store):
    store.save_post(Post("Consulado", "CR", "San José", retention_months=24))
    ana = National("Ana", "Mora", record_expiry=date(2001, 1, 1))  # a date the rule does not take
    store.nationals.add(ana)
    _agree(store, 24)
    with store.audit.quiet():
        store.db.execute("UPDATE nationals SET updated_at = '2019-01-31T08:00:00.00Z', record_expiry = '2021-01-31'")
    ana = store.nationals.get(ana.id)  # as a form loads it: with the old expiry
    ana.status = AccountabilityStatus.SAFE
    store.nationals.update(ana)
    assert store.nationals.get(ana.id).record_expiry > date.today()
    _agree(store, 24)
    store.save_post(store.post().__class__(**{**store.post().__dict__, "retention_months": 6}))
    _agree(store, 6)


def test_a_bulk_status_update_and_an_import_follow_the_same_rule(store, tmp_path):
    from micic_planner.core.crisis import StatusSource
    from micic_planner.core.enums import Hazard
    from micic_planner.storage.crisis_store import CrisisStore

    store.save_post(Post("Consulado", "CR", "San José", retention_months=36))
    store.nationals.bulk_insert(["uuid", "family_names", "given_names", "record_expiry"],
                                [("u-1", "Mora", "Ana", "2001-01-01"), ("u-2", "Ruiz", "Luis", None)])
    _agree(store, 36)
    with store.audit.quiet():
        store.db.execute("UPDATE nationals SET updated_at = '2019-03-31T08:00:00.00Z', record_expiry = '2022-03-31'")
    crises = CrisisStore(store)
    crises.open("Huracán Eta", Hazard.HURRICANE)
    crises.accountability.set_status([1], AccountabilityStatus.SAFE, StatusSource.PHONE)
    assert _stored(store)[0][1] > date.today().isoformat() and _stored(store)[1][1] == "2022-03-31"
    _agree(store, 36)


def test_the_printed_plan_states_the_rule_the_stored_expiries_follow(store):
    import io
    import re

    from pypdf import PdfReader

    from micic_planner.reports.plan_pdf import PlanRenderer
    from micic_planner.storage.plan_source import load_plan_data

    store.save_post(Post("Consulado", "CR", "San José", retention_months=18))
    store.nationals.add(National("Ana", "Mora"))
    _agree(store, 18)
    assert "last update" in RULE
    for lang in ("en", "es"):
        pdf = PlanRenderer(load_plan_data(store), lang=lang).render_bytes()
        text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
        sentence = rule_text(18, Translator(lang))
        assert text.count(sentence) == 2, lang  # document control and the data-protection section
    assert rule_text(18, Translator("en")).startswith("18 months after the record's last update")
    assert rule_text(18, Translator("es")).startswith("18 meses después de la última actualización del registro")


def test_the_demo_post_follows_the_rule_with_a_few_records_already_past_it(store, no_network):
    from micic_planner.storage.demo_writer import write_demo

    write_demo(store, nationals=1500, seed=2, today=date(2026, 3, 31))
    _agree(store, store.retention.months())
    past = store.db.execute("SELECT count(*) FROM nationals WHERE record_expiry < '2026-03-31'").fetchone()[0]
    assert 0 < past < 150
