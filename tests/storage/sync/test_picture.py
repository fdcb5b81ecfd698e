"""Headquarters' country picture from consolidated posts: by post and zone, HXL with small counts hidden, the CLI."""

import csv

import pytest

from micic_planner import cli
from micic_planner.core.sync.picture import picture_rows
from micic_planner.interchange.hub_hxl import write_picture_hxl
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync.hub_store import HubStore
from micic_planner.storage.sync.sync_store import SyncStore


@pytest.fixture
def hub(tmp_path):
    hq = PostStore.open(tmp_path / "hq.micic", create=True)
    SyncStore(hq).init("Sede", headquarters=True)
    for name, safe, unknown in (("Tegucigalpa", 12, 3), ("Tapachula", 2, 20)):
        post = PostStore.open(tmp_path / f"{name}.micic", create=True)
        SyncStore(post).init(name)
        SyncStore(post).export_keys(tmp_path / f"{name}.key")
        SyncStore(hq).register(tmp_path / f"{name}.key")
        post.db.execute("INSERT INTO zones (uuid, name) VALUES (?, 'Centro')", [f"z-{name}"])
        for i in range(safe + unknown):
            post.db.execute("INSERT INTO nationals (uuid, given_names, family_names, zone_id) VALUES (?, 'A', 'B', 1)",
                            [f"{name}-{i}"])
        post.db.execute("INSERT INTO status_events (national_id, status) SELECT id, 'safe' FROM nationals "
                        "WHERE id <= ?", [safe])
        post.db.execute("INSERT INTO wardens (uuid, name, zone_id) VALUES (?, 'Rosa', 1)", [f"w-{name}"])
        SyncStore(hq).export_keys(tmp_path / "hq.key")
        SyncStore(post).register(tmp_path / "hq.key")
        HubStore(post).export_first("Sede", tmp_path / f"{name}.first")
        SyncStore(hq).import_bundle(tmp_path / f"{name}.first")
        post.close()
    yield hq
    hq.close()


def test_the_picture_counts_each_post_and_zone_and_who_is_accounted_for(hub):
    picture = HubStore(hub).picture()
    posts = {p.name: (p.total, p.accounted, [z.name for z in p.zones]) for p in picture.posts}
    assert posts == {"Tegucigalpa": (15, 12, ["Centro"]), "Tapachula": (22, 2, ["Centro"])}
    assert picture.total == 37 and picture.review == 0 and picture.returns_synced  # return cases travel since m040
    assert [(name, g.code) for name, g in picture.gaps] == [("Tapachula", "unaccounted")]


def test_the_hxl_figures_hide_counts_below_the_threshold_and_what_reveals_them(hub, tmp_path):
    picture = HubStore(hub).picture()
    rows = picture_rows(picture, 5)
    tapachula = next(r for r in rows if r["post"] == "Tapachula")
    assert tapachula["safe"] is None and tapachula["total"] == 22
    write_picture_hxl(tmp_path / "p.csv", picture, "en", 5)
    lines = list(csv.reader((tmp_path / "p.csv").open(encoding="utf-8")))
    assert lines[1][:4] == ["#org+name", "#adm1+name", "#affected+total", "#reached+accounted"]
    assert next(row for row in lines[2:] if row[0] == "Tapachula")[:4] == ["Tapachula", "Centro", "22", "*"]


