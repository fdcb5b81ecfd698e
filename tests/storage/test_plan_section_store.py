"""Storing the plan sections: role checks, audit, and an import that lands whole or not at all."""

import json

import pytest

from micic_planner.core.errors import PermissionDeniedError, ValidationErrors
from micic_planner.core.security import Role, Session
from micic_planner.storage.plan_section_store import PlanSectionStore


def test_a_saved_section_reads_back_filled_and_the_edit_is_in_the_audit_log(store):
    sections = PlanSectionStore(store)
    assert sections.get("population").state == "blank"
    sections.save("population", {"unregistered": "1200", "source": "Censo", "as_of": "2026-11-01"})
    state = sections.get("population")
    assert state.state == "filled" and state.values["unregistered"] == 1200
    assert store.audit.count(action="insert") >= 1
    entry = store.audit.entries(action="insert")[0]
    assert entry["table_name"] == "plan_sections" and "Censo" in entry["after"]


def test_a_viewer_cannot_edit_a_plan_section_but_can_read_it(store):
    PlanSectionStore(store).save("borders", {"crossings": [{"crossing": "Tecún Umán"}]})
    store.session = Session("vera", Role.VIEWER)
    sections = PlanSectionStore(store)
    assert sections.get("borders").values["crossings"][0]["crossing"] == "Tecún Umán"
    with pytest.raises(PermissionDeniedError):
        sections.save("borders", {})
    assert sections.get("borders").state == "filled"


def test_an_import_with_one_bad_value_writes_nothing_and_names_every_error(store, tmp_path):
    path = tmp_path / "sections.json"
    path.write_text(json.dumps({"population": {"unregistered": "x"}, "resources": {"vehicles": "-1"},
                                "borders": {"crossings": [{"crossing": "Talismán"}]}}), encoding="utf-8")
    with pytest.raises(ValidationErrors) as caught:
        PlanSectionStore(store).import_file(path)
    assert len(caught.value.errors) == 2
    assert PlanSectionStore(store).get("borders").state == "blank"
