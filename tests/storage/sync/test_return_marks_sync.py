"""A return case's checklist marks and its visits' survey answers travel with the case (issue 18, m043): the
same item marked at two sites while apart is one record that ends with the later mark at both, a viewer's copy
and another post receive none, and a post that held marks before they travelled logs them at the upgrade."""

import json

from micic_planner.core.returns.checklist import CaseMark, items
from micic_planner.core.security import Role
from micic_planner.core.sync.keys import keyed_uuid
from micic_planner.storage.returns.checklist_store import ChecklistStore
from micic_planner.storage.returns.survey_store import SurveyStore
from micic_planner.storage.sync.changes import payload
from tests.returns.test_sustainability_survey import made_up_survey
from tests.storage.sync import test_return_sync
from tests.storage.sync.replicas import START_MS
from tests.storage.sync.test_return_sync import _open_case, _tables_in

sites = test_return_sync.sites  # a headquarters and two posts (the fixture of the return cases' tests)

MARKS = ("return_checklist", "survey_answers")


def _case_id(site, case) -> int:
    return site.db.execute("SELECT id FROM return_cases WHERE uuid = ?", [case.uuid]).fetchone()[0]


def _marks(site) -> list[tuple]:
    return site.db.execute("SELECT c.uuid, m.item_key, m.state, m.note, m.by_user, m.at FROM return_checklist m "
                           "JOIN return_cases c ON c.id = m.case_id ORDER BY m.item_key").fetchall()


def _visit(site, case) -> int:
    site.db.execute("INSERT INTO follow_ups (case_id, due_on) VALUES (?, '2026-06-01')", [_case_id(site, case)])
    return site.db.execute("SELECT max(id) FROM follow_ups").fetchone()[0]


def test_a_mark_made_at_a_post_reaches_headquarters_with_its_case(sites):
    hq, a, _b, roles = sites
    case = _open_case(a)
    key = items()[0].key
    ChecklistStore(a.store).set_case_item(case.id, key, CaseMark.GAP, "falta el pasaporte")
    hq.receive(a.bundle_for(hq), roles)
    assert _marks(hq) == _marks(a)
    (row,) = _marks(hq)
    assert row[:5] == (case.uuid, key, "gap", "falta el pasaporte", a.store.user_name) and row[5]
    # The uuid is the same wherever the item is marked.
    assert hq.db.execute("SELECT uuid FROM return_checklist").fetchone() == (keyed_uuid(case.uuid, key),)


def test_the_same_item_marked_at_a_post_and_at_headquarters_while_apart_ends_with_the_later_mark_at_both(sites):
    hq, a, _b, roles = sites
    case = _open_case(a)
    hq.receive(a.bundle_for(hq), roles)
    key = items()[0].key
    a.clock(START_MS + 1_000)
    ChecklistStore(a.store).set_case_item(case.id, key, CaseMark.GAP, "falta el pasaporte")
    hq.clock(START_MS + 2_000)  # headquarters marks the same item later, without having heard of the post's mark
    ChecklistStore(hq.store).set_case_item(_case_id(hq, case), key, CaseMark.DONE, "")
    hq.receive(a.bundle_for(hq), roles)
    a.receive(hq.bundle_for(a), roles)
    for site in (hq, a):
        assert site.db.execute("SELECT state, note FROM return_checklist").fetchall() == [("done", "")]
        assert site.db.execute("SELECT count(*) FROM sync_review").fetchone() == (0,)
    assert _marks(hq) == _marks(a)
    # And the other way round: the post's mark later than headquarters' wins at both.
    a.clock(START_MS + 4_000)
    ChecklistStore(a.store).set_case_item(case.id, key, CaseMark.NOT_APPLICABLE, "viaja sin documento")
    hq.clock(START_MS + 3_000)
    ChecklistStore(hq.store).set_case_item(_case_id(hq, case), key, CaseMark.GAP, "pedir copia")
    hq.receive(a.bundle_for(hq), roles)
    a.receive(hq.bundle_for(a), roles)
    for site in (hq, a):
        assert site.db.execute("SELECT state, note FROM return_checklist").fetchall() == [
            ("not_applicable", "viaja sin documento")]
        assert site.db.execute("SELECT count(*) FROM sync_review").fetchone() == (0,)
    assert _marks(hq) == _marks(a)


