"""The declared plan sections: what they accept, what they refuse and how they name it, what they add."""

import pytest

from micic_planner.core.errors import ValidationErrors
from micic_planner.core.glossary import used_acronyms
from micic_planner.core.plan_sections import SectionState, validate
from micic_planner.core.plan_summary import capacity_gap, population, section_gaps
from micic_planner.core.section_catalogue import BY_KEY, POPULATION, RESOURCES, SCENARIOS, SECTIONS


def test_a_bad_number_and_a_bad_date_are_both_reported_naming_the_section_and_the_field():
    with pytest.raises(ValidationErrors) as caught:
        validate(POPULATION, {"unregistered": "muchos", "as_of": "2026-13-01", "source": "Censo"})
    messages = [e.user_message() for e in caught.value.errors]
    assert len(messages) == 2
    assert "Population estimate" in messages[0] and "Estimated unregistered nationals" in messages[0]
    assert "“muchos” is not a number." in messages[0]
    assert "Estimate date" in messages[1] and "YYYY-MM-DD" in messages[1]
    assert {e.field for e in caught.value.errors} == {"unregistered", "as_of"}


def test_an_error_is_explained_in_spanish_when_asked():
    with pytest.raises(ValidationErrors) as caught:
        validate(POPULATION, {"unregistered": "muchos"}, lang="es")
    assert caught.value.errors[0].user_message() == (
        "Sección «Estimación de la población», campo «Connacionales no registrados (estimación)»: "
        "«muchos» no es un número.")


def test_a_bad_cell_of_a_table_names_its_row_and_column_and_a_percentage_above_100_is_refused():
    with pytest.raises(ValidationErrors) as caught:
        validate(SCENARIOS, {"scenarios": [{"hazard": "hurricane", "ask_help": "30"},
                                      {"hazard": "tsunami", "ask_help": "130"}]})
    assert {e.field for e in caught.value.errors} == {"scenarios[2].hazard", "scenarios[2].ask_help"}
    assert all("row 2" in e.user_message() for e in caught.value.errors)


def test_values_are_stored_clean_numbers_as_numbers_choices_by_code_and_empty_rows_dropped():
    clean = validate(SCENARIOS, {"assumptions": " x ", "scenarios": [{"hazard": "Huracán", "affected": "2,500"}, {}]})
    assert clean == {"assumptions": "x", "scenarios": [{"hazard": "hurricane", "scenario": "", "affected": 2500,
                                                    "ask_help": None, "shelter_days": None}]}


def test_a_field_the_section_does_not_have_and_a_phone_with_letters_are_refused():
    with pytest.raises(ValidationErrors) as caught:
        validate(BY_KEY["communications"], {"duty_phone": "llamar a Ana", "colour": "red"})
    assert {e.field for e in caught.value.errors} == {"colour", "duty_phone"}


def test_a_blank_section_is_a_gap_and_a_partly_filled_one_names_its_first_missing_field():
    states = [SectionState(POPULATION, {}), SectionState(RESOURCES, {"travel_documents": 10}),
              SectionState(BY_KEY["call_numbers"], {})]
    gaps = section_gaps(states)
    assert [g.text("en") for g in gaps] == [
        "The plan section “Population estimate” has not been filled in.",
        "The plan section “Resources” lacks “Vehicles available”."]
    assert gaps[0].text("es") == "La sección del plan «Estimación de la población» no se ha completado."


def test_the_plan_is_sized_for_the_estimate_with_its_peak_and_never_below_the_registry():
    assert population(1000, {}).planning == 1000
    assert population(1000, {"unregistered": 500, "seasonal_peak": 3000}).planning == 4500
    assert population(1000, {"unregistered": 0}).estimated is False
    gap = capacity_gap(population(1000, {"unregistered": 500}), places=1200)
    assert gap[0].affected == 300 and gap[0].code == "capacity_below_estimate"
    # Registered nationals short of a place are the assembly-point gaps' to count, not counted twice.
    assert capacity_gap(population(2000, {"unregistered": 500}), places=1200)[0].affected == 500


def test_every_section_key_is_unique_and_every_field_type_is_known():
    from micic_planner.core.plan_sections import TYPES

    assert len(BY_KEY) == len(SECTIONS)
    for section in SECTIONS:
        for spec in [*section.fields, *(c for t in section.tables for c in t.columns)]:
            assert spec.type in TYPES, (section.key, spec.key)


def test_the_glossary_lists_only_the_acronyms_the_text_uses_in_its_language():
    glossary = {"es": {"OIM": "Organización Internacional para las Migraciones", "ONU": "Naciones Unidas"},
                "en": {"IOM": "International Organization for Migration"}}
    assert used_acronyms(["Llame a la OIM.", "IOM"], "es", glossary) == [
        ("OIM", "Organización Internacional para las Migraciones")]
