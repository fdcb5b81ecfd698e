from datetime import date

import pytest

from micic_planner.core.crisis import (
    Assistance,
    AssistanceKind,
    DocumentIssued,
    DocumentKind,
    LogKind,
    Movement,
    StatusSource,
)
from micic_planner.core.enums import AccountabilityStatus, AlertPhase, Hazard, Vulnerability
from micic_planner.core.errors import CrisisError
from micic_planner.storage.after_action_source import load_after_action
from micic_planner.storage.crisis_store import CrisisStore
from tests.crisis_fixture import build_post

SAFE, MISSING = AccountabilityStatus.SAFE, AccountabilityStatus.MISSING


@pytest.fixture
def crises(store):
    store.user_name = "officer1"
    store.post_data = build_post(store)
    return CrisisStore(store)


def ids(crises, sql="SELECT id FROM nationals ORDER BY id", params=()):
    return [r[0] for r in crises.db.execute(sql, params)]


def test_only_one_crisis_is_open_at_a_time_and_a_closed_one_keeps_its_record(crises):
    first = crises.open("Huracán Eta", Hazard.HURRICANE)
    with pytest.raises(CrisisError):
        crises.open("Sismo", Hazard.EARTHQUAKE)
    crises.set_level(AlertPhase.MANDATORY_EVACUATION, "landfall")
    crises.close("over")
    second = crises.open("Sismo", Hazard.EARTHQUAKE)
    assert crises.current().id == second.id
    old = crises.get(first.id)
    assert not old.is_open and old.phase == AlertPhase.MANDATORY_EVACUATION
    assert [k.kind for k in crises.timeline(first.id)] == [LogKind.OPENED, LogKind.LEVEL, LogKind.CLOSED]
    assert [c.id for c in crises.list()] == [second.id, first.id]


def test_the_checklist_is_the_matrix_actions_for_the_hazard_and_a_tick_records_who_and_when(crises):
    crisis = crises.open("Eta", Hazard.HURRICANE)
    items = crises.checklist(crisis.id)
    assert [i.text_en for i in items] == ["Alert the warden network", "Activate the crisis cell",
                                          "Evacuate by the open routes"]
    crises.tick(items[0].id)
    done = crises.checklist(crisis.id, phase=1)[0]
    assert done.done_by == "officer1" and done.done_at
    crises.tick(items[0].id, done=False)
    assert crises.checklist(crisis.id, phase=1)[0].done_at is None
    assert [line.kind for line in crises.timeline(crisis.id)].count(LogKind.ACTION) == 2


def test_a_status_history_is_complete_and_in_order(crises):
    crisis = crises.open("Eta", Hazard.HURRICANE)
    nid = ids(crises)[0]
    acc = crises.accountability
    acc.set_status([nid], MISSING, StatusSource.PHONE, "no answer")
    acc.set_status([nid], SAFE, StatusSource.WARDEN, "seen at the shelter")
    acc.set_status([nid], SAFE, StatusSource.WARDEN)  # no change: no event
    acc.set_status([nid], AccountabilityStatus.EVACUATED, StatusSource.WALK_IN)
    history = acc.history(nid)
    assert [(h["previous"], h["status"]) for h in history] == [
        ("not_contacted", "missing"), ("missing", "safe"), ("safe", "evacuated")]
    assert [h["source"] for h in history] == ["phone", "warden", "walk_in"]
    assert history[1]["note"] == "seen at the shelter" and all(h["by_user"] == "officer1" for h in history)
    assert all(h["crisis_id"] == crisis.id for h in history)
    assert [h["at"] for h in history] == sorted(h["at"] for h in history)


def test_a_bulk_update_with_an_unknown_id_writes_nothing(crises):
    crises.open("Eta", Hazard.HURRICANE)
    before = crises.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
    with pytest.raises(CrisisError):
        crises.accountability.set_status([*ids(crises)[:5], 999_999], SAFE)
    assert crises.db.execute("SELECT count(*) FROM status_events").fetchone()[0] == before
    assert crises.db.execute("SELECT count(*) FROM nationals WHERE status = 'safe'").fetchone()[0] == 0


def test_a_zone_update_touches_only_that_zone_and_only_the_status_asked(crises):
    crises.open("Eta", Hazard.HURRICANE)
    post = crises.store.post_data
    first = ids(crises, "SELECT id FROM nationals WHERE zone_id = ? ORDER BY id", [post["costa"].id])[0]
    crises.accountability.set_status([first], MISSING)
    crises.accountability.set_zone(post["costa"].id, SAFE, only=AccountabilityStatus.NOT_CONTACTED)
    rows = dict(crises.db.execute("SELECT status, count(*) FROM nationals WHERE zone_id = ? GROUP BY status",
                                  [post["costa"].id]).fetchall())
    assert rows == {"safe": 19, "missing": 1}
    assert crises.db.execute("SELECT count(*) FROM nationals WHERE zone_id = ? AND status != 'not_contacted'",
                             [post["sierra"].id]).fetchone()[0] == 0


