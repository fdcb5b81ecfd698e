"""Counted messages read right for one and for many, in Spanish and English."""

import ast
from pathlib import Path

import pytest

from micic_planner.core import i18n
from micic_planner.core.i18n import counted

PACKAGE = Path(i18n.__file__).resolve().parents[1]


@pytest.fixture
def spanish(monkeypatch):
    monkeypatch.setattr(i18n, "_current", {"lang": "es"})


def test_one_national_is_singular_in_spanish_and_three_are_plural(spanish):
    text, one = "{count} nationals moved into a zone.", "{count} national moved into a zone."
    assert counted(text, one, count=1) == "1 connacional ubicado en una zona."
    assert counted(text, one, count=3) == "3 connacionales ubicados en una zona."


def test_english_takes_the_singular_for_exactly_one(monkeypatch):
    monkeypatch.setattr(i18n, "_current", {"lang": "en"})
    assert counted("{count} cases", "{count} case", count=1) == "1 case"
    assert counted("{count} cases", "{count} case", count=0) == "0 cases"


def test_a_plural_entry_asked_for_without_a_count_reads_as_the_plural(spanish):
    assert i18n.translate("{count} cases") == "{count} casos"


def test_no_message_starting_with_a_count_is_translated_without_its_count():
    """`_("{count} rows…")` printed "1 filas": a message that starts with its count goes through `counted`."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and str(node.args[0].value).startswith("{count} ")):
                found.append(f"{path.relative_to(PACKAGE)}: {node.args[0].value[:50]}")
    assert found == []


def test_every_counted_message_has_spanish_for_one_and_for_many():
    """Each `counted(plural, singular, …)` call's plural has a [singular, plural] Spanish entry."""
    catalogue = i18n._catalog("es")
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "counted":
                plural = node.args[0].value
                if not isinstance(catalogue.get(plural), list):
                    missing.append(f"{path.relative_to(PACKAGE)}: {plural[:50]}")
    assert missing == []


def test_an_imported_bundles_summary_agrees_with_each_of_its_counts_in_spanish(spanish):
    from micic_planner.core.sync.counts_text import import_summary

    r = {"name": "Tegucigalpa", "received": 1, "applied": 1, "duplicates": 0, "waiting": 2, "review": 1}
    assert import_summary(r) == ("De Tegucigalpa: 1 cambio leído, 1 aplicado, 0 ya estaban aquí, "
                                 "2 esperan un registro, 1 conflicto nuevo por revisar.")


def test_a_sites_sync_status_agrees_with_each_of_its_counts_in_spanish(spanish):
    from micic_planner.core.sync.counts_text import status_counts

    s = {"changes": 1, "own_changes": 1, "waiting": 0, "review": 1, "links": 1}
    assert status_counts(s) == ("1 cambio en el registro (1 hecho aquí), 0 en espera, 1 por revisar, "
                                "1 vínculo entre registros.")
