from collections import Counter
from datetime import timedelta

from micic_planner.core.accountability import build_board, format_duration, time_to_account
from micic_planner.core.after_action import Outcome, review
from micic_planner.core.crisis import ChecklistItem, Crisis, LogKind, LogLine
from micic_planner.core.enums import Hazard, Vulnerability

START = "2024-11-05T00:00:00.000Z"


def at(hours: float) -> str:
    minutes = int(hours * 60)
    return f"2024-11-{5 + minutes // 1440:02d}T{minutes // 60 % 24:02d}:{minutes % 60:02d}:00.000Z"


def test_time_to_account_reads_the_moment_each_share_is_reached():
    events = [(1, "safe", at(1)), (2, "safe", at(2)), (3, "injured", at(5)), (4, "evacuated", at(30))]
    reached = time_to_account(4, START, set(), events)
    assert reached == {0.5: timedelta(hours=2), 0.9: timedelta(hours=30), 1.0: timedelta(hours=30)}


def test_a_person_who_goes_missing_again_stops_counting():
    events = [(1, "safe", at(1)), (1, "missing", at(2)), (2, "safe", at(3)), (1, "safe", at(4))]
    reached = time_to_account(2, START, set(), events)
    assert reached[0.5] == timedelta(hours=1)
    assert reached[1.0] == timedelta(hours=4)


def test_a_share_never_reached_is_none_and_people_accounted_at_the_start_count_at_once():
    reached = time_to_account(4, START, {1, 2}, [(3, "missing", at(1))])
    assert reached[0.5] == timedelta(0)
    assert reached[0.9] is None and reached[1.0] is None
    assert format_duration(None, "never") == "never"
    assert format_duration(timedelta(days=1, hours=2, minutes=5)) == "1 d 2 h 05 min"


def test_the_board_counts_each_vulnerability_flag_and_each_zone():
    rows = [(1, 0, "safe", 5), (1, int(Vulnerability.OLDER_PERSON | Vulnerability.DISABILITY), "missing", 2),
            (None, int(Vulnerability.OLDER_PERSON), "safe", 1)]
    board = build_board(rows)
    assert board.by_zone[1] == Counter({"safe": 5, "missing": 2})
    assert board.by_zone[None] == Counter({"safe": 1})
    assert board.by_vulnerability[Vulnerability.OLDER_PERSON] == Counter({"missing": 2, "safe": 1})
    assert board.by_vulnerability[Vulnerability.DISABILITY] == Counter({"missing": 2})
    assert board.total == 8 and board.accounted == 6


def test_review_figures_per_phase_add_up_to_the_timeline():
    crisis = Crisis("Eta", Hazard.HURRICANE, START, closed_at=at(40))
    timeline = [LogLine(START, LogKind.OPENED, "Crisis opened"),
                LogLine(at(1), LogKind.STATUS, "{}", (10,), count=10),
                LogLine(at(2), LogKind.LEVEL, "up", phase=3),
                LogLine(at(3), LogKind.STATUS, "{}", (4,), count=4),
                LogLine(at(4), LogKind.BOARDED, "{}", (3,), count=3),
                LogLine(at(5), LogKind.DOCUMENT, "{}", count=1),
                LogLine(at(40), LogKind.CLOSED, "Crisis closed")]
    checklist = [ChecklistItem(1, "Warn", done_at=at(1)), ChecklistItem(3, "Register"), ChecklistItem(4, "Evacuate")]
    result = review(crisis, [(1, START), (3, at(2))], timeline, checklist, {},
                    Outcome(20, 15, vulnerable_unaccounted=2, listed_not_boarded=1))
    first, third = result.phases
    assert first.people[LogKind.STATUS] == 10 and first.actions_done == 1 and first.actions_planned == 1
    assert third.people[LogKind.STATUS] == 4 and third.people[LogKind.BOARDED] == 3
    assert third.lines[LogKind.CLOSED] == 1
    assert sum(sum(p.lines.values()) for p in result.phases) == len(timeline)
    assert result.totals[LogKind.STATUS] == sum(line.count for line in timeline if line.kind == LogKind.STATUS)
    codes = [g.code for g in result.gaps]
    assert codes.count("action_not_done") == 1  # phase 4 was never reached: its action is no gap
    assert {"unaccounted", "vulnerable_unaccounted", "not_boarded"} <= set(codes)
