"""HXL: the export holds zone rows only; the import reads other organisations' counts onto the post's zones."""

from pathlib import Path

import pytest

from micic_planner.core.errors import ImportFileError
from micic_planner.core.external_figures import map_to_zones
from micic_planner.core.models import Zone
from micic_planner.interchange.hxl import write_hxl
from micic_planner.interchange.hxl_figures import read_area_figures

HXL = Path(__file__).parent.parent / "data" / "real" / "hxl"


def test_the_hxl_export_has_no_total_row_so_hxl_tools_do_not_count_twice(tmp_path):
    path = tmp_path / "f.csv"
    figures = [{"zone": "Norte", "total": 30}, {"zone": "Sur", "total": 12},
               {"zone": "", "is_total": True, "total": 42}]
    assert write_hxl(path, figures) == 2
    rows = read_area_figures(path).rows  # through libhxl, as an HXL tool reads it
    assert [r.area for r in rows] == ["Norte", "Sur"]
    assert sum(r.counts["#affected+total"] for r in rows) == 42


def test_libhxls_spanish_dataset_maps_its_adm1_rows_onto_zones_by_name_code_or_place():
    read = read_area_figures(HXL / "libhxl-input-valid.csv")
    assert read.area_tag == "#adm1"
    zones = [Zone("Cauca", id=1), Zone("Pacífico", places="Quibdó, Choco", id=2), Zone("Sur", code="Los Santos", id=3)]
    mapped = map_to_zones(read.rows, zones)
    assert mapped.by_zone == {2: {"#targeted+f": 250, "#targeted+m": 300}, 3: {"#targeted+f": 100, "#targeted+m": 100}}
    assert mapped.unmapped == ["row 2: “Cauca” has no count",
                               "row 4: “Amazonas” is no zone of the post (by name, code or place)"]
    assert "#org+es" in read.unread_columns


def test_a_latin1_dataset_reads_its_accents():
    read = read_area_figures(HXL / "libhxl-input-valid-latin1.csv")
    assert [r.area for r in read.rows][2] == "Chocó"


def test_rows_of_the_same_zone_are_added_up_and_named():
    read = read_area_figures(HXL / "libhxl-count-output-aggregated.csv")
    mapped = map_to_zones(read.rows, [Zone("Oriente", places="Amazonas, Chocó", id=7)])
    assert mapped.by_zone == {7: {"#targeted+total": 725}} and mapped.added_up == ["Oriente"]


def test_the_area_column_can_be_named_and_a_dataset_under_junk_rows_still_reads():
    read = read_area_figures(HXL / "libhxl-input-multiple-headers.csv", "#adm1")
    assert [(r.area, r.counts) for r in read.rows] == [("Coast", {"#affected": 100}), ("Mountains", {"#affected": 200})]


def test_an_untagged_file_is_refused_saying_what_an_hxl_file_has():
    with pytest.raises(ImportFileError) as caught:
        read_area_figures(HXL / "libhxl-input-untagged.csv")
    assert "not an HXL dataset" in caught.value.user_message() and "#adm1" in caught.value.user_message()


def test_a_count_that_is_not_a_number_is_named_by_row_and_column_and_grouped_thousands_read(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("Municipio,Población\n#adm2+name,#population\nTapachula,\"348.156\"\nTuxtla,muchos\n",
                    encoding="utf-8")
    read = read_area_figures(path)
    assert read.rows[0].counts == {"#population": 348156}
    assert read.problems == ["row 2, #population: “muchos” is not a number"]


def test_a_dataset_without_counts_of_people_is_refused(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("#adm1,#org\nCauca,OMS\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no column of people counts"):
        read_area_figures(path)


def test_the_same_dataset_as_a_workbook_reads_its_numbers_as_counts():
    read = read_area_figures(HXL / "libhxl-input-valid.xlsx")
    assert [(r.area, r.counts) for r in read.rows][2] == ("Chocó", {"#targeted+f": 250, "#targeted+m": 300})


@pytest.mark.parametrize("name, content", [
    ("empty.csv", b""),
    ("junk.csv", bytes(range(256)) * 8),
    ("fake.xlsx", b"PK\x03\x04not a workbook"),
    ("page.csv", b"<html><body>Iniciar sesi\xc3\xb3n</body></html>"),
])
def test_a_broken_file_is_refused_with_a_message_never_a_traceback(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_area_figures(path)
    assert name in caught.value.user_message()
