"""The host's writer (issue 19 figures): joins never pause the others, exchanges that arrive together share
one transaction, and the log index gives the same figures as reading the whole log."""

import json
import threading
import time

import pytest

from micic_planner.cell import host as host_module
from micic_planner.cell.exchange import Exchange, LogIndex, Writer
from micic_planner.cell.host import CellHost
from micic_planner.cell.officer import CellLink, join
from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.sync.changes import payload, seen
from tests.cell.cellfixtures import PASSWORDS, make_post, open_post


@pytest.fixture
def cell(tmp_path):
    make_post(tmp_path / "post.db", people=200)
    store = open_post(tmp_path / "post.db", "jefa")
    host = CellHost(store, "127.0.0.1", 0)
    host.start()
    yield host, f"https://127.0.0.1:{host.port}", tmp_path
    host.stop()
    store.close()


def _officer(url, host, tmp_path, user):
    copy = tmp_path / f"{user}.db"
    join(url, host.code, user, PASSWORDS[user][0], copy, f"copia de {user} con clave 2026!", host.fingerprint)
    store = open_post(copy, user, f"copia de {user} con clave 2026!")
    return store, CellLink(store)


def _statuses(store):
    return store.db.execute("SELECT uuid, status FROM nationals ORDER BY uuid").fetchall()


def test_an_officers_exchange_completes_while_another_laptop_is_joining(cell, monkeypatch):
    host, url, tmp_path = cell
    ana, ana_link = _officer(url, host, tmp_path, "ana")
    copying, real_copy = threading.Event(), host_module.make_copy

    def slow_copy(*args, **kwargs):  # the copy of a large post takes a while
        copying.set()
        time.sleep(3)
        return real_copy(*args, **kwargs)

    monkeypatch.setattr(host_module, "make_copy", slow_copy)
    joining = threading.Thread(target=_officer, args=(url, host, tmp_path, "ben"))
    joining.start()
    assert copying.wait(20)
    CrisisStore(ana).accountability.set_status([1], AccountabilityStatus.MISSING, StatusSource.PHONE)
    started = time.monotonic()
    result = ana_link.exchange()
    took = time.monotonic() - started
    still_joining = joining.is_alive()
    joining.join(30)
    # The status event and its line in the crisis timeline (crisis data travels since m035).
    assert result["sent"] == 2 and still_joining and took < 1.5, took
    # The copy made while Ana exchanged is whole: Ben's copy, once in step, is the host's.
    ben = open_post(tmp_path / "ben.db", "ben", "copia de ben con clave 2026!")
    try:
        CellLink(ben).exchange()
        with host.lock:
            assert _statuses(ben) == _statuses(host.store)
    finally:
        ben.close()
        ana.close()


def test_exchanges_that_arrive_together_are_taken_in_one_group_and_a_bad_one_undoes_none_of_the_others(cell):
    host, url, tmp_path = cell
    laptops = [_officer(url, host, tmp_path, user) for user in ("ana", "ben")]
    by_site = {o.site: o for o in host.officers.values()}
    items = []
    for (store, link), person in zip(laptops, (3, 4)):
        CrisisStore(store).accountability.set_status([person], AccountabilityStatus.SAFE, StatusSource.PHONE)
        text, _n = payload(store.db, {}, only_site=link.site)
        items.append(Exchange(by_site[link.site], json.loads(text), text))
    bad = json.loads(items[0].text)  # a change the Applier refuses (its role may send status events)
    bad["changes"] = [[*c[:4], "x", *c[5:]] for c in bad["changes"]]
    items.insert(0, Exchange(items[0].officer, bad, json.dumps(bad)))
    finished = []
    writer = Writer(host, finished.append)
    writer._work(items)
    assert [x.status for x in items] == [422, 200, 200]
    assert writer.groups == 1 and writer.grouped == 3 and finished == items
    with host.lock:
        status = dict(host.store.db.execute("SELECT id, status FROM nationals WHERE id IN (3, 4)").fetchall())
    assert status == {3: "safe", 4: "safe"}
    # Each laptop's status event and its line in the crisis timeline (crisis data travels since m035).
    assert [x.applied for x in items] == [0, 2, 2]


def test_the_log_index_gives_what_reading_the_whole_log_gives_gaps_included(tmp_path):
    make_post(tmp_path / "post.db", people=3)
    store = open_post(tmp_path / "post.db", "jefa")
    try:
        db, index = store.db, LogIndex()

        def add(site, seqs):
            with db.atomic():
                for seq in seqs:
                    db.execute("INSERT INTO sync_log (site, seq, tbl, uuid, op, fields, hlc) "
                               "VALUES (?, ?, 'zones', 'u', 'u', '{}', 1)", [site, seq])

        add("aaa", [1, 2, 3, 5])
        add("bbb", [2, 3])
        index.refresh(db)
        assert index.seen == seen(db) and index.seen["aaa"] == 3 and index.seen["bbb"] == 0
        add("aaa", [4, 6])
        add("bbb", [1])
        add("ccc", range(1, 1500))
        index.refresh(db)
        assert index.seen == seen(db) and index.seen["aaa"] == 6 and index.seen["ccc"] == 1499
        assert index.top["aaa"] == 6 and index.top["bbb"] == 3
    finally:
        store.close()
