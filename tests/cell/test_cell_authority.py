"""One authority in the crisis cell (issue 19, item 4): numbers, seats and the level go through the host."""

from datetime import date

import pytest

from micic_planner.cell.authority import attach
from micic_planner.cell.host import CellHost
from micic_planner.cell.officer import CellLink, join
from micic_planner.core.crisis import DocumentIssued, DocumentKind, Movement
from micic_planner.core.enums import AlertPhase
from micic_planner.core.errors import CellError
from micic_planner.storage.crisis_store import CrisisStore
from tests.cell.cellfixtures import PASSWORDS, make_post, open_post

GONE = "https://127.0.0.1:9"  # nothing answers there: the host or the LAN is gone


@pytest.fixture
def cell(tmp_path):
    make_post(tmp_path / "post.db", people=8)
    store = open_post(tmp_path / "post.db", "jefa")
    crises = CrisisStore(store)
    bus = Movement(crises.current_id(), "Bus 1", seats=2)
    crises.movements.save(bus)
    host = CellHost(store, "127.0.0.1", 0)
    host.start()
    yield host, f"https://127.0.0.1:{host.port}", tmp_path, bus
    host.stop()
    store.close()


def _officer(host, url, tmp_path, user):
    copy = tmp_path / f"{user}.db"
    join(url, host.code, user, PASSWORDS[user][0], copy, f"copia de {user} con clave 2026!",
         expect_fingerprint=host.fingerprint)
    store = open_post(copy, user, f"copia de {user} con clave 2026!")
    return store, CellLink(store)


def _issue(store, number, national=1):
    crises = CrisisStore(store)
    crises.aid.issue(DocumentIssued(crises.current_id(), national, DocumentKind.SAFE_CONDUCT, number, date.today()))


def test_document_numbers_asked_through_the_host_are_unique_across_two_officers(cell):
    host, url, tmp_path, _bus = cell
    laptops = [_officer(host, url, tmp_path, u) for u in ("ana", "ben")]
    numbers = []
    for k, (store, _link) in enumerate(laptops):
        attach(store)
        number = CrisisStore(store).aid.next_number(DocumentKind.SAFE_CONDUCT)
        assert CrisisStore(store).aid.next_number(DocumentKind.SAFE_CONDUCT) == number  # held until issued
        _issue(store, number, national=k + 1)
        numbers.append(number)
    with host.lock:
        at_host = CrisisStore(host.store).aid.next_number(DocumentKind.SAFE_CONDUCT)
    assert len(set(numbers + [at_host])) == 3
    for _store, link in laptops:
        link.exchange()
    with host.lock:
        issued = sorted(r[0] for r in host.store.db.execute("SELECT number FROM documents_issued"))
    assert issued == sorted(numbers)
    for store, link in laptops:
        link.stop()
        store.close()


def test_an_officer_cut_off_from_the_host_numbers_from_the_range_it_was_handed_at_join(cell):
    host, url, tmp_path, _bus = cell
    ana, ana_link = _officer(host, url, tmp_path, "ana")
    ben, ben_link = _officer(host, url, tmp_path, "ben")
    year = date.today().year
    stem, first, last = ben.db.execute("SELECT stem, next, last FROM authority_ranges WHERE kind = 'safe_conduct' "
                                       "AND year = ?", [year]).fetchone()
    assert last - first + 1 == 50
    attach(ana)
    attach(ben).url = GONE
    offline = CrisisStore(ben).aid.next_number(DocumentKind.SAFE_CONDUCT)
    assert offline == f"{stem}{first:05d}"
    _issue(ben, offline, national=2)
    assert ben.db.execute("SELECT next FROM authority_ranges WHERE stem = ?", [stem]).fetchone()[0] == first + 1
    online = CrisisStore(ana).aid.next_number(DocumentKind.SAFE_CONDUCT)  # the host skips every range it gave
    _issue(ana, online, national=1)
    assert online != offline
    ana_link.exchange()
    ben_link.exchange()  # the link comes back: ben's document reaches the host, nothing collides
    with host.lock:
        issued = sorted(r[0] for r in host.store.db.execute("SELECT number FROM documents_issued"))
        flags = host.store.db.execute("SELECT count(*) FROM sync_flags").fetchone()[0]
    assert issued == sorted([online, offline]) and flags == 0
    for store, link in ((ana, ana_link), (ben, ben_link)):
        link.stop()
        store.close()


def test_provisional_seats_beyond_capacity_are_flagged_at_the_host_when_they_merge(cell):
    host, url, tmp_path, bus = cell
    ana, ana_link = _officer(host, url, tmp_path, "ana")
    ben, ben_link = _officer(host, url, tmp_path, "ben")
    for store in (ana, ben):
        attach(store).url = GONE  # both laptops offline: each seat is provisional
    bus_id = ana.db.execute("SELECT id FROM movements WHERE uuid = ?", [bus.uuid]).fetchone()[0]
    CrisisStore(ana).movements.add(bus_id, [1, 2])
    CrisisStore(ben).movements.add(bus_id, [3, 4])
    ana_link.exchange()
    ben_link.exchange()
    with host.lock:
        listed = host.store.db.execute("SELECT count(*) FROM manifest_entries").fetchone()[0]
        flag = host.store.db.execute("SELECT kind, detail FROM sync_flags WHERE tbl = 'movements' AND uuid = ?",
                                     [bus.uuid]).fetchone()
    assert listed == 4  # nobody dropped
    assert flag[0] == "overbooked" and '"listed": 4' in flag[1]
    for store, link in ((ana, ana_link), (ben, ben_link)):
        link.stop()
        store.close()


def test_seats_and_the_alert_level_go_through_the_host_when_it_is_reachable(cell):
    host, url, tmp_path, bus = cell
    ana, ana_link = _officer(host, url, tmp_path, "ana")
    attach(ana)
    bus_id = ana.db.execute("SELECT id FROM movements WHERE uuid = ?", [bus.uuid]).fetchone()[0]
    with host.lock:  # the host's own officer seats one person meanwhile
        CrisisStore(host.store).movements.add(bus.id, [5])
    with pytest.raises(CellError, match="do not fit"):
        CrisisStore(ana).movements.add(bus_id, [1, 2])  # the laptop saw two free seats; the host knows one
    CrisisStore(ana).movements.add(bus_id, [1])
    CrisisStore(ana).set_level(AlertPhase.VOLUNTARY_DEPARTURE, "puente caído")
    with host.lock:
        assert CrisisStore(host.store).current().phase == AlertPhase.VOLUNTARY_DEPARTURE
        assert CrisisStore(host.store).movements.count(bus.id) == 2
        who = host.store.db.execute("SELECT by_user FROM crisis_phases ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert who == "ana"
    ana_link.exchange()
    assert CrisisStore(ana).current().phase == AlertPhase.VOLUNTARY_DEPARTURE
    assert CrisisStore(ana).movements.count(bus_id) == 2
    ana_link.stop()
    ana.close()
