"""Return cases travel between posts and headquarters (issue 18: "who is returning"): a post's case with its
timeline and visits reaches headquarters and its country picture, case numbers never clash, a case goes only
where the person who asked goes, and a viewer's copy receives none of it."""

import json
from datetime import date

import pytest

from micic_planner.core.models import National
from micic_planner.core.returns.case import CaseState, ReturnCase
from micic_planner.core.security import Role
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.sync.changes import payload
from micic_planner.storage.sync.picture_source import country_picture
from tests.storage.sync.replicas import Site

RETURN_TABLES = ("return_cases", "return_members", "return_steps", "reintegration_goals", "referrals", "follow_ups")


@pytest.fixture
def sites():
    hq, a, b = Site("hq", 0, "aaaa00hq"), Site("post", 0, "3f9a0c01"), Site("post", 0, "b7c2d402")
    roles = {hq.id: "hq", a.id: "post", b.id: "post"}
    hq.db.conn.executemany("INSERT INTO sync_sites (site, name, role, public_key) VALUES (?, ?, 'post', x'00')",
                           [(a.id, "Norte"), (b.id, "Sur")])
    return hq, a, b, roles


def _open_case(site, family="Pérez", number=""):
    person = National("Ana", family)
    site.store.nationals.add(person)
    nid = site.db.execute("SELECT id FROM nationals WHERE uuid = ?", [person.uuid]).fetchone()[0]
    case = ReturnCase(date(2026, 3, 1), requested_by="Ana", number=number, assessment="entrevista")
    ReturnStore(site.store).open_case(case, [nid])
    return case


def _tables_in(text: str) -> set[str]:
    return {c[2] for c in json.loads(text)["changes"]}


def test_a_case_opened_at_a_post_with_its_steps_and_a_visit_reaches_headquarters_and_its_picture(sites):
    hq, a, _b, roles = sites
    case = _open_case(a)
    assert case.number == "RET-2026-3F9A0C-00001"  # the number carries the post, as document numbers do
    ReturnStore(a.store).advance(case.id, CaseState.ASSESSED, "visita")
    a.db.execute("INSERT INTO follow_ups (case_id, due_on, notes) VALUES (?, '2026-06-01', 'llamar')", [case.id])
    hq.receive(a.bundle_for(hq), roles)
    row = hq.db.execute("SELECT c.number, c.state, n.family_names FROM return_cases c JOIN nationals n "
                        "ON n.id = c.national_id WHERE c.uuid = ?", [case.uuid]).fetchone()
    assert row == ("RET-2026-3F9A0C-00001", "assessed", "Pérez")
    assert hq.db.execute("SELECT group_concat(s.state || ':' || s.note, ',') FROM (SELECT * FROM return_steps "
                         "ORDER BY id) s").fetchone() == ("requested:Requested by Ana,assessed:visita",)
    assert hq.db.execute("SELECT count(*) FROM return_members").fetchone() == (1,)
    assert hq.db.execute("SELECT due_on, notes FROM follow_ups").fetchall() == [("2026-06-01", "llamar")]
    # A visit done later at the post is an edit: it reaches headquarters too.
    a.db.execute("UPDATE follow_ups SET done_on = '2026-06-02'")
    hq.receive(a.bundle_for(hq), roles)
    assert hq.db.execute("SELECT done_on FROM follow_ups").fetchone() == ("2026-06-02",)
    picture = country_picture(hq.db, date(2026, 3, 2))
    assert picture.returns_synced and picture.returns == {"assessed": 1}
    norte = next(p for p in picture.posts if p.name == "Norte")
    assert norte.returns == {"assessed": 1}


def test_the_same_case_number_made_at_two_posts_ends_as_two_numbers_everywhere_and_is_flagged(sites):
    hq, a, b, roles = sites
    # Numbers given before they carried the site: both posts gave RET-2025-00001.
    cases = [_open_case(a, "Pérez", "RET-2025-00001"), _open_case(b, "López", "RET-2025-00001")]
    hq.receive(a.bundle_for(hq), roles)
    hq.receive(b.bundle_for(hq), roles)
    a.receive(hq.bundle_for(a), roles)
    b.receive(hq.bundle_for(b), roles)
    seen = [dict(s.db.execute("SELECT uuid, number FROM return_cases")) for s in (hq, a, b)]
    assert seen[0] == seen[1] == seen[2] and len(seen[0]) == 2
    numbers = sorted(seen[0].values())
    assert numbers[0] == "RET-2025-00001" and numbers[1].startswith("RET-2025-00001/")
    for s in (hq, a, b):
        assert s.db.execute("SELECT tbl, kind FROM sync_flags").fetchall() == [("return_cases", "case_number")]
    # The old number is still found where it was given.
    assert a.db.execute("SELECT uuid FROM return_cases WHERE number = 'RET-2025-00001'").fetchone()[0] in {
        c.uuid for c in cases}


def test_headquarters_sends_a_case_only_to_the_post_of_the_person_who_asked(sites):
    hq, a, b, roles = sites
    _open_case(a)
    hq.receive(a.bundle_for(hq), roles)
    ReturnStore(hq.store).advance(hq.db.execute("SELECT id FROM return_cases").fetchone()[0], CaseState.ASSESSED)
    to_b, _n = payload(hq.db, {}, peer=b.id)
    assert not _tables_in(to_b) & set(RETURN_TABLES)
    to_a, _n = payload(hq.db, {}, peer=a.id)
    assert {"return_cases", "return_steps"} <= _tables_in(to_a)  # headquarters' own step reaches the post


