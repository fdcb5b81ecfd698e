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
