"""Shared fixtures. Qt runs offscreen, set before anything imports Qt."""

import os
import socket

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MICIC_LANG"] = "en"

import pytest  # noqa: E402

from micic_planner.core import i18n  # noqa: E402


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