def test_a_viewers_copy_and_another_post_receive_no_mark_and_no_answer(sites):
    hq, a, b, roles = sites
    case = _open_case(a)
    ChecklistStore(a.store).set_case_item(case.id, items()[0].key, CaseMark.DONE)
    SurveyStore(a.store, _survey()).record(_visit(a, case), {1: "Yes"})
    hq.receive(a.bundle_for(hq), roles)
    ChecklistStore(hq.store).set_case_item(_case_id(hq, case), items()[1].key, CaseMark.DONE)
    SurveyStore(hq.store, _survey()).record(hq.db.execute("SELECT id FROM follow_ups").fetchone()[0], {2: "No"})
    assert set(MARKS) <= _tables_in(payload(hq.db, {}, peer=a.id)[0])  # the post of the case gets them
    assert not _tables_in(payload(hq.db, {}, peer=a.id, reader=Role.VIEWER)[0]) & set(MARKS)
    assert not _tables_in(payload(hq.db, {}, peer=b.id)[0]) & set(MARKS)
    b.receive(payload(hq.db, {}, peer=b.id)[0], roles)
    assert b.db.execute("SELECT (SELECT count(*) FROM return_checklist) + (SELECT count(*) FROM survey_answers)"
                        ).fetchone() == (0,)


def _survey():
    # The shipped survey confirms no indicator yet, so nothing could be recorded: a made-up confirmed one.
    from micic_planner.core.returns.sustainability import parse_survey

    return parse_survey(made_up_survey())


def test_a_survey_answer_travels_with_its_visit_and_the_later_answer_wins_at_both(sites):
    hq, a, _b, roles = sites
    case = _open_case(a)
    visit = _visit(a, case)
    a.clock(START_MS + 1_000)
    SurveyStore(a.store, _survey()).record(visit, {1: "Yes"})
    hq.receive(a.bundle_for(hq), roles)
    answers = "SELECT a.indicator, a.answer, a.recorded_by FROM survey_answers a ORDER BY a.indicator"
    assert hq.db.execute(answers).fetchall() == [(1, "Yes", a.store.user_name)]
    hq_visit = hq.db.execute("SELECT id FROM follow_ups").fetchone()[0]
    # Both answer indicator 2 while apart; the post's answer is the later one. The post corrects 1 too.
    hq.clock(START_MS + 2_000)
    SurveyStore(hq.store, _survey()).record(hq_visit, {2: "Yes"})
    a.clock(START_MS + 3_000)
    SurveyStore(a.store, _survey()).record(visit, {1: "No", 2: "No"})
    hq.receive(a.bundle_for(hq), roles)
    a.receive(hq.bundle_for(a), roles)
    for site in (hq, a):
        assert site.db.execute(answers).fetchall() == [(1, "No", a.store.user_name), (2, "No", a.store.user_name)]
        assert site.db.execute("SELECT count(*) FROM sync_review").fetchone() == (0,)


def test_two_sites_first_marking_the_same_item_while_apart_make_one_record_without_error(sites):
    hq, a, _b, roles = sites
    case = _open_case(a)
    hq.receive(a.bundle_for(hq), roles)
    key = items()[0].key
    a.clock(START_MS + 2_000)
    ChecklistStore(a.store).set_case_item(case.id, key, CaseMark.GAP, "falta el pasaporte")
    hq.clock(START_MS + 1_000)
    ChecklistStore(hq.store).set_case_item(_case_id(hq, case), key, CaseMark.DONE, "")
    a.receive(hq.bundle_for(a), roles)  # headquarters' earlier mark arrives first at the post: it loses
    hq.receive(a.bundle_for(hq), roles)
    for site in (hq, a):
        assert site.db.execute("SELECT state, note FROM return_checklist").fetchall() == [
            ("gap", "falta el pasaporte")]
    assert _marks(hq) == _marks(a)


