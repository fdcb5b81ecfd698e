"""One authority where the data needs one (issue 18 item 2): crises, document numbers and seats across bundles."""

from datetime import date

import pytest

from micic_planner.core.crisis import DocumentIssued, DocumentKind, Movement
from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.core.errors import SyncError
from micic_planner.core.models import National
from micic_planner.storage.crisis_store import CrisisStore
from tests.storage.sync.replicas import Site


@pytest.fixture
def sites():
    hq, a, b = Site("hq", 0, "sitehq"), Site("post", 0, "sitea"), Site("post", 0, "siteb")
    roles = {hq.id: "hq", a.id: "post", b.id: "post"}
    return hq, a, b, roles


def _people(site, n, name="Persona"):
    people = [National(f"{name}{i}", "Pérez") for i in range(n)]
    for person in people:
        site.store.nationals.add(person)
    return [_one(site, "SELECT id FROM nationals WHERE uuid = ?", p.uuid)[0] for p in people]


def _one(site, sql, *params):
    return site.db.execute(sql, params).fetchone()


def test_a_crisis_opened_raised_and_closed_at_a_post_crosses_a_bundle_to_headquarters(sites):
    hq, a, _b, roles = sites
    crises = CrisisStore(a.store)
    crisis = crises.open("Eta", Hazard.HURRICANE)
    hq.receive(a.bundle_for(hq), roles)
    assert _one(hq, "SELECT title, phase, owner FROM crises WHERE uuid = ?", crisis.uuid) == ("Eta", 1, a.id)
    crises.set_level(AlertPhase.MANDATORY_EVACUATION, "río desbordado")
    hq.receive(a.bundle_for(hq), roles)
    assert _one(hq, "SELECT phase, closed_at FROM crises WHERE uuid = ?", crisis.uuid) == (4, None)
    assert _one(hq, "SELECT count(*) FROM crisis_phases p JOIN crises c ON c.id = p.crisis_id "
                    "WHERE c.uuid = ? AND p.reason = 'río desbordado'", crisis.uuid) == (1,)
    crises.close("fin")
    hq.receive(a.bundle_for(hq), roles)
    assert _one(hq, "SELECT closed_at IS NOT NULL, notes FROM crises WHERE uuid = ?", crisis.uuid) == (1, "fin")
    # Another post's crisis is never headquarters' own current crisis.
    assert CrisisStore(hq.store).current() is None


def test_two_posts_may_each_have_their_crisis_open_at_headquarters(sites):
    hq, a, b, roles = sites
    CrisisStore(a.store).open("Eta", Hazard.HURRICANE)
    CrisisStore(b.store).open("Sismo", Hazard.EARTHQUAKE)
    hq.receive(a.bundle_for(hq), roles)
    hq.receive(b.bundle_for(hq), roles)
    assert _one(hq, "SELECT count(*) FROM crises WHERE closed_at IS NULL") == (2,)
    b.receive(hq.bundle_for(b), roles)  # B learns of A's crisis; its own stays its current one
    assert CrisisStore(b.store).current().title == "Sismo"


def test_a_phase_change_or_closing_by_a_post_that_did_not_open_the_crisis_is_refused_with_a_clear_message(sites):
    hq, a, b, roles = sites
    crisis = CrisisStore(a.store).open("Eta", Hazard.HURRICANE)
    hq.receive(a.bundle_for(hq), roles)
    b.receive(hq.bundle_for(b), roles)
    b.db.execute("UPDATE crises SET phase = 4 WHERE uuid = ?", [crisis.uuid])
    with pytest.raises(SyncError, match="Eta.*only the site that opened a crisis") as caught:
        hq.receive(b.bundle_for(hq), roles)
    assert "Nothing was imported" in caught.value.message
    assert _one(hq, "SELECT phase FROM crises WHERE uuid = ?", crisis.uuid) == (1,)


def test_a_level_line_for_another_posts_crisis_is_refused_but_headquarters_may_raise_it(sites):
    hq, a, b, roles = sites
    crisis = CrisisStore(a.store).open("Eta", Hazard.HURRICANE)
    hq.receive(a.bundle_for(hq), roles)
    b.receive(hq.bundle_for(b), roles)
    crisis_id = _one(b, "SELECT id FROM crises WHERE uuid = ?", crisis.uuid)[0]
    b.db.execute("INSERT INTO crisis_phases (crisis_id, phase, previous) VALUES (?, 3, 1)", [crisis_id])
    with pytest.raises(SyncError, match="only the site that opened"):
        hq.receive(b.bundle_for(hq), roles)
    # Headquarters decides for the whole country: its raise reaches the post that owns the crisis.
    hq.db.execute("UPDATE crises SET phase = 3 WHERE uuid = ?", [crisis.uuid])
    a.receive(hq.bundle_for(a), roles)
    assert CrisisStore(a.store).current().phase == AlertPhase.VOLUNTARY_DEPARTURE