def test_sync_picture_prints_the_table_and_writes_the_pdf(hub, tmp_path, capsys):
    path = hub.path
    hub.close()
    code = cli.main(["sync", "picture", str(path), "--pdf", str(tmp_path / "p.pdf")])
    out = capsys.readouterr().out
    assert code == 0 and "Tegucigalpa" in out and "37 nationals, 14 accounted for" in out
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def test_sync_picture_tells_the_returns_by_post_in_words_and_exports_them_as_hxl(hub, tmp_path, capsys):
    from datetime import date

    from micic_planner.core.returns.case import ReturnCase
    from micic_planner.storage.returns.case_store import ReturnStore

    ids = [r[0] for r in hub.db.execute("SELECT id FROM nationals ORDER BY id LIMIT 6")]
    for nid in ids:
        ReturnStore(hub).open_case(ReturnCase(date(2026, 3, 1), requested_by="Ana"), [nid])
    path = hub.path
    hub.close()
    out = tmp_path / "returns.csv"
    assert cli.main(["sync", "picture", str(path), "--returns-hxl", str(out), "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert "Sede: 6 open, 0 returned, 0 in reintegration" in printed and "  Requested: 6" in printed
    assert "requested" not in printed  # the state in words, not as stored
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[1][:2] == ["#org+name", "#affected+returning+open"] and rows[2:] == [["Sede", "6", "0", "0"]]


def test_zones_and_posts_are_listed_as_people_read_them_numbers_by_value_accents_with_their_letter(tmp_path):
    hq = PostStore.open(tmp_path / "hq.micic", create=True)
    SyncStore(hq).init("Sede", headquarters=True)
    db = hq.db
    for name in ("Zona 10", "Zona 2", "Ángeles", "zona 1", "Bosque"):
        db.execute("INSERT INTO zones (uuid, name) VALUES (?, ?)", [f"u-{name}", name])
        db.execute("INSERT INTO nationals (uuid, given_names, family_names, zone_id) "
                   "SELECT ?, 'A', 'B', id FROM zones WHERE name = ?", [f"n-{name}", name])
    for site, name in (("s-10", "Consulado 10"), ("s-2", "Consulado 2"), ("s-a", "Ámsterdam")):
        db.execute("INSERT INTO sync_sites (site, name, role, public_key) VALUES (?, ?, 'post', x'00')", [site, name])
    picture = HubStore(hq).picture()
    assert [p.name for p in picture.posts] == ["Sede", "Ámsterdam", "Consulado 2", "Consulado 10"]
    assert [z.name for z in picture.posts[0].zones] == ["Ángeles", "Bosque", "zona 1", "Zona 2", "Zona 10"]
    hq.close()


def test_a_posts_wardens_reach_headquarters_and_a_zone_left_without_one_is_a_gap_there(hub, tmp_path):
    post = PostStore.open(tmp_path / "Tegucigalpa.micic")
    post.db.execute("INSERT INTO zones (uuid, name) VALUES ('z-norte', 'Norte')")
    post.db.execute("UPDATE nationals SET zone_id = (SELECT id FROM zones WHERE uuid = 'z-norte') WHERE id <= 4")
    post.db.execute("UPDATE wardens SET phone = '+504 5555 0000'")  # an edit of a warden that travelled
    SyncStore(post).export("Sede", tmp_path / "changes.bundle")
    post.close()
    SyncStore(hub).import_bundle(tmp_path / "changes.bundle")
    assert hub.db.execute("SELECT name, phone FROM wardens WHERE uuid = 'w-Tegucigalpa'").fetchone() == (
        "Rosa", "+504 5555 0000")
    picture = HubStore(hub).picture()
    tegucigalpa = next(p for p in picture.posts if p.name == "Tegucigalpa")
    assert [(z.name, z.wardens) for z in tegucigalpa.zones] == [("Centro", 1), ("Norte", 0)]
    assert ("Tegucigalpa", "zones_without_warden") in [(name, g.code) for name, g in picture.gaps]
    # Another post never receives them: a post's wardens stay between it and headquarters.
    SyncStore(hub).export("Tapachula", tmp_path / "down.bundle")
    other = PostStore.open(tmp_path / "Tapachula.micic")
    SyncStore(other).import_bundle(tmp_path / "down.bundle")
    assert other.db.execute("SELECT uuid FROM wardens").fetchall() == [("w-Tapachula",)]
    other.close()


def test_a_post_that_held_wardens_before_they_travelled_logs_them_at_the_upgrade(tmp_path):
    import json

    from micic_planner.storage.connection import connect
    from micic_planner.storage.migrations import migrations
    from micic_planner.storage.sync.changes import payload

    path = tmp_path / "old.micic"
    db = connect(path, create=True)
    migrations.apply(db, stop_before="m044_wardens_sync")
    # Today's registry made the earlier steps' triggers; a file of the program before m044 had none for wardens.
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_wardens_%'"
                              ).fetchall():
        db.execute(f"DROP TRIGGER {name}")
    db.execute("UPDATE sync_state SET triggers = 'made by the program before m044'")
    db.execute("INSERT INTO zones (uuid, name) VALUES ('z1', 'Centro')")
    db.execute("INSERT INTO wardens (uuid, name, zone_id, phone) VALUES ('w1', 'Rosa', 1, '+502 5555')")
    db.close()
    with PostStore.open(path) as store:
        store.db.execute("UPDATE wardens SET radio = 'canal 4'")  # captured from the upgrade on
        text, _n = payload(store.db, {})
    sent = [c for c in json.loads(text)["changes"] if c[2] == "wardens"]
    assert [(c[3], c[4], c[5].get("name"), c[5].get("radio")) for c in sent] == [("w1", "i", "Rosa", None),
                                                                                   ("w1", "u", None, "canal 4")]


def test_a_warden_headquarters_adds_in_a_posts_zone_reaches_that_post_only_and_the_post_may_edit_it(hub, tmp_path):
    hub.db.execute("INSERT INTO wardens (uuid, name, zone_id) SELECT 'w-sede', 'Luis', id FROM zones "
                   "WHERE uuid = 'z-Tegucigalpa'")
    picture = HubStore(hub).picture()
    tegucigalpa = next(p for p in picture.posts if p.name == "Tegucigalpa")
    assert tegucigalpa.wardens == 2 and [(z.name, z.wardens) for z in tegucigalpa.zones] == [("Centro", 2)]
    received = {}
    for name in ("Tegucigalpa", "Tapachula"):
        SyncStore(hub).export(name, tmp_path / f"{name}.down")
        post = PostStore.open(tmp_path / f"{name}.micic")
        SyncStore(post).import_bundle(tmp_path / f"{name}.down")
        received[name] = sorted(r[0] for r in post.db.execute("SELECT name FROM wardens"))
        if name == "Tegucigalpa":
            post.db.execute("UPDATE wardens SET phone = '+504 2222 0000' WHERE uuid = 'w-sede'")
            SyncStore(post).export("Sede", tmp_path / "up.bundle")
        post.close()
    assert received == {"Tegucigalpa": ["Luis", "Rosa"], "Tapachula": ["Rosa"]}
    SyncStore(hub).import_bundle(tmp_path / "up.bundle")
    assert hub.db.execute("SELECT phone FROM wardens WHERE uuid = 'w-sede'").fetchone() == ("+504 2222 0000",)


def test_at_headquarters_each_zone_is_named_with_its_post_so_two_centros_are_told_apart(hub, tmp_path):
    from micic_planner.storage.overview_queries import zone_names

    assert sorted(zone_names(hub.db).values()) == ["Centro (Tapachula)", "Centro (Tegucigalpa)"]
    post = PostStore.open(tmp_path / "Tegucigalpa.micic")
    assert list(zone_names(post.db).values()) == ["Centro"]  # a post's zones are its own
    post.close()
