from collections import Counter, defaultdict
from datetime import date

import phonenumbers
import pytest

from micic_planner.core.demo import NATIONAL_COLUMNS, DemoGenerator, zone_ring
from micic_planner.core.enums import PlaceKind, Vulnerability
from micic_planner.core.geo import haversine_km, point_in_polygon

TODAY = date(2025, 6, 1)
ZONE_IDS = [11, 12, 13, 14, 15, 16, 17]


def rows(count, seed=1):
    return [dict(zip(NATIONAL_COLUMNS, r)) for r in DemoGenerator(seed, TODAY).nationals(count, ZONE_IDS)]


@pytest.fixture(scope="module")
def people():
    return rows(20_000)


def test_the_same_seed_gives_the_same_post_and_the_same_nationals():
    assert DemoGenerator(7, TODAY).post() == DemoGenerator(7, TODAY).post()
    first = list(DemoGenerator(7, TODAY).nationals(3000, ZONE_IDS))
    assert first == list(DemoGenerator(7, TODAY).nationals(3000, ZONE_IDS))
    assert first != list(DemoGenerator(8, TODAY).nationals(3000, ZONE_IDS))


@pytest.mark.parametrize("count", [0, 1, 2, 7, 2000, 45_001])
def test_exactly_the_requested_number_of_nationals_is_generated(count):
    generated = list(DemoGenerator(3, TODAY).nationals(count, ZONE_IDS))
    assert len(generated) == count
    assert all(len(r) == len(NATIONAL_COLUMNS) for r in generated)


def test_uuids_are_unique_version_4_and_ascending(people):
    import uuid

    ids = [p["uuid"] for p in people]
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    assert all(uuid.UUID(u).version == 4 for u in ids[:500])


def test_household_members_share_key_zone_address_and_coordinates(people):
    households = defaultdict(list)
    for p in people:
        households[p["household"]].append(p)
    sizes = Counter(len(m) for m in households.values())
    assert set(sizes) <= set(range(1, 8)) and sizes[1] > sizes[4] > sizes[7] > 0
    for members in households.values():
        assert len({(m["zone_id"], m["address"], m["place"], m["lat"], m["lon"]) for m in members}) == 1
    assert {p["zone_id"] for p in people} == set(ZONE_IDS)


def test_children_carry_the_first_surname_of_each_parent(people):
    families = defaultdict(list)
    for p in people:
        families[p["household"]].append(p)
    minor = lambda p: p["birth_date"] > "2007-06-20"  # under 18 on TODAY, with margin for leap days
    couples = matching = 0
    for head, *others in families.values():
        for child in (m for m in others if minor(m)):
            assert child["family_names"].split()[0] == head["family_names"].split()[0]
        if len(others) >= 2 and not minor(others[0]) and minor(others[1]) and others[0]["sex"] != head["sex"]:
            couples += 1
            matching += others[1]["family_names"].split()[1] == others[0]["family_names"].split()[0]
    assert couples > 300 and matching / couples > 0.7


def test_mobile_and_home_phones_are_valid_numbers(people):
    sample = [p for p in people[::37]]
    mobiles = [p["phone"] for p in sample if p["phone"]]
    home = [p["emergency_phone"] for p in sample if p["emergency_phone"]] + [p["phone2"] for p in sample if p["phone2"]]
    assert len(mobiles) > 300 and len(home) > 300
    for number in mobiles:
        parsed = phonenumbers.parse(number)
        assert parsed.country_code == 52 and phonenumbers.is_valid_number(parsed), number
    for number in home:
        parsed = phonenumbers.parse(number)
        assert parsed.country_code == 502 and phonenumbers.is_valid_number(parsed), number


