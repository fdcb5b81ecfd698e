"""The PFIF 1.4 export: valid against the specification's RELAX NG schema, with the record's own dates."""

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from micic_planner.interchange.exports import export_post
from micic_planner.interchange.pfif import NS
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.exchange_source import ExchangeSource

RNC = Path(__file__).parent.parent / "data" / "schemas" / "pfif-1.4" / "pfif-1.4.rnc"
REAL = Path(__file__).parent.parent / "data" / "real"


@pytest.fixture(scope="module")
def schema():
    return etree.RelaxNG.from_rnc_string(RNC.read_text(encoding="utf-8"))


@pytest.fixture
def demo(store):
    write_demo(store, nationals=20, seed=3, today=date(2026, 3, 31))
    return store


def _people(path):
    return etree.parse(str(path)).getroot().findall(f"{{{NS}}}person")


@pytest.mark.parametrize("profile", ["partner", "full"])
def test_the_pfif_export_of_the_demo_post_is_valid_pfif_1_4(demo, schema, tmp_path, profile):
    path = tmp_path / "personas.xml"
    assert export_post(ExchangeSource(demo, profile), "pfif", path, profile=profile) > 0
    document = etree.parse(str(path))
    assert schema.validate(document), schema.error_log


def test_the_schema_refuses_a_file_it_should(schema):
    # Person Finder's own test file uses 1.3's first_name in a 1.4 document, on purpose.
    assert not schema.validate(etree.parse(str(REAL / "pfif" / "personfinder-test-1.4.xml")))


def test_source_date_is_the_records_last_change_and_expiry_date_its_retention_end(demo, tmp_path):
    demo.db.execute("UPDATE nationals SET updated_at = '2025-02-03T04:05:06.789Z', record_expiry = '2030-02-03'")
    path = tmp_path / "personas.xml"
    export_post(ExchangeSource(demo, "full"), "pfif", path, profile="full")
    person = _people(path)[0]
    assert person.findtext(f"{{{NS}}}source_date") == "2025-02-03T04:05:06Z"
    assert person.findtext(f"{{{NS}}}expiry_date") == "2030-02-03T00:00:00Z"
    assert person.findtext(f"{{{NS}}}entry_date") != "2025-02-03T04:05:06Z"  # the export's own time
