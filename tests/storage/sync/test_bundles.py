"""Bundles between a post and headquarters through the CLI: sealed, signed, idempotent, refused when not trusted."""

import pytest

from micic_planner.cli import main
from micic_planner.core.errors import SyncError
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync.changes import apply_payload, payload
from micic_planner.storage.sync.sync_store import SyncStore


@pytest.fixture
def pair(tmp_path, no_network):
    """A post and headquarters, set up and registered with each other through the CLI."""
    post, hq = tmp_path / "post.db", tmp_path / "hq.db"
    for path in (post, hq):
        PostStore.open(path, create=True).close()
    assert main(["sync", "init", str(post), "--name", "Tegucigalpa"]) == 0
    assert main(["sync", "init", str(hq), "--name", "Headquarters", "--headquarters"]) == 0
    assert main(["sync", "keys", str(post), str(tmp_path / "post.key")]) == 0
    assert main(["sync", "keys", str(hq), str(tmp_path / "hq.key")]) == 0
    assert main(["sync", "register", str(hq), str(tmp_path / "post.key")]) == 0
    assert main(["sync", "register", str(post), str(tmp_path / "hq.key")]) == 0
    return post, hq


def _add_national(path, uuid="n1", family="López", vulnerabilities=0):
    with PostStore.open(path) as store:
        store.db.execute("INSERT INTO nationals (uuid, given_names, family_names, vulnerabilities) "
                         "VALUES (?, 'Ana', ?, ?)", [uuid, family, vulnerabilities])


def _value(path, sql):
    with PostStore.open(path) as store:
        return store.db.execute(sql).fetchone()


def test_a_post_bundle_read_twice_at_headquarters_lands_once(pair, tmp_path, capsys):
    post, hq = pair
    _add_national(post)
    assert main(["sync", "export", str(post), "Headquarters", str(tmp_path / "b1")]) == 0
    assert main(["sync", "import", str(hq), str(tmp_path / "b1")]) == 0
    assert main(["sync", "import", str(hq), str(tmp_path / "b1")]) == 0
    assert _value(hq, "SELECT count(*), max(family_names) FROM nationals") == (1, "López")
    assert "0 applied, 1 already here" in capsys.readouterr().out
    # Each bundle read is one audit entry with its site and counts, not one per record.
    entries = _value(hq, "SELECT count(*), max(detail) FROM audit_log WHERE action = 'sync_import'")
    assert entries[0] == 2 and '"applied": 1' in entries[1] and '"name": "Tegucigalpa"' in entries[1]
    assert _value(hq, "SELECT count(*) FROM audit_log WHERE table_name = 'nationals'") == (0,)


def test_a_bundle_changed_on_the_way_is_refused_and_nothing_is_applied(pair, tmp_path):
    post, hq = pair
    _add_national(post)
    main(["sync", "export", str(post), "Headquarters", str(tmp_path / "b1")])
    blob = bytearray((tmp_path / "b1").read_bytes())
    blob[-100] ^= 1
    (tmp_path / "b1").write_bytes(bytes(blob))
    assert main(["sync", "import", str(hq), str(tmp_path / "b1")]) == 2
    assert _value(hq, "SELECT count(*) FROM nationals") == (0,)


def test_a_bundle_from_a_site_not_registered_is_refused(pair, tmp_path):
    post, hq = pair
    other = tmp_path / "other.db"
    PostStore.open(other, create=True).close()
    main(["sync", "init", str(other), "--name", "Rogue"])
    main(["sync", "register", str(other), str(tmp_path / "hq.key")])
    main(["sync", "export", str(other), "Headquarters", str(tmp_path / "rogue")])
    with PostStore.open(hq) as store, pytest.raises(SyncError, match="not signed by a registered site"):
        SyncStore(store).import_bundle(tmp_path / "rogue")


def test_a_vulnerability_changed_at_both_ends_is_settled_once_and_the_answer_closes_it_at_the_post(pair, tmp_path,
                                                                                                  capsys):
    post, hq = pair
    _add_national(post)
    main(["sync", "export", str(post), "Headquarters", str(tmp_path / "b1")])
    main(["sync", "import", str(hq), str(tmp_path / "b1")])
    with PostStore.open(post) as store:
        store.db.execute("UPDATE nationals SET vulnerabilities = 2")
    with PostStore.open(hq) as store:
        store.db.execute("UPDATE nationals SET vulnerabilities = 4")
    main(["sync", "export", str(post), "Headquarters", str(tmp_path / "b2")])
    main(["sync", "import", str(hq), str(tmp_path / "b2")])
    capsys.readouterr()
    assert main(["sync", "review", str(hq)]) == 0
    listing = capsys.readouterr().out
    assert "· Vulnerabilities  (national " in listing  # the record named as a person calls it
    assert "\n     Separated child\t" in listing and "\n     Older person\t" in listing
    assert main(["sync", "review", str(hq), "--settle", "1", "--value", "separated_child,older_person"]) == 0
    main(["sync", "export", str(hq), "Tegucigalpa", str(tmp_path / "b3")])
    main(["sync", "import", str(post), str(tmp_path / "b3")])
    for path in (post, hq):
        assert _value(path, "SELECT vulnerabilities FROM nationals") == (6,)
        assert _value(path, "SELECT count(*) FROM sync_review") == (0,)


def test_a_post_may_not_change_the_protected_fields_of_another_posts_record(pair, tmp_path):
    post, hq = pair
    _add_national(hq, uuid="h1")
    # Headquarters sends a post none of its own nationals; this one reached the post as a full copy would.
    with PostStore.open(hq) as store:
        full, roles = payload(store.db, {})[0], {s: r for s, r in store.db.execute("SELECT site, role FROM sync_sites")}
        roles.update(store.db.execute("SELECT site, role FROM sync_state").fetchall())
    with PostStore.open(post) as store:
        apply_payload(store.db, full, roles)
    with PostStore.open(post) as store:
        store.db.execute("UPDATE nationals SET family_names = 'Forged' WHERE uuid = 'h1'")
    main(["sync", "export", str(post), "Headquarters", str(tmp_path / "b2")])
    assert main(["sync", "import", str(hq), str(tmp_path / "b2")]) == 2
    assert _value(hq, "SELECT family_names FROM nationals") == ("López",)


def test_status_reports_the_site_and_its_last_exchange(pair, tmp_path, capsys):
    post, _hq = pair
    main(["sync", "export", str(post), "Headquarters", str(tmp_path / "b1")])
    capsys.readouterr()
    assert main(["sync", "status", str(post)]) == 0
    out = capsys.readouterr().out
    assert "Tegucigalpa" in out and "Headquarters (hq): last exchange 20" in out
