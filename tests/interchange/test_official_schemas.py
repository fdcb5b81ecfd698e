"""Our exports of the demo post validate against the official XSDs shipped in tests/data/schemas (offline)."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import xmlschema

from micic_planner.interchange.cap import post_alert, read_cap, write_cap
from micic_planner.interchange.exports import export_post
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.exchange_source import ExchangeSource

SCHEMAS = Path(__file__).parent.parent / "data" / "schemas"


@pytest.fixture
def demo(store):
    write_demo(store, nationals=20, seed=3, today=date(2026, 3, 31))
    return ExchangeSource(store)


def schema_errors(xsd: Path, document: Path, **options) -> list[str]:
    # base_url and locations keep every import on disk; the no_network fixture proves nothing is fetched.
    schema = xmlschema.XMLSchema(xsd, base_url=str(xsd.parent), **options)
    return [f"{e.path}: {e.reason}" for e in schema.iter_errors(str(document))]


@pytest.mark.parametrize("phase", [1, 4])
def test_the_cap_export_of_the_demo_post_validates_against_the_oasis_schema(demo, tmp_path, no_network, phase):
    path = tmp_path / "alert.xml"
    export_post(demo, "cap", path, phase=phase)
    assert schema_errors(SCHEMAS / "cap-1.2" / "CAP-v1.2.xsd", path) == []
    assert no_network == []


def test_the_cap_export_expires_a_day_after_it_was_sent(demo, tmp_path):
    path = tmp_path / "alert.xml"
    export_post(demo, "cap", path, phase=3)
    alert = read_cap(path)
    sent = datetime.fromisoformat(alert.sent)
    assert [datetime.fromisoformat(i.expires) - sent for i in alert.infos] == [timedelta(hours=24)] * 2


@pytest.mark.parametrize("email", ["", "consulado en tapachula", "a@b.org, c@d.org"])
def test_a_post_without_a_usable_email_sends_under_an_id_without_spaces_or_commas(email):
    post = {"name": "Consulado de Guatemala en Tapachula", "email": email, "uuid": "21636369-8b52"}
    alert = post_alert(post, 2, [{"lang": "es", "text": "Atención."}], sent=datetime(2026, 3, 31, tzinfo=UTC))
    assert alert.sender == "consulado-de-guatemala-en-tapachula.21636369@micic-planner.invalid"


def test_the_posts_web_page_is_written_where_cap_puts_it_and_read_back(tmp_path, no_network):
    post = {"name": "Consulado", "email": "consulado@example.org", "uuid": "u1",
            "web": "https://example.org/consulado"}
    path = tmp_path / "alert.xml"
    write_cap(path, post_alert(post, 4, [{"lang": "en", "text": "Shelter now."}]))
    assert schema_errors(SCHEMAS / "cap-1.2" / "CAP-v1.2.xsd", path) == []
    assert read_cap(path).infos[0].web == "https://example.org/consulado"


def test_the_kml_export_of_the_demo_post_validates_against_the_ogc_schema(demo, tmp_path, no_network):
    path = tmp_path / "mapa.kml"
    export_post(demo, "kml", path)
    # ogckml22.xsd imports atom-author-link.xsd and xAL.xsd from its own folder.
    assert schema_errors(SCHEMAS / "kml-2.2" / "ogckml22.xsd", path) == []
    assert no_network == []


def test_kml_ids_are_stable_xml_ids_built_from_the_records_uuids(demo, tmp_path):
    path = tmp_path / "mapa.kml"
    export_post(demo, "kml", path)
    text = path.read_text(encoding="utf-8")
    place = demo.geography()[0][0]
    assert f'<Placemark id="place-{place.uuid}">' in text
    assert 'id="1"' not in text


def test_the_posts_stored_web_page_reaches_the_cap_export(store, tmp_path, no_network):
    from micic_planner.core.models import MessageTemplate, Post

    store.save_post(Post("Consulado", "MX", "Tapachula", email="consulado@example.org",
                         web="https://example.org/consulado"))
    store.records.add(MessageTemplate(4, "", "es", "Acuda al punto de reunión."))
    path = tmp_path / "alert.xml"
    export_post(ExchangeSource(store), "cap", path, phase=4)
    assert schema_errors(SCHEMAS / "cap-1.2" / "CAP-v1.2.xsd", path) == []
    info = read_cap(path).infos[0]
    assert info.web == "https://example.org/consulado" and info.expires
