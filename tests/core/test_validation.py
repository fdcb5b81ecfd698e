from datetime import date

import pytest

from micic_planner.core.errors import ValidationError, ValidationErrors
from micic_planner.core.models import National
from micic_planner.core.validation import (
    country_code,
    normalize_phone,
    parse_date,
    region_code,
    validate_national,
)


def test_dates_are_read_in_iso_and_day_first_forms():
    assert parse_date("2024-03-31", "d") == date(2024, 3, 31)
    assert parse_date("31/03/2024", "d") == date(2024, 3, 31)
    assert parse_date("  ", "d") is None


def test_an_impossible_date_says_it_is_not_real():
    with pytest.raises(ValidationError) as err:
        parse_date("31/02/2024", "birth_date")
    assert err.value.field == "birth_date" and "not a real date" in err.value.message


def test_a_word_is_not_a_date_and_the_hint_shows_the_forms():
    with pytest.raises(ValidationError) as err:
        parse_date("ayer", "birth_date")
    assert "2024-03-31" in err.value.hint


def test_phones_are_normalised_to_e164_in_the_given_region():
    assert normalize_phone("962 123 4567", "phone", "MX") == "+529621234567"
    assert normalize_phone("+502 5555 1234", "phone") == "+50255551234"


def test_an_invalid_phone_for_its_country_is_refused():
    with pytest.raises(ValidationError):
        normalize_phone("+52 12", "phone")


def test_country_and_region_codes_are_checked_against_iso_3166():
    assert country_code("Guatemala", "c") == "GT"
    assert country_code("mex", "c") == "MX"
    assert region_code("mx-chp", "r") == "MX-CHP"
    with pytest.raises(ValidationError):
        country_code("Atlantis", "c")
    with pytest.raises(ValidationError):
        region_code("MX-XXX", "r")


def test_a_national_with_several_faults_names_each_field():
    n = National("", "Pérez", birth_date=date(2030, 1, 1), phone="abc", email="nope",
                 passport_expiry=date(2029, 1, 1))
    with pytest.raises(ValidationErrors) as err:
        validate_national(n, today=date(2026, 1, 1))
    fields = err.value.by_field()
    assert set(fields) >= {"given_names", "birth_date", "phone", "email", "passport_expiry"}


def test_a_valid_national_gets_its_phone_in_e164():
    n = National("Ana", "Núñez", phone="962 123 4567")
    validate_national(n, region="MX")
    assert n.phone == "+529621234567"


def test_a_contact_gets_e164_phones_and_every_bad_field_is_named():
    from micic_planner.core.models import Partner

    partner = Partner("Cruz Roja", phone_24h="962 626 1949", phone="+52 12", email="sin arroba")
    with pytest.raises(ValidationErrors) as err:
        from micic_planner.core.validation import validate_contact

        validate_contact(partner, ("phone_24h", "phone"), "MX")
    assert set(err.value.by_field()) == {"phone", "email"}
    assert partner.phone_24h == "+529626261949"
