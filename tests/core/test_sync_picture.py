"""The country picture's gaps per post, in plain Python."""

from collections import Counter
from datetime import date

from micic_planner.core.sync.picture import PostFigures, ZoneFigures, post_gaps

TODAY = date(2026, 12, 3)


def _post(last_at, safe=0, unknown=0, conflicts=0, wardens=1):
    return PostFigures("s1", "Tegucigalpa", "post", last_at, [ZoneFigures("Centro", Counter(
        {"safe": safe, "not_contacted": unknown}), wardens)], conflicts=conflicts, wardens=wardens)


def test_a_post_silent_for_days_is_a_gap_that_leaves_all_its_nationals_out():
    gaps = post_gaps(_post("2026-11-28T10:00:00Z", safe=8, unknown=2), TODAY)
    assert [(g.code, g.params, g.affected) for g in gaps] == [("stale_exchange", (5,), 10)]
    assert gaps[0].text("es") == "Sin intercambio con la sede central desde hace 5 días."


def test_a_post_that_never_exchanged_and_one_that_did_today_are_told_apart():
    assert [g.code for g in post_gaps(_post(None, safe=3), TODAY)] == ["never_exchanged"]
    assert post_gaps(_post("2026-12-03T08:00:00Z", safe=3), TODAY) == []


def test_people_not_accounted_for_and_conflicts_are_gaps_biggest_first():
    gaps = post_gaps(_post("2026-12-03T08:00:00Z", safe=1, unknown=9, conflicts=2), TODAY)
    assert [g.code for g in gaps] == ["unaccounted", "conflicts"]
    assert gaps[0].text("en") == "9 of 10 nationals not accounted for yet."


def test_a_posts_returns_line_agrees_with_each_count_in_spanish():
    from micic_planner.core.sync.picture import returns_line

    post = _post(None)
    post.returns = Counter({"requested": 1, "assessed": 1200, "received": 1})
    assert returns_line(post, "es") == "Tegucigalpa: 1,201 abiertos, 1 retornado, 0 en reintegración"
    assert returns_line(post, "en") == "Tegucigalpa: 1,201 open, 1 returned, 0 in reintegration"


def test_a_post_whose_wardens_never_arrived_and_a_zone_without_one_are_gaps():
    assert [g.code for g in post_gaps(_post("2026-12-03T08:00:00Z", safe=3, wardens=0), TODAY)] == ["no_wardens"]
    post = _post("2026-12-03T08:00:00Z", safe=3)
    post.zones.append(ZoneFigures("Norte", Counter({"safe": 4})))
    gaps = post_gaps(post, TODAY)
    assert [(g.code, g.affected) for g in gaps] == [("zones_without_warden", 4)]
    assert gaps[0].text("es") == "Zonas con connacionales y sin enlace: Norte."
