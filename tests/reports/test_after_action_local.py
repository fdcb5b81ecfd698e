"""The after-action report in the post's local time, with accountability over time and the lessons (issue 13.11)."""

import io

import pytest
from pypdf import PdfReader

from micic_planner.cli import main
from micic_planner.core.after_action import status_over_time
from micic_planner.core.enums import AccountabilityStatus, AlertPhase, Hazard
from micic_planner.core.local_time import post_zone
from micic_planner.reports.after_action_pdf import AfterActionRenderer
from micic_planner.storage.after_action_source import load_after_action
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.store import PostStore
from tests.crisis_fixture import build_post

OPENED, SAFE_AT, CLOSED = "2026-03-01T18:00:00.000Z", "2026-03-01T21:30:00.000Z", "2026-03-02T06:00:00.000Z"


def text_of(pdf: bytes) -> str:
    return "\n".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def tapachula(tmp_path):
    """A post in Chiapas with a crisis opened at 18:00 UTC (12:00 in Tapachula); 20 nationals safe at 21:30 UTC."""
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.user_name = "officer1"
        build_post(store)
        store.db.execute("UPDATE post SET host_country = 'MX', city = 'Tapachula', lat = 14.9, lon = -92.26")
        crises = CrisisStore(store)
        crisis = crises.open("Huracán Eta", Hazard.HURRICANE)
        ids = [r[0] for r in store.db.execute("SELECT id FROM nationals ORDER BY id")]
        crises.accountability.set_status(ids[:20], AccountabilityStatus.SAFE)
        crises.set_level(AlertPhase.MANDATORY_EVACUATION, "landfall")
        crises.close()
        db = store.db
        db.execute("UPDATE crises SET started_at = ?, closed_at = ?", [OPENED, CLOSED])
        db.execute("UPDATE status_events SET at = ?", [SAFE_AT])
        db.execute("UPDATE crisis_log SET at = ? WHERE kind = 'opened'", [OPENED])
        db.execute("UPDATE crisis_log SET at = ? WHERE kind = 'status'", [SAFE_AT])
        db.execute("UPDATE crisis_log SET at = ? WHERE kind IN ('level', 'closed')", [CLOSED])
        db.execute("UPDATE crisis_phases SET at = ? WHERE phase = 1", [OPENED])
        db.execute("UPDATE crisis_phases SET at = ? WHERE phase = 4", [CLOSED])
    return path, crisis.id


def report(path, crisis_id, lang="es") -> str:
    with PostStore.open(path) as store:
        from micic_planner.core.local_time import zone_of_post

        review = load_after_action(CrisisStore(store), crisis_id, lang)
        zone = zone_of_post(store.post())
        return text_of(AfterActionRenderer(lang, zone=zone).render(review, "Consulado de México en Tapachula"))


def test_a_post_in_chiapas_keeps_mexico_city_time_and_a_post_may_choose_its_zone():
    assert post_zone("MX", 14.9, -92.26) == "America/Mexico_City"
    assert post_zone("MX", 21.16, -86.85) == "America/Cancun"  # Quintana Roo keeps eastern time
    assert post_zone("GT") == "America/Guatemala"
    assert post_zone("MX", 14.9, -92.26, chosen="America/Merida") == "America/Merida"


def test_the_after_action_report_prints_the_posts_local_times_not_utc(tapachula):
    text = report(*tapachula)
    assert "2026-03-01 12:00 UTC−06:00" in text  # opened, 18:00 UTC
    assert "2026-03-02 00:00 UTC−06:00" in text  # closed, 06:00 UTC
    assert "America/Mexico_City" in text
    assert "2026-03-01 15:30 1 20 connacionales" in text  # the timeline: 21:30 UTC
    assert "21:30" not in text and "(UTC)" not in text


def test_the_after_action_report_breaks_accountability_down_over_time(tapachula):
    text = report(*tapachula)
    assert "Rendición de cuentas a lo largo del tiempo" in text
    # Every 2 h from 12:00 local: nobody safe before 15:30, twenty safe from the 16:00 row on.
    assert "2026-03-01 14:00 30 0 0" in text
    assert "2026-03-01 16:00 10 20 20" in text
    assert "2026-03-02 00:00 10 20 20" in text


def test_status_over_time_replays_changes_at_each_interval():
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 1, 1, tzinfo=UTC)
    samples = status_over_time(start, start + timedelta(hours=5), {1: "not_contacted", 2: "not_contacted"},
                               [(1, "safe", start + timedelta(hours=1)), (1, "injured", start + timedelta(hours=3))])
    assert [s.at - start for s in samples] == [timedelta(hours=h) for h in range(6)]
    assert [dict(s.counts) for s in samples] == [{"not_contacted": 2}] + [{"not_contacted": 1, "safe": 1}] * 2 + \
        [{"not_contacted": 1, "injured": 1}] * 3


def test_the_lessons_are_a_marked_blank_until_the_post_records_them_from_the_cli(tapachula):
    path, crisis_id = tapachula
    assert "POR COMPLETAR" in report(path, crisis_id)
    assert main(["crisis", "lessons", "--db", str(path), "--crisis", str(crisis_id),
                 "--text", "El albergue de Huixtla se llenó en dos horas.\n\nFaltaron radios."]) == 0
    text = report(path, crisis_id)
    assert "Lecciones aprendidas" in text
    assert "El albergue de Huixtla se llenó en dos horas." in text and "Faltaron radios." in text
    assert "POR COMPLETAR" not in text


def test_the_after_action_report_has_no_overlap_no_text_off_the_page_and_nothing_under_8_pt(tapachula):
    from micic_planner.core.local_time import zone_of_post
    from tests.reports import pdf_checks

    path, crisis_id = tapachula
    with PostStore.open(path) as store:
        review = load_after_action(CrisisStore(store), crisis_id, "es")
        pdf = AfterActionRenderer("es", zone=zone_of_post(store.post())).render(review, "Consulado")
    faults = pdf_checks.read(pdf)
    assert faults.overlaps == [] and faults.outside == [] and faults.small == []
    assert not [line for line in faults.line_texts() if "Document os" in line or " 1 2:00" in line]
