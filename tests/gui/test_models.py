from micic_planner.core.filters import NationalFilter
from micic_planner.gui.models.nationals_model import PAGE_SIZE, NationalsTableModel


def test_every_table_model_passes_the_model_tester(window, qtmodeltester):
    nationals = window.show_view("nationals")
    qtmodeltester.check(nationals.model)
    for key in ("zones", "places", "routes", "partners", "team", "alerts"):
        view = window.show_view(key)
        panels = [view.zones, view.wardens] if key == "zones" else [view.panel]
        for panel in panels:
            assert panel.model.rowCount() > 0, key
            qtmodeltester.check(panel.model)
            qtmodeltester.check(panel.proxy)


def test_the_nationals_model_reads_pages_not_the_whole_registry(demo_store, qtmodeltester):
    model = NationalsTableModel(demo_store)
    assert model.rowCount() == 300
    model.data(model.index(0, 0))
    model.data(model.index(299, 0))
    assert model.page_loads == 2
    assert sum(len(rows) for rows in model._pages.values()) <= 2 * PAGE_SIZE
    last_sql = demo_store.db.execute(
        "SELECT family_names FROM nationals ORDER BY family_names DESC, given_names DESC, id DESC LIMIT 1").fetchone()
    assert model.data(model.index(299, 0)) == last_sql[0]
    model.set_filter(NationalFilter(text="zzzz-nobody"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_a_broad_search_lists_the_first_matches_sorted_and_says_there_are_more(demo_store, monkeypatch):
    from micic_planner.storage import registry_search
    from micic_planner.storage.nationals import order_by

    monkeypatch.setattr(registry_search, "CAP", 20)
    monkeypatch.setattr(registry_search.search_ids, "__defaults__", ("family_names", False, 20))
    model = NationalsTableModel(demo_store)
    model.set_filter(NationalFilter(text="a"))
    assert model.rowCount() == 20 and model.more
    ids = [model.national_id(r) for r in range(20)]
    expected = [r[0] for r in demo_store.db.execute(
        f"SELECT id FROM nationals WHERE id IN ({','.join('?' * 20)}) ORDER BY {order_by('family_names')}", ids)]
    assert ids == expected
    model.set_filter(NationalFilter(text="zzzzq"))
    assert model.rowCount() == 0 and not model.more
