import pytest

from micic_planner.core.column_mapping import ColumnMapping, guess_mapping, normalize_header
from micic_planner.core.errors import ImportFileError


def test_headers_are_compared_without_accents_case_or_punctuation():
    assert normalize_header("Nombre(s)") == "nombres"
    assert normalize_header("  TELÉFONO ") == "telefono"
    assert normalize_header("Fecha_de-nacimiento") == "fecha de nacimiento"


def test_spanish_headers_from_a_community_list_are_recognised():
    headers = ["Apellidos", "Nombre(s)", "Fecha de nacimiento", "Teléfono", "Pasaporte", "Sexo", "Columna rara"]
    mapping = guess_mapping(headers)
    assert mapping.fields == ["family_names", "given_names", "birth_date", "phone", "passport_no", "sex", None]


def test_english_headers_and_longer_headers_containing_a_known_name_are_recognised():
    mapping = guess_mapping(["Surname", "First name", "DOB", "Mobile", "Emergency contact phone",
                             "Teléfono de emergencia del familiar"])
    assert mapping.fields[:5] == ["family_names", "given_names", "birth_date", "phone", "emergency_phone"]
    assert mapping.fields[5] is None  # the field is already taken by the exact header


def test_a_field_is_never_given_to_two_columns():
    mapping = guess_mapping(["Apellidos", "Apellido"])
    assert mapping.fields == ["family_names", None]
    mapping.set(1, "family_names")
    assert mapping.fields == [None, "family_names"]
    assert mapping.missing_required() == ["given_names"]


def test_a_saved_mapping_applies_by_header_even_when_columns_move():
    first = ColumnMapping(["Col A", "Col B"], ["given_names", "family_names"])
    again = ColumnMapping.from_json(["Col B", "Extra", "col a"], first.to_json())
    assert again.fields == ["family_names", None, "given_names"]


def test_a_broken_saved_mapping_is_a_clear_error():
    with pytest.raises(ImportFileError, match="not valid JSON"):
        ColumnMapping.from_json(["A"], "{nope")
    with pytest.raises(ImportFileError, match="unknown fields: salary"):
        ColumnMapping.from_json(["A"], '{"A": "salary"}')
