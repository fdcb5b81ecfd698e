"""Shared fixtures. Qt runs offscreen, set before anything imports Qt."""

import os
import socket
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The commonest consular laptop screen, so the window and its dialogs are tested where they must fit.
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('screen-1366x768.json')}"
os.environ["MICIC_LANG"] = "en"

import pytest  # noqa: E402

from micic_planner.core import i18n  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def private_home(tmp_path_factory):
    """HOME and the shared caches (gazetteer index) in a folder of this run, never the user's."""
    home = tmp_path_factory.mktemp("home")
    saved = {name: os.environ.get(name) for name in ("HOME", "XDG_CACHE_HOME")}
    os.environ["HOME"] = str(home)
    os.environ["XDG_CACHE_HOME"] = str(home / ".cache")
    yield home
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def private_data_folders(tmp_path, monkeypatch):
    """Each test's data and settings folders are its own, so no test reads what another left behind."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(autouse=True)
def english_by_default():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def store(tmp_path):
    """A fresh, empty post file for each test."""
    from micic_planner.storage.store import PostStore

    s = PostStore.open(tmp_path / "post.db", create=True)
    yield s
    s.close()


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test if anything opens a network socket."""
    attempts = []
    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise AssertionError(f"network access attempted: {address!r}")
        return real_connect(self, address)

    def guarded_getaddrinfo(*args, **kwargs):
        attempts.append(args[:2])
        raise AssertionError(f"name lookup attempted: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    monkeypatch.setattr(socket, "create_connection",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError(f"network access attempted: {a!r}")))
    return attempts
