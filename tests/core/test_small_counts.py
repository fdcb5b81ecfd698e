from micic_planner.core.small_counts import merge_tail, protect_rows, suppressed_cells


def test_a_count_below_the_threshold_is_suppressed_and_so_is_a_second_one_that_would_give_it_away():
    hidden = suppressed_cells({"north": 40, "south": 3, "islands": 12}, [["north", "south", "islands"]], 5)
    assert hidden == {"south", "islands"}  # the total minus north and islands would give south


def test_zero_and_counts_at_the_threshold_are_printed():
    assert suppressed_cells({"a": 0, "b": 5, "c": 9}, [["a", "b", "c"]], 5) == set()


def test_a_small_cell_cannot_be_recovered_from_its_column_total_or_its_row_partition():
    rows = [{"zone": "a", "total": 10, "sex:F": 3, "sex:M": 7}, {"zone": "b", "total": 20, "sex:F": 10, "sex:M": 10},
            {"zone": "", "is_total": True, "total": 30, "sex:F": 13, "sex:M": 17}]
    safe = protect_rows(rows, ["total", "sex:F", "sex:M"], [("total", ["sex:F", "sex:M"])], 5)
    for row in safe:
        hidden = [k for k in ("sex:F", "sex:M") if row[k] is None]
        assert len(hidden) != 1  # one hidden cell in a row with its total printed could be worked out
    for key in ("total", "sex:F", "sex:M"):
        assert sum(row[key] is None for row in safe) != 1


def test_the_rare_largest_households_are_merged_into_n_or_more():
    assert merge_tail({1: 300, 2: 256, 3: 161, 7: 25, 8: 3, 9: 1}, 5) == ({1: 300, 2: 256, 3: 161, 7: 29}, 7)
    assert merge_tail({1: 300, 2: 20}, 5) == ({1: 300, 2: 20}, None)
