"""The towns on the plan's maps are those that matter to the post, not the biggest around it (issue 13.9)."""

from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.plan_source import load_plan_data


def test_the_maps_name_first_the_towns_where_nationals_live_and_no_city_beyond_the_jurisdiction(store, no_network):
    write_demo(store, nationals=300)
    towns = [name for name, _lat, _lon in load_plan_data(store).towns]
    busiest = [r[0] for r in store.db.execute(
        "SELECT place FROM nationals WHERE place != '' AND lat IS NOT NULL GROUP BY place ORDER BY count(*) DESC "
        "LIMIT 3")]
    assert towns[:3] == busiest
    # Guatemalan cities across the border are bigger than most towns of the Soconusco, and none of its towns.
    assert not {"Quetzaltenango", "Huehuetenango", "Guatemala City", "Ciudad de Guatemala"} & set(towns)
    assert len(towns) == len(set(towns))
