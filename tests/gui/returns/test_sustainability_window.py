"""The sustainability survey in the window, in Spanish at 1366×768: the scores say why they are not computed."""

from PySide6.QtWidgets import QLabel

from micic_planner.core.returns.case import CaseState
from micic_planner.core.returns.listing import CaseFilter
from micic_planner.core.returns.sustainability import parse_survey, program_survey
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.survey_store import SurveyStore
from tests.gui.test_walkthrough import FRAME_ALLOWANCE, SCREEN_HEIGHT, settle
from tests.returns.test_sustainability_survey import made_up_survey


def _arrived(store):
    return ReturnStore(store).page(CaseFilter(state=CaseState.RECEIVED), 0, 1)[0]


def test_each_visit_says_in_spanish_why_no_score_is_computed_and_nothing_can_be_recorded(spanish, window, qtbot):
    from micic_planner.gui.returns.sustainability_dialog import SustainabilityDialog

    store = window.context.store
    arrived = _arrived(store)
    dialog = SustainabilityDialog(window.context, arrived.id, arrived.number, program_survey(), window)
    dialog.show()
    settle(qtbot)
    assert dialog.height() + FRAME_ALLOWANCE.height() <= SCREEN_HEIGHT
    assert dialog.visits.rowCount() == len(SurveyStore(store, program_survey()).visits(arrived.id)) > 0
    scores = {dialog.visits.item(r, 3).text() for r in range(dialog.visits.rowCount())}
    assert scores == {"puntuación: no calculada – faltan por confirmar los indicadores, las preguntas, las escalas "
                      "de respuesta, las ponderaciones y la fórmula (se necesitan las fuentes)"}
    assert dialog.findChild(QLabel, "nothing_to_ask").isVisible() and not dialog.answers_box.isVisible()
    spread = SurveyStore(store, program_survey()).spread()
    assert dialog.spread.rowCount() == len(spread) > 0
    assert [dialog.spread.item(r, 2).text() for r in range(len(spread))] == [str(r.cases) for r in spread]
    dialog.close()


def test_confirmed_questions_are_answered_at_the_chosen_visit_from_the_window(window, qtbot):
    from micic_planner.gui.returns.sustainability_dialog import SustainabilityDialog

    store = window.context.store
    arrived = _arrived(store)
    survey = parse_survey(made_up_survey())
    dialog = SustainabilityDialog(window.context, arrived.id, arrived.number, survey, window)
    dialog.show()
    settle(qtbot)
    assert dialog.answers_box.isVisible()
    dialog.visits.selectRow(1)
    dialog.answer_fields[1].setCurrentIndex(dialog.answer_fields[1].findData("No"))
    dialog.record_button.click()
    visits = SurveyStore(store, survey).visits(arrived.id)
    assert visits[1].answers == {1: "No"} and dialog.visits.item(1, 2).text() == "1 of 2"
    dialog.close()


def test_the_return_view_shows_the_case_survey_line_and_offers_the_dialog(spanish, window, qtbot):
    window.resize(1366, SCREEN_HEIGHT)
    view = window.show_view("returns")
    settle(qtbot)
    view.show_case(_arrived(window.context.store).id)
    assert "Encuesta de sostenibilidad: 0 de 3 visitas respondidas; puntuación: no calculada" in view.details.text()
    button = view.sustainability_button
    assert button.isEnabled() and button.text() == "Sostenibilidad…"
