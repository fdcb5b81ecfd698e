"""File > Import a map file: a kind per unknown point type, then the report of each item."""

import threading
from pathlib import Path
from types import SimpleNamespace

from micic_planner.core.enums import PlaceKind
from micic_planner.core.models import Place, Route
from micic_planner.gui import geo_import_dialog
from micic_planner.gui import worker as gui_worker
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


def _map_file(tmp_path):
    import json

    path = tmp_path / "albergues.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-92.26, 14.90]},
         "properties": {"name": "Parque Central", "kind": "assembly_point", "capacity": 900}},
        {"type": "Feature", "geometry": {"type": "MultiPoint", "coordinates": [[-92.20, 14.95], [-92.10, 15.00]]},
         "properties": {"name": "Albergue", "kind": "shelter"}},
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-92.26, 14.90], [-92.10, 15.00]]},
         "properties": {"name": "Ruta norte"}}]}), encoding="utf-8")
    return path


def test_a_map_file_import_runs_in_the_worker_and_is_undone_and_redone_as_one_step(tmp_path, qapp, monkeypatch):
    store = PostStore.open(tmp_path / "post.micic", create=True)
    window = SimpleNamespace(context=AppContext(store))
    store.records.add(Place("Parque Central", PlaceKind.ASSEMBLY_POINT, 14.90, -92.26, 300))
    path = _map_file(tmp_path)
    monkeypatch.setattr(geo_import_dialog.OpenMapFileDialog, "ask", classmethod(lambda cls, parent: str(path)))
    monkeypatch.setattr(geo_import_dialog.GeoReportDialog, "ask", classmethod(lambda cls, parent, text: None))
    threads = []
    original = gui_worker.Worker.run
    monkeypatch.setattr(gui_worker.Worker, "run",
                        lambda self: (threads.append(threading.current_thread() is not threading.main_thread()),
                                      original(self)))

    def state():
        return (sorted((p.name, p.capacity) for p in store.records.list(Place)),
                sorted(r.name for r in store.records.list(Route)))
    try:
        before = state()
        geo_import_dialog.run_geo_import(window)
        imported = state()
        assert ("Parque Central", 900) in imported[0] and ("Albergue (2)", None) in imported[0]
        assert imported[1] == ["Ruta norte"] and threads == [True, True]
        stack = window.context.undo_stack
        assert stack.count() == 1 and "albergues.geojson" in stack.undoText()
        stack.undo()
        assert state() == before
        stack.redo()
        assert state() == imported
    finally:
        store.close()


def test_a_cancelled_map_file_import_leaves_the_post_as_it_was(tmp_path, qapp, monkeypatch):
    store = PostStore.open(tmp_path / "post.micic", create=True)
    window = SimpleNamespace(context=AppContext(store))
    monkeypatch.setattr(geo_import_dialog.OpenMapFileDialog, "ask",
                        classmethod(lambda cls, parent: str(_map_file(tmp_path))))
    monkeypatch.setattr(geo_import_dialog.GeoReportDialog, "ask", classmethod(lambda cls, parent, text: None))
    monkeypatch.setattr(gui_worker.Worker, "is_cancelled", lambda self: True)
    try:
        geo_import_dialog.run_geo_import(window)
        assert store.records.list(Place) == [] and store.records.list(Route) == []
        assert window.context.undo_stack.count() == 0
    finally:
        store.close()
