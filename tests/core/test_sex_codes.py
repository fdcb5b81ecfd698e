"""Issue 15.2: "M" is mujer on the region's documents (H/M) and male on M/F lists; never guessed."""

from datetime import date

import pytest

from micic_planner.core.column_mapping import guess_mapping
from micic_planner.core.import_rows import RowValidator
from micic_planner.core.sex_codes import HM, MF, letter, reading


@pytest.mark.parametrize(("header", "values", "expected"), [
    ("Sexo", ["H", "M", "M"], HM),  # CURP / INE: H hombre, M mujer
    ("Sexo", ["h", "m."], HM),
    ("Sex", ["M", "F"], MF),  # an English list
    ("Gender", ["M"], MF),
    ("Sexo", ["F", "F", ""], MF),  # no M: nothing to decide
    ("Sexo", ["Mujer", "Hombre"], MF),
    ("Sexo", ["M", "F"], None),  # femenino/masculino or a mix: the person must say
    ("Sexo", ["M"], None),
    ("S", ["M"], None),
    ("Sexo", ["H", "M", "F"], None),
])
def test_a_sex_column_is_read_by_its_codes_and_language_or_declared_ambiguous(header, values, expected):
    assert reading(header, values) == expected


def _sex(codes, value):
    validator = RowValidator(guess_mapping(["Apellidos", "Nombres", "Sexo"]), sex_codes=codes,
                             today=date(2026, 1, 1))
    record, issues = validator.check(2, ["Ibarra", "Begoña", value], lambda: "u")
    return record[2] if record else issues


def test_begona_coded_m_on_a_spanish_hm_sheet_is_a_woman():
    assert _sex(HM, "M") == "F" and _sex(HM, "H") == "M"


def test_m_on_an_mf_list_is_a_man():
    assert _sex(MF, "M") == "M" and _sex(MF, "F") == "F"


def test_an_m_that_nobody_explained_is_refused_with_what_to_do():
    issues = _sex(None, "M")
    assert "mujer" in issues[0].message and "--sex-codes" in issues[0].hint
    assert _sex(None, "Mujer") == "F" and _sex(None, "H") == "M"


def test_spanish_sheets_print_h_and_m():
    assert (letter("F", "es"), letter("M", "es"), letter("X", "es")) == ("M", "H", "X")
    assert (letter("F", "en"), letter("M", "en"), letter("U", "en")) == ("F", "M", "")