def test_a_viewers_copy_receives_no_return_record(sites):
    hq, a, _b, roles = sites
    _open_case(a)
    hq.receive(a.bundle_for(hq), roles)
    ReturnStore(hq.store).advance(hq.db.execute("SELECT id FROM return_cases").fetchone()[0], CaseState.ASSESSED)
    text, _n = payload(hq.db, {}, peer=a.id, reader=Role.VIEWER)
    assert not _tables_in(text) & set(RETURN_TABLES)
    assert "RET-" not in text


def test_the_returns_by_post_export_hides_counts_from_one_to_four(sites, tmp_path):
    from micic_planner.interchange.hub_hxl import write_returns_hxl

    hq, a, b, roles = sites
    for i in range(6):
        _open_case(a, f"Norte{i}")
    for i in range(2):
        _open_case(b, f"Sur{i}")
    hq.receive(a.bundle_for(hq), roles)
    hq.receive(b.bundle_for(hq), roles)
    out = tmp_path / "returns.csv"
    assert write_returns_hxl(out, country_picture(hq.db, date(2026, 3, 2)), "en", 5) == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("#org+name,#affected+returning+open")
    # Sur's 2 is hidden, and Norte's 6 with it: the column's total would give Sur's away.
    assert lines[2:] == ["Norte,*,0,0", "Sur,*,0,0"]
    for i in range(6, 12):
        _open_case(a, f"Norte{i}")
    for i in range(2, 12):
        _open_case(b, f"Sur{i}")
    hq.receive(a.bundle_for(hq), roles)
    hq.receive(b.bundle_for(hq), roles)
    write_returns_hxl(out, country_picture(hq.db, date(2026, 3, 2)), "en", 5)
    assert out.read_text(encoding="utf-8").splitlines()[2:] == ["Norte,12,0,0", "Sur,12,0,0"]


def test_a_post_that_held_return_cases_before_they_travelled_logs_them_at_the_upgrade_and_sends_them(tmp_path):
    from micic_planner.storage.connection import connect
    from micic_planner.storage.migrations import migrations
    from micic_planner.storage.store import PostStore

    path = tmp_path / "old.micic"
    db = connect(path, create=True)
    migrations.apply(db, stop_before="m040_return_sync")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'Pérez')")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n2', 'Luis', 'Pérez')")
    db.execute("INSERT INTO return_cases (uuid, number, requested_on) VALUES ('c1', 'RET-2025-00001', '2025-05-01')")
    db.execute("INSERT INTO return_members (case_id, national_id, principal) VALUES (1, 2, 0), (1, 1, 1)")
    db.execute("INSERT INTO return_steps (case_id, state, note) VALUES (1, 'requested', 'en ventanilla')")
    db.close()
    with PostStore.open(path) as store:
        # The case names the person who asked (the principal member), and every row got a uuid and was logged.
        assert store.db.execute("SELECT n.uuid FROM return_cases c JOIN nationals n ON n.id = c.national_id"
                                ).fetchone() == ("n1",)
        for table in ("return_members", "return_steps"):
            assert store.db.execute(f"SELECT count(*) FROM {table} WHERE uuid IS NULL").fetchone() == (0,)
        logged = {r[0] for r in store.db.execute("SELECT tbl FROM sync_log WHERE op = 'i'")}
        assert {"return_cases", "return_members", "return_steps"} <= logged
        text, _n = payload(store.db, {})
    assert {"return_cases", "return_members", "return_steps"} <= _tables_in(text)
    assert "RET-2025-00001" in text  # an older number travels as it was given


def test_a_case_handed_over_to_a_home_office_that_syncs_too_goes_on_there_once_headquarters_hands_the_person_over(
        sites):
    from micic_planner.core.errors import SyncError
    from micic_planner.storage.returns.handover import ReturnHandover
    from tests.storage.sync.replicas import START_MS

    hq, a, office, roles = sites  # "Sur" plays the home office that receives returnees and also syncs
    case = _open_case(a)
    a.db.execute("UPDATE return_cases SET consent_handover = 1")
    hq.receive(a.bundle_for(hq), roles)
    ReturnHandover(office.store).incoming(ReturnHandover(a.store).outgoing([case.id]))
    at_office = office.db.execute("SELECT id FROM return_cases WHERE uuid = ?", [case.uuid]).fetchone()[0]
    office.clock(START_MS + 86_400_000)  # the next day, at home
    ReturnStore(office.store).advance(at_office, CaseState.ASSESSED, "entrevista en casa")
    # The person is still the post's: the office's edit of the case is refused, and its bundle with it.
    with pytest.raises(SyncError):
        hq.receive(office.bundle_for(hq), roles)
    person = hq.db.execute("SELECT n.uuid FROM nationals n JOIN return_cases c ON c.national_id = n.id").fetchone()[0]
    hq.db.execute("INSERT INTO sync_transfers (uuid, national_uuid, from_site, to_site) VALUES ('t1', ?, ?, ?)",
                  [person, a.id, office.id])  # Sync > Hand a national over to another post…
    hq.receive(office.bundle_for(hq), roles)
    assert hq.db.execute("SELECT state FROM return_cases").fetchone() == ("assessed",)
    # The office's copy is the post's records, not a second set: nothing arrives twice at headquarters.
    counts = "SELECT (SELECT count(*) FROM return_members), (SELECT count(*) FROM return_steps), (SELECT count(*) " \
             "FROM nationals)"
    assert hq.db.execute(counts).fetchone() == (1, 2, 1)
