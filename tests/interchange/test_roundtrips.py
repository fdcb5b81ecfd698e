"""Every format written and read back, with accented and non-Latin names."""

from datetime import date

import pytest

from micic_planner.core.enums import AccountabilityStatus, PartnerKind, Sex, Vulnerability
from micic_planner.core.models import MessageTemplate, National, Partner, Post, Warden, Zone
from micic_planner.interchange.cap import read_cap
from micic_planner.interchange.exports import export_post
from micic_planner.interchange.hxl import read_hxl
from micic_planner.interchange.pfif import read_pfif
from micic_planner.interchange.tables import open_table
from micic_planner.interchange.vcard_reader import read_vcards
from micic_planner.storage.exchange_source import ExchangeSource

NAMES = [("María José", "Núñez Pérez"), ("小明", "王"), ("Олена", "Шевченко"), ("Zoë", "O'Brien; Ñandú, Jr")]


@pytest.fixture
def post(store):
    store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula", jurisdiction=["MX-CHP"],
                         email="consulado@example.org"))
    zone = Zone("Costa Norte")
    store.records.add(zone)
    for i, (given, family) in enumerate(NAMES):
        n = National(given, family, sex=Sex.FEMALE, birth_date=date(1990, 1, 1 + i), phone=f"+5025512345{i}",
                     zone_id=zone.id, consent_share=True, vulnerabilities=Vulnerability.PREGNANT,
                     notes="nota reservada")
        store.nationals.add(n)
        n.status = AccountabilityStatus.SAFE
        store.nationals.update(n, source="phone", note="llamada")
    store.records.add(Partner("Cruz Roja Guatemalteca", PartnerKind.RED_CROSS, contact_person="Ana López Pérez",
                              phone_24h="+50222223333", email="ana@example.org", services="Búsqueda, RCF"))
    store.records.add(Warden("王小明", zone_id=zone.id, phone="+50255550000"))
    store.records.add(MessageTemplate(3, "", "es", "Salga de la zona; acuda a su punto de reunión."))
    store.records.add(MessageTemplate(3, "", "en", "Leave the area; go to your assembly point."))
    return ExchangeSource(store)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_tables_round_trip_names_and_values(post, tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    assert export_post(post, fmt, path, profile="full", lang="es") == len(NAMES)
    table = open_table(path)
    assert table.headers[:3] == ["Identificador", "Apellidos", "Nombres"]
    rows = [values for _n, values in table.rows()]
    got = {(r[table.headers.index("Nombres")], r[table.headers.index("Apellidos")]) for r in rows}
    assert got == set(NAMES)


def test_pfif_round_trips_persons_and_their_status_notes(post, tmp_path):
    path = tmp_path / "pfif.xml"
    export_post(post, "pfif", path, profile="partner")
    persons = read_pfif(path)
    assert {(p.values["given_name"], p.values["family_name"]) for p in persons} == set(NAMES)
    assert all(p.notes and p.notes[-1]["status"] == "believed_alive" for p in persons)
    assert all("llamada" not in p.notes[-1].get("text", "") for p in persons)  # partner: no free text
    table = open_table(path)
    first = next(iter(table.rows()))[1]
    assert first[table.headers.index("status")] == "safe"


def test_hxl_round_trips_the_figures_and_holds_no_name(post, tmp_path):
    path = tmp_path / "figures.csv"
    export_post(post, "hxl", path)
    rows = read_hxl(path)
    # Four people are too few to publish: every count reads "*" (issue 13.4).
    assert rows[0]["#loc+name"] == "Costa Norte" and rows[0]["#affected+total"] == "*"
    assert rows[0]["#affected+f+pregnant"] == "*"
    text = path.read_text(encoding="utf-8")
    assert not any(given in text or family in text for given, family in NAMES)


def test_vcards_round_trip_partners_and_wardens(post, tmp_path):
    path = tmp_path / "contacts.vcf"
    export_post(post, "vcard", path)
    assert "VERSION:4.0" in path.read_text(encoding="utf-8")
    cards = {c.name: c for c in read_vcards(path)}
    assert cards["Ana López Pérez"].organisation == "Cruz Roja Guatemalteca"
    assert cards["Ana López Pérez"].phones[0][1] == "+50222223333"
    assert cards["王小明"].role == "Warden" and cards["王小明"].categories == ["Costa Norte"]


def test_cap_round_trips_the_posts_alert_and_proposes_its_level(post, tmp_path):
    path = tmp_path / "alert.xml"
    export_post(post, "cap", path, phase=3)
    alert = read_cap(path)
    assert {i.language for i in alert.infos} == {"es-MX", "en-US"}
    spanish = next(i for i in alert.infos if i.language == "es-MX")
    assert spanish.description == "Salga de la zona; acuda a su punto de reunión."
    assert spanish.areas[0].geocodes == [("ISO3166-2", "MX-CHP")]
    assert alert.proposed_phase().value == 3
