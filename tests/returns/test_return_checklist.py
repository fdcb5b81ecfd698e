"""The return checklist (issue 16.7): sourced items, marks per case kept with who and when and audited,
the office's self-assessment printed with exactly its gaps first, and the commands that do the same."""

import io
import json
import re
from datetime import date

import pytest
from pypdf import PdfReader

from micic_planner import cli
from micic_planner.core.errors import ValidationError
from micic_planner.core.paths import plans_path
from micic_planner.core.returns.case import ReturnCase
from micic_planner.core.returns.checklist import CaseMark, PracticeMark, Stage, item, items, parse
from micic_planner.reports.returns.self_assessment_pdf import SelfAssessmentRenderer, SelfAssessmentSheet
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.checklist_store import ChecklistStore
from micic_planner.storage.store import PostStore
from tests.returns.returns_fixture import add_people


def _case(store) -> int:
    ids = add_people(store)
    case = ReturnCase(date(2026, 11, 2), assessment="Quiere volver", programme="OIM AVRR", number="RET-2026-00001")
    ReturnStore(store).open_case(case, [ids["solo"]])
    return case.id


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_every_item_has_a_stage_text_and_a_source_with_its_address_and_section():
    data = json.loads(plans_path("return_checklist.json").read_text(encoding="utf-8"))
    assert len(data["items"]) == len(items()) >= 20
    for row in data["items"]:
        source = data["sources"][row["source"]]
        assert source["url"].startswith("https://") and source["section"].strip() and row["section"].strip(), row
    assert {i.stage for i in items()} == set(Stage)
    # The Network's pages give the stages only: no item may pass for one of the Network's own actions.
    assert data["network_items"] == "unconfirmed"
    assert not {r["source"] for r in data["items"]} & {"network_checklist_page", "network_resource_page"}


def test_an_item_without_a_source_is_refused_when_the_file_is_read():
    data = json.loads(plans_path("return_checklist.json").read_text(encoding="utf-8"))
    data["items"][0]["source"] = "a_guess"
    with pytest.raises(ValidationError, match="no text, no source or no section"):
        parse(data)


def test_a_cases_mark_is_kept_with_who_and_when_and_every_change_is_in_the_audit_log(store):
    case_id = _case(store)
    checklist = ChecklistStore(store)
    checklist.set_case_item(case_id, "informed_consent", CaseMark.DONE, "Declaración firmada")
    checklist.set_case_item(case_id, "informed_consent", CaseMark.GAP, "Falta la firma del padre")
    marks = {m.item.key: m for m in checklist.case_checklist(case_id)}
    assert len(marks) == len(items())
    kept = marks["informed_consent"]
    assert (kept.mark, kept.note) == (CaseMark.GAP, "Falta la firma del padre") and kept.at.startswith("20")
    assert marks["risk_of_harm"].mark is None
    edits = [e for e in store.audit_entries(limit=50) if e["table_name"] == "return_checklist"]
    assert [e["action"] for e in edits] == ["update", "insert"]
    assert '"state":"done"' in edits[0]["before"] and '"state":"gap"' in edits[0]["after"]
    assert store.audit.count("read_return_checklist") == 1


def test_a_gap_needs_a_note_and_a_refused_mark_writes_nothing(store):
    case_id = _case(store)
    with pytest.raises(ValidationError, match="what is missing"):
        ChecklistStore(store).set_case_item(case_id, "legal_remedies", CaseMark.GAP, "  ")
    with pytest.raises(ValidationError, match="No checklist item"):
        ChecklistStore(store).set_case_item(case_id, "volar", CaseMark.DONE)
    assert store.db.execute("SELECT count(*) FROM return_checklist").fetchone()[0] == 0


def test_the_self_assessment_prints_exactly_its_gaps_first_each_with_its_source(store):
    checklist = ChecklistStore(store)
    checklist.set_practice("legal_remedies", PracticeMark.NOT_YET, "Sin convenio con la defensoría")
    checklist.set_practice("consular_assistance", PracticeMark.PARTLY)
    checklist.set_practice("informed_consent", PracticeMark.IN_PLACE)
    checklist.set_practice("informed_consent", PracticeMark.IN_PLACE, "Formulario en español e inglés")
    for lang, gaps_title, next_title in (("es", "Carencias", "Sin calificar todavía"),
                                         ("en", "Gaps", "Not rated yet")):
        text = _text(SelfAssessmentRenderer(lang).render(SelfAssessmentSheet(checklist.practice(), "Consulado")))
        flat = re.sub(r"\s+", " ", text)
        gaps = flat[flat.index(gaps_title + " "):flat.index(next_title)]
        listed = [i.key for i in items() if i.label(lang)[:40] in gaps]
        assert listed == ["legal_remedies", "consular_assistance"], lang
        assert "para. 37(e)" in gaps and "para. 37(d)" in gaps and "adattar.minorityforum.info" in gaps
        assert flat.index("Sin convenio") < flat.index(next_title)
        assert flat.index(item("informed_consent").label(lang)[:40]) > flat.index(next_title)


