"""The fuzzer's seeds (issue 12.14), written out: each nasty file is refused quickly with a plain message.

Every test also bounds the time: on the old readers these files raised tracebacks, ran for
minutes or took gigabytes.
"""

import time
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from micic_planner.core.errors import FileLimitError, ImportFileError, MicicError, ValidationError
from micic_planner.interchange.cap import read_cap
from micic_planner.interchange.crisis_csv import read_status_csv
from micic_planner.interchange.geo_files import read_geo
from micic_planner.interchange.pfif import read_pfif
from micic_planner.interchange.tables import open_table
from micic_planner.interchange.vcard_reader import read_vcards

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
POINT = '{{"type":"Feature","geometry":{{"type":"Point","coordinates":{coords}}},"properties":{props}}}'


@contextmanager
def within(seconds: float):
    start = time.monotonic()
    yield
    assert time.monotonic() - start < seconds, f"took {time.monotonic() - start:.1f} s"


def refused(read, path, *, seconds: float = 3.0) -> MicicError:
    """The error `read(path)` raises, which must be a domain error raised within `seconds`."""
    with within(seconds), pytest.raises(MicicError) as caught:
        read(path)
    assert caught.value.user_message()
    return caught.value


def geojson(tmp_path: Path, features: str) -> Path:
    path = tmp_path / "mapa.geojson"
    path.write_text('{"type":"FeatureCollection","features":[' + features + "]}", encoding="utf-8")
    return path


def test_geojson_nested_past_the_recursion_limit_is_refused_naming_the_depth(tmp_path):
    path = geojson(tmp_path, POINT.format(coords="[" * 200_000 + "]" * 200_000, props="{}"))
    error = refused(read_geo, path)
    assert isinstance(error, ValidationError)
    assert "nested levels" in error.user_message() and "32" in error.user_message()


def test_a_geojson_feature_list_holding_numbers_names_the_feature(tmp_path):
    error = refused(read_geo, geojson(tmp_path, "1, 2, 3"))
    assert "feature 1" in error.user_message()


def test_geojson_coordinates_off_the_earth_and_huge_capacities_are_refused(tmp_path):
    error = refused(read_geo, geojson(tmp_path, POINT.format(coords="[10, 999.5]", props='{"name": "A"}')))
    assert "999.5" in error.user_message() and "feature 1" in error.user_message()
    huge = POINT.format(coords="[10, 15]", props='{"name": "A", "capacity": ' + "9" * 30 + "}")
    assert "too large" in refused(read_geo, geojson(tmp_path, huge)).user_message()


def gpx(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "puntos.gpx"
    path.write_text('<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1" '
                    'xmlns:micic="urn:micic-planner:geo:1">' + body + "</gpx>", encoding="utf-8")
    return path


def test_a_gpx_latitude_of_999_5_is_refused_naming_the_waypoint(tmp_path):
    error = refused(read_geo, gpx(tmp_path, '<wpt lat="999.5" lon="-92.2"><name>Plaza</name></wpt>'))
    assert isinstance(error, ValidationError) and error.field == "latitude"
    assert "waypoint 1" in error.user_message() and "999.5" in error.user_message()


def test_a_gpx_capacity_too_large_for_sqlite_is_refused(tmp_path):
    path = gpx(tmp_path, '<wpt lat="14.9" lon="-92.2"><name>Plaza</name><extensions>'
                         f'<micic:capacity>{"9" * 25}</micic:capacity></extensions></wpt>')
    error = refused(read_geo, path)
    assert error.field == "capacity" and "too large" in error.user_message()


def test_a_gpx_with_an_entity_bomb_is_refused_before_expansion(tmp_path):
    path = tmp_path / "bomba.gpx"
    entities = "".join(f'<!ENTITY e{i} "&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};">' for i in range(1, 12))
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY e0 "xxxxxxxxxx">{entities}]>'
                    '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="1" lon="1">'
                    "<name>&e11;</name></wpt></gpx>", encoding="utf-8")
    assert "entities" in refused(read_geo, path).user_message()


