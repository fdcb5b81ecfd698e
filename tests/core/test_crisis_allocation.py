from hypothesis import given, settings
from hypothesis import strategies as st

from micic_planner.core.enums import Vulnerability, vulnerability_rank
from micic_planner.core.manifest_allocation import Candidate, allocate, allocate_fleet

candidates = st.lists(
    st.tuples(st.sampled_from(["", "A", "B", "C", "D", "E", "F"]), st.sampled_from([0, 1, 4, 16, 256])),
    max_size=60).map(lambda rows: [Candidate(i + 1, h, v, f"N{i:03d}") for i, (h, v) in enumerate(rows)])


@settings(max_examples=150, deadline=None)
@given(candidates, st.lists(st.integers(0, 12), min_size=1, max_size=6))
def test_a_household_is_never_split_across_vehicles(people, fleet):
    plans = allocate_fleet(people, fleet)
    vehicle_of = {}
    for k, plan in enumerate(plans):
        for c in plan.seated:
            assert c.id not in vehicle_of, "nobody has two seats"
            vehicle_of[c.id] = k
    for household in {c.household for c in people if c.household}:
        members = [c for c in people if c.household == household]
        where = {vehicle_of.get(c.id) for c in members}
        assert len(where) == 1, f"household {household} split over {where}"


@settings(max_examples=150, deadline=None)
@given(candidates, st.integers(0, 20))
def test_seats_are_never_exceeded(people, seats):
    plan = allocate(people, seats)
    assert len(plan.seated) <= seats
    seated = {c.id for c in plan.seated}
    waiting = {c.id for g in plan.left + plan.too_big for c in g}
    assert seated.isdisjoint(waiting) and seated | waiting == {c.id for c in people}


@settings(max_examples=150, deadline=None)
@given(candidates, st.integers(1, 20))
def test_no_seat_stays_empty_while_a_household_that_fits_waits(people, seats):
    plan = allocate(people, seats)
    free = seats - len(plan.seated)
    assert all(len(g) > free for g in plan.left)


def test_vulnerable_people_board_first():
    people = [Candidate(1, "", 0, "Ana"), Candidate(2, "", int(Vulnerability.OLDER_PERSON), "Beto"),
              Candidate(3, "", int(Vulnerability.UNACCOMPANIED_CHILD), "Carla"),
              Candidate(4, "", int(Vulnerability.MEDICAL_NEED), "Dora")]
    plan = allocate(people, 3)
    assert [c.id for c in plan.seated] == [3, 4, 2]
    assert [g[0].id for g in plan.left] == [1]


@settings(max_examples=100, deadline=None)
@given(candidates, st.integers(1, 20))
def test_boarding_order_follows_the_most_vulnerable_member_of_each_household(people, seats):
    plan = allocate(people, seats)
    order, seen = [], set()
    for c in plan.seated:
        key = c.household or f"#{c.id}"
        if key not in seen:
            seen.add(key)
            members = [m for m in plan.seated if (m.household or f"#{m.id}") == key]
            order.append(min(vulnerability_rank(m.vulnerabilities) for m in members))
    assert order == sorted(order)


def test_a_vulnerable_household_keeps_its_members_next_to_each_other():
    people = [Candidate(1, "H", 0, "A"), Candidate(2, "", 0, "B"), Candidate(3, "H", int(Vulnerability.PREGNANT), "C")]
    plan = allocate(people, 3)
    assert [c.id for c in plan.seated] == [3, 1, 2]


def test_a_household_larger_than_the_vehicle_is_reported_not_split():
    people = [Candidate(i, "BIG", 0, f"N{i}") for i in range(1, 6)] + [Candidate(9, "", 0, "Z")]
    plan = allocate(people, 4)
    assert [c.id for c in plan.seated] == [9]
    assert len(plan.too_big) == 1 and len(plan.too_big[0]) == 5
