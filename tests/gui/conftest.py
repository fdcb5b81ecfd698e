"""GUI fixtures: settings and data folders kept in the test's own folder, and a small demo post."""

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    """QSettings and the data folder live under tmp_path, so tests never read or write the user's or each other's."""
    QCoreApplication.setOrganizationName("MICIC-tests")
    QCoreApplication.setApplicationName("MICIC Planner tests")
    # Not QStandardPaths' test mode: it puts every test's data in one ~/.qttest, shared by all tests of a run.
    QStandardPaths.setTestModeEnabled(False)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def spanish(qapp):
    """Spanish, with the font and style sheet the program starts with (app.run_app). A test file that wants
    the language alone defines its own `spanish`."""
    from PySide6.QtGui import QFont

    from micic_planner.app import STYLE
    from micic_planner.gui.locale_support import install_language

    install_language(qapp, "es")
    font = QFont(qapp.font())
    saved = QFont(font)
    font.setPointSize(max(font.pointSize(), 11))
    qapp.setFont(font)
    qapp.setStyleSheet(STYLE)
    yield
    qapp.setStyleSheet("")
    qapp.setFont(saved)
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    """Counts in English as the program shows them (app.py installs this): "1 record", "2 records", never "(s)"."""
    from micic_planner.gui.locale_support import EnglishPlurals

    plurals = EnglishPlurals(qapp)
    qapp.installTranslator(plurals)
    yield
    qapp.removeTranslator(plurals)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """One small demo post per session; each test gets its own copy."""
    from micic_planner.gui.demo import mark_training
    from micic_planner.storage.demo_writer import write_demo
    from micic_planner.storage.store import PostStore

    path = tmp_path_factory.mktemp("demo") / "demo.micic"
    store = PostStore.open(path, create=True)
    write_demo(store, nationals=300, seed=1)
    mark_training(store)
    store.close()
    return path


@pytest.fixture
def demo_store(demo_file, tmp_path):
    from micic_planner.storage.store import PostStore

    path = tmp_path / "post.micic"
    shutil.copy(demo_file, path)
    store = PostStore.open(path)
    yield store
    store.close()


@pytest.fixture
def dialogs(monkeypatch):
    """Every error dialog is recorded instead of shown; confirmations answer yes."""
    from micic_planner.gui import errors

    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "ask", classmethod(lambda cls, parent, title, text, details="":
                                                               shown.append((title, text))))
    monkeypatch.setattr(errors.Confirm, "ask", classmethod(lambda cls, parent, title, text: True))
    return shown


@pytest.fixture
def window(qtbot, demo_store, dialogs):
    """The main window on a copy of the demo post."""
    from micic_planner.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.set_store(demo_store)
    win.show()
    yield win
    for view in win.views.values():
        worker = getattr(view, "worker", None)
        if worker is not None:
            worker.wait(30_000)
    win.context.store = None
