import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from micic_planner.core.crisis import Movement, MovementMode
from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.reports.after_action_pdf import AfterActionRenderer
from micic_planner.reports.calllist_pdf import CallListRenderer, CallSheet
from micic_planner.reports.manifest_pdf import ManifestRenderer, ManifestSheet
from micic_planner.storage.after_action_source import load_after_action
from micic_planner.storage.crisis_store import CrisisStore
from tests.crisis_fixture import build_post


def pages(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def passenger(i: int) -> dict:
    return {"position": i, "id": i, "family_names": "Núñez Pérez", "given_names": f"María José {i}", "sex": "F",
            "birth_date": f"1980-01-{1 + i % 28:02d}", "passport_no": f"G{i:07d}", "consular_id": "",
            "household": f"H{i // 3}", "vulnerabilities": 4 if i == 1 else 0, "phone": "", "boarded_at": None,
            "arrived_at": None}


@pytest.fixture
def sheet():
    movement = Movement(1, "Autobús 1", MovementMode.BUS, 120, 1, "Tegucigalpa", departs_at="2024-11-05T08:30",
                        carrier="Transportes Cristina")
    return ManifestSheet(movement, "Consulado de México", "Estadio", "Huracán Eta", datetime(2024, 11, 5, 7, 0))


def test_a_manifest_has_one_table_per_page_with_page_x_of_y_documents_births_and_signatures(sheet):
    renderer = ManifestRenderer("en", "a4")
    people = [passenger(i) for i in range(1, 101)]
    text = pages(renderer.render(sheet, people))
    assert 2 <= len(text) <= 5
    assert f"Page 1 of {len(text)}" in text[0] and f"Page {len(text)} of {len(text)}" in text[-1]
    assert "G0000100" in text[-1] and "1980-01-05" in text[0]
    assert all("Consular officer (name, signature)" in t and "Passenger manifest" in t for t in text)
    assert "María José 1" in text[0] and "Older" in text[0]
    assert sum(t.count("María José") for t in text) == 100  # each passenger once, rows dealt by height


def test_a_manifest_prints_in_spanish_with_accents(sheet):
    text = pages(ManifestRenderer("es").render(sheet, [passenger(1)]))[0]
    assert "Manifiesto de pasajeros" in text and "Núñez Pérez" in text and "Página 1 de 1" in text
    assert "Fecha y hora de salida" in text and "RESTRINGIDO" in text


def test_a_manifest_is_written_whole_to_its_path(sheet, tmp_path):
    out = tmp_path / "m.pdf"
    data = ManifestRenderer("en").render(sheet, [passenger(1)], out)
    assert out.read_bytes() == data and not (tmp_path / "m.pdf.part").exists()


def test_a_call_list_names_the_warden_and_has_a_result_legend():
    people = [{"id": i, "family_names": "Gómez", "given_names": f"Ana {i}", "phone": "+50499112233", "phone2": "",
               "place": "La Ceiba", "address": "Calle 1", "household": "", "vulnerabilities": 0, "languages": "es",
               "birth_date": None} for i in range(1, 41)]
    data = CallListRenderer("es").render(CallSheet("Consulado", "Rosa Martínez", "Costa", "+50499990000"), people)
    text = pages(data)
    assert len(text) >= 2
    assert "Lista de llamadas: Rosa Martínez" in text[0]
    assert "1 = A salvo" in text[0] and "4 = Fuera de la zona" in text[0]
    last = len(text)
    assert "Ana 40" in text[-1] and "Enlace (nombre, firma)" in text[-1] and f"Página {last} de {last}" in text[-1]


def test_the_after_action_report_shows_figures_gaps_and_timeline(store):
    store.user_name = "officer1"
    build_post(store)
    crises = CrisisStore(store)
    crisis = crises.open("Huracán Eta", Hazard.HURRICANE)
    ids = [r[0] for r in store.db.execute("SELECT id FROM nationals")]
    from micic_planner.core.enums import AccountabilityStatus

    crises.accountability.set_status(ids[:20], AccountabilityStatus.SAFE)
    crises.set_level(AlertPhase.MANDATORY_EVACUATION, "landfall")
    crises.close()
    text = "\n".join(pages(AfterActionRenderer("en").render(load_after_action(crises, crisis.id), "Consulado")))
    assert "After-action report" in text and "Huracán Eta" in text
    assert "50 %" in text and "not reached" in text
    assert "10 of 30 nationals were never accounted for." in text
    assert "20 nationals set to Safe (source: Phone)" in text
    assert "planned action not done: Evacuate by the open routes" in text
