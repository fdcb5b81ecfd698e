"""The review queue in words (issue 18 item 5): whose record, which field, each value as a person reads it;
flags of a merge marked as handled with a note, who and when, and still readable afterwards."""

from datetime import date

import pytest

from micic_planner.core import i18n
from micic_planner.core.crisis import DocumentIssued, DocumentKind
from micic_planner.core.enums import Hazard, Vulnerability
from micic_planner.core.errors import PermissionDeniedError, SyncError
from micic_planner.core.models import National
from micic_planner.core.security import Role, Session
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.sync.sync_store import SyncStore
from tests.storage.sync.replicas import Site

OLDER, MEDICAL = Vulnerability.OLDER_PERSON.value, Vulnerability.MEDICAL_NEED.value


@pytest.fixture
def sites():
    hq, a, b = Site("hq", 0, "sitehq"), Site("post", 0, "sitea"), Site("post", 0, "siteb")
    return hq, a, b, {hq.id: "hq", a.id: "post", b.id: "post"}


def _vulnerability_conflict(hq, a, roles) -> str:
    """Ana registered at the post; headquarters and the post each add a vulnerability, unseen by the other."""
    ana = National("Ana", "López García", birth_date=date(1984, 3, 2))
    a.store.nationals.add(ana)
    hq.receive(a.bundle_for(hq), roles)
    hq.db.execute("UPDATE nationals SET vulnerabilities = ? WHERE uuid = ?", [MEDICAL, ana.uuid])
    a.db.execute("UPDATE nationals SET vulnerabilities = ? WHERE uuid = ?", [OLDER, ana.uuid])
    hq.receive(a.bundle_for(hq), roles)
    return ana.uuid


def _flag(hq, a, b, roles) -> dict:
    """Two posts issue document LP-7 before numbers carried the site: headquarters flags it."""
    for site in (a, b):
        crises = CrisisStore(site.store)
        crisis = crises.open("Eta", Hazard.HURRICANE)
        person = National("Luis", "Pérez")
        site.store.nationals.add(person)
        nid = site.db.execute("SELECT id FROM nationals WHERE uuid = ?", [person.uuid]).fetchone()[0]
        crises.aid.issue(DocumentIssued(crisis.id, nid, DocumentKind.SAFE_CONDUCT, "LP-7", date(2024, 1, 2)))
    hq.receive(a.bundle_for(hq), roles)
    hq.receive(b.bundle_for(hq), roles)
    (flag,) = SyncStore(hq.store).flags()
    return flag


def test_a_vulnerability_conflict_reads_with_the_persons_name_the_field_and_the_values_in_words(sites):
    hq, a, _b, roles = sites
    uuid = _vulnerability_conflict(hq, a, roles)
    i18n.set_language("es")
    (item,) = SyncStore(hq.store).review()
    assert item["uuid"] == uuid and item["label"] == "López García, Ana (1984-03-02)"
    assert item["field_label"] == "Vulnerabilidades" and item["kind"] == "flags"
    texts = {v["value"]: v["text"] for v in item["values"]}
    assert set(texts) == {OLDER, MEDICAL}  # the raw values stay, for settling
    assert texts[OLDER] == Vulnerability.OLDER_PERSON.label("es") != "4"
    assert texts[MEDICAL] == Vulnerability.MEDICAL_NEED.label("es")
    assert {v["site"] for v in item["values"]} == {"sitehq", "sitea"}
    assert (OLDER, Vulnerability.OLDER_PERSON.label("es")) in item["choices"]


def test_settling_with_the_union_of_the_ticked_flags_keeps_both_and_closes_the_conflict(sites):
    hq, a, _b, roles = sites
    uuid = _vulnerability_conflict(hq, a, roles)
    sync = SyncStore(hq.store)
    (item,) = sync.review()
    # The officer's boxes, preset to every flag some standing value holds.
    ticked = [flag for flag, _label in item["choices"] if any(v["value"] & flag for v in item["values"])]
    assert ticked == [OLDER, MEDICAL]
    union = sum(ticked)
    sync.settle(item["table"], item["uuid"], item["field"], union)
    assert sync.review() == []
    a.receive(hq.bundle_for(a), roles)
    for site in (hq, a):
        assert site.db.execute("SELECT vulnerabilities FROM nationals WHERE uuid = ?", [uuid]).fetchone() == (
            OLDER | MEDICAL,)
    assert SyncStore(a.store).review() == []


