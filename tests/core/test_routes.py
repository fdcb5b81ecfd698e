from micic_planner.core.enums import PlaceKind
from micic_planner.core.geo import geodesic_km
from micic_planner.core.models import Partner, Place, Route
from micic_planner.core.routes import format_hours, group_routes, route_leg
from micic_planner.core.sms_length import sms_segments
from micic_planner.core.vcard_text import escape, partner_vcard

A = Place("A", PlaceKind.ASSEMBLY_POINT, 14.6, -90.5, id=1)
B = Place("B", PlaceKind.BORDER_CROSSING, 14.7, -92.1, id=2)


def test_route_length_follows_the_waypoints_from_origin_to_destination():
    route = Route("R", 1, 2, waypoints=[[14.5, -91.0]], speed_kmh=50, id=10)
    leg = route_leg(route, {1: A, 2: B})
    expected = geodesic_km((14.6, -90.5), (14.5, -91.0)) + geodesic_km((14.5, -91.0), (14.7, -92.1))
    assert abs(leg.km - expected) < 1e-9
    assert leg.km > geodesic_km((14.6, -90.5), (14.7, -92.1))
    assert abs(leg.hours - expected / 50) < 1e-9


def test_alternates_are_grouped_under_their_primary_and_orphans_stay_listed():
    primary = Route("Zeta", 1, 2, id=1)
    alternate = Route("Alterna", 1, 2, alternate_of=1, id=2)
    orphan = Route("Beta", 1, 2, alternate_of=99, id=3)
    legs = group_routes([primary, alternate, orphan], [A, B])
    assert [leg.route.name for leg in legs] == ["Beta", "Zeta"]
    assert [a.route.name for a in legs[1].alternates] == ["Alterna"]


def test_a_route_with_a_missing_end_still_has_a_length_of_what_is_known():
    leg = route_leg(Route("R", 1, 99, id=1), {1: A})
    assert leg.destination is None and leg.km == 0


def test_hours_are_printed_as_hours_and_minutes():
    assert format_hours(0.75) == "45 min"
    assert format_hours(2.0833) == "2 h 05 min"


def test_vcard_escapes_commas_semicolons_and_newlines():
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    card = partner_vcard(Partner("Cruz Roja; Guatemala", contact_person="Ana López Pérez", phone_24h="+502 2381",
                                 email="a@b.gt", services="Agua, albergue"))
    lines = card.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:3.0" and card.endswith("END:VCARD\r\n")
    assert "N:López Pérez;Ana;;;" in lines
    assert "ORG:Cruz Roja\\; Guatemala" in lines
    assert "TEL;TYPE=VOICE,PREF:+502 2381" in lines
    assert "NOTE:Agua\\, albergue" in lines


def test_vcard_of_a_partner_without_contact_person_is_named_after_the_organisation():
    lines = partner_vcard(Partner("OIM")).split("\r\n")
    assert "FN:OIM" in lines and "ORG:OIM" in lines


def test_sms_with_acute_accents_counts_seventy_characters_per_message():
    assert sms_segments("a" * 160) == (1, True)
    assert sms_segments("a" * 161) == (2, True)
    assert sms_segments("evacuación " + "a" * 59) == (1, False)
    assert sms_segments("evacuación " + "a" * 60) == (2, False)
    assert sms_segments("Año, niño, él")[1] is True


def test_the_qr_vcard_puts_an_honorific_in_the_prefix_and_both_family_names_in_the_family_name():
    lines = partner_vcard(Partner("OIM", contact_person="Lic. María José García López")).split("\r\n")
    assert "N:García López;María José;;Lic.;" in lines