def test_ages_look_like_a_migrant_population(people):
    ages = [(TODAY - date.fromisoformat(p["birth_date"])).days // 365 for p in people]
    share = lambda lo, hi: sum(lo <= a <= hi for a in ages) / len(ages)
    assert 0.5 < share(18, 45) < 0.8
    assert 0.15 < share(0, 17) < 0.4
    assert 0.02 < share(60, 110) < 0.12
    assert min(ages) >= 0 and max(ages) < 95


def test_vulnerabilities_come_at_plausible_rates_and_match_the_data(people):
    n = len(people)
    counts = {v: sum(1 for p in people if p["vulnerabilities"] & v) for v in Vulnerability.members()}
    assert 10 <= counts[Vulnerability.UNACCOMPANIED_CHILD] <= n * 0.01
    for flag in (Vulnerability.DISABILITY, Vulnerability.MEDICAL_NEED, Vulnerability.PREGNANT,
                 Vulnerability.OLDER_PERSON):
        assert n * 0.005 < counts[flag] < n * 0.12, flag
    for flag in (Vulnerability.TRAFFICKING_VICTIM, Vulnerability.DETAINED, Vulnerability.SEPARATED_CHILD):
        assert 5 <= counts[flag] < n * 0.01, flag
    for p in people:
        undocumented = not p["passport_no"] and not p["consular_id"]
        assert bool(p["vulnerabilities"] & Vulnerability.NO_DOCUMENTS) == undocumented
        if p["vulnerabilities"] & Vulnerability.PREGNANT:
            assert p["sex"] == "F"
        if p["vulnerabilities"] & Vulnerability.UNACCOMPANIED_CHILD:
            assert p["birth_date"] > "2007-06-01"
    assert 0.05 < counts[Vulnerability.NO_DOCUMENTS] / n < 0.25


def test_documents_have_expiry_dates_after_birth_and_some_are_expired(people):
    passports = [p for p in people if p["passport_no"]]
    assert len({p["passport_no"] for p in passports}) == len(passports)
    assert all(p["passport_expiry"] > p["birth_date"] for p in passports)
    expired = sum(p["passport_expiry"] < TODAY.isoformat() for p in passports) / len(passports)
    assert 0.05 < expired < 0.4
    ids = [p for p in people if p["consular_id"]]
    assert all(p["consular_id"].startswith("TAP-") and p["consular_id_expiry"] for p in ids)
    assert all(p["consular_id_expiry"] is None for p in people if not p["consular_id"])


def test_names_languages_consent_and_status_are_distributed(people):
    assert any("ú" in p["family_names"] or "á" in p["family_names"] for p in people)
    assert any(p["family_names"].startswith(("Ixcoy", "Tzul", "Batz")) for p in people)
    languages = Counter(p["languages"] for p in people)
    assert languages["es"] > len(people) / 2 and languages["es,mam"] > 0 and languages["es,quc"] > 0
    consent = sum(p["consent_share"] for p in people) / len(people)
    assert 0.65 < consent < 0.75
    assert 0.4 < sum(1 for p in people if p["migration_status"]) / len(people) < 0.8
    assert all(p["email"].endswith("@example.com") for p in people if p["email"])
    assert all(p["record_expiry"] for p in people)


def test_a_few_percent_live_far_from_every_assembly_point(people):
    points = [p for p in DemoGenerator(1, TODAY).post().places if p.kind is PlaceKind.ASSEMBLY_POINT]
    far = 0
    for p in people[::10]:
        nearest = min(haversine_km(p["lat"], p["lon"], a.lat, a.lon) for a in points)
        far += nearest > 25
    assert 0.01 < far / len(people[::10]) < 0.1


def test_the_post_is_a_marked_demo_with_gaps_for_the_plan_quality_check():
    demo = DemoGenerator(1, TODAY).post()
    assert "(demo)" in demo.post.name and demo.post.host_country == "MX" and demo.post.sending_country == "GT"
    assert demo.post.jurisdiction == ["MX-CHP"]
    assert 6 <= len(demo.zones) <= 8
    zones_with_alternate = {w.zone_id for w in demo.wardens if w.is_alternate}
    assert len(demo.zones) - len(zones_with_alternate) == 1
    assert {w.zone_id for w in demo.wardens} == set(range(len(demo.zones)))
    assert sum(1 for t in demo.team if not t.alternate_name) == 1
    kinds = Counter(p.kind for p in demo.places)
    assert kinds[PlaceKind.ASSEMBLY_POINT] + kinds[PlaceKind.SHELTER] >= 12
    assert kinds[PlaceKind.BORDER_CROSSING] == 3 and kinds[PlaceKind.SAFE_HAVEN] >= 2
    replaced = {r.alternate_of for r in demo.routes if r.alternate_of is not None}
    without_alternate = [r.name for i, r in enumerate(demo.routes) if r.alternate_of is None and i not in replaced]
    assert without_alternate == ["Tonalá – Ciudad Hidalgo por la carretera costera 200"]
    assert all(demo.routes[r.alternate_of].alternate_of is None for r in demo.routes if r.alternate_of is not None)
    assert len(demo.partners) >= 12 and len(demo.hazards) == 6


def test_each_zone_ring_is_closed_and_holds_its_towns():
    from micic_planner.core.demo_places import ZONES

    demo = DemoGenerator(1, TODAY).post()
    for zone, (_code, _name, _desc, _radius, towns) in zip(demo.zones, ZONES):
        assert zone.polygon[0] == zone.polygon[-1] and len(zone.polygon) > 4
        for _town, lat, lon, _share, _spread in towns:
            assert point_in_polygon(lon, lat, zone.polygon)
    ring = zone_ring([(15.0, -92.0)], 0.1)
    assert point_in_polygon(-92.0, 15.0, ring) and not point_in_polygon(-91.8, 15.0, ring)
