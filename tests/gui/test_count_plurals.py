"""Sentences with several counts say each in its own plural form, in English and Spanish, never "(s)"."""

from types import SimpleNamespace

import pytest

from micic_planner.core.import_job import ImportOutcome
from micic_planner.core.import_rows import ValidationReport
from micic_planner.gui.assign_action import confirm_text
from micic_planner.gui.geo_import_dialog import report_text
from micic_planner.gui.import_wizard import ImportWizard
from micic_planner.gui.locale_support import install_language


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def _summary(inserted, merged, skipped, kept=0):
    outcome = ImportOutcome(ValidationReport(), inserted=inserted, merged=merged, skipped=skipped, statuses_kept=kept)
    return ImportWizard.summary(SimpleNamespace(table=None), outcome)


def test_the_import_summary_gives_each_of_its_counts_its_own_english_form():
    assert _summary(1, 2, 0, kept=1) == ("1 national imported, 2 merged, 0 skipped. 1 merged national kept their "
                                         "status, newer or more specific than the file's.")
    assert _summary(3, 1, 1).startswith("3 nationals imported, 1 merged, 1 skipped.")


def test_the_import_summary_agrees_with_each_count_in_spanish(spanish):
    assert _summary(1, 2, 1) == "1 connacional importado, 2 fusionados, 1 omitido."
    assert _summary(2, 1, 0) == "2 connacionales importados, 1 fusionado, 0 omitidos."


def test_the_map_file_report_and_the_assignment_question_agree_with_their_counts(spanish):
    reading = SimpleNamespace(notes=[])
    job = SimpleNamespace(added=1, updated=2, items=[])
    assert report_text(reading, job).startswith("1 registro añadido y 2 actualizados.")
    assert confirm_text(SimpleNamespace(moves=1, by_hand=1)).startswith(
        "Esto da a 1 persona otro punto de reunión (o ninguno).\nSe conservará 1 asignación hecha a mano.")


def test_the_assignment_summary_says_each_count_in_its_own_form(spanish):
    from micic_planner.gui.assign_action import summary_text

    summary = SimpleNamespace(assigned=1, nationals=2, no_coordinates=1, no_room=0, beyond_radius=2, radius_km=25.0)
    text, _details = summary_text(SimpleNamespace(summary=summary, loads=[], unknown_capacity=[], gaps=[]))
    assert text.splitlines() == ["De 2 connacionales, 1 tiene punto de reunión; no se separó ningún hogar.",
                                 "1 connacional sin coordenadas.",
                                 "2 connacionales a más de 25 km de todo punto de reunión."]
