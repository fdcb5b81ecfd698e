"""The whole path headless: a template with a placeholder, a zone's households not yet contacted, sent through
the dummy driver, "BIEN 4" and "AYUDA" confirmed into statuses, and a mother's inquiry logged, matched and
called back."""

import pytest

from micic_planner import cli
from micic_planner.core.enums import Hazard
from micic_planner.gateway.gammu_engine import GammuEngine
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.messaging.hotline_store import HotlineStore
from micic_planner.storage.messaging.outbox_store import OutboxStore
from micic_planner.storage.store import PostStore
from tests.messaging.post_fixture import FATHER, SHARED, build_post
from tests.messaging.test_replies import arrive


@pytest.fixture
def post(tmp_path):
    path = tmp_path / "tapachula.micic"
    with PostStore.open(path, create=True) as store:
        people = build_post(store)
        CrisisStore(store).open("Huracán Eta", Hazard.HURRICANE)
        OutboxStore(store).save_template(2, "hurricane", "es", "Consulado: vaya a {assembly_point}. Responda BIEN "
                                                                 "o AYUDA.")
    return path, people


def test_a_zone_is_messaged_through_the_dummy_driver_and_its_replies_become_statuses(post, tmp_path, capsys):
    path, people = post
    modem = str(tmp_path / "modem")
    zone = str(people["costa"].id)
    assert cli.main(["message", "list", str(path), "--zone", zone, "--status", "not_contacted"]) == 0
    out = capsys.readouterr().out
    assert "4 messages to 6 nationals" in out and "1 national in a household with no phone" in out
    assert cli.main(["message", "send", str(path), "--zone", zone, "--status", "not_contacted", "--phase", "2",
                     "--hazard", "hurricane", "--dummy", modem]) == 0
    assert "4 sent, 0 failed" in capsys.readouterr().out
    with PostStore.open(path) as store:
        texts = {m["text"] for m in OutboxStore(store).messages(1)}
    assert texts == {"Consulado: vaya a Parque Central. Responda BIEN o AYUDA."}

    engine = GammuEngine.dummy(modem)
    arrive(engine, FATHER, "BIEN 4")
    arrive(engine, SHARED, "AYUDA")
    engine.close()
    assert cli.main(["message", "inbox", str(path), "--dummy", modem]) == 0
    out = capsys.readouterr().out
    assert "Pérez Gómez, José" in out and "proposed" in out
    assert cli.main(["message", "apply", str(path), "--all"]) == 0
    assert "5 nationals changed status" in capsys.readouterr().out
    with PostStore.open(path) as store:
        assert store.nationals.get(people["child"].id).status.value == "safe"
        assert store.nationals.get(people["cux2"].id).status.value == "needs_help"
        assert store.nationals.status_history(people["cux2"].id)[-1]["source"] == "sms"


def test_a_mothers_inquiry_is_logged_matched_to_the_registry_and_called_back(post, capsys):
    path, people = post
    assert cli.main(["inquiry", "add", str(path), "--caller", "Francisca Cux", "--relationship", "madre",
                     "--contact", "+50277001234", "--caller-place", "Huehuetenango, Guatemala",
                     "--sought", "juana cux", "--callback-hours", "0"]) == 0
    out = capsys.readouterr().out
    assert f"national {people['cux2'].id}" in out
    assert cli.main(["inquiry", "due", str(path)]) == 0
    assert "Francisca Cux" in capsys.readouterr().out
    assert cli.main(["inquiry", "done", str(path), "1", "--outcome", "found_needs_help",
                     "--told", "Su hija pidió ayuda por SMS; la Cruz Roja va en camino."]) == 0
    with PostStore.open(path) as store:
        inquiry = HotlineStore(store).get(1)
    assert inquiry.outcome == "found_needs_help" and "Cruz Roja" in inquiry.told and inquiry.callback_done_at
    assert cli.main(["inquiry", "due", str(path)]) == 0
    assert "No call-back is due" in capsys.readouterr().out


