"""The Reintegration Sustainability Survey at follow-up visits: only confirmed content is asked, no score is guessed.

`plans/reintegration_survey.json` holds what the sources confirm. The test surveys below are written in
the tests, clearly not IOM's: they check what the program does once a trainer has confirmed content,
never what the RSS says.
"""

import copy
import json
from datetime import date

import pytest

from micic_planner.core.errors import NotFoundError, ValidationError
from micic_planner.core.models import National
from micic_planner.core.paths import plans_path
from micic_planner.core.returns.case import CaseState, ReturnCase
from micic_planner.core.returns.sustainability import (
    SURVEY_FILE,
    UNCONFIRMED,
    load_survey,
    parse_survey,
    program_survey,
    score_text,
)
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.reintegration_store import ReintegrationStore
from micic_planner.storage.returns.survey_store import SurveyStore
from tests.returns.returns_fixture import FAR, add_people

SOURCE = {"test": {"url": "https://example.org/test-survey", "section": "Test table 1"}}


def made_up_survey(weights=UNCONFIRMED, formula=UNCONFIRMED) -> dict:
    """Two made-up indicators whose wording and answers are confirmed by a made-up source."""
    rows = [{"number": n, "dimension": d, "indicator": f"Test indicator {n}", "question": f"Test question {n}?",
             "answers": ["Yes", "No"], "weight": weights, "source": "test"}
            for n, d in ((1, "economic"), (2, "psychosocial"))]
    return {"instrument": "Test survey", "sources": SOURCE,
            "facts": [{"what": "dimensions", "value": ["economic", "social", "psychosocial"], "source": "test"}],
            "indicators": rows, "formula": {"dimension_score": formula, "composite_score": formula, "source": "test"}}


def _home_case(store, programme="Programme A (demo)", municipality="Ocotepeque", person="asilo", ids=None):
    ids = ids or add_people(store)
    if person not in ids:
        national = National("Prueba", person, birth_date=date(1985, 1, 1), passport_expiry=FAR)
        store.nationals.add(national)
        ids[person] = national.id
    case = ReturnCase(date(2026, 10, 1), assessment="ok", declaration_signed_on=date(2026, 10, 5),
                      travel_date=date(2026, 11, 28), programme=programme, return_municipality=municipality)
    returns = ReturnStore(store)
    returns.open_case(case, [ids[person]])
    for state in (CaseState.ASSESSED, CaseState.APPROVED, CaseState.DOCUMENTS_READY, CaseState.TRAVEL_ARRANGED,
                  CaseState.DEPARTED):
        returns.advance(case.id, state, day=date(2026, 11, 28))
    returns.advance(case.id, CaseState.RECEIVED, day=date(2026, 11, 30))
    return case.id, ids


def _visits(store, case_id):
    return ReintegrationStore(store).plan(case_id)[2]


