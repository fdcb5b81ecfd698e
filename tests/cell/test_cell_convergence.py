"""The crisis cell's proof (issue 19): a host and three officers' laptops, one cut off for a while, converge."""

import json
import random
import threading
import time

import pytest

from micic_planner.cell.host import CellHost
from micic_planner.cell.officer import CellLink, join
from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.errors import CellError
from micic_planner.storage.crisis_store import CrisisStore
from tests.cell.cellfixtures import PASSWORDS, make_post, open_post

STATUSES = [AccountabilityStatus.SAFE, AccountabilityStatus.MISSING, AccountabilityStatus.NEEDS_HELP,
            AccountabilityStatus.EVACUATED]


@pytest.fixture
def cell(tmp_path):
    make_post(tmp_path / "post.db")
    store = open_post(tmp_path / "post.db", "jefa")
    host = CellHost(store, "127.0.0.1", 0)
    host.start()
    yield host, f"https://127.0.0.1:{host.port}", tmp_path
    host.stop()
    store.close()


def _officer(url, code, fingerprint, tmp_path, user):
    copy = tmp_path / f"{user}.db"
    join(url, code, user, PASSWORDS[user][0], copy, f"copia de {user} con clave 2026!", expect_fingerprint=fingerprint)
    store = open_post(copy, user, f"copia de {user} con clave 2026!")
    return store, CellLink(store)


def _save_statuses(store, lock, n, seed):
    rng = random.Random(seed)
    acc = CrisisStore(store).accountability
    with lock:  # the link's thread uses the same connection
        ids = [r[0] for r in store.db.execute("SELECT id FROM nationals ORDER BY id")]
    for _ in range(n):
        with lock:
            acc.set_status([rng.choice(ids)], rng.choice(STATUSES), StatusSource.PHONE, f"llamada {seed}")
        time.sleep(rng.uniform(0.0, 0.05))


def _picture(store, restricted=True):
    people = store.db.execute("SELECT uuid, status, phone" + (", vulnerabilities, migration_status, notes"
                                                             if restricted else "") +
                              " FROM nationals ORDER BY uuid").fetchall()
    events = store.db.execute("SELECT uuid, status FROM status_events ORDER BY uuid").fetchall()
    return people, events