def test_the_commands_mark_a_case_rate_the_practice_and_print_the_self_assessment(tmp_path, capsys):
    path = tmp_path / "consulado.micic"
    with PostStore.open(path, create=True) as store:
        _case(store)
    db = ["--db", str(path)]
    assert cli.main(["return", "checklist", *db, "RET-2026-00001", "--item", "identity_documents",
                     "--mark", "not-applicable"]) == 0
    assert cli.main(["return", "checklist", *db, "RET-2026-00001", "--item", "legal_remedies", "--mark", "gap"]) == 2
    assert "what is missing" in capsys.readouterr().err
    assert cli.main(["return", "checklist", *db, "RET-2026-00001"]) == 0
    out = capsys.readouterr().out
    assert "identity_documents\tNot applicable" in out and out.index("Pre-Return") < out.index("Post-return")
    assert cli.main(["return", "self-assessment", *db, "--item", "return_monitoring", "--mark", "not-yet"]) == 0
    pdf = tmp_path / "autoevaluacion.pdf"
    assert cli.main(["return", "self-assessment", *db, "--pdf", str(pdf), "--lang", "es"]) == 0
    assert "El retorno está abierto a un mecanismo" in re.sub(r"\s+", " ", _text(pdf.read_bytes()))
    with PostStore.open(path) as store:
        assert store.db.execute("SELECT item_key, state FROM practice_assessment").fetchall() == [
            ("return_monitoring", "not_yet")]


def test_the_post_marks_before_and_during_the_return_and_the_receiving_office_after_it(tmp_path, monkeypatch):
    from argon2 import PasswordHasher

    from micic_planner.core.errors import PermissionDeniedError
    from micic_planner.core.security import Role
    from micic_planner.storage import users

    monkeypatch.setattr(users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1), raising=False)
    path, password = tmp_path / "post.micic", "Quetzal-ceiba-río-4418"
    with PostStore.open(path, create=True) as store:
        case_id = _case(store)
        for role in (Role.ADMINISTRATOR, Role.OFFICER, Role.RECEPTION, Role.VIEWER):
            store.add_user(role.value, role, password)
    expected = {Role.OFFICER: {"risk_of_harm", "child_reception"}, Role.RECEPTION: {"psychosocial_counselling"},
                Role.VIEWER: set()}
    for role, allowed in expected.items():
        with PostStore.open(path, user=role.value, password=password) as store:
            checklist = ChecklistStore(store)
            for key in ("risk_of_harm", "child_reception", "psychosocial_counselling"):
                if key in allowed:
                    checklist.set_case_item(case_id, key, CaseMark.DONE)
                else:
                    with pytest.raises(PermissionDeniedError):
                        checklist.set_case_item(case_id, key, CaseMark.DONE)
            if role is Role.VIEWER:
                with pytest.raises(PermissionDeniedError):
                    checklist.set_practice("risk_of_harm", PracticeMark.PARTLY)
            else:
                checklist.set_practice("risk_of_harm", PracticeMark.PARTLY, role.value)
    with PostStore.open(path, user="officer", password=password) as store:
        marked = {k: u for k, u in store.db.execute("SELECT item_key, by_user FROM return_checklist")}
        assert marked == {"risk_of_harm": "officer", "child_reception": "officer",
                          "psychosocial_counselling": "reception"}


def test_a_checklist_file_without_its_items_is_refused_with_what_to_do():
    with pytest.raises(ValidationError, match="lists no items") as refused:
        parse({"sources": {}, "items": "unconfirmed"})
    assert "key, stage, text, source and section" in refused.value.hint


def test_a_self_assessment_with_nothing_rated_does_not_read_as_free_of_gaps(store):
    checklist = ChecklistStore(store)
    text = re.sub(r"\s+", " ", _text(SelfAssessmentRenderer("es").render(
        SelfAssessmentSheet(checklist.practice(), "Consulado"))))
    assert "Sin carencias" not in text
    assert "Aún no se ha calificado ningún punto, así que no se conocen las carencias." in text
    checklist.set_practice("informed_consent", PracticeMark.IN_PLACE)
    text = re.sub(r"\s+", " ", _text(SelfAssessmentRenderer("es").render(
        SelfAssessmentSheet(checklist.practice(), "Consulado"))))
    assert "Sin carencias: todo punto calificado está implementado." in text
