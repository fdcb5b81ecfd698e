"""Random bytes and malformed files fed to every reader: a clear domain error, never a traceback, nothing stored.

Each input must be read or refused within the deadline: a hang is a failure like a traceback.
The fuzzer's own finds are kept as explicit seeds in test_reader_limits.py.
"""

import io
import json
import zipfile
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from micic_planner.core.column_mapping import guess_mapping
from micic_planner.core.duplicates import DuplicateFinder
from micic_planner.core.errors import MicicError
from micic_planner.core.import_job import ImportDecisions, ImportPipeline
from micic_planner.core.import_rows import RowValidator
from micic_planner.interchange.cap import read_cap
from micic_planner.interchange.crisis_csv import read_status_csv
from micic_planner.interchange.geo_files import read_geo
from micic_planner.interchange.hxl import read_hxl
from micic_planner.interchange.pfif import read_pfif
from micic_planner.interchange.tables import open_table
from micic_planner.interchange.vcard_reader import read_vcards
from micic_planner.storage.import_store import ImportStore
from micic_planner.storage.nationals import fast_uuid

# A generous deadline on a shared 2-core machine; the hangs found took minutes, not seconds.
FUZZ = settings(max_examples=40, deadline=timedelta(seconds=5),
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
CSV_TEXT = st.lists(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
                             max_size=6), max_size=8)


def _import(store, path):
    """The whole import path the CLI runs, from opening the file to writing."""
    table = open_table(path)
    imports = ImportStore(store)
    validator = RowValidator(guess_mapping(table.headers), region="MX", zones=imports.zones())
    pipeline = ImportPipeline(validator, ImportDecisions(), fast_uuid, DuplicateFinder(imports.lookup()))
    imports.apply(pipeline, table.rows(), file_name=path)


def _rows(store):
    return store.db.execute("SELECT * FROM nationals ORDER BY id").fetchall()


def _fails_cleanly_or_reads(read, path):
    try:
        read(path)
    except MicicError as exc:
        assert exc.user_message()


@FUZZ
@given(data=st.binary(max_size=400),
       suffix=st.sampled_from([".csv", ".xlsx", ".xml", ".vcf", ".geojson", ".gpx"]))
def test_random_bytes_give_a_domain_error_and_change_nothing(store, tmp_path, data, suffix):
    from micic_planner.core.models import National

    if not _rows(store):
        store.nationals.add(National("Ana", "Ruiz"))
    before = _rows(store)
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    for read in (lambda p: _import(store, p), read_cap, read_pfif, read_vcards, read_hxl, read_status_csv):
        _fails_cleanly_or_reads(read, path)
    if suffix in (".geojson", ".gpx"):
        _fails_cleanly_or_reads(read_geo, path)
    assert _rows(store) == before


@FUZZ
@given(rows=CSV_TEXT, delimiter=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8", "cp1252"]))
def test_malformed_csv_never_raises_a_traceback_and_imports_all_or_nothing(store, tmp_path, rows, delimiter,
                                                                           encoding):
    text = "\n".join(delimiter.join(r) for r in [["Apellidos", "Nombres", "Teléfono"], *rows])
    path = tmp_path / "lista.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    before = len(_rows(store))
    try:
        _import(store, path)
    except MicicError:
        assert len(_rows(store)) == before


@FUZZ
@given(cells=st.lists(st.one_of(st.none(), st.integers(), st.floats(allow_nan=True),
                                st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=10),
                                st.booleans()), min_size=1, max_size=12))
def test_a_workbook_with_cells_of_any_type_imports_or_refuses_cleanly(store, tmp_path, cells):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Apellidos", "Nombres", "Fecha de nacimiento", "Latitud"])
    for start in range(0, len(cells), 4):
        ws.append(cells[start:start + 4])
    path = tmp_path / "lista.xlsx"
    wb.save(path)
    before = len(_rows(store))
    try:
        _import(store, path)
    except MicicError:
        assert len(_rows(store)) == before


