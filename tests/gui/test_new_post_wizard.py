"""Creating a post: countries and regions chosen by name, the paper from the country, the file in Documents,
and a new post that opens on the Overview with its next steps."""

import pytest
from PySide6.QtCore import QStandardPaths, Qt

from micic_planner.gui.post_wizard import NewPostDialog, file_name_for
from micic_planner.storage.new_post import create_post
from tests.gui.test_walkthrough import assert_fits


@pytest.fixture
def documents(tmp_path, monkeypatch):
    folder = tmp_path / "Documentos"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda which: str(folder))
    return folder


@pytest.fixture
def dialog(qtbot, documents):
    dialog = NewPostDialog()
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.usefixtures("spanish")
def test_the_host_country_is_chosen_from_spanish_names_sorted_the_spanish_way(dialog):
    names = [dialog.country.itemText(row) for row in range(dialog.country.count())]
    assert "México" in names and "MX" not in names
    # Spanish collation: an accented capital ("Bélgica") sits with its letter, not after "Z".
    assert names.index("Austria") < names.index("Bélgica") < names.index("Bolivia") < names.index("Zambia")
    assert dialog.country.completer().filterMode() == Qt.MatchFlag.MatchContains


def test_typing_part_of_a_name_offers_the_countries_that_contain_it(dialog):
    completer = dialog.country.completer()
    completer.setCompletionPrefix("salva")
    assert completer.completionCount() == 1 and completer.currentCompletion() == "El Salvador"


def test_a_country_typed_without_accents_is_understood(dialog):
    dialog.country.lineEdit().setText("mexico")
    dialog.country.lineEdit().editingFinished.emit()
    assert dialog.country.code() == "MX"


@pytest.mark.usefixtures("spanish")
def test_choosing_the_country_lists_its_states_in_spanish_and_several_make_the_jurisdiction(dialog):
    dialog.country.set_code("MX")
    labels = [item.text() for item in dialog.regions.items()]
    assert len(labels) == 32 and "Chiapas  (MX-CHP)" in labels and "Nuevo León  (MX-NLE)" in labels
    dialog.regions.set_chosen(["MX-CHP", "MX-TAB"])
    dialog.regions.filter.setText("leon")  # accents are optional in the filter too
    assert [i.text() for i in dialog.regions.items() if not i.isHidden()] == ["Nuevo León  (MX-NLE)"]
    dialog.country.set_code("GT")
    assert all(item.data(Qt.ItemDataRole.UserRole).startswith("GT-") for item in dialog.regions.items())


def test_the_paper_follows_the_host_country_and_may_be_overridden(dialog):
    dialog.country.set_code("MX")
    assert dialog.paper.currentData() == "letter"
    dialog.country.set_code("ES")
    assert dialog.paper.currentData() == "a4"
    dialog.country.set_code("GT")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.name_edit.setText("Consulado en Tecún Umán")
    dialog.city.setText("Tecún Umán")
    assert dialog.result_record().paper == "a4"
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    assert dialog.result_record().paper == ""  # the country's own paper: it follows the country if that changes


def test_the_file_goes_to_documents_named_after_the_post_never_in_a_hidden_folder(dialog, documents):
    dialog.name_edit.setText("Consulado en Tapachula")
    assert dialog.result_path() == documents / "Consulado en Tapachula.micic"
    assert not any(part.startswith(".") for part in dialog.result_path().parts)
    (documents).mkdir()
    (documents / "Consulado de Guatemala.micic").write_bytes(b"")
    dialog.name_edit.setText("Consulado de Guatemala")
    assert dialog.result_path().name == "Consulado de Guatemala (2).micic"
    assert file_name_for('Sección: "Norte"/Sur') == "Sección Norte Sur.micic"


def test_the_dialog_names_every_missing_answer_and_keeps_itself_open(dialog):
    dialog.nationality.lineEdit().setText("Narnia")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    text = dialog.error.text()
    for phrase in ("name", "host country", "city", "nationals' country"):
        assert phrase in text


def test_the_answers_make_a_post_with_codes(dialog):
    dialog.name_edit.setText("Consulado en Tapachula")
    dialog.country.set_code("MX")
    dialog.city.setText("Tapachula")
    dialog.nationality.set_code("GT")
    dialog.regions.set_chosen(["MX-CHP", "MX-TAB"])
    dialog.accept()
    assert not dialog.error.isVisibleTo(dialog)
    post = dialog.result_record()
    assert (post.name, post.host_country, post.city, post.sending_country) == (
        "Consulado en Tapachula", "MX", "Tapachula", "GT")
    assert post.jurisdiction == ["MX-CHP", "MX-TAB"]


