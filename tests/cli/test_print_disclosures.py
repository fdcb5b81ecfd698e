"""Manifests, call lists and the restricted plan leave the post with names: each is in the disclosure ledger."""

import pytest

from micic_planner.cli import main
from micic_planner.core.crisis import Movement
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.disclosures import DisclosureLedger
from micic_planner.storage.store import PostStore
from tests.crisis_fixture import build_post


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        build_post(store)
    assert main(["crisis", "open", "--db", str(path), "--title", "Huracán Eta", "--hazard", "hurricane"]) == 0
    with PostStore.open(path) as store:
        crises = CrisisStore(store)
        bus = Movement(crises.current_id(), "Autobús 1", seats=9, origin_id=1, destination="Tegucigalpa")
        crises.movements.save(bus)
        crises.movements.autofill(bus.id)
    return path


def people_of(store, entry) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT uuid FROM disclosure_people WHERE disclosure_id = ?",
                                           [entry["id"]])}


def test_manifests_and_call_lists_are_recorded_with_the_people_on_them(db, tmp_path):
    assert main(["manifest", "--db", str(db), "--movement", "1", "--out", str(tmp_path / "m.pdf")]) == 0
    assert main(["manifest", "--db", str(db), "--movement", "1", "--out", str(tmp_path / "m.csv")]) == 0
    assert main(["calllist", "--db", str(db), "--warden", "1", "--out", str(tmp_path / "c.csv")]) == 0
    with PostStore.open(db) as store:
        crises = CrisisStore(store)
        on_bus = {p["id"] for p in crises.movements.passengers(1)}
        to_call = {p["id"] for p in crises.accountability.call_list(1)}
        uuid = dict(store.db.execute("SELECT id, uuid FROM nationals"))
        calls, manifest_csv, manifest_pdf = DisclosureLedger(store).entries()
        assert (manifest_pdf["kind"], manifest_pdf["document"], manifest_pdf["format"]) == ("print", "manifest", "pdf")
        assert manifest_pdf["count"] == 9 and "vulnerabilities" in manifest_pdf["fields"]
        assert manifest_csv["kind"] == "export" and "vulnerabilities" not in manifest_csv["fields"]
        assert people_of(store, manifest_pdf) == people_of(store, manifest_csv) == {uuid[i] for i in on_bus}
        assert calls["document"] == "call_list" and calls["file_name"] == "c.csv" and "phone" in calls["fields"]
        assert people_of(store, calls) == {uuid[i] for i in to_call} and calls["count"] == len(to_call)


def test_the_restricted_plan_is_recorded_with_everyone_in_its_annex(db, tmp_path):
    assert main(["plan", "--db", str(db), "--out", str(tmp_path / "plan.pdf")]) == 0
    assert main(["plan", "--db", str(db), "--restricted", "--out", str(tmp_path / "anexo.pdf")]) == 0
    with PostStore.open(db) as store:
        [entry] = DisclosureLedger(store).entries()
        assert (entry["kind"], entry["document"], entry["file_name"]) == ("print", "restricted_plan", "anexo.pdf")
        assert entry["count"] == store.nationals.count() == len(people_of(store, entry))
        assert "passport_no" in entry["fields"] and "vulnerabilities" in entry["fields"]
