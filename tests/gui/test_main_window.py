from micic_planner.gui.main_window import MainWindow

MY_VIEWS = ("overview", "nationals", "zones", "places", "routes", "partners", "team", "alerts", "plan")


def test_every_view_opens_on_the_demo_post(window, dialogs):
    for key in MY_VIEWS:
        view = window.show_view(key)
        assert view is not None, key
        assert window.stack.currentWidget() is view
    assert dialogs == []


def test_the_sidebar_lists_every_registered_view_and_loads_none_before_it_is_shown(qtbot, dialogs):
    from micic_planner.gui.view_registry import VIEWS

    win = MainWindow()
    qtbot.addWidget(win)
    assert [win.sidebar.item(i).text() for i in range(win.sidebar.count())][:2] == ["Overview", "Nationals"]
    assert win.sidebar.count() == len(VIEWS)
    assert win.views == {}
    assert win.pages.currentWidget() is win.welcome


def test_ctrl_number_actions_switch_views(window):
    window.menu_actions["view:routes"].trigger()
    assert window.stack.currentWidget() is window.views["routes"]
    assert window.menu_actions["view:routes"].shortcut().toString() == "Ctrl+5"


def test_a_gap_opens_the_record_to_fix(window, qtbot):
    overview = window.show_view("overview")
    overview.wait()
    assert overview.gaps.count() > 0
    window.context.open_record("routes", -1)
    assert window.stack.currentWidget() is window.views["routes"]


def test_the_window_remembers_recent_files_and_reopens_them(window, demo_store, qtbot):
    from micic_planner.gui import settings

    path = str(demo_store.path)
    window.close_post()
    assert window.pages.currentWidget() is window.welcome
    assert window.open_path(path)
    assert settings.recent_files()[0] == str(demo_store.path.resolve())
    assert window.context.store.nationals.count() == 300


def test_opening_a_file_that_is_not_a_post_explains_and_keeps_the_window(window, tmp_path, dialogs):
    bad = tmp_path / "bad.micic"
    bad.write_bytes(b"this is not a database" * 100)
    assert not window.open_path(str(bad))
    # The message, less the path (which holds the test's name), says what the file is and what to do.
    text = dialogs[0][1].replace(str(bad), "") if dialogs else ""
    assert "not a post file" in text and "damaged" not in text
    assert window.context.store is not None


def test_new_post_wizard_creates_a_post_with_the_standard_matrix(qtbot, tmp_path, dialogs, monkeypatch):
    from micic_planner.core.models import AlertAction, Post
    from micic_planner.gui.post_wizard import NewPostDialog

    target = tmp_path / "tapachula.micic"
    monkeypatch.setattr(NewPostDialog, "ask_new", classmethod(
        lambda cls, parent: (target, Post("Consulado en Tapachula", "MX", "Tapachula", jurisdiction=["MX-CHP"]))))
    from micic_planner.gui.security.dialogs import FirstAdminDialog, PassphraseDialog

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: "marimba volcán lluvia 47"))
    monkeypatch.setattr(FirstAdminDialog, "ask", classmethod(lambda cls, *a: ("admin", "admin-clave-1", "")))
    win = MainWindow()
    qtbot.addWidget(win)
    win.new_post()
    store = win.context.store
    assert store.post().name == "Consulado en Tapachula"
    assert len(store.records.list(AlertAction)) > 8
    assert dialogs == []
    win.close()


def test_an_unexpected_exception_is_logged_and_shown_once(tmp_path, dialogs):
    import sys

    from micic_planner.gui import errors

    log = tmp_path / "errors.log"
    saved = sys.excepthook
    errors._state["shown"] = False
    try:
        errors.install_excepthook(log)
        for _ in range(2):
            try:
                raise ZeroDivisionError("boom")
            except ZeroDivisionError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = saved
        for handler in list(errors.log.handlers):
            errors.log.removeHandler(handler)
            handler.close()
    assert len(dialogs) == 1
    assert "ZeroDivisionError: boom" in log.read_text(encoding="utf-8")


def test_the_demo_post_is_built_on_the_fly_and_opened(qtbot, dialogs, monkeypatch):
    from micic_planner.gui import demo

    monkeypatch.setattr(demo, "DEMO_NATIONALS", 50)
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_demo()
    assert dialogs == []
    assert win.context.store is not None
    assert win.context.store.nationals.count() == 50
    assert demo.demo_path().exists()
    win.close()


def test_each_test_has_its_own_data_folder_so_no_demo_is_left_for_the_next(tmp_path):
    from micic_planner.gui import demo, settings

    assert settings.data_dir().is_relative_to(tmp_path)
    assert not demo.demo_path().exists()