@FUZZ
@given(member=st.binary(max_size=200))
def test_a_zip_that_is_not_a_workbook_is_a_clear_error(tmp_path, member):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("xl/workbook.xml", member)
    path = tmp_path / "broken.xlsx"
    path.write_bytes(buffer.getvalue())
    _fails_cleanly_or_reads(lambda p: list(open_table(p).rows()), path)


XML_TEXT = st.text(alphabet=st.sampled_from(list("<>/=\"' abcpfiflert:&;#x0")), max_size=200)


@FUZZ
@given(body=XML_TEXT)
def test_malformed_pfif_and_cap_are_clear_errors(tmp_path, body):
    for root, read in (('<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">', read_pfif),
                       ('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">', read_cap)):
        path = tmp_path / "file.xml"
        path.write_text(root + body, encoding="utf-8")
        _fails_cleanly_or_reads(read, path)
        _fails_cleanly_or_reads(lambda p: list(open_table(p).rows()), path)


@FUZZ
@given(lines=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), max_size=8))
def test_malformed_vcards_are_clear_errors(tmp_path, lines):
    path = tmp_path / "c.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\n" + "\r\n".join(lines), encoding="utf-8")
    _fails_cleanly_or_reads(read_vcards, path)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
                    max_leaves=20)
FEATURE = st.fixed_dictionaries({
    "type": st.just("Feature"),
    "geometry": st.one_of(JSON, st.fixed_dictionaries({
        "type": st.sampled_from(["Point", "Polygon", "LineString"]), "coordinates": JSON})),
    "properties": st.one_of(JSON, st.fixed_dictionaries({
        "micic_type": st.sampled_from(["place", "zone", "route", "other"]), "name": JSON, "capacity": JSON,
        "speed_kmh": JSON, "origin_uuid": JSON, "destination_uuid": JSON}))})


@FUZZ
@given(features=st.lists(st.one_of(FEATURE, JSON), max_size=5), depth=st.integers(0, 3000))
def test_geojson_of_any_shape_and_depth_is_read_or_refused_cleanly(tmp_path, features, depth):
    text = json.dumps({"type": "FeatureCollection", "features": features})
    text = text.replace('"features": [', '"features": [' + "[" * depth + "]" * depth + ("," if features else ""), 1)
    path = tmp_path / "mapa.geojson"
    path.write_text(text, encoding="utf-8")
    _fails_cleanly_or_reads(read_geo, path)


NUMBER = st.one_of(st.integers(), st.floats(), st.text(alphabet="0123456789.-e", max_size=30))


@FUZZ
@given(points=st.lists(st.tuples(NUMBER, NUMBER, NUMBER), max_size=5))
def test_gpx_with_any_coordinates_and_capacities_is_read_or_refused_cleanly(tmp_path, points):
    waypoints = "".join(f'<wpt lat="{lat}" lon="{lon}"><name>P</name><extensions><micic:capacity>{cap}'
                        "</micic:capacity></extensions></wpt>" for lat, lon, cap in points)
    path = tmp_path / "puntos.gpx"
    path.write_text('<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1" '
                    f'xmlns:micic="urn:micic-planner:geo:1">{waypoints}</gpx>', encoding="utf-8")
    try:
        places, _zones, _routes = read_geo(path)
    except MicicError as exc:
        assert exc.user_message()
    else:
        assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 and abs(p.capacity) < 2 ** 63 for p in places)


@FUZZ
@given(ids=st.lists(st.one_of(st.integers(), st.integers(min_value=2 ** 63, max_value=10 ** 40), st.text(max_size=25)),
                    min_size=1, max_size=6),
       note_size=st.sampled_from([0, 10, 200_000]))
def test_status_csv_with_any_ids_and_notes_is_read_or_refused_cleanly(tmp_path, ids, note_size):
    lines = ["id,status,note"] + [f'{i},safe,"{"n" * note_size}"' for i in ids]
    path = tmp_path / "estados.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        rows = read_status_csv(path)
    except MicicError as exc:
        assert exc.user_message()
    else:
        assert all(r.national_id is None or 0 <= r.national_id < 2 ** 63 for r in rows)
