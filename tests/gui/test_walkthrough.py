"""A session at 1366×768 in Spanish: every view, the forms, closing and reopening posts, quitting.

Tests run on an offscreen screen of 1366×768 (tests/conftest.py); it has no window frames, so a dialog
must leave room for the title bar a real window manager adds (fitted_dialog.FRAME_ALLOWANCE).
"""

import logging
import shutil

from PySide6.QtWidgets import QApplication, QScrollArea

from micic_planner.core.crisis import Movement
from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.core.models import National, Route
from micic_planner.gui.crisis import dialogs as crisis_dialogs
from micic_planner.gui.crisis.status_dialog import BulkStatusDialog
from micic_planner.gui.fitted_dialog import FRAME_ALLOWANCE
from micic_planner.gui.forms.national_form import NationalForm, national_fields
from micic_planner.gui.forms.route_form import RouteForm
from micic_planner.gui.view_registry import VIEWS
from micic_planner.gui.views.record_panel import RecordPanel
from micic_planner.storage.store import PostStore

SCREEN_HEIGHT = 768


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)


def assert_fits(dialog, qtbot) -> None:
    """Shown, no taller than the screen, its buttons inside it."""
    dialog.show()
    settle(qtbot)
    assert QApplication.primaryScreen().size().height() == SCREEN_HEIGHT
    assert dialog.height() + FRAME_ALLOWANCE.height() <= SCREEN_HEIGHT, (type(dialog).__name__, dialog.height())
    buttons = dialog.buttons
    assert buttons.isVisible()
    assert dialog.rect().contains(buttons.geometry()), (type(dialog).__name__, buttons.geometry(), dialog.rect())
    dialog.close()


def test_a_session_through_every_view_closes_and_reopens_posts_and_quits_without_an_error(
        spanish, window, dialogs, demo_file, tmp_path, qtbot, monkeypatch, caplog):
    caplog.set_level(logging.WARNING, logger="micic_planner")
    window.resize(1366, SCREEN_HEIGHT)
    monkeypatch.setattr(crisis_dialogs.OpenCrisisDialog, "ask", classmethod(lambda cls, parent, zones: {
        "title": "Huracán", "hazard": Hazard.HURRICANE, "zones": [], "phase": AlertPhase.PRECAUTION,
        "reset_statuses": True}))
    for entry in VIEWS:
        assert window.show_view(entry.key) is not None, entry.key
        settle(qtbot)
    crisis = window.show_view("crisis")
    crisis.open_button.click()
    for index in range(crisis.tabs.count()):
        crisis.tabs.setCurrentIndex(index)
        settle(qtbot)
    window.close_post()
    settle(qtbot)
    other = tmp_path / "other.micic"
    shutil.copy(demo_file, other)
    window.set_store(PostStore.open(other))
    for key in ("crisis", "overview", "nationals", "map"):
        assert window.show_view(key) is not None
        settle(qtbot)
    window.close()
    settle(qtbot)
    assert dialogs == []
    assert [r.getMessage() for r in caplog.records] == []


def test_the_sidebar_names_every_view_in_full_with_its_own_icon_even_after_dragging_its_divider(spanish, window,
                                                                                                  qtbot):
    window.resize(1366, SCREEN_HEIGHT)
    settle(qtbot)
    window.workspace.moveSplitter(0, 1)  # dragged to the left edge
    settle(qtbot)
    sidebar = window.sidebar
    metrics = sidebar.fontMetrics()
    images = set()
    shown_rows = [r for r in range(sidebar.count()) if not sidebar.item(r).isHidden()]  # headquarters' views hide
    for row in shown_rows:
        item = sidebar.item(row)
        # the item's padding is 6 px a side (app.STYLE), and Qt leaves a few pixels between icon and text
        needed = metrics.horizontalAdvance(item.text()) + sidebar.iconSize().width() + 2 * 6 + 4
        shown = min(sidebar.visualItemRect(item).width(), sidebar.viewport().width())
        assert shown >= needed, (item.text(), shown, needed)
        tip = item.toolTip()
        assert len(tip.split("(Ctrl")[0]) > len(item.text()), tip  # says what the view is for
        assert (f"(Ctrl+{row + 1})" in tip) == (row < 9), tip
        image = item.icon().pixmap(22, 22).toImage()
        images.add(bytes(image.constBits()))
    assert len(images) == len(shown_rows)  # no two views share an icon
    assert "Resumen" in [sidebar.item(r).text() for r in range(sidebar.count())]


