"""Headquarters' first consolidation of a post: set-based, and the same as applying the post's changes one by one."""

import json

import pytest

from micic_planner.core.errors import SyncError
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync import consolidate
from micic_planner.storage.sync.hub_store import HubStore
from micic_planner.storage.sync.sync_store import SyncStore


def _site(path, name, hq=False):
    store = PostStore.open(path, create=True)
    SyncStore(store).init(name, headquarters=hq)
    return store


@pytest.fixture
def sites(tmp_path):
    post = _site(tmp_path / "post.db", "Tegucigalpa")
    hq = _site(tmp_path / "hq.db", "Headquarters", hq=True)
    twin = _site(tmp_path / "twin.db", "Headquarters twin", hq=True)  # fed change by change, to compare
    for s in (post, hq, twin):
        SyncStore(s).export_keys(tmp_path / f"{id(s)}.key")
    for h in (hq, twin):
        SyncStore(h).register(tmp_path / f"{id(post)}.key")
    SyncStore(post).register(tmp_path / f"{id(hq)}.key")
    db = post.db
    db.execute("INSERT INTO zones (uuid, name) VALUES ('z1', 'Centro'), ('z2', 'Norte')")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names, zone_id, passport_no, vulnerabilities) "
               "SELECT 'n' || value, 'Ana' || value, 'López', 1 + value % 2, 'P' || value, value % 3 "
               "FROM (WITH RECURSIVE c(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM c WHERE value < 30) "
               "SELECT value FROM c)")
    db.execute("INSERT INTO status_events (national_id, status) SELECT id, 'safe' FROM nationals WHERE id <= 10")
    db.execute("INSERT INTO status_events (national_id, status) VALUES (1, 'needs_help')")
    db.execute("UPDATE nationals SET status = 'safe' WHERE id BETWEEN 2 AND 10")
    db.execute("UPDATE nationals SET status = 'needs_help' WHERE id = 1")
    db.execute("UPDATE nationals SET phone = '+504 5555', vulnerabilities = 8 WHERE id = 3")
    db.execute("DELETE FROM nationals WHERE id = 30")
    yield post, hq, twin
    for s in (post, hq, twin):
        s.close()


def _picture(store):
    db = store.db
    return {
        "nationals": sorted(db.execute("SELECT n.uuid, n.given_names, n.phone, n.vulnerabilities, n.status, z.uuid "
                                       "FROM nationals n LEFT JOIN zones z ON z.id = n.zone_id").fetchall()),
        "events": sorted(db.execute("SELECT e.uuid, n.uuid, e.status FROM status_events e "
                                    "JOIN nationals n ON n.id = e.national_id").fetchall()),
        # The stored JSON compared as values: change by change it is dumped again, with spaces.
        "log": sorted((*r[:5], json.loads(r[5]), r[6] and json.loads(r[6]), r[7]) for r in db.execute(
            "SELECT site, seq, tbl, uuid, op, fields, base, hlc FROM sync_log "
            "WHERE site != (SELECT site FROM sync_state)")),
        "records": sorted(db.execute("SELECT * FROM sync_record").fetchall()),
        "fields": sorted(db.execute("SELECT * FROM sync_field").fetchall()),
    }


@pytest.mark.parametrize("rebuild_from", [10_000, 1])  # 1: indexes dropped and rebuilt, as for a large post
def test_a_first_bundle_gives_headquarters_what_the_changes_one_by_one_give(sites, tmp_path, monkeypatch,
                                                                            rebuild_from):
    monkeypatch.setattr(consolidate, "REBUILD_FROM", rebuild_from)
    post, hq, twin = sites
    SyncStore(post).export("Headquarters", tmp_path / "changes.bundle")
    SyncStore(twin).import_bundle(tmp_path / "changes.bundle")
    sent = HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    got = SyncStore(hq).import_bundle(tmp_path / "first.bundle")
    assert sent["nationals"] == 29 and got["records"] > 29 and got["one_by_one"] == 0
    assert _picture(hq) == _picture(twin)
    assert hq.db.execute("SELECT status FROM nationals WHERE uuid = 'n1'").fetchone() == ("needs_help",)
    assert hq.db.execute("SELECT count(*) FROM nationals_fts WHERE nationals_fts MATCH 'Ana7'").fetchone()[0] == 1


