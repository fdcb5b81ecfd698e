"""One date format across the crisis window: 31/03/2024 in Spanish, in labels, tables and date editors alike."""

import re
from datetime import date

import pytest

from micic_planner.core.crisis import DocumentIssued, DocumentKind
from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.gui.context import AppContext
from micic_planner.gui.crisis import dialogs
from micic_planner.gui.crisis.crisis_view import CrisisView
from micic_planner.gui.locale_support import fmt_date, install_language
from tests.crisis_fixture import build_post

DAY = r"\d{2}/\d{2}/\d{4}"


@pytest.fixture
def view(store, qtbot, qapp, monkeypatch):
    install_language(qapp, "es")
    store.user_name = "officer1"
    people = build_post(store)["people"]
    widget = CrisisView(AppContext(store))
    qtbot.addWidget(widget)
    answer = {"title": "Huracán Eta", "hazard": Hazard.HURRICANE, "zones": [], "phase": AlertPhase.PRECAUTION,
              "reset_statuses": True}
    monkeypatch.setattr(dialogs.OpenCrisisDialog, "ask", classmethod(lambda cls, parent, zones: answer))
    widget.open_button.click()
    monkeypatch.setattr(dialogs.DocumentDialog, "ask", classmethod(
        lambda cls, parent, store, crisis_id, next_number: DocumentIssued(
            crisis_id, people[0].id, DocumentKind.LAISSEZ_PASSER, next_number(DocumentKind.LAISSEZ_PASSER),
            date(2024, 3, 31))))
    widget.aid.issue_button.click()
    yield widget
    install_language(qapp, "en")


def test_the_crisis_window_writes_every_date_day_first_with_four_digit_years(view):
    assert view.aid.documents.index(0, 3).data() == "31/03/2024" == fmt_date(date(2024, 3, 31))
    assert re.search(rf"{DAY} \d{{2}}:\d{{2}}$", view.state.text()), view.state.text()
    stamps = [view.timeline.model.index(r, 0).data() for r in range(view.timeline.model.rowCount())]
    assert stamps and all(re.fullmatch(rf"{DAY} \d{{2}}:\d{{2}}:\d{{2}}", s) for s in stamps), stamps


def test_the_date_editors_of_the_crisis_dialogs_use_the_same_pattern(view, qtbot):
    form = dialogs.DocumentDialog(view.store, view.crisis.id, view.crises.aid.next_number)
    qtbot.addWidget(form)
    assert form.issued.displayFormat() == "dd/MM/yyyy"
    assert form.issued.text() == fmt_date(date.today())
