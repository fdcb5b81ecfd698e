"""The program in Spanish: Qt's own dialogs, default file names, counts and sorting the user's way."""

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo

from micic_planner.gui import locale_support
from micic_planner.gui.locale_support import install_language


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def test_qt_file_dialogs_speak_spanish(spanish):
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"


def test_qt_catalogue_is_found_in_the_pyside_package_when_qt_points_elsewhere(qapp, monkeypatch, tmp_path):
    # A frozen build may report a translations folder that does not exist.
    monkeypatch.setattr(QLibraryInfo, "path", lambda which: str(tmp_path / "missing"))
    install_language(qapp, "es")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"
    finally:
        install_language(qapp, "en")


def test_english_needs_no_qt_catalogue(qapp):
    install_language(qapp, "en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    assert locale_support.qt_translation_folders()


def test_a_national_without_a_household_is_not_called_homeless(spanish, store, qtbot):
    from micic_planner.core.models import National
    from micic_planner.gui.forms.national_form import NationalForm, national_fields

    NationalForm.store = store
    form = NationalForm("National", national_fields(lambda text: text, store.db), National("López", "Ana"))
    qtbot.addWidget(form)
    text = form.members_label.text()
    assert "hogar" in text and "Sin hogar" not in text