def test_document_numbers_issued_at_two_posts_never_collide(sites):
    hq, a, b, roles = sites
    numbers = []
    for site in (a, b):
        crises = CrisisStore(site.store)
        crisis = crises.open("Eta", Hazard.HURRICANE)
        nid = _people(site, 1)[0]
        number = crises.aid.next_number(DocumentKind.SAFE_CONDUCT, date(2026, 3, 1))
        crises.aid.issue(DocumentIssued(crisis.id, nid, DocumentKind.SAFE_CONDUCT, number, date(2026, 3, 1)))
        numbers.append(number)
    assert numbers[0] != numbers[1]  # each carries its site: "SC-2026-<site>-00001"
    assert all(n.endswith("-00001") for n in numbers)
    hq.receive(a.bundle_for(hq), roles)
    hq.receive(b.bundle_for(hq), roles)
    assert sorted(r[0] for r in hq.db.execute("SELECT number FROM documents_issued")) == sorted(numbers)
    assert _one(hq, "SELECT count(*) FROM sync_flags") == (0,)


def test_the_same_number_typed_at_two_posts_keeps_both_documents_renumbers_one_alike_everywhere_and_flags_it(sites):
    hq, a, b, roles = sites
    for site in (a, b):
        crises = CrisisStore(site.store)
        crisis = crises.open("Eta", Hazard.HURRICANE)
        nid = _people(site, 1)[0]
        crises.aid.issue(DocumentIssued(crisis.id, nid, DocumentKind.SAFE_CONDUCT, "SC-2024-00001", date(2024, 1, 2)))
    hq.receive(a.bundle_for(hq), roles)
    hq.receive(b.bundle_for(hq), roles)
    a.receive(hq.bundle_for(a), roles)
    b.receive(hq.bundle_for(b), roles)
    pictures = [set(s.db.execute("SELECT uuid, number FROM documents_issued")) for s in (hq, a, b)]
    assert len(pictures[0]) == 2 and pictures[0] == pictures[1] == pictures[2]
    numbers = sorted(n for _u, n in pictures[0])
    assert numbers[0] == "SC-2024-00001" and numbers[1].startswith("SC-2024-00001/")
    for s in (hq, a, b):
        assert _one(s, "SELECT kind FROM sync_flags WHERE tbl = 'documents_issued'") == ("document_number",)


def test_an_over_booking_made_by_a_merge_is_flagged_and_nobody_is_dropped(sites):
    hq, a, _b, roles = sites
    crises = CrisisStore(a.store)
    crisis = crises.open("Eta", Hazard.HURRICANE)
    people = _people(a, 3)
    bus = Movement(crisis.id, "Bus 1", seats=2)
    crises.movements.save(bus)
    hq.receive(a.bundle_for(hq), roles)
    # Headquarters seats one person while the post, not knowing it, fills both seats.
    at_hq = CrisisStore(hq.store).movements
    hq_bus = _one(hq, "SELECT id FROM movements WHERE uuid = ?", bus.uuid)[0]
    third = _one(hq, "SELECT id FROM nationals WHERE uuid = (SELECT uuid FROM nationals ORDER BY id DESC LIMIT 1)")[0]
    at_hq.add(hq_bus, [third])
    crises.movements.add(bus.id, people[:2])
    hq.receive(a.bundle_for(hq), roles)
    a.receive(hq.bundle_for(a), roles)
    for site in (hq, a):
        assert _one(site, "SELECT count(*) FROM manifest_entries e JOIN movements m ON m.id = e.movement_id "
                          "WHERE m.uuid = ?", bus.uuid) == (3,)
        flag = _one(site, "SELECT kind, detail FROM sync_flags WHERE tbl = 'movements' AND uuid = ?", bus.uuid)
        assert flag[0] == "overbooked" and '"seats": 2' in flag[1] and '"listed": 3' in flag[1]


def test_the_flags_of_a_merge_are_listed_in_words_for_the_review(sites):
    from micic_planner.storage.sync.sync_store import SyncStore

    hq, a, b, roles = sites
    for site in (a, b):
        crises = CrisisStore(site.store)
        crisis = crises.open("Eta", Hazard.HURRICANE)
        nid = _people(site, 1)[0]
        crises.aid.issue(DocumentIssued(crisis.id, nid, DocumentKind.SAFE_CONDUCT, "LP-7", date(2024, 1, 2)))
    hq.receive(a.bundle_for(hq), roles)
    hq.receive(b.bundle_for(hq), roles)
    (flag,) = SyncStore(hq.store).flags()
    assert flag["kind"] == "document_number" and "LP-7 was issued at two sites" in flag["text"]