def test_a_post_that_held_marks_and_answers_before_they_travelled_logs_them_at_the_upgrade(tmp_path):
    from micic_planner.storage.connection import connect
    from micic_planner.storage.migrations import migrations
    from micic_planner.storage.store import PostStore

    path = tmp_path / "old.micic"
    db = connect(path, create=True)
    migrations.apply(db, stop_before="m043_return_marks_sync")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'Pérez')")
    db.execute("INSERT INTO return_cases (uuid, number, requested_on, national_id) "
               "VALUES ('c1', 'RET-2025-00001', '2025-05-01', 1)")
    db.execute("INSERT INTO return_checklist (case_id, item_key, state, note, at) "
               "VALUES (1, 'consent', 'gap', 'sin firma', '2025-05-02T10:00:00Z')")
    db.execute("INSERT INTO follow_ups (uuid, case_id, due_on) VALUES ('f1', 1, '2025-08-01')")
    db.execute("INSERT INTO survey_answers (follow_up_id, indicator, answer) VALUES (1, 3, 'Yes')")
    db.close()
    with PostStore.open(path) as store:
        assert store.db.execute("SELECT uuid FROM return_checklist").fetchone() == (keyed_uuid("c1", "consent"),)
        assert store.db.execute("SELECT uuid FROM survey_answers").fetchone() == (keyed_uuid("f1", 3),)
        logged = {r[0] for r in store.db.execute("SELECT tbl FROM sync_log WHERE op = 'i'")}
        assert set(MARKS) <= logged
        text, _n = payload(store.db, {})
    sent = [c for c in json.loads(text)["changes"] if c[2] in MARKS]
    assert {c[5].get("state") or c[5].get("answer") for c in sent} == {"gap", "Yes"}


def _to_post(hq, post, roles) -> None:
    """Headquarters' bundle for `post` as the program writes it: only what that post may receive."""
    post.receive(payload(hq.db, hq.peer_seen.get(post.id, {}), peer=post.id)[0], roles)


def test_a_person_handed_over_to_another_post_arrives_there_with_their_whole_case(sites):
    from micic_planner.core.returns.case import CaseState
    from micic_planner.storage.returns.case_store import ReturnStore

    hq, a, b, roles = sites
    case = _open_case(a)
    ReturnStore(a.store).advance(case.id, CaseState.ASSESSED, "visita")
    ChecklistStore(a.store).set_case_item(case.id, items()[0].key, CaseMark.GAP, "falta el pasaporte")
    SurveyStore(a.store, _survey()).record(_visit(a, case), {1: "Yes"})
    hq.receive(a.bundle_for(hq), roles)
    _to_post(hq, b, roles)  # Sur hears from headquarters first: its marks pass the case's changes
    hq.receive(b.bundle_for(hq), roles)
    assert b.db.execute("SELECT count(*) FROM return_cases").fetchone() == (0,)
    person = hq.db.execute("SELECT n.uuid FROM nationals n JOIN return_cases c ON c.national_id = n.id").fetchone()[0]
    hq.db.execute("INSERT INTO sync_transfers (uuid, national_uuid, from_site, to_site) VALUES ('t1', ?, ?, ?)",
                  [person, a.id, b.id])  # what SyncStore.transfer writes
    _to_post(hq, b, roles)
    # Everything of the case that was already at headquarters goes with the person, not only the case's row.
    tables = ("return_cases", "return_members", "return_steps", "follow_ups") + MARKS
    held = {t: [site.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for site in (hq, b)] for t in tables}
    assert held == {"return_cases": [1, 1], "return_members": [1, 1], "return_steps": [2, 2], "follow_ups": [1, 1],
                    "return_checklist": [1, 1], "survey_answers": [1, 1]}


def test_the_post_holding_a_case_does_the_visit_headquarters_added_and_its_bundle_goes_through(sites):
    hq, a, _b, roles = sites
    case = _open_case(a)
    hq.receive(a.bundle_for(hq), roles)
    _visit(hq, case)  # headquarters schedules a visit on the post's case
    _to_post(hq, a, roles)
    a.db.execute("UPDATE follow_ups SET done_on = '2026-06-02', notes = 'visitada'")
    hq.receive(a.bundle_for(hq), roles)  # refused whole before: the visit was headquarters' record
    assert hq.db.execute("SELECT done_on, notes FROM follow_ups").fetchall() == [("2026-06-02", "visitada")]
