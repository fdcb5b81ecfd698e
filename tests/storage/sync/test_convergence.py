"""The proof of issue 18: headquarters and three posts merge without loss, whatever the order of the bundles.

Hypothesis draws clocks up to an hour apart, registrations (some of the same person at two posts),
edits of ordinary and protected fields, deletes and status events made offline, and bundles delivered
at once, twice, late or never; then everyone exchanges until quiet. Every replica must hold the same
data, every change made anywhere must be in every log, every field must equal the rule computed from
the test's own record of the edits, and every concurrent protected edit must be in review. The same
test, run against deliberately broken merges, must find a counterexample.
"""

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from micic_planner.storage.sync import apply as apply_module
from tests.storage.sync.replicas import FIELDS, PROTECTED, SHARED, START_MS, History, Site

STATUSES = ("safe", "needs_help", "missing", "evacuated")
HOUR_MS = 3_600_000
STEP_MS = 1_000  # the test's time between two steps; each site's clock is off by up to an hour either way

step = st.one_of(
    st.tuples(st.just("register"), st.integers(0, 3), st.one_of(st.none(), st.integers(0, 3))),
    # Few records, so that sites often edit the same one while apart.
    st.tuples(st.just("edit"), st.integers(0, 3), st.integers(0, 3), st.sampled_from(FIELDS), st.integers(0, 9)),
    st.tuples(st.just("edit"), st.integers(0, 3), st.integers(0, 3), st.sampled_from(FIELDS), st.integers(0, 9)),
    st.tuples(st.just("delete"), st.integers(0, 3), st.integers(0, 3)),
    st.tuples(st.just("status"), st.integers(0, 3), st.integers(0, 3), st.sampled_from(STATUSES)),
    st.tuples(st.just("send"), st.integers(1, 3), st.booleans(), st.sampled_from(("now", "twice", "late", "lost"))),
    st.tuples(st.just("late"), st.integers(0, 30)),
)
scenario = st.tuples(st.lists(st.integers(-HOUR_MS, HOUR_MS), min_size=4, max_size=4),
                     st.lists(step, min_size=10, max_size=50), st.randoms(use_true_random=False))


