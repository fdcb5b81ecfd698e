"""Sync ▸ Hand a national over to another post…: headquarters moves the person chosen in the registry."""

from types import SimpleNamespace

from PySide6.QtWidgets import QMainWindow

from micic_planner.gui.sync import transfer_dialog
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync.sync_store import SyncStore


def test_headquarters_hands_the_selected_national_over_to_the_post_chosen_in_the_dialog(tmp_path, monkeypatch,
                                                                                          qtbot):
    hq, post = PostStore.open(tmp_path / "hq.db", create=True), PostStore.open(tmp_path / "post.db", create=True)
    with hq, post:
        SyncStore(hq).init("Headquarters", headquarters=True)
        SyncStore(post).init("Norte")
        SyncStore(post).export_keys(tmp_path / "post.key")
        site = SyncStore(hq).register(tmp_path / "post.key")["site"]
        hq.db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'López')")
        shown, told = [], []

        def answer(cls, dialog):
            qtbot.addWidget(dialog)
            shown.append(dialog.posts.itemText(0))
            return dialog.posts.currentData(), "moved north"

        monkeypatch.setattr(transfer_dialog.Ask, "run", classmethod(answer))
        window = QMainWindow()
        qtbot.addWidget(window)
        window.context = SimpleNamespace(store=hq, apply=told.append)
        window.views = {"nationals": SimpleNamespace(selected_ids=lambda: [1])}
        transfer_dialog.hand_over(window)
        assert shown == ["Norte"]
        assert hq.db.execute("SELECT to_site, reason FROM sync_transfers").fetchall() == [(site, "moved north")]
        assert told and window.statusBar().currentMessage() == "Ana López handed over to Norte."