def test_xml_entity_bombs_in_cap_and_pfif_are_refused(tmp_path):
    entities = "".join(f'<!ENTITY e{i} "&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};">' for i in range(1, 12))
    for read, root in ((read_cap, '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&e11;'
                                  "</identifier></alert>"),
                       (read_pfif, '<pfif xmlns="http://zesty.ca/pfif/1.4"><person><full_name>&e11;</full_name>'
                                   "</person></pfif>")):
        path = tmp_path / "bomba.xml"
        path.write_text(f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e0 "xxxxxxxxxx">{entities}]>{root}',
                        encoding="utf-8")
        assert isinstance(refused(read, path), ImportFileError)


def test_a_status_csv_id_too_large_for_sqlite_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "estados.csv"
    path.write_text("id,status\n12,safe\n" + "9" * 30 + ",missing\n", encoding="utf-8")
    error = refused(read_status_csv, path)
    assert error.field == "id" and "line 3" in error.user_message()


def test_a_status_csv_field_over_10_mb_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "estados.csv"
    path.write_text('id,status,note\n12,safe,"' + "x" * (10 * 1024 * 1024 + 10) + '"\n', encoding="utf-8")
    error = refused(read_status_csv, path)
    assert isinstance(error, FileLimitError)
    assert "line 2" in error.user_message() and "100,000" in error.user_message()


def test_a_registry_csv_field_too_long_is_refused_naming_the_row(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text('Apellidos,Nombres\nRuiz,Ana\nLópez,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with within(3), pytest.raises(FileLimitError) as caught:
        list(open_table(path).rows())
    assert "row 3" in caught.value.user_message()


def workbook(tmp_path: Path, sheet: str, name: str = "lista.xlsx", extra: dict | None = None) -> Path:
    """A minimal XLSX whose first sheet is `sheet` (its sheetData only)."""
    path = tmp_path / name
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{SHEET_NS}" xmlns:r="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lista" sheetId="1" r:id="rId1"/>'
        "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org'
        '/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet xmlns="{SHEET_NS}">{sheet}</worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name_, text in {**parts, **(extra or {})}.items():
            z.writestr(name_, text)
    return path


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_an_xlsx_declaring_16384_columns_reads_only_the_header_columns_quickly(tmp_path):
    rows = "".join(f'<row r="{r}">{cell(f"A{r}", "Ruiz")}{cell(f"XFD{r}", "x")}</row>' for r in range(2, 3002))
    path = workbook(tmp_path, '<dimension ref="A1:XFD3001"/><sheetData><row r="1">' + cell("A1", "Apellidos")
                    + cell("B1", "Nombres") + "</row>" + rows + "</sheetData>")
    with within(5):
        table = open_table(path)
        read = list(table.rows())
    assert table.headers == ["Apellidos", "Nombres"]
    assert len(read) == 3000 and {len(values) for _n, values in read} == {2}


def test_an_xlsx_whose_header_runs_past_256_columns_is_refused(tmp_path):
    header = "".join(cell(f"{a}{b}1", "c") for a in "ABCDEFGHIJ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    path = workbook(tmp_path, '<sheetData><row r="1">' + header + "</row></sheetData>")
    assert "columns" in refused(open_table, path).user_message()


def test_an_xlsx_zip_bomb_is_refused_before_openpyxl_unpacks_it(tmp_path):
    path = workbook(tmp_path, '<sheetData><row r="1">' + cell("A1", "Apellidos") + "</row></sheetData>",
                    extra={"xl/sharedStrings.xml": "<sst>" + " " * (40 * 1024 * 1024) + "</sst>"})
    error = refused(open_table, path)
    assert isinstance(error, FileLimitError) and "sharedStrings" in error.user_message()


def test_a_vcard_of_a_million_parameters_is_refused_before_vobject_reads_it(tmp_path):
    path = tmp_path / "contactos.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nTEL" + ";TYPE=a" * 1_000_000 + ":1\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    assert "too large" in refused(read_vcards, path, seconds=1).user_message()
    path.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nTEL" + ";TYPE=a" * 200_000 + ":1\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    error = refused(read_vcards, path, seconds=1)
    assert "parameters" in error.user_message() and "line 4" in error.user_message()


def test_a_vcard_with_a_photo_reads_without_it(tmp_path):
    path = tmp_path / "contactos.vcf"
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * 30_000
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana López\r\n{folded}\r\nEND:VCARD\r\n", encoding="utf-8")
    with within(2):
        assert [c.name for c in read_vcards(path)] == ["Ana López"]
