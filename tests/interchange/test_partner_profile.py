import csv

import pytest

from micic_planner.core.enums import Vulnerability
from micic_planner.core.errors import ValidationError
from micic_planner.core.models import National
from micic_planner.core.sensitivity import NATIONAL_FIELDS, PARTNER_PROFILE, Sensitivity
from micic_planner.interchange.exports import export_post
from micic_planner.storage.exchange_source import ExchangeSource

SECRET = {"migration_status": "Irregular", "notes": "Víctima; caso reservado",
          "vulnerabilities": Vulnerability.TRAFFICKING_VICTIM | Vulnerability.MEDICAL_NEED}


@pytest.fixture
def source(store):
    store.nationals.add(National("Ana", "Consiente", phone="+50255123456", consent_share=True, **SECRET))
    store.nationals.add(National("Luis", "NoConsiente", phone="+50255654321", passport_no="G999",
                                 consent_share=False, **SECRET))
    return ExchangeSource(store)


def test_the_partner_profile_holds_no_sensitive_or_restricted_field():
    assert all(NATIONAL_FIELDS[f] in (Sensitivity.PUBLIC, Sensitivity.PERSONAL) for f in PARTNER_PROFILE)
    assert {"vulnerabilities", "migration_status", "notes"}.isdisjoint(PARTNER_PROFILE)


def test_a_partner_export_contains_no_sensitive_field_and_nothing_without_consent(source, tmp_path):
    path = tmp_path / "partner.csv"
    export_post(source, "csv", path)  # the partner profile is the default
    text = path.read_text(encoding="utf-8-sig")
    assert "Irregular" not in text and "reservado" not in text and "trafficking" not in text
    rows = {r["Given names"]: r for r in csv.DictReader(text.splitlines())}
    assert "Vulnerabilities" not in rows["Ana"] and "Notes" not in rows["Ana"]
    assert rows["Ana"]["Family names"] == "Consiente" and rows["Ana"]["Phone"] == "+50255123456"
    # The national who did not consent: only public fields (status, zone) remain.
    hidden = next(r for r in rows.values() if r["Status"] and not r["Family names"])
    assert hidden["Phone"] == "" and hidden["Passport"] == ""
    assert "G999" not in text and "NoConsiente" not in text


def test_asking_for_a_sensitive_field_with_the_partner_profile_is_refused(source, tmp_path):
    with pytest.raises(ValidationError, match="migration_status"):
        export_post(source, "xlsx", tmp_path / "x.xlsx", fields=["family_names", "migration_status"])


def test_the_full_profile_keeps_everything_for_the_posts_own_use(source, tmp_path):
    path = tmp_path / "full.csv"
    export_post(source, "csv", path, profile="full")
    text = path.read_text(encoding="utf-8-sig")
    assert "Irregular" in text and "trafficking_victim" in text and "NoConsiente" in text


def test_a_partner_pfif_lists_only_nationals_who_consented(source, tmp_path):
    path = tmp_path / "p.xml"
    assert export_post(source, "pfif", path) == 1
    text = path.read_text(encoding="utf-8")
    assert "Consiente" in text and "NoConsiente" not in text and "Irregular" not in text