def _wait_until(check, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        if check():
            return True
        time.sleep(0.2)
    return check()


def test_three_officers_and_the_host_converge_after_one_was_cut_off_and_nothing_is_lost(cell):
    host, url, tmp_path = cell
    laptops = {u: _officer(url, host.code, host.fingerprint, tmp_path, u) for u in ("ana", "ben", "vic")}
    for _store, link in laptops.values():
        link.start(interval=0.2)
    ana, ben = laptops["ana"], laptops["ben"]
    workers = [threading.Thread(target=_save_statuses, args=(ana[0], ana[1].lock, 25, 1)),
               threading.Thread(target=_save_statuses, args=(ben[0], ben[1].lock, 25, 2)),
               threading.Thread(target=_save_statuses, args=(host.store, host.lock, 15, 3))]
    for w in workers:
        w.start()
    time.sleep(0.5)
    ben[1].url = "https://127.0.0.1:9"  # Ben's laptop loses the LAN: nothing answers there
    ben[1]._drop()
    for w in workers:
        w.join()
    _save_statuses(ben[0], ben[1].lock, 10, 4)  # it keeps saving on its own copy
    assert _wait_until(lambda: not ben[1].online, 5)
    ben[1].url = url  # the link comes back

    made = 25 + 25 + 15 + 10
    with host.lock:
        host_events = host.store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
    assert host_events <= made
    full = [laptops["ana"], laptops["ben"]]

    def converged():
        with host.lock:
            want = _picture(host.store)
        got = []
        for store, link in full:
            with link.lock:
                got.append(_picture(store))
        return all(g == want for g in got)

    assert _wait_until(converged)
    with host.lock:
        want = _picture(host.store)
        logged = host.store.db.execute("SELECT count(*) FROM sync_log WHERE tbl = 'status_events'").fetchone()[0]
    assert len(want[1]) == logged  # every status event made anywhere is at the host, none twice
    vic_store, vic_link = laptops["vic"]
    ok = _wait_until(lambda: _picture(vic_store, False) == _picture(host.store, False))
    a, b = _picture(vic_store, False), _picture(host.store, False)
    if not ok:
        vic_link.stop()
        vic_link.exchange()
    assert ok, (vic_link.error, [x for x in a[0] if x not in b[0]][:3], len(a[1]), len(b[1]))
    for _store, link in laptops.values():
        link.stop()


def test_the_viewers_copy_never_holds_vulnerabilities_migration_status_or_notes(cell):
    host, url, tmp_path = cell
    store, link = _officer(url, host.code, host.fingerprint, tmp_path, "vic")
    officer, officer_link = _officer(url, host.code, host.fingerprint, tmp_path, "ana")
    CrisisStore(officer).accountability.set_status([1], AccountabilityStatus.NEEDS_HELP, StatusSource.PHONE,
                                                   "diabético, sin insulina")
    officer.db.execute("UPDATE nationals SET notes = 'nota nueva', vulnerabilities = 7 WHERE id = 2")
    officer_link.exchange()
    link.exchange()
    rows = store.db.execute("SELECT vulnerabilities, migration_status, notes FROM nationals").fetchall()
    assert rows and set(rows) == {(0, "", "")}
    assert store.db.execute("SELECT count(*) FROM status_events WHERE note != ''").fetchone()[0] == 0
    log = " ".join(r[0] for r in store.db.execute("SELECT fields FROM sync_log"))
    for word in ("vulnerabilities", "migration_status", "notes", "Irregular", "insulina", "secreto"):
        assert word not in log
    audit = " ".join(str(r) for r in store.db.execute("SELECT before, after, detail FROM audit_log"))
    for word in ("Irregular", "insulina", "secreto", "nota nueva"):
        assert word not in audit
    assert store.db.execute("SELECT status FROM nationals WHERE id = 1").fetchone()[0] == "needs_help"


def test_the_host_refuses_a_change_the_viewers_role_may_not_make_and_takes_nothing(cell):
    host, url, tmp_path = cell
    store, link = _officer(url, host.code, host.fingerprint, tmp_path, "vic")
    store.db.execute("UPDATE nationals SET phone = '+50255559999' WHERE id = 1")
    with pytest.raises(CellError, match="role may not"):
        link.exchange()
    with host.lock:
        assert host.store.db.execute("SELECT phone FROM nationals WHERE id = 1").fetchone()[0] != "+50255559999"
        refused = host.store.db.execute("SELECT detail FROM audit_log WHERE action = 'cell_refused'").fetchall()
    assert json.loads(refused[0][0])["user"] == "vic"


def test_every_change_an_officer_sends_is_in_the_hosts_audit_log_under_their_name(cell):
    host, url, tmp_path = cell
    store, link = _officer(url, host.code, host.fingerprint, tmp_path, "ana")
    store.db.execute("UPDATE nationals SET phone = '+50255551111' WHERE id = 3")
    link.exchange()
    with host.lock:
        who = host.store.db.execute("SELECT user FROM audit_log WHERE table_name = 'nationals' AND action = 'update' "
                                    "AND after LIKE '%+50255551111%'").fetchall()
        tagged = host.store.db.execute("SELECT by_user FROM sync_log WHERE fields LIKE '%+50255551111%'").fetchall()
    assert who == [("ana",)] and tagged == [("ana",)]


def test_a_wrong_join_code_or_password_is_refused_and_counted_by_the_sign_in_throttle(cell):
    host, url, tmp_path = cell
    with pytest.raises(CellError, match="join code"):
        join(url, "AAAAAAAA", "ana", PASSWORDS["ana"][0], tmp_path / "a.db", "x" * 20, host.fingerprint)
    for _ in range(3):  # the post's free slips, then the wait
        with pytest.raises(CellError, match="wrong"):
            join(url, host.code, "ana", "not her password", tmp_path / "a.db", "x" * 20, host.fingerprint)
    with pytest.raises(CellError, match="Too many"):
        join(url, host.code, "ana", PASSWORDS["ana"][0], tmp_path / "a.db", "x" * 20, host.fingerprint)
    assert not (tmp_path / "a.db").exists()


def test_a_laptop_refuses_a_host_whose_certificate_is_not_the_pinned_one(cell):
    host, url, tmp_path = cell
    with pytest.raises(CellError, match="pinned"):
        join(url, host.code, "ana", PASSWORDS["ana"][0], tmp_path / "a.db", "x" * 20, "00:11:22")


def test_a_laptop_whose_account_was_closed_at_the_post_stops_exchanging(cell):
    host, url, tmp_path = cell
    store, link = _officer(url, host.code, host.fingerprint, tmp_path, "ben")
    with host.lock:
        host.store.set_user_active("ben", False)
    with pytest.raises(CellError, match="closed"):
        link.exchange()


def test_the_phase_and_the_crisis_have_one_authority_the_host_and_every_copy_follows_it(cell):
    from micic_planner.core.enums import AlertPhase, Hazard
    from micic_planner.core.errors import CrisisError

    host, url, tmp_path = cell
    store, link = _officer(url, host.code, host.fingerprint, tmp_path, "ana")
    with pytest.raises(CrisisError, match="host"):
        CrisisStore(store).set_level(AlertPhase.MANDATORY_EVACUATION)
    with pytest.raises(CrisisError, match="host"):
        CrisisStore(store).close()
    with host.lock:
        CrisisStore(host.store).set_level(AlertPhase.VOLUNTARY_DEPARTURE, "puente caído")
    assert link.exchange()["applied"]  # the level travels as a change of the host's crisis (m035)
    assert CrisisStore(store).current().phase == AlertPhase.VOLUNTARY_DEPARTURE
    with host.lock:
        CrisisStore(host.store).close("fin")
        CrisisStore(host.store).open("Sismo", Hazard.EARTHQUAKE)
    link.exchange()
    assert CrisisStore(store).current().title == "Sismo"
    assert [c.title for c in CrisisStore(store).list() if c.is_open] == ["Sismo"]


def _issue_documents(store, lock, n, seed):
    """`n` safe-conduct numbers asked and issued, as the documents officer does: through the host, or from
    the laptop's own range when the host cannot be reached."""
    from datetime import date

    from micic_planner.core.crisis import DocumentIssued, DocumentKind

    rng = random.Random(seed)
    crises = CrisisStore(store)
    with lock:  # the link's thread uses the same connection
        ids = [r[0] for r in store.db.execute("SELECT id FROM nationals ORDER BY id")]
    for _ in range(n):
        with lock:
            number = crises.aid.next_number(DocumentKind.SAFE_CONDUCT)
            crises.aid.issue(DocumentIssued(crises.current_id(), rng.choice(ids), DocumentKind.SAFE_CONDUCT,
                                            number, date.today()))
        time.sleep(rng.uniform(0.0, 0.05))


def _crisis_picture(store):
    documents = store.db.execute("SELECT uuid, number FROM documents_issued ORDER BY uuid").fetchall()
    seats = store.db.execute("SELECT e.uuid, m.uuid, n.uuid FROM manifest_entries e JOIN movements m "
                             "ON m.id = e.movement_id JOIN nationals n ON n.id = e.national_id "
                             "ORDER BY e.uuid").fetchall()
    return documents, seats


def test_statuses_a_manifest_and_documents_made_while_one_officer_was_cut_off_converge_without_collisions(cell):
    """Issue 19's proof: concurrent status updates, a manifest and documents; Ben cut off for a while keeps
    numbering from his range and seating provisionally; at the end every copy is the host's, nothing is
    lost, no document number is given twice, the over-booking is flagged, and the viewer holds nothing
    restricted."""
    from micic_planner.cell.authority import attach
    from micic_planner.core.crisis import Movement

    host, url, tmp_path = cell
    with host.lock:
        crises = CrisisStore(host.store)
        bus = Movement(crises.current_id(), "Autobús a Tecún Umán", seats=6)
        crises.movements.save(bus)
    laptops = {u: _officer(url, host.code, host.fingerprint, tmp_path, u) for u in ("ana", "ben", "vic")}
    (ana, ana_link), (ben, ben_link) = laptops["ana"], laptops["ben"]
    for store in (ana, ben):
        attach(store)
    for _store, link in laptops.values():
        link.start(interval=0.2)
    workers = [threading.Thread(target=_save_statuses, args=(ana, ana_link.lock, 15, 1)),
               threading.Thread(target=_issue_documents, args=(ana, ana_link.lock, 5, 2)),
               threading.Thread(target=_save_statuses, args=(ben, ben_link.lock, 15, 3)),
               threading.Thread(target=_issue_documents, args=(ben, ben_link.lock, 3, 4)),
               threading.Thread(target=_save_statuses, args=(host.store, host.lock, 10, 5))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    def count_movements(store, lock):
        with lock:
            return store.db.execute("SELECT count(*) FROM movements").fetchone()[0]

    assert _wait_until(lambda: count_movements(ben, ben_link.lock) == 1)
    bus_id = {}
    for store, link in ((ana, ana_link), (ben, ben_link)):
        with link.lock:
            bus_id[store] = store.db.execute("SELECT id FROM movements WHERE uuid = ?", [bus.uuid]).fetchone()[0]
    ben_link.url = ben.cell_authority.url = "https://127.0.0.1:9"  # Ben's laptop loses the LAN
    ben_link._drop()
    with ana_link.lock:
        CrisisStore(ana).movements.add(bus_id[ana], [1, 2, 3, 4])  # through the host: 4 of 6 seats
    with ben_link.lock:
        CrisisStore(ben).movements.add(bus_id[ben], [5, 6, 7, 8])  # provisional: the host cannot be asked
    _issue_documents(ben, ben_link.lock, 4, 6)  # from the range Ben was handed at join
    _save_statuses(ben, ben_link.lock, 5, 7)
    assert _wait_until(lambda: not ben_link.online, 5)
    ben_link.url = ben.cell_authority.url = url  # the link comes back

    def converged():
        with host.lock:
            want = (_picture(host.store), _crisis_picture(host.store))
        for store, link in (laptops["ana"], laptops["ben"]):
            with link.lock:
                if (_picture(store), _crisis_picture(store)) != want:
                    return False
        return True

    assert _wait_until(converged, 30)
    with host.lock:
        documents, seats = _crisis_picture(host.store)
        numbers = [n for _uuid, n in documents]
        flag = host.store.db.execute("SELECT kind FROM sync_flags WHERE tbl = 'movements' AND uuid = ?",
                                     [bus.uuid]).fetchone()
        events = host.store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
        logged = host.store.db.execute("SELECT count(*) FROM sync_log WHERE tbl = 'status_events'").fetchone()[0]
    assert len(documents) == 5 + 3 + 4 and len(set(numbers)) == len(numbers)  # none lost, none twice
    assert len(seats) == 8 and flag == ("overbooked",)  # nobody dropped; the over-booking is for a person
    assert events == logged  # every status event made anywhere is at the host, none twice
    vic, vic_link = laptops["vic"]

    def viewer_caught_up():
        with vic_link.lock, host.lock:
            return _picture(vic, False) == _picture(host.store, False)

    assert _wait_until(viewer_caught_up)
    with vic_link.lock:
        assert set(vic.db.execute("SELECT vulnerabilities, migration_status, notes FROM nationals")) == {(0, "", "")}
        assert vic.db.execute("SELECT count(*) FROM documents_issued").fetchone()[0] == 0
    for _store, link in laptops.values():
        link.stop()