def test_the_board_counts_equal_sql_counts(crises):
    crises.open("Eta", Hazard.HURRICANE)
    everyone = ids(crises)
    crises.accountability.set_rows([(i, [SAFE, MISSING, AccountabilityStatus.INJURED][i % 3], "") for i in everyone])
    board = crises.accountability.board()
    for zone_id, status, n in crises.db.execute("SELECT zone_id, status, count(*) FROM nationals GROUP BY 1, 2"):
        assert board.by_zone[zone_id][status] == n
    older = Vulnerability.OLDER_PERSON
    for status, n in crises.db.execute("SELECT status, count(*) FROM nationals WHERE vulnerabilities & ? GROUP BY 1",
                                       [int(older)]):
        assert board.by_vulnerability[older][status] == n
    assert board.total == len(everyone)


def test_opening_a_crisis_starts_the_affected_zones_from_not_contacted(crises):
    post = crises.store.post_data
    crises.open("Old", Hazard.FLOOD)
    crises.accountability.set_status(ids(crises), SAFE)
    crises.close()
    crises.open("New", Hazard.HURRICANE, [post["costa"].id])
    counts = dict(crises.db.execute("SELECT zone_id, count(*) FROM nationals WHERE status = 'safe' GROUP BY 1"))
    assert counts == {post["sierra"].id: 10}


def test_autofill_keeps_households_together_puts_vulnerable_first_and_never_exceeds_seats(crises):
    crisis = crises.open("Eta", Hazard.HURRICANE)
    point = crises.store.post_data["point"]
    bus1, bus2 = Movement(crisis.id, "Bus 1", seats=8, origin_id=point.id), Movement(crisis.id, "Bus 2", seats=8,
                                                                                       origin_id=point.id)
    crises.movements.save(bus1)
    crises.movements.save(bus2)
    crises.movements.autofill(bus1.id)
    crises.movements.autofill(bus2.id)
    seated = {}
    for bus in (bus1, bus2):
        passengers = crises.movements.passengers(bus.id)
        assert len(passengers) <= 8
        for p in passengers:
            seated[p["id"]] = (bus.id, p["household"])
        assert passengers[0]["vulnerabilities"] & Vulnerability.OLDER_PERSON
    households = {}
    for bus_id, household in seated.values():
        households.setdefault(household, set()).add(bus_id)
    assert all(len(buses) == 1 for buses in households.values())
    with pytest.raises(CrisisError):
        crises.movements.add(bus1.id, [ids(crises)[-1]])  # the bus is full


def test_adding_a_person_by_hand_brings_their_household(crises):
    crisis = crises.open("Eta", Hazard.HURRICANE)
    bus = Movement(crisis.id, "Bus 1", seats=10, origin_id=crises.store.post_data["point"].id)
    crises.movements.save(bus)
    first = ids(crises)[0]
    crises.movements.add(bus.id, [first])
    listed = [p["household"] for p in crises.movements.passengers(bus.id)]
    assert listed == ["H0", "H0", "H0"]


def test_boarding_and_arrival_update_accountability(crises):
    crisis = crises.open("Eta", Hazard.HURRICANE)
    flight = Movement(crisis.id, "Vuelo 1", seats=6, origin_id=crises.store.post_data["point"].id, repatriation=True)
    crises.movements.save(flight)
    crises.movements.autofill(flight.id)
    people = [p["id"] for p in crises.movements.passengers(flight.id)]
    crises.movements.mark(flight.id, people[:2])
    statuses = dict(crises.db.execute("SELECT id, status FROM nationals WHERE id IN (?, ?, ?)", people[:3]))
    assert statuses == {people[0]: "evacuated", people[1]: "evacuated", people[2]: "not_contacted"}
    crises.movements.mark(flight.id, people[:1], arrived=True)
    assert crises.store.nationals.get(people[0]).status == AccountabilityStatus.REPATRIATED
    history = crises.accountability.history(people[0])
    assert [h["status"] for h in history] == ["evacuated", "repatriated"]
    assert {h["source"] for h in history} == {"manifest"}
    with pytest.raises(CrisisError):
        crises.movements.mark(flight.id, [ids(crises)[-1]])  # not on this manifest


