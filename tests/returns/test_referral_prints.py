"""The referral letter (only the fields the returnee agreed to share) and the printed referral directory."""

import io
import json
from datetime import date

from pypdf import PdfReader

from micic_planner import cli
from micic_planner.core.returns.case import CaseState, ReturnCase
from micic_planner.core.returns.directory import Programme, Service, ServiceKind
from micic_planner.core.returns.reintegration import Dimension, Referral
from micic_planner.reports.returns.directory_pdf import DirectoryRenderer, DirectorySheet
from micic_planner.reports.returns.referral_letter_pdf import ReferralLetterRenderer
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.directory_store import DirectoryStore
from micic_planner.storage.returns.reintegration_store import ReintegrationStore
from micic_planner.storage.store import PostStore
from tests.returns.returns_fixture import add_people

CLINIC = Service("Clínica de salud mental San Juan", ServiceKind.MENTAL_HEALTH, "HN", "Choloma",
                 run_by="Secretaría de Salud", contact="+504 2555 0101")


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _referred(store, shared: str) -> int:
    ids = add_people(store)
    store.db.execute("UPDATE nationals SET phone = '+50499990000' WHERE id = ?", [ids["solo"]])
    case = ReturnCase(date(2026, 10, 1), assessment="ok", return_country="HN", return_municipality="Choloma",
                      needs_on_arrival="Atención psicológica")
    returns = ReturnStore(store)
    returns.open_case(case, [ids["solo"]])
    store.db.execute("UPDATE return_cases SET state = 'departed' WHERE id = ?", [case.id])
    returns.advance(case.id, CaseState.RECEIVED, day=date(2026, 11, 30))
    DirectoryStore(store).save([CLINIC])
    referral = Referral(case.id, CLINIC.name, Dimension.PSYCHOSOCIAL, date(2026, 12, 1), True, shared)
    ReintegrationStore(store).refer(referral)
    return referral.id


def test_the_letter_carries_only_the_fields_the_returnee_agreed_to_share_and_its_print_is_audited(store):
    referral_id = _referred(store, "name,municipality")
    letter = ReintegrationStore(store).referral_letter(referral_id)
    assert letter.details == [("name", "Pedro Gómez"), ("municipality", "Choloma")]
    assert letter.service == DirectoryStore(store).services()[0]
    spanish = _text(ReferralLetterRenderer("es").render(letter))
    assert "Carta de remisión" in spanish and "Pedro Gómez" in spanish and "Choloma" in spanish
    assert "+504 2555 0101" in spanish  # the service's own contact, from the directory
    assert "+50499990000" not in spanish and "Atención psicológica" not in spanish
    english = _text(ReferralLetterRenderer("en").render(letter))
    assert "Referral letter" in english and "psychosocial" in english
    detail = store.db.execute("SELECT detail FROM audit_log WHERE action = 'referral_letter'").fetchone()[0]
    assert json.loads(detail)["fields"] == ["name", "municipality"]


def test_needs_and_phone_reach_the_letter_only_when_shared(store):
    letter = ReintegrationStore(store).referral_letter(_referred(store, "phone,needs"))
    assert letter.details == [("phone", "+50499990000"), ("needs", "Atención psicológica")]


def test_the_directory_prints_services_by_municipality_then_programmes_in_spanish_and_english():
    services = [CLINIC, Service("Oficina municipal de empleo", ServiceKind.EMPLOYMENT, "HN", "San Pedro Sula"),
                Service("Registro Nacional de las Personas", ServiceKind.LEGAL_IDENTITY, "HN")]
    programmes = [Programme("Fondo de Reserva de la CRM", run_by="CRM", pays_for="Pasajes",
                            countries=["HN", "GT"], valid_until=date(2027, 12, 31))]
    spanish = _text(DirectoryRenderer("es").render(DirectorySheet(programmes, services, "Unidad municipal")))
    assert spanish.index("Choloma") < spanish.index("Clínica de salud mental") < spanish.index("San Pedro Sula")
    assert "Todo el país" in spanish and "Fondo de Reserva" in spanish and "HN, GT" in spanish
    assert "hasta el\n2027-12-31" in spanish  # wrapped in its narrow column
    english = _text(DirectoryRenderer("en").render(DirectorySheet(programmes, services, "Municipal unit")))
    assert "Referral directory" in english and "Whole country" in english


def test_the_letter_and_the_directory_print_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "recepcion.micic"
    with PostStore.open(path, create=True) as store:
        referral_id = _referred(store, "name")
    letter, directory = tmp_path / "carta.pdf", tmp_path / "directorio.pdf"
    assert cli.main(["return", "referral-letter", "--db", str(path), str(referral_id), "--out", str(letter),
                     "--lang", "en"]) == 0
    assert "Pedro Gómez" in _text(letter.read_bytes())
    assert cli.main(["return", "directory-print", str(path), "--out", str(directory)]) == 0
    assert "Secretaría de Salud" in _text(directory.read_bytes())
    assert cli.main(["return", "referral-letter", "--db", str(path), "99", "--out", str(letter)]) != 0
