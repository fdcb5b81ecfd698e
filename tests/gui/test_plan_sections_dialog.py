"""The plan sections editor: a form per section, every error shown at once, read-only for a viewer."""

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from micic_planner.core.security import Role, Session
from micic_planner.gui.fitted_dialog import FRAME_ALLOWANCE
from micic_planner.gui.plan_sections_dialog import PlanSectionsDialog
from micic_planner.storage.plan_section_store import PlanSectionStore


def _show(dialog, key: str) -> None:
    row = next(i for i, st in enumerate(dialog._states) if st.section.key == key)
    dialog.list.setCurrentRow(row)


def test_saving_a_section_with_two_bad_values_lists_both_and_keeps_what_was_stored(qtbot, store):
    dialog = PlanSectionsDialog(store)
    qtbot.addWidget(dialog)
    _show(dialog, "population")
    dialog.form.inputs["unregistered"].setText("muchos")
    dialog.form.inputs["as_of"].setText("1 de mayo")
    dialog.form.inputs["source"].setText("Censo")
    assert dialog.save() is False
    lines = dialog.errors.text().splitlines()
    assert len(lines) == 2 and "Estimated unregistered nationals" in lines[0] and "Estimate date" in lines[1]
    assert dialog.form.inputs["unregistered"].styleSheet() != ""
    assert PlanSectionStore(store).get("population").state == "blank"


def test_a_filled_form_saves_and_the_list_shows_the_section_filled(qtbot, store):
    told = []
    dialog = PlanSectionsDialog(store, on_saved=told.append)
    qtbot.addWidget(dialog)
    _show(dialog, "borders")
    grid = dialog.form.tables["crossings"]
    grid.insertRow(0)
    from PySide6.QtWidgets import QTableWidgetItem

    grid.setItem(0, 0, QTableWidgetItem("Tecún Umán"))
    assert dialog.save() is True
    assert PlanSectionStore(store).get("borders").values["crossings"][0]["crossing"] == "Tecún Umán"
    assert dialog.list.currentItem().text().startswith("●")
    assert told and told[0].touches("plan_sections")  # the window refreshes its gap list from this


def test_a_viewer_sees_the_sections_but_cannot_save_them(qtbot, store):
    PlanSectionStore(store).save("resources", {"vehicles": 3, "travel_documents": 40})
    store.session = Session("vera", Role.VIEWER)
    dialog = PlanSectionsDialog(store)
    qtbot.addWidget(dialog)
    _show(dialog, "resources")
    assert dialog.form.inputs["vehicles"].text() == "3"
    assert dialog.form.inputs["vehicles"].isReadOnly()
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize("key", ["population", "communications", "borders"])
def test_the_editor_fits_1366_by_768_in_spanish_with_no_title_or_button_cut(spanish, qtbot, store, key):
    dialog = PlanSectionsDialog(store)
    qtbot.addWidget(dialog)
    _show(dialog, key)
    dialog.show()
    QApplication.processEvents()
    assert dialog.height() + FRAME_ALLOWANCE.height() <= 768 and dialog.width() <= 1366
    assert dialog.rect().contains(dialog.buttons.geometry())
    titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    widest = max(dialog.list.fontMetrics().horizontalAdvance(t) for t in titles)
    assert widest <= dialog.list.viewport().width()
    assert any("Estimación de la población" in t for t in titles)
    cut = [w.text() for w in dialog.findChildren(QPushButton) + dialog.findChildren(QLabel)
           if w.isVisible() and w.text() and not (isinstance(w, QLabel) and w.wordWrap())
           and w.width() < w.minimumSizeHint().width()]
    assert cut == []


def test_the_plan_view_opens_the_editor(qtbot, store, monkeypatch):
    from micic_planner.gui.context import AppContext
    from micic_planner.gui.views.plan_view import PlanView

    opened = []
    monkeypatch.setattr(PlanSectionsDialog, "ask", classmethod(lambda cls, parent, s, on_saved=None:
                                                               opened.append((s, on_saved))))
    view = PlanView(AppContext(store))
    qtbot.addWidget(view)
    view.sections_button.click()
    assert opened and opened[0][0] is store