def test_a_first_bundle_read_twice_changes_nothing(sites, tmp_path):
    post, hq, _twin = sites
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    SyncStore(hq).import_bundle(tmp_path / "first.bundle")
    before = _picture(hq)
    again = SyncStore(hq).import_bundle(tmp_path / "first.bundle")
    assert again["changes"] == 0 and _picture(hq) == before


def test_after_the_first_bundle_a_vulnerability_changed_at_both_ends_goes_to_review(sites, tmp_path):
    post, hq, _twin = sites
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    SyncStore(hq).import_bundle(tmp_path / "first.bundle")
    SyncStore(hq).export("Tegucigalpa", tmp_path / "ack.bundle")
    SyncStore(post).import_bundle(tmp_path / "ack.bundle")
    post.db.execute("UPDATE nationals SET vulnerabilities = 4 WHERE uuid = 'n5'")
    hq.db.execute("UPDATE nationals SET vulnerabilities = 16 WHERE uuid = 'n5'")
    sent = SyncStore(post).export("Headquarters", tmp_path / "edit.bundle")
    SyncStore(hq).import_bundle(tmp_path / "edit.bundle")
    assert sent["changes"] == 1
    assert [(i["uuid"], i["field"]) for i in SyncStore(hq).review()] == [("n5", "vulnerabilities")]


def test_a_changed_first_bundle_is_refused_and_nothing_is_kept(sites, tmp_path):
    post, hq, _twin = sites
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    blob = bytearray((tmp_path / "first.bundle").read_bytes())
    blob[-100] ^= 1
    (tmp_path / "bad.bundle").write_bytes(bytes(blob))
    with pytest.raises(SyncError, match="incomplete or damaged"):
        SyncStore(hq).import_bundle(tmp_path / "bad.bundle")
    assert hq.db.execute("SELECT count(*) FROM nationals").fetchone()[0] == 0
    assert not list(tmp_path.glob(".*attach"))


def test_a_post_cannot_consolidate_a_first_bundle(sites, tmp_path):
    post, _hq, _twin = sites
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    with pytest.raises(SyncError, match="Only headquarters"):
        HubStore(post).consolidate(tmp_path / "first.bundle")


def test_a_posts_edit_of_a_person_headquarters_registered_is_applied_one_by_one_with_the_first_bundle(sites, tmp_path):
    post, hq, _twin = sites
    hq.db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('h1', 'Rosa', 'Mejía')")
    # Headquarters sends a post only the people it holds: Rosa is handed over to it first.
    SyncStore(hq).transfer("h1", "Tegucigalpa")
    SyncStore(hq).export("Tegucigalpa", tmp_path / "moved.bundle")
    SyncStore(post).import_bundle(tmp_path / "moved.bundle")
    post.db.execute("UPDATE nationals SET phone = '+504 9999' WHERE uuid = 'h1'")
    post.db.execute("INSERT INTO status_events (national_id, status) "
                    "SELECT id, 'safe' FROM nationals WHERE uuid = 'h1'")
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    got = SyncStore(hq).import_bundle(tmp_path / "first.bundle")
    assert got["one_by_one"] == 1 and got["records"] > 29
    assert hq.db.execute("SELECT phone, status FROM nationals WHERE uuid = 'h1'").fetchone() == ("+504 9999", "safe")


