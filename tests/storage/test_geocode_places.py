"""Place names of an import's rows turned into coordinates, offline, accents optional."""

import pytest

from micic_planner.storage import gazetteer as gz


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    g = gz.Gazetteer(tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite")
    yield g
    g.close()


def test_tapachula_and_queretaro_typed_without_accent_get_coordinates(gazetteer, no_network):
    found = gz.geocode_places(["Tapachula", "queretaro"], "MX", gazetteer=gazetteer)
    lat, lon, label = found["Tapachula"]
    assert label == "Tapachula, Chiapas, Mexico"
    assert lat == pytest.approx(14.90, abs=0.05) and lon == pytest.approx(-92.26, abs=0.05)
    lat, lon, label = found["queretaro"]
    assert label == "Santiago de Querétaro, Querétaro, Mexico"  # the state's capital, not the Chiapas village
    assert lat == pytest.approx(20.59, abs=0.05) and lon == pytest.approx(-100.39, abs=0.05)


def test_the_most_populous_namesake_wins_and_a_region_after_a_comma_narrows_it(gazetteer):
    found = gz.geocode_places(["San Pedro", "San Pedro, Querétaro"], "MX", gazetteer=gazetteer)
    assert found["San Pedro"][2] == "San Pedro, Coahuila, Mexico"
    assert found["San Pedro, Querétaro"][2] == "San Pedro, Huimilpan, Querétaro, Mexico"


def test_the_country_restricts_the_places_that_count(gazetteer):
    anywhere = gz.geocode_places(["San Salvador"], gazetteer=gazetteer)["San Salvador"]
    in_mexico = gz.geocode_places(["San Salvador"], "mx", gazetteer=gazetteer)["San Salvador"]
    assert anywhere[2] == "San Salvador, San Salvador Department, El Salvador"
    assert in_mexico[2].endswith("Mexico")


def test_a_name_that_is_only_the_start_of_a_place_or_unknown_gets_nothing(gazetteer):
    found = gz.geocode_places(["Tapach", "Xyzzy", "", "  "], "MX", gazetteer=gazetteer)
    assert found == {"Tapach": None, "Xyzzy": None, "": None, "  ": None}


def test_each_distinct_name_is_looked_up_once(gazetteer, monkeypatch):
    calls = []
    real = gazetteer.geocode
    monkeypatch.setattr(gazetteer, "geocode", lambda text, country=None: calls.append(text) or real(text, country))
    found = gz.geocode_places(["Tapachula", "TAPACHULA", "tapachula", "Tapachula"], "MX", gazetteer=gazetteer)
    assert len(calls) == 1 and len(found) == 3 and len({v for v in found.values()}) == 1