def test_a_new_post_opens_on_the_overview_with_its_next_steps(qtbot, tmp_path, dialogs, monkeypatch):
    from micic_planner.core.models import Post
    from micic_planner.gui import settings
    from micic_planner.gui.main_window import MainWindow

    settings.settings().setValue("last_view", "routes")
    target = tmp_path / "Documentos" / "Consulado.micic"  # a folder that does not exist yet
    monkeypatch.setattr(NewPostDialog, "ask_new", classmethod(
        lambda cls, parent: (target, Post("Consulado", "MX", "Tapachula", jurisdiction=["MX-CHP"], is_training=True))))
    win = MainWindow()
    qtbot.addWidget(win)
    win.new_post()
    assert target.exists()
    overview = win.current_view()
    assert overview is win.views["overview"]
    overview.wait()
    panel = overview.next_steps
    assert not panel.is_hidden()
    assert [step.key for step in panel.steps if not step.done] == [
        "team", "zones", "wardens", "places", "routes", "partners", "nationals", "plan"]
    panel.buttons["zones"].click()
    assert win.current_view() is win.views["zones"]
    assert dialogs == []
    win.close()


def test_the_next_steps_tick_what_is_done_and_stay_hidden_once_hidden(window):
    overview = window.show_view("overview")
    overview.wait()
    panel = overview.next_steps
    done = {step.key: step.done for step in panel.steps}
    assert done["zones"] and done["partners"] and done["nationals"]
    assert panel.buttons["zones"].text() == "Open the view"
    panel.hide_button.click()
    assert panel.is_hidden()
    overview.refresh()
    overview.wait()
    assert panel.is_hidden() and panel.show_button.isVisibleTo(panel)
    panel.show_button.click()
    assert not panel.is_hidden()


def test_create_post_keeps_the_chosen_paper(tmp_path):
    from micic_planner.core.models import Post

    store = create_post(tmp_path / "p.micic", Post("P", "GT", "Guatemala", paper="a4", is_training=True))
    try:
        assert store.post().paper == "a4"
    finally:
        store.close()


@pytest.mark.usefixtures("spanish", "documents")
def test_the_new_post_dialog_and_the_post_details_fit_a_laptop_screen_in_spanish(window, qtbot):
    from micic_planner.gui.forms.post_form import PostForm, post_fields, validate_post

    dialog = NewPostDialog(window)
    dialog.country.set_code("MX")
    assert_fits(dialog, qtbot)
    post = window.context.store.post()
    form = PostForm("Datos", post_fields(window.tr), post, validate_post, window)
    assert form.editors["host_country"].currentData() == post.host_country  # a country by name, kept as its code
    assert_fits(form, qtbot)


def test_the_post_details_tick_the_jurisdiction_by_name_among_the_host_countrys_regions(qtbot):
    from micic_planner.core.models import Post
    from micic_planner.gui.forms.post_form import PostForm, post_fields, validate_post

    form = PostForm("Datos", post_fields(lambda text: text), Post("P", "MX", "Tapachula", jurisdiction=["MX-CHP"]),
                    validate_post)
    qtbot.addWidget(form)
    regions = form.editors["jurisdiction"]
    assert regions.list.count() == 32 and regions.chosen() == ["MX-CHP"]
    regions.set_chosen(["MX-CHP", "MX-TAB"])
    assert form.collect().jurisdiction == ["MX-CHP", "MX-TAB"]
    country = form.editors["host_country"]
    country.setCurrentIndex(country.findData("GT"))
    assert regions.list.count() == 22 and regions.chosen() == []  # Mexico's states are not Guatemala's
    assert form.collect().jurisdiction == []


def test_a_file_with_no_post_yet_shows_no_next_steps(qtbot, tmp_path, dialogs):
    from micic_planner.gui.main_window import MainWindow
    from micic_planner.storage.store import PostStore

    win = MainWindow()
    qtbot.addWidget(win)
    win.set_store(PostStore.open(tmp_path / "empty.micic", create=True))
    overview = win.show_view("overview")
    overview.wait()
    assert not overview.next_steps.isVisibleTo(overview)
    win.close()
