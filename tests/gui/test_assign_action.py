"""Assigning assembly points asks first, keeps hand-set assignments, and can be undone."""

import pytest

from micic_planner.core.enums import PlaceKind
from micic_planner.core.models import Place
from micic_planner.gui import assign_action
from micic_planner.gui.context import AppContext


def assignments(store) -> dict:
    return {n: (p, h) for n, p, h in store.db.execute(
        "SELECT national_id, assembly_point_id, by_hand FROM assignments")}


@pytest.fixture
def context(demo_store, qapp):
    return AppContext(demo_store)


@pytest.fixture
def answers(monkeypatch):
    seen = {"previews": [], "summaries": []}
    seen["keep"] = True
    monkeypatch.setattr(assign_action.AssignConfirm, "ask", classmethod(
        lambda cls, parent, preview: seen["previews"].append(preview) or seen["keep"]))
    monkeypatch.setattr(assign_action.AssignmentSummaryDialog, "ask", classmethod(
        lambda cls, parent, text, details: seen["summaries"].append(text)))
    return seen


def hand_set(store) -> tuple[int, int]:
    """A national given, by hand, an assembly point other than the one the assignment would choose."""
    place = Place("Punto lejano", PlaceKind.ASSEMBLY_POINT, lat=-40.0, lon=-70.0, capacity=5)
    store.records.add(place)
    point = store.db.execute("SELECT id FROM places WHERE name = 'Punto lejano'").fetchone()[0]
    person = store.nationals.get(store.db.execute("SELECT id FROM nationals WHERE lat IS NOT NULL LIMIT 1")
                                 .fetchone()[0])
    person.assembly_point_id = point
    store.nationals.update(person)
    return person.id, point


def test_the_assignment_asks_first_saying_how_many_it_moves_and_a_no_writes_nothing(context, answers, demo_store):
    before = assignments(demo_store)
    answers["keep"] = None
    assert assign_action.run_assignment(context, None) is None
    preview = answers["previews"][0]
    assert preview.moves > 0 and assignments(demo_store) == before and not answers["summaries"]
    assert f"{preview.moves:,}" in assign_action.confirm_text(preview).replace("\u00a0", ",")


def test_a_point_chosen_in_the_form_is_marked_by_hand_and_kept_by_the_assignment(context, answers, demo_store):
    nid, point = hand_set(demo_store)
    assert assignments(demo_store)[nid] == (point, 1)
    assign_action.run_assignment(context, None)
    assert answers["previews"][0].by_hand == 1
    assert assignments(demo_store)[nid] == (point, 1)


def test_the_hand_set_assignments_are_reassigned_only_when_asked(context, answers, demo_store):
    nid, point = hand_set(demo_store)
    answers["keep"] = False
    assign_action.run_assignment(context, None)
    assert answers["previews"][0].by_hand_moves == 1
    assert assignments(demo_store).get(nid, (None, 0))[0] != point


def test_an_assignment_run_is_undone_and_redone_as_one_step(context, answers, demo_store):
    hand_set(demo_store)
    before = assignments(demo_store)
    assign_action.run_assignment(context, None)
    after = assignments(demo_store)
    assert after != before and context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert assignments(demo_store) == before
    context.undo_stack.redo()
    assert assignments(demo_store) == after
