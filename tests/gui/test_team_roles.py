"""The crisis team's roles: chosen from the translated standard roles (or typed), stored by code, shown in Spanish."""

import pytest

from micic_planner.core.models import AlertAction, TeamMember
from micic_planner.gui.context import AppContext
from micic_planner.gui.forms.record_form import RecordForm
from micic_planner.gui.locale_support import install_language
from micic_planner.gui.views.alerts_view import AlertsView
from micic_planner.gui.views.team_view import TeamView


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def _form(view, qtbot, member):
    form = RecordForm("Crisis team", view.panel.spec.fields(), member, parent=view.panel)
    qtbot.addWidget(form)
    return form


def test_the_team_form_offers_the_standard_roles_in_spanish_and_stores_their_codes(spanish, store, qtbot):
    view = TeamView(AppContext(store))
    qtbot.addWidget(view)
    form = _form(view, qtbot, TeamMember("", "Ana Pérez"))
    role = form.editors["role"]
    labels = [role.itemText(i) for i in range(role.count())]
    assert labels[0] == "Titular de la representación" and "Oficial de protección" in labels
    role.setCurrentIndex(labels.index("Oficial de protección"))
    assert form.collect().role == "Protection officer"
    role.setEditText("oficial de LOGISTICA")  # typed rather than chosen: still the standard role
    assert form.collect().role == "Logistics officer"
    role.setEditText("Chofer de guardia")  # the post's own role: kept as typed
    assert form.collect().role == "Chofer de guardia"


def test_a_stored_role_is_shown_again_in_the_form_and_translated_in_the_tables(spanish, store, qtbot):
    store.records.add(TeamMember("Warden network", "Otto Chamalé", position=1))
    store.records.add(TeamMember("Chofer", "Beto", position=2))
    store.records.add(AlertAction(1, "action", "Avisar", "Warn", role="Warden network"))
    team = TeamView(AppContext(store))
    qtbot.addWidget(team)
    team.panel.reload()
    model = team.panel.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Red de enlaces", "Chofer"]
    assert _form(team, qtbot, store.records.list(TeamMember)[0]).editors["role"].currentText() == "Red de enlaces"
    assert _form(team, qtbot, store.records.list(TeamMember)[1]).editors["role"].currentText() == "Chofer"
    alerts = AlertsView(AppContext(store))
    qtbot.addWidget(alerts)
    alerts.panel.reload()
    who = alerts.panel.model
    assert who.columns[3].title == "Quién" and who.index(0, 3).data() == "Red de enlaces"


def test_the_team_table_never_cuts_a_name_or_a_phone(store, qtbot):
    store.records.add(TeamMember("Head of post", "Cónsul General Ana Lucía Mazariegos Ordóñez de la Santísima Trinidad",
                                 "+529625550101", alternate_name="Cónsul Luis Fernando Ajú Velásquez y Sánchez",
                                 alternate_phone="+529625550102"))
    view = TeamView(AppContext(store))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    table, model = view.panel.table, view.panel.model
    for column, spec in enumerate(model.columns):
        if spec.whole:
            text = model.index(0, column).data()
            assert table.fontMetrics().horizontalAdvance(text) < table.columnWidth(column), text
