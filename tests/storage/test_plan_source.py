import pytest

from micic_planner.core.enums import Vulnerability
from micic_planner.core.errors import StorageError
from micic_planner.storage.plan_source import load_plan_data
from tests.reports.plan_fixture import make_post


def sql(store, query, params=()):
    return store.db.execute(query, list(params)).fetchone()[0]


def test_plan_figures_equal_counts_taken_from_sql(store):
    make_post(store)
    data = load_plan_data(store)
    fig = data.figures
    assert fig.total == sql(store, "SELECT count(*) FROM nationals")
    for zone in data.zones:
        assert fig.by_zone[zone.id] == sql(store, "SELECT count(*) FROM nationals WHERE zone_id = ?", [zone.id])
    assert fig.by_zone[None] == sql(store, "SELECT count(*) FROM nationals WHERE zone_id IS NULL")
    for flag in Vulnerability.members():
        assert fig.by_vulnerability.get(flag, 0) == sql(
            store, "SELECT count(*) FROM nationals WHERE vulnerabilities & ? != 0", [int(flag)])
    assert data.passports_expired == sql(store, "SELECT count(*) FROM nationals WHERE passport_expiry < date('now')")
    assert data.consent_share == 0


def test_routes_come_with_lengths_and_alternates_under_their_primary(store):
    records = make_post(store)
    data = load_plan_data(store)
    assert [leg.route.id for leg in data.routes] == [records["primary"].id]
    assert data.routes[0].km > 150 and data.routes[0].hours == pytest.approx(data.routes[0].km / 60)
    assert [a.route.name for a in data.routes[0].alternates] == ["Ruta CA-1 alterna"]


def test_the_names_annex_is_read_only_when_restricted(store):
    make_post(store)
    assert load_plan_data(store).annex_rows is None
    data = load_plan_data(store, restricted=True)
    rows = list(data.annex_rows())
    assert len(rows) == data.annex_count == 7
    # A second pass (the renderer lays out twice) reads the rows again from the file.
    assert len(list(data.annex_rows())) == 7


def test_the_annex_is_sorted_by_zone_name_then_family_name_with_accents_in_place(store):
    make_post(store)
    rows = list(load_plan_data(store, restricted=True).annex_rows())
    zones = [r.zone for r in rows]
    assert zones == sorted(zones, key=lambda z: (z == "", z))  # Norte, Sur, then no zone
    norte = [r.family_names for r in rows if r.zone == "Norte"]
    assert norte == ["Álvarez", "López Ávila", "Quiñónez", "Zúñiga Ruiz"]
    unzoned = [r.family_names for r in rows if r.zone == ""]
    assert unzoned == ["Gómez", "Núñez Pérez"]


def test_checklists_are_those_of_the_post_hazards_and_of_every_hazard(store):
    make_post(store)
    hazards = {c.hazard for c in load_plan_data(store).checklists}
    assert "" in hazards
    assert hazards <= {"", "earthquake", "volcano"}


def test_a_file_without_post_details_has_no_plan(store):
    with pytest.raises(StorageError, match="no post details"):
        load_plan_data(store)
