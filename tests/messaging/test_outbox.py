"""Recipient lists, the outbox and sending through Gammu's dummy driver, with a crash in the middle."""

import json

import pytest

from micic_planner.core.errors import MessagingError, PermissionDeniedError
from micic_planner.core.messaging.recipients import Criteria
from micic_planner.core.messaging.sending import send_batch
from micic_planner.core.security import Role, Session
from micic_planner.gateway.gammu_engine import GammuEngine
from micic_planner.storage.messaging.outbox_store import OutboxStore
from micic_planner.storage.store import PostStore
from tests.messaging.post_fixture import FATHER, MOTHER, SHARED, SIERRA, SISTER, VICTIM, build_post

TEXT = {"es": "Consulado: vaya a {assembly_point}. Enlace {warden} {warden_phone}. Hogar {household}"}


@pytest.fixture
def post():
    store = PostStore.memory()
    people = build_post(store)
    return store, people


def _costa(people):
    return Criteria(zone_ids=(people["costa"].id,))


def test_a_household_gets_one_message_per_distinct_phone_not_one_per_member(post):
    store, people = post
    found = OutboxStore(store).recipients(_costa(people))
    phones = sorted(r.phone for r in found.recipients)
    assert phones == sorted([MOTHER, FATHER, SHARED, SISTER])
    shared = next(r for r in found.recipients if r.phone == SHARED)
    assert set(shared.national_ids) == {people["cux1"].id, people["cux2"].id}
    assert found.count == 4


def test_a_household_with_no_phone_is_listed_apart_for_the_wardens(post):
    store, people = post
    found = OutboxStore(store).recipients(_costa(people))
    assert found.no_phone == [people["tzul"].id]  # the Pérez child is reached through the parents' phones


def test_a_victim_of_trafficking_is_never_messaged_in_bulk_and_is_listed_for_personal_contact(post):
    store, people = post
    found = OutboxStore(store).recipients(_costa(people))
    assert VICTIM not in {r.phone for r in found.recipients}
    assert found.withheld == [people["victim"].id]


def test_lists_narrow_by_status_language_household_and_selection(post):
    store, people = post
    outbox = OutboxStore(store)
    assert {r.phone for r in outbox.recipients(Criteria(languages=("mam",))).recipients} == {FATHER, MOTHER, SHARED}
    assert {r.phone for r in outbox.recipients(Criteria(households=("CUX",))).recipients} == {SHARED}
    assert {r.phone for r in outbox.recipients(Criteria(national_ids=(people["mam"].id,))).recipients} == {SIERRA}
    assert outbox.recipients(Criteria(statuses=("safe",))).count == 0


def test_each_recipient_gets_the_filled_text_in_their_first_language_that_has_one(post):
    store, people = post
    outbox = OutboxStore(store)
    batch = outbox.queue(_costa(people), {**TEXT, "mam": "Mam: {household}"}, phase=2, hazard="hurricane")
    texts = {m["phone"]: (m["lang"], m["text"]) for m in outbox.messages(batch)}
    assert texts[SHARED] == ("mam", "Mam: CUX")
    assert texts[MOTHER] == ("es", "Consulado: vaya a Parque Central. Enlace Rosa Martínez +529629990000. "
                                   "Hogar PEREZ")


def test_a_queued_batch_is_in_the_audit_log_with_who_template_criteria_and_count(post):
    store, people = post
    batch = OutboxStore(store).queue(_costa(people), TEXT, phase=2, hazard="hurricane")
    entry = store.audit_entries(action="message_batch_queued")[0]
    detail = json.loads(entry["detail"])
    assert detail["batch"] == batch and detail["count"] == 4 and detail["criteria"] == {
        "zone_ids": [people["costa"].id]} and detail["phase"] == 2 and detail["no_phone"] == 1


def test_a_list_that_reaches_no_phone_queues_nothing(post):
    store, people = post
    with pytest.raises(MessagingError):
        OutboxStore(store).queue(Criteria(households=("TZUL",)), TEXT)


def test_a_batch_sends_through_gammus_dummy_driver(post, tmp_path):
    store, people = post
    outbox = OutboxStore(store)
    batch = outbox.queue(_costa(people), TEXT)
    engine = GammuEngine.dummy(tmp_path / "modem")
    report = send_batch(outbox, engine, batch)
    assert report.sent == 4
    assert {m["state"] for m in outbox.messages(batch)} == {"sent"}
    assert outbox.batches()[0]["state"] == "done"
    assert store.audit_entries(action="message_batch_sent")


class Counting:
    """The dummy driver, counting what it is given, and cut off (a crash) after `cut` messages."""

    def __init__(self, engine, cut=None):
        self.engine, self.cut, self.phones = engine, cut, []

    def send(self, phone, text):
        if self.cut is not None and len(self.phones) == self.cut:
            raise KeyboardInterrupt  # the power goes between the claim and the modem's answer
        self.phones.append(phone)
        return self.engine.send(phone, text)


def test_a_batch_resumed_after_a_crash_never_sends_a_message_twice(tmp_path):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        people = build_post(store)
        batch = OutboxStore(store).queue(_costa(people), TEXT)
        first = Counting(GammuEngine.dummy(tmp_path / "modem"), cut=2)
        with pytest.raises(KeyboardInterrupt):
            send_batch(OutboxStore(store), first, batch)
    with PostStore.open(path) as store:
        outbox = OutboxStore(store)
        assert [m["state"] for m in outbox.messages(batch)] == ["sent", "sent", "sending", "queued"]
        second = Counting(GammuEngine.dummy(tmp_path / "modem"))
        report = send_batch(outbox, second, batch)
        states = [m["state"] for m in outbox.messages(batch)]
    assert report.recovered == 1 and states == ["sent", "sent", "unknown", "sent"]
    assert not set(first.phones) & set(second.phones)
    assert len(first.phones) + len(second.phones) == 3


def test_an_unknown_message_is_sent_again_only_when_an_officer_requeues_it(post, tmp_path):
    store, people = post
    outbox = OutboxStore(store)
    batch = outbox.queue(_costa(people), TEXT)
    outbox.claim(batch)
    engine = Counting(GammuEngine.dummy(tmp_path / "modem"))
    send_batch(outbox, engine, batch)
    assert len(engine.phones) == 3
    outbox.requeue_unknown(batch)
    send_batch(outbox, engine, batch)
    assert len(engine.phones) == 4 and {m["state"] for m in outbox.messages(batch)} == {"sent"}


def test_the_provider_csv_holds_only_the_phones_of_nationals_who_consented_to_share(post):
    store, people = post
    outbox = OutboxStore(store)
    rows, left_out = outbox.provider_list(outbox.recipients(_costa(people)), TEXT)
    assert {phone for phone, _text in rows} == {MOTHER, SHARED} and left_out == 2
    assert dict(rows)[MOTHER].startswith("Consulado: vaya a Parque Central")
    assert store.audit_entries(action="message_list_exported")


def test_a_warden_list_viewer_may_build_a_list_but_not_send_a_batch(post):
    store, people = post
    store.session = Session("vera", Role.VIEWER)
    outbox = OutboxStore(store)
    assert outbox.recipients(_costa(people)).count == 4
    with pytest.raises(PermissionDeniedError):
        outbox.queue(_costa(people), TEXT)
    with pytest.raises(PermissionDeniedError):
        outbox.claim(1)