def _answers_in_file(store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM survey_answers").fetchone()[0]


# -- the file as shipped ---------------------------------------------------------
def test_every_value_the_shipped_survey_confirms_names_a_source_with_its_address_and_section():
    raw = json.loads(plans_path(SURVEY_FILE).read_text(encoding="utf-8"))
    survey = program_survey()  # parsing checks the form of every value
    assert len(survey.indicators) == 15
    for row in raw["indicators"]:
        confirmed = [k for k in ("dimension", "indicator", "question", "answers", "weight") if row[k] != UNCONFIRMED]
        if confirmed:
            assert row["source"] in raw["sources"] and row["source"] != "handbook_annex_4", (row["number"], confirmed)
    formula = {k: v for k, v in raw["formula"].items() if k != "source"}
    if any(v != UNCONFIRMED for v in formula.values()):
        assert raw["formula"]["source"] != "handbook_annex_4"
    for fact in raw["facts"]:
        assert fact["source"] in raw["sources"] and fact["value"] not in ("", UNCONFIRMED, [])
    for key, source in raw["sources"].items():
        assert source["url"].startswith("https://") and len(source["section"]) > 20, key
    assert raw["searched"], "say where the search looked, so the next one starts elsewhere"


def test_the_shipped_survey_computes_no_score_and_names_everything_the_sources_have_not_confirmed():
    status = program_survey().score({})
    assert not status.computed
    assert score_text(status) == ("score: not computed – the indicators, the questions, the answer scales, "
                                  "the weights and the formula are not confirmed (source needed)")


def test_nothing_is_recorded_while_no_indicator_of_the_survey_is_confirmed(store):
    case_id, _ids = _home_case(store)
    visit = _visits(store, case_id)[0]
    with pytest.raises(ValidationError, match="No indicator of the survey is confirmed"):
        SurveyStore(store, program_survey()).record(visit.id, {1: "Yes"})
    assert _answers_in_file(store) == 0


# -- once a trainer has confirmed content ---------------------------------------
def test_confirmed_questions_are_recorded_per_visit_and_the_score_says_the_weights_are_missing(store):
    case_id, _ids = _home_case(store)
    first, second, _third = _visits(store, case_id)
    survey = parse_survey(made_up_survey(formula="Test formula"))
    surveys = SurveyStore(store, survey)
    surveys.record(first.id, {1: "Yes", 2: "No"})
    surveys.record(second.id, {1: "No"})
    surveys.record(second.id, {1: "Yes"})  # a corrected answer replaces the earlier one
    visits = surveys.visits(case_id)
    assert [v.answers for v in visits] == [{1: "Yes", 2: "No"}, {1: "Yes"}, {}]
    assert [v.due_on for v in visits] == [first.due_on, second.due_on, _third.due_on]
    assert {score_text(v.score) for v in visits} == {
        "score: not computed – the weights are not confirmed (source needed)"}
    recorded_by = store.db.execute("SELECT DISTINCT recorded_by FROM survey_answers").fetchall()
    assert recorded_by == [(store.user_name,)]


def test_with_weights_confirmed_but_no_formula_the_score_says_the_formula_is_missing():
    survey = parse_survey(made_up_survey(weights=0.5))
    assert score_text(survey.score({1: "Yes"})) == \
        "score: not computed – the formula is not confirmed (source needed)"


def test_an_answer_off_the_scale_or_to_an_unconfirmed_indicator_writes_none_of_the_visits_answers(store):
    case_id, _ids = _home_case(store)
    visit = _visits(store, case_id)[0]
    data = made_up_survey()
    data["indicators"][1]["question"] = UNCONFIRMED
    surveys = SurveyStore(store, parse_survey(data))
    with pytest.raises(ValidationError, match="not an answer to indicator 1") as error:
        surveys.record(visit.id, {1: "Maybe"})
    assert "Yes; No" in error.value.hint
    with pytest.raises(ValidationError, match="Indicator 2 cannot be asked"):
        surveys.record(visit.id, {1: "Yes", 2: "No"})
    with pytest.raises(NotFoundError):
        surveys.record(9999, {1: "Yes"})
    assert _answers_in_file(store) == 0


@pytest.mark.parametrize("change, where, says", [
    (lambda d: d["indicators"][0].update(source="nowhere"), "indicators[0].source", "sources"),
    (lambda d: d["indicators"][1].update(weight="0.3"), "indicators[1].weight", "number"),
    (lambda d: d["indicators"][0].update(answers=["Yes"]), "indicators[0].answers", "two or more"),
    (lambda d: d["indicators"][0].update(dimension="spiritual"), "indicators[0].dimension", "one of"),
    (lambda d: d["indicators"][1].update(number=3), "indicators[1].number", "should be 2"),
    (lambda d: d["sources"]["test"].update(url="example.org"), "sources.test", "address"),
])
def test_a_malformed_survey_value_is_named_with_where_it_is_and_what_to_do(change, where, says):
    data = copy.deepcopy(made_up_survey())
    change(data)
    with pytest.raises(ValidationError, match=says) as error:
        parse_survey(data, "survey.json")
    assert error.value.where == f"survey.json: {where}"
    assert "unconfirmed" in error.value.hint


def test_a_survey_file_that_is_not_json_names_its_line(tmp_path):
    path = tmp_path / "survey.json"
    path.write_text('{\n  "sources": {,\n}', encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON") as error:
        load_survey(path)
    assert error.value.where == f"{path}, line 2"


# -- the spread per programme and municipality -----------------------------------
def test_the_spread_counts_returnees_visits_and_surveys_per_programme_and_municipality_as_sql_does(store):
    a, ids = _home_case(store, "Programme A (demo)", "Ocotepeque", "asilo")
    b, ids = _home_case(store, "Programme A (demo)", "Ocotepeque", "Uno", ids)
    c, ids = _home_case(store, "Programme B (demo)", "Choluteca", "Dos", ids)
    reintegration = ReintegrationStore(store)
    surveys = SurveyStore(store, parse_survey(made_up_survey()))
    for case_id in (a, b):
        visit = _visits(store, case_id)[0]
        reintegration.record_follow_up(visit.id, date(2027, 3, 1))
        surveys.record(visit.id, {1: "Yes"})
    reintegration.record_follow_up(_visits(store, c)[0].id, date(2027, 3, 2))
    rows = {(r.programme, r.municipality): (r.cases, r.visits_done, r.surveys) for r in surveys.spread()}
    assert rows == {("Programme A (demo)", "Ocotepeque"): (2, 2, 2), ("Programme B (demo)", "Choluteca"): (1, 1, 0)}
    surveyed = store.db.execute(
        "SELECT COUNT(DISTINCT follow_up_id) FROM survey_answers a JOIN follow_ups f ON f.id = a.follow_up_id "
        "JOIN return_cases r ON r.id = f.case_id WHERE r.programme = 'Programme A (demo)'").fetchone()[0]
    assert surveyed == rows[("Programme A (demo)", "Ocotepeque")][2]


def test_a_warden_list_viewers_copy_is_given_no_table_that_holds_a_returnees_case_data(store):
    from micic_planner.core.cell import RESTRICTED_TABLES

    tables = [r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    holding = {t for t in tables for ref in store.db.execute(f"PRAGMA foreign_key_list([{t}])")
               if ref[2] in ("return_cases", "follow_ups")}
    assert "survey_answers" in holding
    assert holding <= set(RESTRICTED_TABLES)


# -- the command line --------------------------------------------------------------
def test_return_survey_records_a_visits_answers_and_return_scores_spreads_them_per_programme(tmp_path, capsys):
    from micic_planner import cli
    from micic_planner.storage.store import PostStore

    path, survey_file = tmp_path / "oficina.micic", tmp_path / "survey.json"
    survey_file.write_text(json.dumps(made_up_survey(formula="Test formula")), encoding="utf-8")
    with PostStore.open(path, create=True) as store:
        case_id, _ids = _home_case(store)
        visit = _visits(store, case_id)[0].id
        number = store.db.execute("SELECT number FROM return_cases WHERE id = ?", [case_id]).fetchone()[0]
    assert cli.main(["return", "survey", str(path), number, "--visit", str(visit), "--answer", "1=Yes",
                     "--answer", "2=No", "--survey", str(survey_file)]) == 0
    out = capsys.readouterr().out
    assert "2 answers recorded." in out and "1. Test indicator 1: Yes" in out
    assert "score: not computed – the weights are not confirmed (source needed)" in out
    assert cli.main(["return", "survey", str(path), number, "--visit", str(visit), "--answer", "1=Maybe",
                     "--survey", str(survey_file)]) == 2
    assert "Yes; No" in capsys.readouterr().err
    assert cli.main(["return", "survey", str(path), number, "--answer", "1=Yes"]) == 2
    assert "--visit" in capsys.readouterr().err
    assert cli.main(["return", "scores", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Programme A (demo)\tOcotepeque\t1\t0\t1" in out
    assert "Score: not computed – the indicators, the questions" in out
