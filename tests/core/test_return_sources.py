"""The return data under plans/ that a trainer reads: every value names its source or says it is unconfirmed."""

import json

import pytest

from micic_planner.core.paths import plans_path

UNCONFIRMED = "unconfirmed"


def _load(name: str) -> dict:
    return json.loads(plans_path(name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["reintegration_survey.json", "return_checklist.json"])
def test_every_fact_names_a_source_with_its_address_and_section(name):
    data = _load(name)
    for key, source in data["sources"].items():
        assert source["url"].startswith("https://") and source["section"].strip(), key
    for fact in data["facts"]:
        assert fact["source"] in data["sources"], fact


def test_the_survey_has_as_many_indicator_rows_as_its_source_counts_and_guesses_none():
    data = _load("reintegration_survey.json")
    facts = {f["what"]: f["value"] for f in data["facts"]}
    assert len(data["indicators"]) == facts["number of indicators"] == 15
    for row in data["indicators"]:
        assert row["source"] in data["sources"]
        assert row["dimension"] in (*facts["dimensions"], UNCONFIRMED)
        assert row["weight"] == UNCONFIRMED or isinstance(row["weight"], (int, float))
        assert all(row[k] == UNCONFIRMED or str(row[k]).strip() for k in ("indicator", "question", "answers"))
    assert data["formula"]["source"] in data["sources"]


def test_the_checklist_claims_none_of_the_networks_own_items_it_could_not_find():
    data = _load("return_checklist.json")
    stages = next(f["value"] for f in data["facts"] if f["what"] == "stages")
    assert stages == ["Pre-Return", "Return", "Post-return and Reintegration"]
    assert data["network_items"] == UNCONFIRMED
    assert {row["stage"] for row in data["items"]} == set(stages)
    assert all(row["source"] in data["sources"] for row in data["items"])