def run(offsets, steps, rnd) -> None:
    sites = [Site("hq", offsets[0], "site0")] + [Site("post", o, f"site{i}") for i, o in enumerate(offsets[1:], 1)]
    roles = {s.id: s.role for s in sites}
    history, people, queue, registered = History(), [], [], []

    def edit(site, kind, uuid, values, *statements):
        before, knew = site.last_change(), site.knows()
        for sql, params in statements:
            site.db.execute(sql, params)
        if site.last_change() != before:
            history.add(site, kind, uuid, values, knew)

    for n, s in enumerate(steps):
        for each in sites:
            each.clock(START_MS + n * STEP_MS)
        site = sites[s[1] % 4]
        if s[0] == "register":
            uuid = f"{n:032x}"  # the step's number: the same records, in the same order, every run
            same = people[s[2] % len(people)] if s[2] is not None and people else None
            given, family, passport = same if same else (f"G{len(people)}", f"F{len(people)}", f"P{len(people)}")
            values = {"phone": "", "notes": "", "family_names": family, "vulnerabilities": 0}
            edit(site, "register", uuid, values, (
                "INSERT INTO nationals (uuid, given_names, family_names, passport_no) VALUES (?, ?, ?, ?)",
                [uuid, given, family, passport]))
            people.append((given, family, passport))
            registered.append((uuid, site.id, passport))
        elif s[0] in ("edit", "delete", "status"):
            records = sorted(u for u in history.records() if site.alive(u))
            if not records:
                continue
            uuid = records[s[2] % len(records)]
            own = site.role == "hq" or site.owner(uuid) == site.id
            if s[0] == "edit" and (own or s[3] in SHARED):
                value = s[4] if s[3] == "vulnerabilities" else f"{s[3][0]}{s[4]}"
                edit(site, "edit", uuid, {s[3]: value},
                     (f"UPDATE nationals SET {s[3]} = ? WHERE uuid = ?", [value, uuid]))
            elif s[0] == "delete" and own:
                edit(site, "delete", uuid, {}, ("DELETE FROM nationals WHERE uuid = ?", [uuid]))
            elif s[0] == "status":
                edit(site, "status", uuid, {"status": s[3]},
                     ("INSERT INTO status_events (national_id, status, uuid) SELECT id, ?, ? FROM nationals "
                      "WHERE uuid = ?", [s[3], f"e{n:031x}", uuid]),
                     ("UPDATE nationals SET status = ? WHERE uuid = ?", [s[3], uuid]))
        elif s[0] == "send":
            post = sites[s[1] % 4 or 1]
            sender, receiver = (post, sites[0]) if s[2] else (sites[0], post)
            text = sender.bundle_for(receiver)
            if s[3] in ("now", "twice"):
                receiver.receive(text, roles)
            if s[3] == "twice":
                receiver.receive(text, roles)
            if s[3] == "late":
                queue.append((receiver, text))
        elif s[0] == "late" and queue:
            receiver, text = queue.pop(s[1] % len(queue))
            receiver.receive(text, roles)
    rnd.shuffle(queue)
    for receiver, text in queue:
        receiver.receive(text, roles)
    for _round in range(3):  # posts up, headquarters down, then once more for what the first round raised
        for post in sites[1:]:
            sites[0].receive(post.bundle_for(sites[0]), roles)
        for post in sites[1:]:
            post.receive(sites[0].bundle_for(post), roles)

    snapshots = [s.snapshot() for s in sites]
    for other in snapshots[1:]:
        assert other == snapshots[0], "the replicas differ"
    logs = [s.knows() for s in sites]
    made = {c.key for c in history.changes}
    for log in logs:
        assert log == logs[0] and made <= log, "a change is missing from a log"
    for uuid in history.records():
        expected = history.expected_row(uuid)
        for s in sites:
            assert s.row(uuid) == expected, f"{uuid} breaks the merge rule"
    assert snapshots[0]["review"] == history.expected_review(), "the review queue is not the concurrent edits"
    gone = {c.uuid for c in history.changes if c.kind == "delete"}
    linked = {frozenset(link[1:3]) for link in snapshots[0]["links"]}
    for a, site_a, passport_a in registered:
        for b, site_b, passport_b in registered:
            if passport_a == passport_b and site_a != site_b and not {a, b} & gone:
                assert frozenset((a, b)) in linked, "the same person at two posts was not linked"

def convergence(examples: int, shrink: bool = True):
    phases = [Phase.explicit, Phase.generate] + ([Phase.shrink] if shrink else [])
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None, phases=phases,
                    suppress_health_check=[HealthCheck.too_slow])(given(scenario)(lambda case: run(*case)))


def test_every_replica_converges_to_the_rule_whatever_the_order_of_bundles():
    convergence(int(__import__("os").environ.get("SYNC_EXAMPLES", "25")))()


def _wrong_clock(monkeypatch):
    monkeypatch.setattr(apply_module.versions, "later", lambda a, b: (a[1], a[0]) > (b[1], b[0]))


def _lost_delete(monkeypatch):
    original = apply_module.Applier._process
    monkeypatch.setattr(apply_module.Applier, "_process", lambda self, c: None if c[4] == "d" else original(self, c))


def _event_twice(monkeypatch):
    original = apply_module.Applier._record
    monkeypatch.setattr(apply_module.Applier, "_known_among", lambda self, changes: set())
    monkeypatch.setattr(apply_module.Applier, "_record", lambda self, tbl, uuid:
                        None if tbl == "status_events" else original(self, tbl, uuid))


@pytest.mark.parametrize("broken", [_wrong_clock, _lost_delete, _event_twice],
                         ids=["clock compared site first", "delete lost", "event applied twice"])
def test_the_proof_finds_a_counterexample_to_a_broken_merge(broken, monkeypatch):
    broken(monkeypatch)
    # The replicas' clocks, site ids and uuids are the test's own, so the examples are the same every run:
    # the first counterexamples are examples 20 (clock), 4 (delete) and 35 (event twice) of the 60 allowed.
    with pytest.raises(Exception):  # noqa: B017 - an assertion or the database refusing a duplicate
        convergence(60, shrink=False)()


def test_protected_fields_are_the_identity_and_protection_fields():
    from micic_planner.core.sync.registry import table

    assert PROTECTED <= table("nationals").protected and SHARED <= table("nationals").shared
