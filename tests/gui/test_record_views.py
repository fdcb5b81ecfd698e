import copy

from micic_planner.core.enums import PartnerKind
from micic_planner.core.models import Partner, Place, Route
from micic_planner.gui.forms.record_form import RecordForm
from micic_planner.gui.forms.route_form import RouteForm


def answer_form(monkeypatch, change, cls=RecordForm):
    def ask(klass, parent, title, fields, record, validate=None):
        edited = copy.deepcopy(record)
        change(edited)
        if validate:
            validate(edited)
        return edited
    monkeypatch.setattr(cls, "ask", classmethod(ask))


def test_add_edit_undo_and_delete_a_partner(window, monkeypatch, dialogs):
    store = window.context.store
    view = window.show_view("partners")
    count = len(store.records.list(Partner))

    def fill(p):
        p.name, p.kind, p.phone_24h = "Cruz Roja Guatemalteca", PartnerKind.RED_CROSS, "+502 2381 6565"
    answer_form(monkeypatch, fill)
    window.menu_actions["add"].trigger()
    added = [p for p in store.records.list(Partner) if p.name == "Cruz Roja Guatemalteca"]
    assert len(added) == 1 and added[0].phone_24h == "+50223816565"
    assert view.panel.selected_ids() == [added[0].id]

    answer_form(monkeypatch, lambda p: setattr(p, "contact_person", "Lucía Méndez"))
    window.menu_actions["edit"].trigger()
    assert store.records.get(Partner, added[0].id).contact_person == "Lucía Méndez"
    window.menu_actions["undo"].trigger()
    assert store.records.get(Partner, added[0].id).contact_person == ""

    view.panel.select_id(added[0].id)
    window.menu_actions["delete"].trigger()
    assert len(store.records.list(Partner)) == count
    window.menu_actions["undo"].trigger()
    assert store.records.get(Partner, added[0].id).uuid == added[0].uuid
    assert view.panel.model.row_of(added[0].id) >= 0
    assert dialogs == []


def test_the_panel_search_ignores_accents(window):
    view = window.show_view("partners")
    store = window.context.store
    window.context.apply(store.records.add(Partner("Pastoral de Movilidad Humana, Tecún Umán")))
    view.panel.search.setText("tecun movilidad")
    assert view.panel.proxy.rowCount() == 1


def test_undo_of_deleting_a_place_brings_back_its_routes_and_assignments(window, dialogs):
    store = window.context.store
    view = window.show_view("places")
    route = store.records.list(Route)[0]
    origin = route.origin_id
    assigned = store.db.execute("SELECT count(*) FROM assignments WHERE assembly_point_id = ?", [origin]).fetchone()[0]
    routes_before = len(store.records.list(Route))
    view.panel.select_id(origin)
    window.menu_actions["delete"].trigger()
    assert len(store.records.list(Route)) < routes_before
    window.menu_actions["undo"].trigger()
    assert len(store.records.list(Route)) == routes_before
    assert store.db.execute("SELECT count(*) FROM assignments WHERE assembly_point_id = ?",
                            [origin]).fetchone()[0] == assigned
    assert store.records.get(Place, origin).name


def test_the_route_form_computes_length_and_time_from_waypoints(window, qtbot):
    store = window.context.store
    view = window.show_view("routes")
    spec = view.panel.spec
    route = store.records.list(Route)[0]
    RouteForm.places = spec.places
    form = RouteForm("Edit", spec.fields(), route)
    qtbot.addWidget(form)
    before = form.summary.text()
    assert "km" in before
    form.add_waypoint(0.0, 0.0)
    assert form.summary.text() != before
    form.waypoints.item(form.waypoints.rowCount() - 1, 0).setText("not a number")
    form.accept()
    assert "Waypoint" in form.general_error.text()


def test_loading_the_standard_matrix_can_be_undone(window, dialogs):
    store = window.context.store
    view = window.show_view("alerts")
    before = store.db.execute("SELECT count(*) FROM alert_actions").fetchone()[0]
    view.load_template()
    after = store.db.execute("SELECT count(*) FROM alert_actions").fetchone()[0]
    assert after > before
    window.menu_actions["undo"].trigger()
    assert store.db.execute("SELECT count(*) FROM alert_actions").fetchone()[0] == before
    view.phase.setCurrentIndex(2)
    assert {r.phase for r in view.panel.model.records} == {2}
