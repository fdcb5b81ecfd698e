"""Place search in the record forms: coordinates from the gazetteer, the nearest place named, the zone proposed."""

import pytest

from micic_planner.core.enums import PlaceKind
from micic_planner.core.models import National, Place, Post, Zone


@pytest.fixture
def post_store(store):
    store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula", lat=14.9, lon=-92.26))
    ring = [[-92.4, 14.8], [-92.1, 14.8], [-92.1, 15.0], [-92.4, 15.0], [-92.4, 14.8]]
    around = Zone("Soconusco", "Z1", polygon=ring)
    north = Zone("Costa norte", "Z2", polygon=[[-93.0, 15.5], [-92.6, 15.5], [-92.6, 15.8], [-93.0, 15.5]])
    store.records.add(north)
    store.records.add(around)
    return store, around, north


def national_form(qtbot, store, record=None):
    from micic_planner.gui.forms.national_form import NationalForm, national_fields

    NationalForm.store = store
    form = NationalForm("National", national_fields(lambda text: text, store.db), record or National("López", "Ana"))
    qtbot.addWidget(form)
    return form


def test_choosing_a_gazetteer_result_fills_the_nationals_coordinates_and_proposes_the_zone(qtbot, post_store,
                                                                                           no_network):
    store, around, _north = post_store
    form = national_form(qtbot, store)
    search = form.editors["place"]
    search.setText("Tapachula")
    found = search.search("Tapachula")
    assert found[0].label() == "Tapachula, Chiapas, Mexico"
    search.choose(0)
    record = form.collect()
    assert record.place == "Tapachula"
    assert record.lat == pytest.approx(14.9039, abs=0.001) and record.lon == pytest.approx(-92.2575, abs=0.001)
    assert record.zone_id == around.id
    assert "Soconusco" in form.geo.zone_note.text() and form.geo.zone_note.isVisibleTo(form)
    assert form.geo.near.text().startswith("Near Tapachula, Chiapas, Mexico")


def test_coordinates_typed_by_hand_name_the_nearest_place_and_propose_no_zone_outside_every_zone(qtbot, post_store):
    store, _around, _north = post_store
    form = national_form(qtbot, store)
    form.editors["lat"].setText("14.6349")
    form.editors["lon"].setText("-90.5069")
    form.editors["lon"].editingFinished.emit()
    assert "Guatemala City" in form.geo.near.text()
    assert form.collect().zone_id is None
    assert form.geo.zone_note.text() == "No zone holds these coordinates."


def test_opening_a_national_with_coordinates_shows_the_place_but_keeps_their_zone(qtbot, post_store):
    store, around, north = post_store
    person = National("Pérez", "Luis", lat=14.9, lon=-92.26, zone_id=north.id)
    form = national_form(qtbot, store, person)
    form.editors["lat"].editingFinished.emit()  # the focus passing through changes nothing
    assert form.geo.near.text().startswith("Near Tapachula")
    assert form.collect().zone_id == north.id != around.id


def test_the_place_form_gets_a_search_row_that_fills_coordinates_and_an_empty_address(qtbot, post_store):
    from micic_planner.gui.context import AppContext
    from micic_planner.gui.forms.record_form import RecordForm
    from micic_planner.gui.views.places_view import PlaceSpec
    from micic_planner.gui.views.record_panel import RecordPanel

    store, around, _north = post_store
    panel = RecordPanel(AppContext(store), PlaceSpec)
    qtbot.addWidget(panel)

    form = RecordForm("Place", panel.spec.fields(), Place("", PlaceKind.SHELTER, 0.0, 0.0), parent=panel)
    search = form.findChild(type(form.geo.search), "place_search")
    assert search is form.geo.search and search.country == "MX"
    search.search("tapachula")
    search.choose(0)
    assert form.editors["name"].placeholderText() == "e.g. Central park of Tapachula"
    form.editors["name"].setText("Albergue Belén")
    record = form.collect()
    assert (round(record.lat, 2), round(record.lon, 2)) == (14.9, -92.26)
    assert record.address == "Tapachula, Chiapas, Mexico"
    assert record.zone_id == around.id


def test_the_post_form_keeps_the_chosen_citys_coordinates(qtbot):
    from micic_planner.gui.forms.post_form import post_fields
    from micic_planner.gui.forms.record_form import RecordForm

    form = RecordForm("Post details", post_fields(lambda text: text), Post("", "", ""))
    qtbot.addWidget(form)
    box = form.editors["host_country"]
    box.setCurrentIndex(box.findData("GT"))
    city = form.editors["city"]
    assert city.country == "GT"
    city.search("Quetzaltenango")
    city.choose(0)
    form.editors["name"].setText("Consulado de México en Quetzaltenango")
    post = form.collect()
    assert post.city == "Quetzaltenango"
    assert (round(post.lat, 1), round(post.lon, 1)) == (14.8, -91.5)
