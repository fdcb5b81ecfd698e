"""An undone delete travels: the record put back under its own uuid comes back at every replica."""

import pytest

from micic_planner.storage.record_snapshots import restore, snapshot
from tests.storage.sync.replicas import START_MS, Site


@pytest.fixture
def pair():
    post, hq = Site("post", 0, "post"), Site("hq", 0, "hq")
    return post, hq, {post.id: post.role, hq.id: hq.role}


def _send(sender, receiver, roles):
    receiver.receive(sender.bundle_for(receiver), roles)


def _register(post):
    post.db.execute("INSERT INTO nationals (uuid, given_names, family_names, phone) VALUES ('n1', 'Ana', 'López', '1')")
    post.db.execute("INSERT INTO status_events (national_id, status, uuid) SELECT id, 'safe', 'e1' FROM nationals")
    post.db.execute("UPDATE nationals SET status = 'safe'")


def _delete_and_undo(post, at_ms):
    """The window's way: a snapshot of the row and what cascades with it, the delete, then the undo."""
    ids = [r[0] for r in post.db.execute("SELECT id FROM nationals WHERE uuid = 'n1'")]
    snap = snapshot(post.db, "nationals", ids)
    post.clock(at_ms)
    post.db.execute("DELETE FROM nationals WHERE uuid = 'n1'")
    post.clock(at_ms + 1000)
    restore(post.db, snap)


@pytest.mark.parametrize("apart", [False, True], ids=["delete and undo in one bundle", "in two bundles"])
def test_a_record_brought_back_by_an_undo_comes_back_at_the_other_replica(pair, apart):
    post, hq, roles = pair
    _register(post)
    _send(post, hq, roles)
    ids = [r[0] for r in post.db.execute("SELECT id FROM nationals WHERE uuid = 'n1'")]
    snap = snapshot(post.db, "nationals", ids)
    post.clock(START_MS + 5000)
    post.db.execute("DELETE FROM nationals WHERE uuid = 'n1'")
    if apart:
        _send(post, hq, roles)
        assert hq.row("n1") is None
    post.clock(START_MS + 6000)
    restore(post.db, snap)
    _send(post, hq, roles)
    assert hq.row("n1") == post.row("n1") == {"status": "safe", "phone": "1", "notes": "", "family_names": "López",
                                              "vulnerabilities": 0}
    assert hq.snapshot() == post.snapshot()


def test_an_edit_made_after_the_undo_that_arrives_first_is_kept_over_the_revived_values(pair):
    post, hq, roles = pair
    _register(post)
    _send(post, hq, roles)
    _send(hq, post, roles)
    _delete_and_undo(post, START_MS + 5000)
    post.clock(START_MS + 9000)
    post.db.execute("UPDATE nationals SET phone = '2' WHERE uuid = 'n1'")
    # Headquarters gets the edit before the revival: a bundle with the changes in the reverse order.
    import json

    data = json.loads(post.bundle_for(hq))
    data["changes"].reverse()
    hq.receive(json.dumps(data), roles)
    assert hq.row("n1")["phone"] == post.row("n1")["phone"] == "2"
    assert hq.snapshot()["people"] == post.snapshot()["people"]


def test_a_delete_older_than_the_undo_that_arrives_after_it_is_not_applied(pair):
    post, hq, roles = pair
    _register(post)
    _send(post, hq, roles)
    _delete_and_undo(post, START_MS + 5000)
    import json

    data = json.loads(post.bundle_for(hq))
    data["changes"].sort(key=lambda c: c[4] == "d")  # the revival first, its older delete last
    hq.receive(json.dumps(data), roles)
    assert hq.row("n1") == post.row("n1") and hq.row("n1") is not None
