"""Search as you type in the nationals model: what a keystroke reads, and that the listed matches stay right."""

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.filters import NationalFilter, fts_query
from micic_planner.gui.models.nationals_model import SEARCH_PAGE_SIZE, NationalsTableModel
from micic_planner.storage.registry_search import search_ids

# The registry lists names in Spanish order: accents folded, "ñ" after every "n", case ignored (issue 14.12).
_FOLD = str.maketrans({"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "Á": "A", "É": "E", "Í": "I",
                       "Ó": "O", "Ú": "U", "Ü": "U", "ñ": "n{", "Ñ": "N{"})


def _spanish(text: str) -> str:
    folded = (text or "").translate(_FOLD)
    return "".join(c.upper() if "a" <= c <= "z" else c for c in folded)


def _in_name_order(store, ids, descending=False):
    rows = store.db.execute(f"SELECT id, family_names, given_names FROM nationals WHERE id IN "
                            f"({','.join('?' * len(ids))})", list(ids)).fetchall()
    rows.sort(key=lambda r: (_spanish(r[1]), _spanish(r[2]), r[0]), reverse=descending)
    return [r[0] for r in rows]


def _fts_ids(store, text, limit):
    return [r[0] for r in store.db.execute(
        "SELECT rowid FROM nationals_fts WHERE nationals_fts MATCH ? ORDER BY rowid LIMIT ?",
        [fts_query(text), limit])]


def test_a_capped_search_lists_the_lowest_ids_that_match_sorted_by_name(demo_store):
    first = _fts_ids(demo_store, "a", 21)
    ids, more = search_ids(demo_store, NationalFilter(text="a"), cap=20)
    assert more
    assert sorted(ids) == first[:20]
    expected = _in_name_order(demo_store, first[:20], descending=True)
    assert search_ids(demo_store, NationalFilter(text="a"), descending=True, cap=20)[0] == expected


def test_a_search_that_fits_under_the_cap_lists_every_match_and_says_no_more(demo_store):
    everyone = _fts_ids(demo_store, "a", 1000)
    ids, more = search_ids(demo_store, NationalFilter(text="a"), cap=len(everyone))
    assert not more and sorted(ids) == everyone


def test_a_search_with_another_filter_checks_the_filter_on_every_listed_match(demo_store):
    flt = NationalFilter(text="a", status=AccountabilityStatus.NOT_CONTACTED)
    ids, _more = search_ids(demo_store, flt, cap=1000)
    expected = _in_name_order(demo_store, [r[0] for r in demo_store.db.execute(
        "SELECT id FROM nationals WHERE status = 'not_contacted' AND id IN "
        "(SELECT rowid FROM nationals_fts WHERE nationals_fts MATCH ?)", [fts_query("a")])])
    assert ids == expected and ids


def test_typing_a_space_after_a_word_keeps_the_listed_rows_without_reading_again(demo_store, qtbot):
    model = NationalsTableModel(demo_store)
    model.set_filter(NationalFilter(text="a"))
    rows = [model.national_id(r) for r in range(model.rowCount())]
    loads = model.page_loads
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_filter(NationalFilter(text="a "))
    assert model.filter.text == "a "
    assert [model.national_id(r) for r in range(model.rowCount())] == rows
    assert model.page_loads == loads
    with qtbot.waitSignal(model.modelReset, timeout=100):
        model.set_filter(NationalFilter(text="a b"))


def test_a_search_reads_a_screenful_of_rows_at_a_time_and_still_finds_every_row(demo_store):
    model = NationalsTableModel(demo_store)
    model.set_filter(NationalFilter(text="c"))
    shown = model.rowCount()
    assert shown > 2 * SEARCH_PAGE_SIZE
    model.data(model.index(0, 0))
    assert model.page_loads == 1
    assert sum(len(rows) for rows in model._pages.values()) == SEARCH_PAGE_SIZE
    last = model.national_id(shown - 1)
    assert model.row_of(last) == shown - 1
    model.set_filter(NationalFilter(text="c", zone_id=-1))
    model.set_filter(NationalFilter(text="c"))
    assert model.row_of(last) == shown - 1
