"""A warden's call list is ordered in SQL, the same way the seat allocation orders households."""

import random

import pytest

from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus, Hazard, Vulnerability
from micic_planner.core.errors import Cancelled
from micic_planner.core.manifest_allocation import Candidate, priority_groups
from micic_planner.core.models import National, Warden, Zone
from micic_planner.storage.crisis_store import CrisisStore


@pytest.fixture
def crises(store):
    zone = Zone("Costa")
    store.records.add(zone)
    store.records.add(Warden("Rosa", zone.id))
    rnd = random.Random(7)
    flags = [0, 0, 0, 1, 4, 8, 16, 64, 128, 256, 4 | 256]
    for i in range(300):
        store.nationals.add(National(
            f"{rnd.choice(['Ana', 'José', 'Ángel', 'Zoë'])} {i % 7}",
            rnd.choice(["López", "Núñez", "Álvarez", "Pérez"]),
            zone_id=zone.id, household=f"H{rnd.randrange(60)}" if rnd.random() < 0.6 else "",
            vulnerabilities=Vulnerability(rnd.choice(flags))))
    return CrisisStore(store)


def test_the_sql_call_order_is_the_household_priority_order(crises):
    acc = crises.accountability
    warden = acc.wardens()[0][0]
    rows = crises.db.execute("SELECT id, household, vulnerabilities, family_names, given_names FROM nationals")
    expected = [c.id for group in priority_groups(Candidate(i, h, v, f"{f} {g}") for i, h, v, f, g in rows)
                for c in group]
    assert acc.call_order(warden) == expected
    assert [r["id"] for r in acc.call_list(warden)] == expected
    assert [r["id"] for r in acc.call_rows(expected[40:50])] == expected[40:50]


def test_a_cancelled_status_update_changes_nothing(crises):
    crises.open("Huracán", Hazard.HURRICANE)
    before = crises.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
    ids = [r[0] for r in crises.db.execute("SELECT id FROM nationals")]
    with pytest.raises(Cancelled):
        crises.accountability.set_status(ids, AccountabilityStatus.SAFE, StatusSource.PHONE, cancelled=lambda: True)
    assert crises.db.execute("SELECT count(*) FROM nationals WHERE status = 'safe'").fetchone()[0] == 0
    assert crises.db.execute("SELECT count(*) FROM status_events").fetchone()[0] == before


def test_the_head_of_the_call_order_is_its_exact_start(crises):
    acc = crises.accountability
    warden = acc.wardens()[0][0]
    full = acc.call_order(warden)
    flagged = len(acc.call_order_head(warden, len(full) + 1))  # every household with someone flagged
    assert 150 < flagged < len(full)
    for at_least in (1, 20, 150):
        head = acc.call_order_head(warden, at_least)
        assert len(head) >= at_least and head == full[:len(head)]
    assert len(acc.call_order_head(warden, 1)) < len(acc.call_order_head(warden, 150))
