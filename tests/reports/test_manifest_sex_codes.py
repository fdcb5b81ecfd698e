"""Issue 15.2: Spanish sheets print H/M (hombre/mujer), as the region's documents do."""

import re

from micic_planner.reports.manifest_pdf import ManifestRenderer
from tests.reports.test_crisis_pdfs import pages, passenger, sheet  # noqa: F401  (sheet is a fixture)


def _people():
    tomas = dict(passenger(2), given_names="Tomás", sex="M")
    return [dict(passenger(1), given_names="Begoña"), tomas]


def test_a_spanish_manifest_prints_h_for_a_man_and_m_for_a_woman(sheet):  # noqa: F811
    text = pages(ManifestRenderer("es").render(sheet, _people()))[0]
    assert re.search(r"Begoña\s+M\b", text) and re.search(r"Tomás\s+H\b", text)


def test_an_english_manifest_keeps_f_and_m(sheet):  # noqa: F811
    text = pages(ManifestRenderer("en").render(sheet, _people()))[0]
    assert re.search(r"Begoña\s+F\b", text) and re.search(r"Tomás\s+M\b", text)
