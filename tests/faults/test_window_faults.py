"""The window shows a storage fault as a plain message, never as the unexpected-error dialog, and says when the post
it holds is read-only."""

import errno

import pytest

from micic_planner.gui import errors
from micic_planner.storage import store as store_module
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.store import PostStore


@pytest.fixture
def shown(monkeypatch):
    seen = []
    monkeypatch.setattr(errors.ErrorDialog, "ask", classmethod(lambda cls, parent, title, text, details="":
                                                               seen.append((title, text))))
    monkeypatch.setattr(errors, "_state", {"shown": False, "log_path": None})
    return seen


@pytest.mark.parametrize("fault", [sqlite3.OperationalError("database or disk is full"),
                                   OSError(errno.ENOSPC, "No space left on device", "/media/usb/post.micic")])
def test_a_full_disk_in_a_window_action_is_a_plain_message(qtbot, shown, fault):
    with errors.explained(None) as failed:
        raise fault
    assert failed and shown[0][1].startswith(("The disk is full; nothing was changed.", "/media/usb/post.micic"))
    assert "The disk is full" in shown[0][1]


def test_a_locked_post_escaping_to_the_hook_is_not_called_unexpected(qtbot, shown):
    errors.unexpected(sqlite3.OperationalError, sqlite3.OperationalError("database is locked"), None)
    assert len(shown) == 1
    title, text = shown[0]
    assert title != "Unexpected error" and "Another program is writing to this post file" in text


def test_the_window_says_the_post_is_read_only(qtbot, post, monkeypatch):
    from micic_planner.gui.main_window import MainWindow

    monkeypatch.setattr(store_module, "writable", lambda _path: False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_store(PostStore.open(post))
    assert win.banner.text().startswith("READ-ONLY")
    win.close_post()
