"""The disclosure ledger: every export and print of names, with fields, people and partner; the breach query."""

import json

import pytest

from micic_planner.core.disclosure import Disclosure
from micic_planner.core.errors import NotFoundError, PermissionDeniedError
from micic_planner.core.models import National, Partner
from micic_planner.core.security import Role
from micic_planner.interchange.exports import export_post
from micic_planner.storage.disclosures import DisclosureLedger
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.exchange_source import ExchangeSource
from micic_planner.storage.store import PostStore


@pytest.fixture
def post(store):
    ana = store.nationals.add(National("Ana", "Consiente", phone="+50255123456", consent_share=True,
                                       passport_no="G111", migration_status="Irregular"))
    luis = store.nationals.add(National("Luis", "NoConsiente", phone="+50255654321", passport_no="G999",
                                        consent_share=False))
    rosa = store.nationals.add(National("Rosa", "Otra", consent_share=True))
    oim = store.records.add(Partner("OIM Guatemala"))
    cruz = store.records.add(Partner("Cruz Roja"))
    ids = {}
    for name, changes in (("ana", ana), ("luis", luis), ("rosa", rosa), ("oim", oim), ("cruz", cruz)):
        ids[name] = changes.ids[0] if hasattr(changes, "ids") else changes
    return store, ids


def export(store, tmp_path, name, partner=None, **kwargs):
    ledger = DisclosureLedger(store)
    disclosure = Disclosure("export", partner_id=partner)
    export_post(ExchangeSource(store), kwargs.pop("fmt", "csv"), tmp_path / name, disclosure=disclosure,
                publish=ledger.record, **kwargs)
    return disclosure


def test_every_export_is_recorded_with_who_format_profile_fields_count_file_and_partner(post, tmp_path):
    store, ids = post
    export(store, tmp_path, "oim.csv", partner=ids["oim"], fields=["family_names", "phone", "status"])
    [entry] = DisclosureLedger(store).entries()
    assert entry["kind"] == "export" and entry["document"] == "nationals" and entry["format"] == "csv"
    assert entry["profile"] == "partner" and entry["fields"] == ["family_names", "phone", "status"]
    assert entry["count"] == 3 and entry["file_name"] == "oim.csv"
    assert entry["partner_id"] == ids["oim"] and entry["partner_name"] == "OIM Guatemala"
    assert entry["at"].endswith("Z") and not entry["encrypted"]


def test_an_export_is_in_the_audit_log_too_with_counts_and_no_names(post, tmp_path):
    store, ids = post
    export(store, tmp_path, "oim.csv", partner=ids["oim"])
    [entry] = store.audit.entries(action="export")
    detail = json.loads(entry["detail"])
    assert detail["count"] == 3 and detail["partner"] == "OIM Guatemala" and detail["file"] == "oim.csv"
    assert "Consiente" not in entry["detail"]


def test_the_breach_query_returns_exactly_the_people_and_fields_given_to_that_partner(post, tmp_path):
    store, ids = post
    export(store, tmp_path, "oim.csv", partner=ids["oim"], fields=["family_names", "phone", "zone"])
    export(store, tmp_path, "oim.xml", partner=ids["oim"], fmt="pfif")
    export(store, tmp_path, "cruz.csv", partner=ids["cruz"], fields=["passport_no"])
    export(store, tmp_path, "full.csv", profile="full")  # the post's own list, for no partner
    people = {p["given_names"]: p for p in DisclosureLedger(store).breach("oim guatemala")}
    assert set(people) == {"Ana", "Luis", "Rosa"}
    pfif = ["uuid", "family_names", "given_names", "sex", "birth_date", "place", "status"]
    assert people["Ana"]["fields"] == ["family_names", "phone", "zone", *[f for f in pfif if f != "family_names"]]
    assert people["Ana"]["lists"] == 2
    # Luis did not consent: the CSV held only his public fields, and the partner PFIF left him out.
    assert people["Luis"]["fields"] == ["zone"] and people["Luis"]["lists"] == 1
    assert "passport_no" not in people["Ana"]["fields"]
    [luis_cruz] = [p for p in DisclosureLedger(store).breach(ids["cruz"]) if p["given_names"] == "Luis"]
    assert luis_cruz["fields"] == []


def test_the_lists_that_named_a_national_are_found_by_document_number(post, tmp_path):
    store, ids = post
    export(store, tmp_path, "oim.xml", partner=ids["oim"], fmt="pfif")
    export(store, tmp_path, "cruz.csv", partner=ids["cruz"])
    ledger = DisclosureLedger(store)
    assert [e["file_name"] for e in ledger.entries(national="G999")] == ["cruz.csv"]
    assert [e["file_name"] for e in ledger.entries(national="G111")] == ["cruz.csv", "oim.xml"]
    assert [e["file_name"] for e in ledger.entries(partner="OIM Guatemala", national="G111")] == ["oim.xml"]
    with pytest.raises(NotFoundError, match="No national"):
        ledger.entries(national="X0")
    with pytest.raises(NotFoundError, match="OIM Guatemala, Cruz Roja|Cruz Roja, OIM Guatemala"):
        ledger.breach("Nadie")


def test_figures_and_contacts_are_recorded_without_people(post, tmp_path):
    store, _ids = post
    export(store, tmp_path, "cifras.csv", fmt="hxl")
    export(store, tmp_path, "contactos.vcf", fmt="vcard")
    entries = DisclosureLedger(store).entries()
    assert [(e["document"], e["profile"]) for e in entries] == [("contacts", ""), ("figures", "")]
    assert store.db.execute("SELECT count(*) FROM disclosure_people").fetchone()[0] == 0


def test_the_ledger_is_append_only(post, tmp_path):
    store, _ids = post
    export(store, tmp_path, "a.csv")
    for sql in ("UPDATE disclosures SET user = 'x'", "DELETE FROM disclosures", "DELETE FROM disclosure_people"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute(sql)


def test_the_people_of_a_large_export_are_recorded_with_one_statement(store, tmp_path):
    rows = [(f"u{i}", "N", "F") for i in range(2000)]
    with store.db.atomic():
        store.db.conn.executemany("INSERT INTO nationals (uuid, given_names, family_names, consent_share) "
                                  "VALUES (?, ?, ?, 1)", rows)
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        export(store, tmp_path, "all.csv")
    finally:
        store.db.conn.set_trace_callback(None)
    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT")]
    assert len(inserts) <= 4  # the entry, the people (one statement), the audit entry
    assert store.db.execute("SELECT count(*) FROM disclosure_people").fetchone()[0] == 2000


def test_only_a_role_that_reads_the_audit_reads_the_ledger(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.add_user("admin", Role.ADMINISTRATOR, "admin-clave-larga-1")
        store.add_user("olga", Role.OFFICER, "olga-clave-larga-1")
    with PostStore.open(path, user="olga", password="olga-clave-larga-1") as store:
        with pytest.raises(PermissionDeniedError):
            DisclosureLedger(store).entries()
    with PostStore.open(path, user="admin", password="admin-clave-larga-1") as store:
        assert DisclosureLedger(store).entries() == []
