"""Issue 15.1: which status from a file may replace the registry's (`accountability.should_apply`)."""

import pytest

from micic_planner.core.accountability import SPECIFICITY, should_apply
from micic_planner.core.enums import AccountabilityStatus

LATER, EARLIER, STORED = "2024-05-02T10:00:00Z", "2024-04-30T10:00:00Z", "2024-05-01T10:00:00Z"


@pytest.mark.parametrize("current", ["injured", "needs_help", "evacuated", "repatriated", "not_in_area"])
def test_a_partners_believed_alive_never_replaces_a_more_specific_status_even_when_newer(current):
    assert not should_apply(current, STORED, "safe", LATER)


def test_a_status_older_than_the_registrys_latest_change_is_not_applied():
    assert not should_apply("missing", STORED, "safe", EARLIER)
    assert should_apply("missing", STORED, "safe", LATER)


def test_an_unchanged_status_is_not_applied():
    assert not should_apply("safe", STORED, "safe", LATER)


def test_a_more_specific_status_replaces_a_coarser_one():
    assert should_apply("safe", STORED, "injured", LATER)
    assert should_apply("not_contacted", None, "safe", None)


def test_deceased_is_never_reversed_by_a_file_but_replaces_an_older_status():
    assert not should_apply("deceased", STORED, "safe", LATER)
    assert not should_apply("deceased", STORED, "missing", LATER)
    assert should_apply("injured", STORED, "deceased", LATER)
    assert not should_apply("injured", STORED, "deceased", EARLIER)


def test_an_undated_file_status_counts_as_of_now_so_only_specificity_decides():
    assert should_apply("missing", STORED, "safe", None)
    assert not should_apply("injured", STORED, "safe", None)


def test_a_date_without_time_or_zone_is_compared_as_utc():
    assert should_apply("missing", "2024-05-01T10:00:00+00:00", "safe", "2024-05-02")
    assert not should_apply("missing", "2024-05-01T10:00:00Z", "safe", "2024-05-01")


def test_not_contacted_from_a_file_never_erases_what_is_known():
    assert not should_apply("safe", None, "not_contacted", LATER)


def test_every_status_has_a_specificity():
    assert set(SPECIFICITY) == {s.value for s in AccountabilityStatus}
