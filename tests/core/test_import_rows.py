import random
from datetime import date

import pytest

from micic_planner.core.column_mapping import guess_mapping
from micic_planner.core.errors import ValidationError
from micic_planner.core.fast_phone import PhoneNormalizer
from micic_planner.core.import_rows import RowValidator
from micic_planner.core.validation import normalize_phone

HEADERS = ["Apellidos", "Nombre(s)", "Fecha de nacimiento", "Teléfono", "Zona", "Vulnerabilidades", "Sexo"]


def check(values, **kw):
    validator = RowValidator(guess_mapping(HEADERS), region="GT", zones={"Costa Norte": 3},
                             today=date(2025, 1, 1), **kw)
    record, issues = validator.check(2, values, lambda: "u-1")
    return (dict(zip(validator.columns, record)) if record else None), issues


def test_a_good_row_becomes_stored_values():
    record, issues = check(["Núñez", "María", "31/05/1990", "5512 3456", "costa norte", "Persona mayor; pregnant",
                            "Mujer"])
    assert issues == []
    assert record == {"family_names": "Núñez", "given_names": "María", "birth_date": "1990-05-31",
                      "phone": "+50255123456", "zone_id": 3, "vulnerabilities": 4 | 32, "sex": "F", "uuid": "u-1"}


def test_each_bad_cell_is_reported_with_its_column_and_value():
    record, issues = check(["", "Ana", "31/02/1990", "12", "Luna", "alien", "Q"])
    assert record is None
    by_column = {i.column: i for i in issues}
    assert "real date" in by_column["Fecha de nacimiento"].message
    assert by_column["Teléfono"].value == "12"
    assert "not a zone" in by_column["Zona"].message
    assert "required" in by_column["Apellidos"].message
    assert set(by_column) == {"Apellidos", "Fecha de nacimiento", "Teléfono", "Zona", "Vulnerabilidades", "Sexo"}


def test_unparseable_and_future_birth_dates_are_different_problems():
    _r, issues = check(["A", "B", "ayer", "", "", "", ""])
    assert "is not a date" in issues[0].message
    _r, issues = check(["A", "B", "2030-01-01", "", "", "", ""])
    assert "future" in issues[0].message


@pytest.mark.parametrize("region", ["MX", "GT", "SV", "HN", "US", "ES", "GB", "AR", "CN"])
def test_the_fast_phone_path_agrees_with_phonenumbers(region):
    rng = random.Random(region)
    fast = PhoneNormalizer(region)
    for _ in range(600):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 13)))
        for text in (digits, "+" + digits, f"+52 {digits[:10]}", f"+502-{digits[:8]}"):
            try:
                expected = normalize_phone(text, "phone", region)
            except ValidationError:
                expected = "error"
            try:
                got = fast(text, "phone")
            except ValidationError:
                got = "error"
            assert got == expected, text