def test_an_inquiry_about_someone_not_registered_is_recorded_and_can_be_added_to_the_registry(post, capsys):
    path, _people = post
    assert cli.main(["inquiry", "add", str(path), "--caller", "Rosa Ixcoy", "--relationship", "hermana",
                     "--sought", "Ixcoy Tum, Baltazar", "--last-place", "Huixtla"]) == 0
    assert "not in the registry" in capsys.readouterr().out
    with PostStore.open(path) as store:
        hotline = HotlineStore(store)
        national_id = hotline.register_sought(1, "Baltazar", "Ixcoy Tum")
        assert store.nationals.get(national_id).place == "Huixtla"
        assert hotline.get(1).national_id == national_id
        assert hotline.find_sought("baltazar ixcoy")[0][0] == national_id


def test_a_warden_list_viewer_logs_an_inquiry_but_may_not_send_a_batch(post, tmp_path, monkeypatch, capsys):
    from argon2 import PasswordHasher

    from micic_planner.core.security import Role
    from micic_planner.storage import users

    monkeypatch.setattr(users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1), raising=False)
    path, people = post
    with PostStore.open(path) as store:
        store.add_user("ana", Role.ADMINISTRATOR, "Ana-volcán-marimba-7731")
        store.add_user("vera", Role.VIEWER, "Vera-quetzal-río-9054")
    monkeypatch.setenv("MICIC_USER", "vera")
    monkeypatch.setenv("MICIC_PASSWORD", "Vera-quetzal-río-9054")
    assert cli.main(["message", "send", str(path), "--zone", str(people["costa"].id), "--text", "Hola",
                     "--dummy", str(tmp_path / "modem")]) == 2
    assert "send message batches" in capsys.readouterr().err
    assert cli.main(["inquiry", "add", str(path), "--caller", "Francisca Cux", "--sought", "Juana Cux"]) == 0
    with PostStore.open(path, user="ana", password="Ana-volcán-marimba-7731") as store:
        assert OutboxStore(store).batches() == []
        assert HotlineStore(store).inquiries()[0].by_user == "vera"


def test_a_list_is_written_for_a_bulk_sms_provider_with_only_those_who_consented(post, tmp_path, capsys):
    import csv

    path, people = post
    out = tmp_path / "proveedor.csv"
    assert cli.main(["message", "list", str(path), "--zone", str(people["costa"].id), "--phase", "2",
                     "--hazard", "hurricane", "--csv", str(out)]) == 0
    assert "2 messages written for the provider; 2 left out" in capsys.readouterr().out
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["phone", "text"] and len(rows) == 3
    assert rows[1][1] == "Consulado: vaya a Parque Central. Responda BIEN o AYUDA."


def test_inquiries_about_people_not_registered_go_to_person_finder_as_pfif_and_registered_ones_never(
        post, tmp_path, capsys):
    import xml.etree.ElementTree as ET

    path, _people = post
    cli.main(["inquiry", "add", str(path), "--caller", "Francisca Cux", "--sought", "Juana Cux"])
    cli.main(["inquiry", "add", str(path), "--caller", "Rosa Ixcoy", "--relationship", "hermana",
              "--sought", "Baltazar Ixcoy Tum", "--last-place", "Huixtla", "--contact", "+50255123456"])
    out = tmp_path / "buscados.xml"
    capsys.readouterr()
    assert cli.main(["inquiry", "pfif", str(path), "--out", str(out)]) == 0
    assert "1 person sought" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "Baltazar Ixcoy Tum" in text and "Huixtla" in text and "information_sought" in text
    assert "Juana" not in text and "+50255123456" not in text
    person = ET.parse(out).getroot()[0]
    assert person.tag == "{http://zesty.ca/pfif/1.4}person" and person[-1].tag == "{http://zesty.ca/pfif/1.4}note"