def test_a_flag_marked_as_handled_leaves_the_open_list_and_keeps_who_when_and_the_note(sites):
    hq, a, b, roles = sites
    flag = _flag(hq, a, b, roles)
    assert "(document)" in flag["label"] and "Pérez, Luis" in flag["label"]
    hq.store.session = Session("marta", Role.OFFICER)
    hq.store.user_name = "marta"
    sync = SyncStore(hq.store)
    done = sync.settle_flag(flag["table"], flag["uuid"], flag["kind"], "Called both posts; numbers kept")
    assert sync.flags() == []
    (kept,) = sync.flags(include_handled=True)
    assert (kept["handled_by"], kept["note"]) == ("marta", "Called both posts; numbers kept")
    assert kept["handled_at"] == done["handled_at"] and kept["handled_at"] >= flag["since"]
    assert hq.store.audit.count("sync_flag_handled") == 1
    with pytest.raises(SyncError) as raised:  # handled once: not a second time
        sync.settle_flag(flag["table"], flag["uuid"], flag["kind"], "again")
    assert "sync review" in raised.value.hint


def test_settling_an_unknown_flag_or_without_a_note_is_refused_with_a_hint(sites):
    hq, a, b, roles = sites
    flag = _flag(hq, a, b, roles)
    sync = SyncStore(hq.store)
    with pytest.raises(SyncError) as raised:
        sync.settle_flag("movements", "no-such-uuid", "overbooked", "done")
    assert raised.value.hint
    with pytest.raises(SyncError):
        sync.settle_flag(flag["table"], flag["uuid"], flag["kind"], "   ")
    assert len(sync.flags()) == 1 and hq.store.audit.count("sync_flag_handled") == 0


def test_a_viewer_reads_neither_the_restricted_values_nor_settles_a_flag(sites):
    hq, a, b, roles = sites
    _vulnerability_conflict(hq, a, roles)
    flag = _flag(hq, a, b, roles)
    hq.store.session = Session("vera", Role.VIEWER)
    sync = SyncStore(hq.store)
    with pytest.raises(PermissionDeniedError):
        sync.review()
    with pytest.raises(PermissionDeniedError):
        sync.settle_flag(flag["table"], flag["uuid"], flag["kind"], "seen")
    assert [f["kind"] for f in sync.flags()] == ["document_number"]  # the flag itself names no restricted field


def test_a_handled_flag_stays_handled_while_a_merge_finds_the_same_and_opens_again_when_worse(sites):
    from micic_planner.storage.sync.authority import flag

    hq = sites[0]
    bus = {"movement": "Bus 1", "seats": 2, "listed": 3, "owner": ""}
    flag(hq.db, "movements", "m1", "overbooked", bus)
    sync = SyncStore(hq.store)
    sync.settle_flag("movements", "m1", "overbooked", "One person moved to Bus 2")
    flag(hq.db, "movements", "m1", "overbooked", bus)
    assert sync.flags() == []
    flag(hq.db, "movements", "m1", "overbooked", {**bus, "listed": 4})
    (again,) = sync.flags()
    assert again["handled_at"] is None and "4 people listed for 2 seats" in again["text"]


def test_the_cli_lists_a_flag_with_what_names_it_and_marks_it_as_handled_with_a_note(tmp_path, capsys):
    from micic_planner.cli import main
    from micic_planner.storage.store import PostStore
    from micic_planner.storage.sync.authority import flag

    path = tmp_path / "hq.db"
    with PostStore.open(path, create=True) as store:
        flag(store.db, "movements", "m1", "overbooked", {"movement": "Bus 1", "seats": 2, "listed": 3, "owner": ""})
    assert main(["sync", "review", str(path)]) == 0
    listing = capsys.readouterr().out
    assert "Bus 1: 3 people listed for 2 seats after a merge" in listing
    assert "\n    movements m1 overbooked\n" in listing
    assert "--handle-flag TABLE UUID KIND --note TEXT" in listing
    assert main(["sync", "review", str(path), "--handle-flag", "movements", "m1", "overbooked",
                 "--note", "Two people moved to Bus 2"]) == 0
    assert "marked as handled" in capsys.readouterr().out
    assert main(["sync", "review", str(path)]) == 0
    assert "Bus 1" not in capsys.readouterr().out
    assert main(["sync", "review", str(path), "--handled"]) == 0
    assert "Two people moved to Bus 2" in capsys.readouterr().out


def test_every_synced_table_has_a_noun_people_read_in_both_languages():
    from micic_planner.core.sync.registry import TABLES
    from micic_planner.core.sync.review_text import table_noun

    english = {t.name: table_noun(t.name) for t in TABLES}
    assert all("_" not in noun for noun in english.values()), english  # not the table's own name
    i18n.set_language("es")
    try:
        spanish = {t.name: table_noun(t.name) for t in TABLES}
    finally:
        i18n.set_language("en")
    untranslated = [t for t in english if spanish[t] == english[t] and english[t] != "crisis"]
    assert not untranslated, untranslated
