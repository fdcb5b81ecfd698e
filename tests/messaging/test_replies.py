"""Replies read from the dummy modem become proposed status updates, confirmed in bulk by an officer."""

import pytest

from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.messaging.recipients import Criteria
from micic_planner.core.security import Role, Session
from micic_planner.gateway.gammu_engine import GammuEngine
from micic_planner.storage.messaging.inbox_store import InboxStore
from micic_planner.storage.messaging.outbox_store import OutboxStore
from micic_planner.storage.store import PostStore
from tests.messaging.post_fixture import FATHER, MOTHER, SHARED, SIERRA, build_post


def arrive(engine: GammuEngine, phone: str, text: str) -> None:
    """A reply reaching the modem: the dummy driver files it in its SIM inbox."""
    engine.machine.AddSMS({"Text": text, "SMSC": {"Location": 1}, "Number": phone, "Folder": 1,
                           "State": "UnRead", "Type": "Deliver"})


def read_modem(store, engine) -> None:
    messages = engine.read()
    InboxStore(store).receive(messages)
    for message in messages:  # only once they are stored in the post file
        engine.delete(message)


@pytest.fixture
def post(tmp_path):
    store = PostStore.memory()
    people = build_post(store)
    return store, people, GammuEngine.dummy(tmp_path / "modem")


def test_bien_and_ayuda_are_proposed_for_the_household_of_the_phone(post):
    store, people, engine = post
    arrive(engine, MOTHER, "BIEN 3")
    arrive(engine, SHARED, "ayuda")
    read_modem(store, engine)
    proposed = {m["phone"]: m for m in InboxStore(store).messages("proposed")}
    assert proposed[MOTHER]["kind"] == "safe" and proposed[MOTHER]["people"] == 3
    assert proposed[MOTHER]["national_id"] == people["mother"].id and proposed[MOTHER]["household_size"] == 3
    assert proposed[SHARED]["kind"] == "help" and proposed[SHARED]["household"] == "CUX"
    assert engine.read() == []


def test_confirmed_replies_become_status_events_with_the_sms_as_their_source(post):
    store, people, engine = post
    arrive(engine, FATHER, "BIEN 4")
    arrive(engine, SHARED, "AYUDA")
    read_modem(store, engine)
    inbox = InboxStore(store)
    changes, held = inbox.apply([m["id"] for m in inbox.messages("proposed")])
    assert held == 0
    status = {k: store.nationals.get(people[k].id).status.value for k in ("mother", "father", "child", "cux1")}
    assert status == {"mother": "safe", "father": "safe", "child": "safe", "cux1": "needs_help"}
    event = store.nationals.status_history(people["child"].id)[-1]
    assert event["source"] == "sms" and "BIEN 4" in event["note"] and "the household has 3" in event["note"]
    assert store.audit_entries(action="message_replies_applied")
    assert {m["state"] for m in inbox.messages()} == {"applied"}


def test_a_reply_not_understood_waits_in_the_inbox_with_its_sender_matched(post):
    store, people, engine = post
    arrive(engine, SIERRA, "estoy en el albergue de la escuela")
    arrive(engine, "+50255599999", "BIEN")
    read_modem(store, engine)
    unread = {m["phone"]: m for m in InboxStore(store).messages("unread")}
    assert unread[SIERRA]["name"] == "Mam, Juan" and unread[SIERRA]["kind"] == ""
    assert unread["+50255599999"]["national_id"] is None  # a keyword from an unknown phone is read by a person


def test_a_phone_read_twice_stores_each_message_once(post):
    store, _people, engine = post
    arrive(engine, MOTHER, "BIEN")
    messages = engine.read()
    InboxStore(store).receive(messages)
    InboxStore(store).receive(messages)  # the modem was not emptied: a crash before the delete
    assert len(InboxStore(store).messages()) == 1


def test_baja_takes_the_phone_off_every_later_list(post):
    store, people, engine = post
    arrive(engine, FATHER, "BAJA")
    read_modem(store, engine)
    found = OutboxStore(store).recipients(Criteria(zone_ids=(people["costa"].id,)))
    assert FATHER not in {r.phone for r in found.recipients} and found.opted_out == 1


def test_a_warden_list_viewer_may_read_the_inbox_but_not_confirm_replies(post):
    store, _people, engine = post
    arrive(engine, MOTHER, "BIEN")
    read_modem(store, engine)
    store.session = Session("vera", Role.VIEWER)
    inbox = InboxStore(store)
    ids = [m["id"] for m in inbox.messages()]
    with pytest.raises(PermissionDeniedError):
        inbox.apply(ids)


def test_a_delivery_report_from_the_network_marks_the_message_delivered(post):
    from micic_planner.core.messaging.sending import send_batch

    store, people, engine = post
    outbox = OutboxStore(store)
    batch = outbox.queue(Criteria(households=("CUX",)), {"es": "Hola"})
    send_batch(outbox, engine, batch)
    reference = int(outbox.messages(batch)[0]["reference"].split(",")[0])
    engine.machine.AddSMS({"Text": "", "SMSC": {"Location": 1}, "Number": SHARED, "Folder": 1, "State": "UnRead",
                           "Type": "Status_Report", "MessageReference": reference, "DeliveryStatus": 0})
    read_modem(store, engine)
    assert outbox.messages(batch)[0]["state"] == "delivered"
    assert InboxStore(store).messages() == []  # a report is not a reply
