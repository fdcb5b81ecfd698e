"""The exercise's after-action PDF: expected against done, and names in Arabic script printed shaped."""

import io
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.exercise import find_scenario
from micic_planner.reports.exercise_report_pdf import ExerciseReportRenderer
from micic_planner.reports.text_shaping import has_rtl, shape
from micic_planner.storage.exercise_store import ExerciseStore
from micic_planner.storage.scenario_writer import create_sandbox


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_shape_joins_arabic_letters_and_leaves_latin_text_alone():
    assert shape("Núñez, José") == "Núñez, José"
    shaped = shape("حداد")
    assert shaped != "حداد" and all("\ufe70" <= ch <= "\ufeff" for ch in shaped)
    # Visual order: the last letter of the name is drawn first (leftmost).
    assert unicodedata.normalize("NFKC", shaped) == "حداد"[::-1]
    assert has_rtl("Youssef (يوسف)") and not has_rtl("Youssef")


@pytest.fixture
def finished_run(tmp_path):
    scenario = find_scenario("conflict-lebanon")
    store = create_sandbox(tmp_path / "sandbox.db", scenario)
    ex = ExerciseStore(store)
    t0 = datetime.now(UTC) - timedelta(minutes=100)
    run = ex.start(scenario, facilitator="Ana", team="México", now=t0)
    for inject in scenario.injects[:7]:
        ex.release(run, scenario, inject, "schedule", now=t0 + timedelta(minutes=inject.minute))
    ex.log_action(run, "Célula reunida en la embajada", role="Jefe/a de la célula", expected_key="open-crisis",
                  now=t0 + timedelta(minutes=6))
    maryam = store.db.execute("SELECT id FROM nationals WHERE given_names = 'مريم'").fetchone()[0]
    person = store.nationals.get(maryam)
    person.status = AccountabilityStatus.SAFE
    store.nationals.update(person)
    review = ex.review(run, scenario)
    yield review
    store.close()


def test_the_report_prints_arabic_names_shaped(finished_run):
    text = _text(ExerciseReportRenderer("es").render(finished_run))
    # The page holds the joined forms in visual order; pypdf may hand them back in reading order.
    assert shape("الحسيني") in text or shape("الحسيني")[::-1] in text
    assert "الحسيني" not in text  # unjoined letters would print isolated, in reverse


def test_the_report_compares_expected_actions_with_what_the_team_did(finished_run, tmp_path):
    out = tmp_path / "report.pdf"
    ExerciseReportRenderer("es").render(finished_run, out)
    text = _text(out.read_bytes())
    assert "Informe posterior al ejercicio" in text
    assert "Célula reunida en la embajada" in text
    assert "A tiempo" in text and "No hecha" in text
    assert "Cómo es una buena respuesta" in text
    assert "CAPACITACIÓN" in text


def test_the_english_report_names_the_scenario_and_the_time_to_account(finished_run):
    text = _text(ExerciseReportRenderer("en").render(finished_run))
    assert "Armed conflict in Lebanon" in text
    assert "to account for 50 % of nationals" in text


def test_shaped_names_use_only_glyphs_the_embedded_font_has():
    from reportlab.pdfbase.ttfonts import TTFont

    from micic_planner.core.paths import resource_path
    from micic_planner.reports.text_shaping import shape

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        glyphs = TTFont("probe", str(resource_path("fonts", name))).face.charToGlyph
        shaped = shape("نصر الله, رانيا يوسف حداد")
        assert shaped != "نصر الله, رانيا يوسف حداد"
        assert [hex(ord(c)) for c in shaped if ord(c) not in glyphs] == []


def test_a_spanish_exercise_report_prints_the_plans_role_names_in_spanish(finished_run):
    import dataclasses

    review = dataclasses.replace(finished_run, checklist=[
        (1, "Avisar a la red de enlaces", "Alert the warden network", "Crisis coordinator", None),
        (2, "Llamar a la Cancillería", "Call the ministry", "Liaison officer", 12.0)])
    text = " ".join(_text(ExerciseReportRenderer("es").render(review)).split())
    assert "Coordinación de crisis" in text and "Oficial de enlace" in text
    assert "Crisis coordinator" not in text and "Liaison officer" not in text


def test_a_spanish_report_of_a_run_kept_in_english_names_statuses_in_spanish_on_the_posts_clock(finished_run):
    # The sandbox was run with the program in English (the tests' language); the report is printed in Spanish.
    text = " ".join(_text(ExerciseReportRenderer("es").render(finished_run)).split())
    assert "A salvo" in text and ": Safe" not in text
    # Lebanon keeps Beirut time: the clock is named, and every time on the page is on it.
    started = finished_run.run.started_at.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Beirut"))
    assert "Hora local de la representación: Asia/Beirut" in text
    assert f"{started:%H:%M} UTC+0" in text


def test_an_english_report_keeps_english_status_names(finished_run):
    text = " ".join(_text(ExerciseReportRenderer("en").render(finished_run)).split())
    assert "Safe" in text and "A salvo" not in text
