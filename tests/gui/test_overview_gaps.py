"""The overview's gap list is the plan's, in the same order: the gap that affects the most nationals first."""


def test_the_overview_lists_the_gap_affecting_the_most_nationals_first(window):
    overview = window.show_view("overview")
    overview.wait()
    gaps = overview.figures.gaps
    assert gaps[0].affected == max(g.affected for g in gaps) > 0
    shown = [overview.gaps.item(i).text() for i in range(overview.gaps.count())]
    assert [text.split("  ", 1)[1] for text in shown] == [g.text() for g in gaps]
    assert "no assembly point" in shown[0]
