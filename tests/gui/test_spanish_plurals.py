"""Counts in Spanish through Qt's plural forms: "1 integrante", "2 integrantes", never "integrante(s)"."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from micic_planner.core.models import National
from micic_planner.gui.forms.national_form import NationalForm, national_fields
from micic_planner.gui.locale_support import fmt_int, install_language

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "micic_es.ts"


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def test_every_window_string_with_a_count_in_brackets_uses_qt_plural_forms():
    flat = [m.findtext("source") for m in ET.parse(TS).getroot().iter("message")
            if m.get("numerus") != "yes" and any(mark in (m.findtext("source") or "") for mark in ("(s)", "(es)"))]
    assert flat == []


@pytest.mark.parametrize(("others", "expected"), [(1, "Hogar H7: 1 integrante más."),
                                                  (2, "Hogar H7: 2 integrantes más.")])
def test_the_household_line_of_the_national_form_agrees_with_its_count(spanish, store, qtbot, others, expected):
    for i in range(others):
        store.nationals.add(National("Fuentes", f"Ana {i}", household="H7"))
    NationalForm.store = store
    form = NationalForm("National", national_fields(lambda text: text, store.db), National("Fuentes", "Luz",
                                                                                           household="H7"))
    qtbot.addWidget(form)
    assert form.members_label.text() == expected


def test_the_catalogue_fallback_picks_the_plural_form_by_the_count(spanish):
    from PySide6.QtCore import QCoreApplication

    # A context lupdate never saw: only the JSON fallback can answer.
    assert QCoreApplication.translate("Elsewhere", "(%Ln match(es) for the search and filters)", "", 1) == \
        "(1 coincide con la búsqueda y los filtros)"
    many = QCoreApplication.translate("Elsewhere", "(%Ln match(es) for the search and filters)", "", 12000)
    assert many == f"({fmt_int(12000)} coinciden con la búsqueda y los filtros)"


def test_english_counts_read_singular_or_plural_too(qapp):
    from PySide6.QtCore import QCoreApplication

    install_language(qapp, "en")
    tr = QCoreApplication.translate
    assert tr("NationalsView", "(%Ln match(es) for the search and filters)", "", 1) == \
        "(1 match for the search and filters)"
    assert tr("NationalsView", "(%Ln match(es) for the search and filters)", "", 3) == \
        "(3 matches for the search and filters)"
    assert tr("BulkStatusDialog", "%Ln person(s) still to call", "", 2) == "2 people still to call"
    assert tr("RecordPanel", "Delete %Ln record(s): {names}?", "", 1) == "Delete 1 record: {names}?"


def test_a_manifest_fill_of_one_person_reads_in_the_singular(spanish):
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("MovementsPanel", "%Ln person(s) added; still waiting at the assembly point: "
                                      "{w}.", "", 1)
    assert text == "1 persona añadida; siguen esperando en el punto de reunión: {w}."


def test_the_retention_summary_agrees_with_one_expired_record(spanish):
    from PySide6.QtCore import QCoreApplication

    source = ("Past the expiry date set by the post's policy ({months} months): %Ln record(s). Purging deletes them "
              "and their history for good.")
    one = QCoreApplication.translate("ExpiryDialog", source, "", 1).format(months=24)
    assert one.startswith("1 registro ha superado") and "Depurarlo lo elimina" in one
