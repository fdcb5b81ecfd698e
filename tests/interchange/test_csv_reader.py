import pytest

from micic_planner.core.errors import ImportFileError
from micic_planner.interchange.tables import open_table

TEXT = "Apellidos;Nombre(s);Teléfono\nNúñez Pérez;María José;+502 5512 3456\nO'Brien;Zoë;\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252"])
def test_spanish_excel_files_are_read_in_every_usual_encoding(tmp_path, encoding):
    path = tmp_path / "lista.csv"
    path.write_bytes(TEXT.replace("Zoë", "Zoë “Z”" if encoding == "cp1252" else "Zoë").encode(encoding))
    table = open_table(path)
    assert table.headers == ["Apellidos", "Nombre(s)", "Teléfono"]
    assert table.delimiter == ";"
    rows = list(table.rows())
    assert rows[0] == (2, ["Núñez Pérez", "María José", "+502 5512 3456"])
    assert rows[1][1][1].startswith("Zoë")


@pytest.mark.parametrize("delimiter", [",", "\t", "|", ";"])
def test_the_delimiter_is_found_by_looking(tmp_path, delimiter):
    path = tmp_path / "lista.csv"
    path.write_text(f"Surname{delimiter}Name\n\"Smith, Jr\"{delimiter}Ann\n", encoding="utf-8")
    table = open_table(path)
    assert table.delimiter == delimiter
    assert list(table.rows()) == [(2, ["Smith, Jr", "Ann"])]


def test_row_numbers_are_those_the_spreadsheet_shows_and_blank_rows_are_skipped(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("A,B\n1,2\n,\n3,4\n", encoding="utf-8")
    assert [n for n, _v in open_table(path).rows()] == [2, 4]


@pytest.mark.parametrize("content, message", [(b"", "empty"), (b"\x00\x01\x02binary", "not a text"),
                                              (b",,,\n1,2,3\n", "no column names")])
def test_files_that_are_not_lists_are_clear_errors(tmp_path, content, message):
    path = tmp_path / "lista.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        open_table(path)


def test_an_old_xls_file_asks_to_be_saved_as_xlsx(tmp_path):
    path = tmp_path / "lista.xls"
    path.write_bytes(b"whatever")
    with pytest.raises(ImportFileError, match="xls"):
        open_table(path)
