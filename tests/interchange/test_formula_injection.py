"""Issue 15.7: a name such as =HYPERLINK(...) never becomes a live formula in an exported sheet."""

import csv

import pytest
from openpyxl import load_workbook

from micic_planner.core.cells import csv_safe, formula_like, from_csv
from micic_planner.interchange.crisis_csv import write_calllist_csv
from micic_planner.interchange.nationals_table import write_table
from micic_planner.interchange.tables import open_table

EVIL = '=HYPERLINK("http://example.org/x","Ayuda")'


@pytest.mark.parametrize("text", [EVIL, "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|'/C calc'!A0",
                                  "\t=1+1", "\r=1+1", "=1+1", "-", "+52 (962) 123-4567 =A1"])
def test_text_a_spreadsheet_would_run_is_written_behind_an_apostrophe(text):
    assert formula_like(text) and csv_safe(text) == "'" + text and from_csv(csv_safe(text)) == text


@pytest.mark.parametrize("text", ["+529621234567", "+52 962 123 4567", "+1 (555) 010-9999", "-12.5", "María",
                                  "", "O'Brien", "'=already quoted by the person"])
def test_phone_numbers_plain_numbers_and_names_are_written_as_they_are(text):
    # E.164 phones start with "+" and must stay usable in the partner's tools: digits, spaces, dots,
    # hyphens and parentheses cannot call a function.
    assert csv_safe(text) == text


def test_a_csv_export_neutralises_the_formula_and_reads_back_the_stored_name(tmp_path):
    path = tmp_path / "out.csv"
    write_table(path, "csv", ["family_names", "given_names", "phone"],
                [{"family_names": EVIL, "given_names": "Ana", "phone": "+529621234567"}])
    row = list(csv.reader(path.open(encoding="utf-8-sig")))[1]
    assert row == ["'" + EVIL, "Ana", "+529621234567"]
    from micic_planner.core.column_mapping import guess_mapping
    from micic_planner.core.import_rows import RowValidator

    table = open_table(path)
    record, issues = RowValidator(guess_mapping(table.headers), region="MX").check(
        2, next(iter(table.rows()))[1], lambda: "u")
    assert issues == [] and record[0] == EVIL


def test_an_xlsx_export_writes_the_name_as_text_never_as_a_formula(tmp_path):
    path = tmp_path / "out.xlsx"
    write_table(path, "xlsx", ["family_names", "given_names", "phone"],
                [{"family_names": EVIL, "given_names": "-Ana", "phone": "+529621234567"}])
    sheet = load_workbook(path).active
    cells = list(sheet.iter_rows(min_row=2))[0]
    assert [c.value for c in cells] == [EVIL, "-Ana", "+529621234567"]  # the stored text, unchanged
    assert [c.data_type for c in cells] == ["s", "s", "s"]
    assert cells[0].quotePrefix and cells[1].quotePrefix and not cells[2].quotePrefix


def test_a_wardens_call_list_neutralises_a_formula_in_an_address(tmp_path):
    path = tmp_path / "calls.csv"
    write_calllist_csv(path, [{"id": 1, "family_names": "Ruiz", "given_names": "Ana", "phone": "+50499112233",
                               "phone2": "", "place": "@SUM(A1)", "address": EVIL, "household": "",
                               "languages": "es"}])
    row = list(csv.reader(path.open(encoding="utf-8-sig")))[1]
    assert row[3] == "+50499112233" and row[5] == "'@SUM(A1)" and row[6] == "'" + EVIL


def test_the_audit_export_neutralises_a_formula_in_a_logged_detail(store, tmp_path):
    store.audit.record("note", EVIL)
    path = tmp_path / "audit.csv"
    store.audit.export_csv(path)
    text = path.read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(text.splitlines()) for cell in row]
    assert "'" + EVIL in cells and EVIL not in cells
