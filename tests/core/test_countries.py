import pytest

from micic_planner.core.countries import countries, country_name, find_country, subdivision_name, subdivisions
from micic_planner.core.errors import ValidationError


def test_countries_are_named_in_spanish_for_a_spanish_user():
    names = dict(countries("es"))
    assert names["MX"] == "México"
    assert names["US"] == "Estados Unidos"
    assert country_name("DE", "en") == "Germany"


def test_the_subdivisions_of_a_country_are_its_first_level_ones_named_in_the_language():
    mexico = dict(subdivisions("MX", "es"))
    assert len(mexico) == 32 and mexico["MX-CHP"] == "Chiapas"
    france = dict(subdivisions("FR", "es"))
    assert "FR-ARA" in france and "FR-01" not in france  # regions, not the departments under them
    assert subdivision_name("GT-16", "es") == "Alta Verapaz"


@pytest.mark.parametrize("typed, code", [("MX", "MX"), ("mex", "MX"), ("mexico", "MX"), ("México", "MX"),
                                         ("Estados Unidos", "US"), ("alemania", "DE"), ("Guatemala", "GT")])
def test_a_country_is_found_by_code_or_by_its_english_or_spanish_name_with_or_without_accents(typed, code):
    assert find_country(typed) == code


def test_an_unknown_country_is_refused_with_a_hint():
    with pytest.raises(ValidationError) as caught:
        find_country("Narnia", "host_country")
    assert caught.value.field == "host_country" and "Narnia" in caught.value.message and caught.value.hint
