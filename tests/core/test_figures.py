from datetime import date

from micic_planner.core.enums import PlaceKind, Vulnerability
from micic_planner.core.figures import compute_figures, count_beyond
from micic_planner.core.households import group_households, minors_without_adult
from micic_planner.core.models import AlertAction, National, Place, Post, Route, TeamMember, Warden, Zone


def _post(**kw):
    return Post("Consulado", "MX", "Tapachula", next_review=date(2026, 1, 1), id=1, **kw)


def test_counts_by_zone_vulnerability_and_household_size():
    rows = [
        (1, int(Vulnerability.OLDER_PERSON), "h1", 14.9, -92.26, 10, "safe"),
        (1, 0, "h1", 14.9, -92.26, 10, "not_contacted"),
        (2, int(Vulnerability.PREGNANT | Vulnerability.MEDICAL_NEED), "", None, None, None, "not_contacted"),
    ]
    point = Place("Parque", PlaceKind.ASSEMBLY_POINT, 14.9, -92.26, capacity=1, id=10)
    fig = compute_figures(_post(), rows, [], [point], [], [], [], [], today=date(2026, 6, 1))
    assert fig.total == 3
    assert fig.by_zone == {1: 2, 2: 1}
    assert fig.by_vulnerability[Vulnerability.PREGNANT] == 1 and fig.by_vulnerability[Vulnerability.OLDER_PERSON] == 1
    assert fig.vulnerable_total == 2
    assert fig.by_household_size == {2: 1, 1: 1}
    assert fig.without_coordinates == 1 and fig.unassigned == 1
    codes = {g.code for g in fig.gaps}
    assert {"review_overdue", "over_capacity", "no_coordinates", "phase_incomplete"} <= codes


def test_gaps_name_zones_without_wardens_routes_without_alternates_and_roles_without_alternates():
    zones = [Zone("Centro", id=1), Zone("Costa", id=2)]
    wardens = [Warden("W", zone_id=1), Warden("W2", zone_id=1, is_alternate=True)]
    routes = [Route("A", 1, 2, id=1), Route("B", 1, 2, id=2), Route("B2", 1, 2, alternate_of=2, id=3)]
    team = [TeamMember("Jefe", "X", alternate_name="Y"), TeamMember("Logística", "Z")]
    matrix = [AlertAction(p, k, "x", "x") for p in (1, 2, 3, 4) for k in ("trigger", "action")]
    fig = compute_figures(_post(), [], zones, [], routes, wardens, team, matrix, today=date(2025, 1, 1))
    texts = [g.text("en") for g in fig.gaps]
    assert "Zone Costa has no warden." in texts
    assert "Route A has no alternate." in texts and "Route B has no alternate." not in texts
    assert "Crisis team role Logística has no alternate." in texts
    assert not any(g.code == "phase_incomplete" for g in fig.gaps)


def test_count_beyond_measures_great_circle_distance():
    point = [(14.9, -92.26)]
    near = (14.95, -92.26)  # about 5.6 km north
    far = (15.2, -92.26)  # about 33 km north
    assert count_beyond([near, far], point, 10) == 1
    assert count_beyond([near, far], [], 10) == 2


def test_households_group_members_and_singletons():
    people = [National("A", "X", household="h", id=1), National("B", "X", household="h", id=2),
              National("C", "Y", id=3)]
    groups = group_households(people)
    assert sorted(len(g) for g in groups) == [1, 2]


def test_children_with_no_adult_in_their_household_are_found():
    kids = [National("A", "X", birth_date=date(2015, 1, 1)), National("B", "X", birth_date=date(2012, 1, 1))]
    assert len(minors_without_adult(kids, date(2026, 1, 1))) == 2
    family = kids + [National("C", "X", birth_date=date(1985, 1, 1))]
    assert minors_without_adult(family, date(2026, 1, 1)) == []


def test_a_gap_prints_a_template_role_in_the_documents_language():
    from micic_planner.core.figures import Gap

    gap = Gap("role_without_alternate", "Crisis team role {} has no alternate.", ("Communications officer",))
    assert gap.text("es") == "La función Oficial de comunicación del equipo de crisis no tiene suplente."
    assert Gap("zone_without_warden", "Zone {} has no warden.", ("Costa",)).text("es").count("Costa") == 1