def test_every_form_fits_the_screen_with_its_buttons_in_view(spanish, window, qtbot, dialogs):
    store = window.context.store
    NationalForm.store = store
    national = NationalForm("Connacional", national_fields(window.tr, store.db), National("", ""), parent=window)
    assert_fits(national, qtbot)
    view = window.show_view("routes")
    RouteForm.places = view.panel.spec.places
    assert_fits(RouteForm("Ruta", view.panel.spec.fields(), store.records.list(Route)[0], parent=window), qtbot)
    specs = [panel.spec for key in ("places", "partners", "zones", "team")
             for panel in window.show_view(key).findChildren(RecordPanel)]
    assert len(specs) >= 5
    for spec in specs:
        assert_fits(spec.form_class("Registro", spec.fields(), spec.new_record(), parent=window), qtbot)
    crisis = window.show_view("crisis")
    acc = crisis.crises.accountability
    status = BulkStatusDialog([], acc.wardens(), acc, window)
    status.tabs.setCurrentIndex(2)
    status.wait_loaded()
    assert_fits(status, qtbot)
    assert_fits(crisis_dialogs.OpenCrisisDialog([], window), qtbot)
    assert_fits(crisis_dialogs.MovementDialog(Movement(1, "Autobús"), [], window), qtbot)


def test_the_national_form_shows_every_error_in_one_round(spanish, window, qtbot):
    NationalForm.store = window.context.store
    NationalForm.region = "MX"
    form = NationalForm("Connacional", national_fields(window.tr, window.context.store.db), National("", ""))
    qtbot.addWidget(form)
    form.editors["given_names"].setText("José")
    form.editors["birth_date"].setText("31/02/2001")  # cannot be read: a field error
    form.editors["phone"].setText("12")  # read, then refused by the record's rules
    form.editors["email"].setText("sin-arroba")
    form.accept()
    assert form.result() == 0
    shown = {name for name, label in form.errors.items() if not label.isHidden()}
    assert shown == {"family_names", "birth_date", "phone", "email"}


def cut_texts(window) -> list[str]:
    """Buttons, one-line labels and empty fields' hints of the current view narrower than their text, or running
    off the window."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel, QPushButton

    view = window.current_view()
    cut = cut_placeholders(view, window)
    for widget in view.findChildren(QPushButton) + view.findChildren(QLabel):
        if not widget.isVisibleTo(window) or not widget.text() or widget.text().startswith("<"):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        if widget.width() < widget.minimumSizeHint().width() or right > window.width():
            cut.append(widget.text())
    return cut


def cut_placeholders(view, window) -> list[str]:
    """Empty one-line fields whose grey hint ("madre, hermano…") is wider than the field: the hint is how a
    call-taker knows what to type, so a cut one is as bad as a cut label."""
    from PySide6.QtWidgets import QLineEdit

    cut = []
    for edit in view.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not hint or edit.text() or not edit.isVisibleTo(window):
            continue
        margins = edit.textMargins()
        # QLineEdit's own frame and the 2-pixel side margins Qt keeps around the text in every style.
        room = edit.width() - margins.left() - margins.right() - 2 * edit.style().pixelMetric(
            edit.style().PixelMetric.PM_DefaultFrameWidth) - 4
        if edit.fontMetrics().horizontalAdvance(hint) > room:
            cut.append(hint)
    return cut


def test_no_button_or_label_is_cut_in_any_view_at_1366(spanish, window, qtbot, monkeypatch):
    window.resize(1366, SCREEN_HEIGHT)
    monkeypatch.setattr(crisis_dialogs.OpenCrisisDialog, "ask", classmethod(lambda cls, parent, zones: {
        "title": "Huracán Eta", "hazard": Hazard.HURRICANE, "zones": [], "phase": AlertPhase.VOLUNTARY_DEPARTURE,
        "reset_statuses": True}))
    window.show_view("crisis").open_button.click()
    found = {}
    for entry in VIEWS:
        view = window.show_view(entry.key)
        tabs = getattr(view, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            settle(qtbot)
            cut = cut_texts(window)
            if isinstance(view, QScrollArea) and view.horizontalScrollBar().isVisible():
                cut.append("(the page scrolls sideways)")
            if cut:
                found[f"{entry.key}/{index}"] = cut
    assert found == {}
    assert window.width() <= 1366


def test_a_chart_wraps_a_long_zone_name_instead_of_cutting_it(spanish, qtbot):
    from PySide6.QtCore import QRect, Qt

    from micic_planner.gui.bar_chart import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(480, 100)
    name = "Sierra: Motozintla y Ciudad Cuauhtémoc"
    chart.set_items([(name, 99), ("Tapachula urbana", 710)])
    chart.show()
    settle(qtbot)
    metrics = chart.fontMetrics()
    room = QRect(0, 0, chart._label_width() - 8, 1000)
    needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, name)
    assert needed.width() <= room.width() and needed.height() + 10 <= chart._line()


def test_the_welcome_text_is_whole_on_the_first_start(spanish, qtbot):
    from micic_planner.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    assert window.height() + FRAME_ALLOWANCE.height() <= SCREEN_HEIGHT  # the first size fits the screen
    intro = window.welcome.intro
    assert intro.height() >= intro.heightForWidth(intro.width()), (intro.height(), intro.heightForWidth(intro.width()))
