"""Issue 15.3: families share one phone, so a phone alone never drops or merges a different person."""

from micic_planner.core.duplicates import DuplicateFinder
from micic_planner.core.import_job import default_choice
from tests.core.test_duplicates import FakeRegistry

TOMAS = {"phone": "+529621234567", "family_names": "Ibarra Ruiz", "given_names": "Tomás", "birth_date": "1980-02-03"}


def _one(rec):
    found = DuplicateFinder(FakeRegistry({1: TOMAS})).check_batch([(2, rec)])
    assert len(found) == 1
    return found[0]


def test_a_relative_with_the_same_phone_is_a_weak_match_that_is_kept_by_default():
    cand = _one({"phone": TOMAS["phone"], "family_names": "Ibarra Ruiz", "given_names": "Begoña",
                 "birth_date": "1984-07-09"})
    assert cand.weak and cand.score < 88
    assert default_choice([cand], "skip") == "keep" and default_choice([cand], "merge") == "keep"
    assert default_choice([cand], "skip", chosen="merge") == "merge"  # the person may still decide


def test_the_same_name_on_another_date_of_birth_is_weak_too():
    cand = _one({"phone": TOMAS["phone"], "family_names": "Ibarra Ruiz", "given_names": "Tomás",
                 "birth_date": "2010-05-05"})  # Tomás junior
    assert cand.weak


def test_the_same_phone_and_name_without_a_conflicting_date_is_still_a_duplicate():
    cand = _one({"phone": TOMAS["phone"], "family_names": "Ibarra Ruiz", "given_names": "Tomas", "birth_date": ""})
    assert not cand.weak
    assert default_choice([cand], "skip") == "skip"


def test_family_members_sharing_a_phone_inside_one_file_are_all_kept():
    finder = DuplicateFinder()
    rows = [(2, dict(TOMAS)), (3, dict(TOMAS, given_names="Begoña", birth_date="1984-07-09")),
            (4, dict(TOMAS, given_names="Luisa", birth_date="2012-01-01"))]
    found = finder.check_batch(rows)
    assert {c.row for c in found} == {3, 4} and all(c.weak for c in found)