def test_a_person_whose_zone_headquarters_does_not_hold_yet_waits_and_arrives_as_change_by_change(sites, tmp_path):
    post, hq, twin = sites
    # A zone another site made (the post holds it, the first bundle does not carry it as the post's own).
    post.db.execute("INSERT INTO zones (uuid, name) VALUES ('zx', 'Costa')")
    post.db.execute("UPDATE sync_record SET site = 'another site' WHERE tbl = 'zones' AND uuid = 'zx'")
    post.db.execute("INSERT INTO nationals (uuid, given_names, family_names, zone_id) "
                    "SELECT 'nx', 'Luz', 'Rivas', id FROM zones WHERE uuid = 'zx'")
    SyncStore(post).export("Headquarters", tmp_path / "changes.bundle")
    SyncStore(twin).import_bundle(tmp_path / "changes.bundle")
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    got = SyncStore(hq).import_bundle(tmp_path / "first.bundle")
    assert got["one_by_one"] >= 2  # the zone, then the person who waited for it
    assert hq.db.execute("SELECT z.uuid FROM nationals n JOIN zones z ON z.id = n.zone_id "
                         "WHERE n.uuid = 'nx'").fetchone() == ("zx",)
    assert _picture(hq) == _picture(twin)


@pytest.mark.parametrize("kernel_copy", [True, False], ids=["copied by the kernel", "copied by hand"])
def test_the_database_copied_out_of_a_first_bundle_is_the_signed_one_block_by_block(sites, tmp_path, monkeypatch,
                                                                                    kernel_copy):
    from micic_planner.storage.sync import first_bundle

    post, hq, _twin = sites
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    monkeypatch.setattr(first_bundle, "BLOCK", 4096)  # many blocks, each hashed while the next is copied
    if not kernel_copy:
        def refused(*args):
            raise OSError(18, "Invalid cross-device link")
        monkeypatch.setattr(first_bundle.os, "copy_file_range", refused)
    blob = (tmp_path / "first.bundle").read_bytes()
    public_key = hq.db.execute("SELECT public_key FROM sync_sites WHERE role = 'post'").fetchone()[0]
    head = first_bundle.unpack(tmp_path / "first.bundle", tmp_path / "inner.db", public_key)
    inner = (tmp_path / "inner.db").read_bytes()
    assert len(inner) == head["size"] > 3 * 4096 and blob.endswith(inner)


def test_a_first_bundles_pages_carry_no_hmac_and_its_meta_counts_its_rows(sites, tmp_path):
    from micic_planner.storage.driver import sqlite3
    from micic_planner.storage.encryption import attach_keyed
    from micic_planner.storage.sync import first_bundle

    post, hq, _twin = sites
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    public, exchange = hq.db.execute("SELECT public_key, exchange_key FROM sync_sites WHERE role = 'post'").fetchone()
    head = first_bundle.unpack(tmp_path / "first.bundle", tmp_path / "inner.db", public)
    assert head["format"] == 3
    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.DatabaseError):  # read as a post file is, each page's HMAC is missing
        attach_keyed(conn, tmp_path / "inner.db", "snap", first_bundle.key_sql(exchange))
    conn = sqlite3.connect(":memory:")
    first_bundle.attach(conn, tmp_path / "inner.db", head, exchange)
    meta = dict(conn.execute("SELECT k, v FROM snap.meta").fetchall())
    counted = conn.execute("SELECT count(*) FROM snap.nationals").fetchone()[0]
    assert json.loads(meta["rows"])["nationals"] == 29 == counted


def test_a_first_bundle_of_the_format_before_with_page_hmacs_is_still_consolidated(sites, tmp_path, monkeypatch):
    from micic_planner.storage.sync import first_bundle

    post, hq, twin = sites
    monkeypatch.setattr(first_bundle, "FORMAT", 2)
    SyncStore(post).export("Headquarters", tmp_path / "changes.bundle")
    SyncStore(twin).import_bundle(tmp_path / "changes.bundle")
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    monkeypatch.setattr(first_bundle, "FORMAT", 3)
    got = SyncStore(hq).import_bundle(tmp_path / "first.bundle")
    assert got["records"] > 29 and _picture(hq) == _picture(twin)