def test_documents_have_unique_numbers_and_aid_is_logged(crises):
    crisis = crises.open("Eta", Hazard.HURRICANE)
    nid = ids(crises)[0]
    number = crises.aid.next_number(DocumentKind.SAFE_CONDUCT, date(2024, 11, 5))
    tag = crises.db.execute("SELECT upper(substr(site, 1, 6)) FROM sync_state").fetchone()[0]
    assert number == f"SC-2024-{tag}-00001"  # the number carries the site that issued it
    crises.aid.issue(DocumentIssued(crisis.id, nid, DocumentKind.SAFE_CONDUCT, number, date(2024, 11, 5)))
    assert crises.aid.next_number(DocumentKind.SAFE_CONDUCT, date(2024, 11, 6)) == f"SC-2024-{tag}-00002"
    with pytest.raises(CrisisError):
        crises.aid.issue(DocumentIssued(crisis.id, nid, DocumentKind.LAISSEZ_PASSER, number, date(2024, 11, 5)))
    crises.aid.give(Assistance(crisis.id, nid, AssistanceKind.SHELTER, date(2024, 11, 5),
                               crises.store.post_data["partner"].id))
    (doc, name), = crises.aid.documents(crisis.id)
    (aid, _name), = crises.aid.assistance(crisis.id)
    assert doc.by_user == "officer1" and name.startswith("López Ávila") and aid.kind == AssistanceKind.SHELTER
    texts = [line.text() for line in crises.timeline(crisis.id)]
    assert "Shelter given to López Ávila, José 0 with Cruz Roja Hondureña" in texts


def test_a_report_figures_match_the_timeline(crises):
    crisis = crises.open("Eta", Hazard.HURRICANE, started_at="2024-11-05T00:00:00.000Z")
    everyone = ids(crises)
    acc = crises.accountability
    acc.set_rows([(i, SAFE, "") for i in everyone[:15]], at="2024-11-05T02:00:00.000Z")
    crises.set_level(AlertPhase.MANDATORY_EVACUATION)
    acc.set_rows([(i, SAFE, "") for i in everyone[15:27]], at="2099-01-01T00:00:00.000Z")
    review = load_after_action(crises, crisis.id)
    assert review.population == 30 and review.accounted == 27
    timeline = crises.timeline(crisis.id)
    status_people = sum(line.count for line in timeline if line.kind == LogKind.STATUS)
    assert review.totals[LogKind.STATUS] == status_people == 27
    assert sum(p.people[LogKind.STATUS] for p in review.phases) == status_people
    assert [p.phase for p in review.phases] == [1, 4]
    assert review.time_to[0.5].total_seconds() == 2 * 3600
    assert review.time_to[1.0] is None
    assert any(g.code == "unaccounted" and g.params == (3, 30) for g in review.gaps)


def test_the_board_stays_equal_to_sql_after_a_bulk_load_zone_moves_and_deletions(crises):
    from micic_planner.storage.nationals import fast_uuid

    post = crises.store.post_data
    rows = ((fast_uuid(), f"N{i}", "Gómez", post["sierra"].id, 4 if i % 2 else 0) for i in range(12_000))
    crises.store.nationals.bulk_insert(["uuid", "given_names", "family_names", "zone_id", "vulnerabilities"], rows,
                                       expected=12_000)  # large enough to drop and restore the triggers
    crises.open("Eta", Hazard.HURRICANE)
    crises.db.execute("UPDATE nationals SET zone_id = ? WHERE id % 7 = 0", [post["costa"].id])
    crises.db.execute("UPDATE nationals SET zone_id = NULL WHERE id % 11 = 0")
    crises.db.execute("DELETE FROM nationals WHERE id % 13 = 0")
    crises.accountability.set_status(ids(crises)[::3], MISSING)
    board = crises.accountability.board()
    expected = {}
    for zone_id, status, n in crises.db.execute("SELECT zone_id, status, count(*) FROM nationals GROUP BY 1, 2"):
        expected.setdefault(zone_id, {})[status] = n
    assert {z: dict(c) for z, c in board.by_zone.items()} == expected


def test_a_fill_never_seats_a_missing_or_deceased_person_and_says_who_was_left_out(crises):
    crisis = crises.open("Eta", Hazard.HURRICANE)
    bus = Movement(crisis.id, "Bus 1", seats=60, origin_id=crises.store.post_data["point"].id)
    crises.movements.save(bus)
    everyone = ids(crises)
    crises.accountability.set_rows([(everyone[0], MISSING, ""), (everyone[1], AccountabilityStatus.DECEASED, "")])
    plan = crises.movements.autofill(bus.id)
    seated = {p["id"] for p in crises.movements.passengers(bus.id)}
    assert seated and everyone[0] not in seated and everyone[1] not in seated
    assert sorted(c.id for c in plan.held) == sorted(everyone[:2])
