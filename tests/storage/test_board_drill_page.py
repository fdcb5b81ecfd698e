"""The pages the crisis board's drill-down reads: a broad status or zone filter, in name order."""

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.filters import NO_ZONE, NationalFilter
from tests.crisis_fixture import build_post


def _expected(store, where: str, params: list, limit: int, offset: int = 0) -> list[int]:
    return [r[0] for r in store.db.execute(
        f"SELECT id FROM nationals WHERE {where} ORDER BY family_names, given_names, id LIMIT ? OFFSET ?",
        [*params, limit, offset])]


def test_a_broad_status_filter_pages_in_name_order_walking_the_name_index(store):
    data = build_post(store, nationals=40)
    flt = NationalFilter(status=AccountabilityStatus.NOT_CONTACTED)
    total = store.nationals.count(flt)
    assert store.nationals._walk_name_index(flt, "family_names", total, 10)
    for offset in (0, 10):
        page = [r[0] for r in store.nationals.page(flt, offset, 10, total=total)]
        assert page == _expected(store, "status = ?", ["not_contacted"], 10, offset)
    zone = data["costa"].id
    flt = NationalFilter(zone_id=zone, status=AccountabilityStatus.NOT_CONTACTED)
    page = [r[0] for r in store.nationals.page(flt, 0, 10, total=store.nationals.count(flt))]
    assert page == _expected(store, "zone_id = ? AND status = ?", [zone, "not_contacted"], 10)


def test_the_no_zone_filter_lists_only_the_nationals_in_no_zone(store):
    build_post(store, nationals=12)
    store.db.execute("UPDATE nationals SET zone_id = NULL WHERE id IN (3, 5)")
    flt = NationalFilter(zone_id=NO_ZONE)
    assert store.nationals.count(flt) == 2
    assert sorted(r[0] for r in store.nationals.page(flt, 0, 10)) == [3, 5]
