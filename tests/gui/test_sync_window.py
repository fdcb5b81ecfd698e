"""The Sync menu: a post exports for headquarters, headquarters imports, settles a conflict side by side."""

from types import SimpleNamespace

import pytest

from micic_planner.gui.sync import actions
from micic_planner.gui.sync.review_dialog import ReviewDialog
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync.sync_store import SyncStore


@pytest.fixture
def sites(tmp_path):
    post, hq = PostStore.open(tmp_path / "post.db", create=True), PostStore.open(tmp_path / "hq.db", create=True)
    SyncStore(post).init("Tegucigalpa")
    SyncStore(hq).init("Headquarters", headquarters=True)
    SyncStore(post).export_keys(tmp_path / "post.key")
    SyncStore(hq).export_keys(tmp_path / "hq.key")
    SyncStore(hq).register(tmp_path / "post.key")
    SyncStore(post).register(tmp_path / "hq.key")
    yield post, hq
    post.close()
    hq.close()


def _window(store):
    applied = []
    return SimpleNamespace(context=SimpleNamespace(store=store, apply=applied.append), applied=applied)


def test_a_bundle_exported_from_the_menu_is_imported_from_the_menu_at_headquarters(sites, tmp_path, monkeypatch, qtbot):
    post, hq = sites
    post.db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'López')")
    monkeypatch.setattr(actions.BundlePath, "ask", classmethod(lambda cls, parent, save, suggested="":
                                                                 str(tmp_path / "b.micicsync")))
    told = []
    monkeypatch.setattr(actions.Info, "ask", classmethod(lambda cls, parent, title, text: told.append(text)))
    actions.export_for_headquarters(_window(post))
    window = _window(hq)
    actions.import_bundle(window)
    assert hq.db.execute("SELECT family_names FROM nationals").fetchone() == ("López",)
    assert told[0] == "1 change written."
    assert ": 1 change read, 1 applied, 0 already here, 0 waiting for a record, 0 new conflicts" in told[1]
    assert window.applied
    # A bundle may carry crises and seats as well: the views showing them are refreshed too.
    assert window.applied[0].touches("crises") and window.applied[0].touches("manifest_entries")


def test_review_shows_both_values_and_settling_keeps_the_one_chosen(sites, tmp_path, qtbot):
    post, hq = sites
    post.db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('n1', 'Ana', 'López')")
    SyncStore(post).export("Headquarters", tmp_path / "b1")
    SyncStore(hq).import_bundle(tmp_path / "b1")
    post.db.execute("UPDATE nationals SET vulnerabilities = 2")
    hq.db.execute("UPDATE nationals SET vulnerabilities = 4")
    SyncStore(post).export("Headquarters", tmp_path / "b2")
    SyncStore(hq).import_bundle(tmp_path / "b2")
    dialog = ReviewDialog(None, SyncStore(hq))
    qtbot.addWidget(dialog)
    assert dialog.conflicts.count() == 1 and dialog.values.rowCount() == 2
    shown = {dialog.values.item(r, 0).text() for r in range(2)}
    assert shown == {"Separated child", "Older person"}
    row = next(r for r in range(2) if dialog.values.item(r, 0).text() == "Separated child")
    dialog.values.setCurrentCell(row, 0)  # choosing a value ticks its flags
    assert dialog.answer_value() == 2
    dialog.settle_button.click()
    assert dialog.conflicts.count() == 0 and dialog.empty.isVisibleTo(dialog)
    assert hq.db.execute("SELECT vulnerabilities FROM nationals").fetchone() == (2,)
