"""File > Import a map file: a kind per unknown point type, then the report of each item."""

from pathlib import Path
from types import SimpleNamespace

from micic_planner.core.enums import PlaceKind
from micic_planner.core.models import Place, Route
from micic_planner.gui import geo_import_dialog
from micic_planner.gui.context import AppContext
from micic_planner.storage.store import PostStore

REAL = Path(__file__).parent.parent / "data" / "real"


def test_the_kind_dialog_lists_each_unknown_type_and_the_import_reports_every_item(tmp_path, qapp, monkeypatch):
    store = PostStore.open(tmp_path / "post.micic", create=True)
    window = SimpleNamespace(context=AppContext(store))
    seen = {}

    def choose(cls, parent, pending):
        dialog = cls(pending, None)
        seen["types"] = list(dialog.choices)
        dialog.choices["example type"].setCurrentIndex(dialog.choices["example type"].findData(PlaceKind.SHELTER))
        return dialog.kinds()

    monkeypatch.setattr(geo_import_dialog.OpenMapFileDialog, "ask",
                        classmethod(lambda cls, parent: str(REAL / "gpx/gpx1.0_with_all_fields.gpx")))
    monkeypatch.setattr(geo_import_dialog.KindChoiceDialog, "ask", classmethod(choose))
    monkeypatch.setattr(geo_import_dialog.GeoReportDialog, "ask",
                        classmethod(lambda cls, parent, text: seen.setdefault("report", text)))
    try:
        geo_import_dialog.run_geo_import(window)
        assert seen["types"] == ["example type", ""]
        assert "Added place: example name" in seen["report"]
        assert "Skipped: its type “(none)”" in seen["report"]  # the untyped waypoint, left as "skip"
        places = store.records.list(Place)
        assert [(p.name, p.kind, p.capacity) for p in places if p.name == "example name"] == [
            ("example name", PlaceKind.SHELTER, None)]
        assert len(store.records.list(Route)) == 2
    finally:
        store.close()


def test_the_kind_dialog_fits_a_laptop_screen_with_many_types(qapp):
    pending = {f"Tipo {i} con un nombre bastante largo": [Place("P", PlaceKind.SHELTER, 0, 0)] for i in range(40)}
    dialog = geo_import_dialog.KindChoiceDialog(pending)
    dialog.show()
    try:
        assert dialog.height() <= dialog.screen().availableGeometry().height()
        assert dialog.kinds() == dict.fromkeys(pending)
    finally:
        dialog.close()


def test_the_capacity_field_shows_and_keeps_an_unknown_capacity_apart_from_zero(qapp):
    from micic_planner.gui.forms.fields import Field, get_value, make_editor, set_value

    field = Field("capacity", "Capacity (people)", "optint")
    editor = make_editor(field)
    set_value(editor, field, None)
    assert editor.text() == "unknown" and get_value(editor, field) is None
    set_value(editor, field, 0)
    assert get_value(editor, field) == 0
    set_value(editor, field, 250)
    assert get_value(editor, field) == 250


def test_a_driven_length_shows_in_the_route_form_until_its_line_is_edited(window, qtbot):
    from micic_planner.gui.forms.route_form import RouteForm

    store = window.context.store
    view = window.show_view("routes")
    spec = view.panel.spec
    route = store.records.list(Route)[0]
    route.driven_km = 123.4
    RouteForm.places = spec.places
    form = RouteForm("Edit", spec.fields(), route)
    qtbot.addWidget(form)
    assert "123.4 km" in form.summary.text()
    assert form.collect().driven_km == 123.4
    form.add_waypoint(route.waypoints[0][0] if route.waypoints else 15.0, -92.0)
    assert "123.4 km" not in form.summary.text()
    assert form.collect().driven_km is None