def test_a_bundle_whose_record_clashes_with_one_here_is_refused_whole_with_a_message(sites, tmp_path, monkeypatch):
    from micic_planner.storage.driver import sqlite3
    from micic_planner.storage.sync import sync_store

    post, hq, _twin = sites
    SyncStore(post).export("Headquarters", tmp_path / "changes.bundle")
    real = sync_store.apply_payload

    def clashing(db, *args, **kwargs):
        real(db, *args, **kwargs)  # everything written, then the last record clashes
        raise sqlite3.IntegrityError("UNIQUE constraint failed: return_members.case_id, return_members.national_id")

    monkeypatch.setattr(sync_store, "apply_payload", clashing)
    with pytest.raises(SyncError, match="clashes with one in this file") as caught:
        SyncStore(hq).import_bundle(tmp_path / "changes.bundle")
    assert "return_members" in str(caught.value) and caught.value.hint
    assert hq.db.execute("SELECT count(*) FROM nationals").fetchone() == (0,)  # nothing kept


def test_a_first_bundle_from_a_program_before_a_table_travelled_is_consolidated_without_it(sites, tmp_path,
                                                                                          monkeypatch):
    from micic_planner.storage.sync import first_bundle

    post, hq, _twin = sites
    older = tuple(t for t in first_bundle.TABLES if t.name != "wardens")  # the registry before m044
    monkeypatch.setattr(first_bundle, "TABLES", older)
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    monkeypatch.undo()
    got = SyncStore(hq).import_bundle(tmp_path / "first.bundle")
    assert got["records"] > 29 and hq.db.execute("SELECT count(*) FROM nationals").fetchone() == (29,)


def test_two_posts_each_with_an_open_crisis_are_both_consolidated_and_each_keeps_its_crisis(tmp_path):
    from micic_planner.core.enums import Hazard
    from micic_planner.storage.crisis_store import CrisisStore

    hq = _site(tmp_path / "hq.db", "Headquarters", hq=True)
    SyncStore(hq).export_keys(tmp_path / "hq.key")
    for name in ("Norte", "Sur"):
        post = _site(tmp_path / f"{name}.db", name)
        SyncStore(post).export_keys(tmp_path / f"{name}.key")
        SyncStore(hq).register(tmp_path / f"{name}.key")
        SyncStore(post).register(tmp_path / "hq.key")
        CrisisStore(post).open(f"Huracán en {name}", Hazard.HURRICANE)  # the same hurricane reaches both
        HubStore(post).export_first("Headquarters", tmp_path / f"{name}.first")
        SyncStore(hq).import_bundle(tmp_path / f"{name}.first")  # the second stopped on one open crisis a file
        post.close()
    owners = hq.db.execute("SELECT c.title, s.name FROM crises c JOIN sync_sites s ON s.site = c.owner "
                           "WHERE c.closed_at IS NULL ORDER BY c.title").fetchall()
    assert owners == [("Huracán en Norte", "Norte"), ("Huracán en Sur", "Sur")]
    CrisisStore(hq).open("Coordinación nacional", Hazard.HURRICANE)  # headquarters' own still opens
    hq.close()


def test_a_posts_crisis_consolidated_before_the_fix_gets_the_post_as_owner_at_the_upgrade(tmp_path):
    from micic_planner.storage.connection import connect
    from micic_planner.storage.migrations import migrations

    path = tmp_path / "hq.micic"
    db = connect(path, create=True)
    migrations.apply(db, stop_before="m045_crisis_owner")
    db.execute("UPDATE sync_state SET site = 'hq1', role = 'hq'")
    for uuid, site in (("c-post", "post1"), ("c-hq", "hq1")):
        db.execute("INSERT INTO crises (uuid, title, hazard, started_at, owner, closed_at) VALUES (?, ?, 'hurricane', "
                   "'2025-12-01', NULL, "
                   "CASE WHEN ? = 'c-hq' THEN '2026-01-01' END)", [uuid, uuid, uuid])
        db.execute("UPDATE sync_record SET site = ? WHERE tbl = 'crises' AND uuid = ?", [site, uuid])
    db.close()
    with PostStore.open(path) as store:
        owners = dict(store.db.execute("SELECT uuid, owner FROM crises").fetchall())
    assert owners == {"c-post": "post1", "c-hq": None}
