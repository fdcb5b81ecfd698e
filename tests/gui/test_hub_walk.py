"""The sync demo walked in the window, in Spanish at 1366×768: a post exports, headquarters imports and sees the
country picture, settles the vulnerability both ends changed, and sends the answer back to the post.

With MICIC_SCREENSHOTS=FOLDER the country picture and its PDF are also saved there (docs/hub-picture.png).
"""

import os
import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication

from micic_planner.core.enums import Vulnerability
from micic_planner.gui.sync import actions, picture_view
from micic_planner.gui.sync.review_dialog import ReviewDialog
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync import demo_hub
from micic_planner.storage.sync.sync_store import SyncStore


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)


def test_the_sync_demo_walks_from_a_post_to_headquarters_and_back(tmp_path, qtbot, monkeypatch, spanish):
    from micic_planner.gui.main_window import MainWindow

    paths = demo_hub.write_sync_demo(tmp_path / "demo", nationals=60)
    files = iter([str(tmp_path / "from-post.micicsync"), str(tmp_path / "from-post.micicsync"),
                  str(paths["bundle_b"]), str(tmp_path / "answer.micicsync"), str(tmp_path / "answer.micicsync")])
    monkeypatch.setattr(actions.BundlePath, "ask", classmethod(lambda cls, parent, save, suggested="": next(files)))
    told = []
    monkeypatch.setattr(actions.Info, "ask", classmethod(lambda cls, parent, title, text: told.append(text)))
    monkeypatch.setattr(actions.PostChoice, "ask", classmethod(lambda cls, parent, names: demo_hub.POST_A))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    # At the post: the Overview says when it last exchanged; it exports for headquarters.
    window.set_store(PostStore.open(paths["a"]))
    overview = window.show_view("overview")
    overview.wait()
    assert overview.last_exchange.isVisibleTo(window) and "sede central" in overview.last_exchange.text()
    hub_row = next(r for r in range(window.sidebar.count()) if window.sidebar.item(r).data(256) == "hub")
    assert window.sidebar.item(hub_row).isHidden()  # a post has no country picture
    actions.export_for_headquarters(window)

    # At headquarters: import, see the country picture, settle the conflict.
    window.set_store(PostStore.open(paths["hq"]))
    assert not window.sidebar.item(hub_row).isHidden()
    actions.import_bundle(window)
    actions.import_bundle(window)  # the other post's bundle, ready in the demo folder
    view = window.show_view("hub")
    view.wait()  # worked out on a worker thread: the window is not held while a big post is counted
    _settle(qtbot)
    assert view.picture.review == 1 and len([p for p in view.picture.posts if p.role == "post"]) == 2
    assert view.summary.text().startswith("2 representaciones, ")  # a plural: "1 representación" with one
    assert "Ediciones en conflicto pendientes de revisión: 1." in view.summary.text()
    assert view.review_button.isEnabled()
    shown = {view.table.item(r, 0).text() for r in range(view.table.rowCount())}
    assert {demo_hub.POST_A, demo_hub.POST_B} <= shown
    monkeypatch.setattr(picture_view.PicturePath, "ask", classmethod(lambda cls, parent, kind: str(
        tmp_path / f"picture.{kind}")))
    assert view.save("pdf") and (tmp_path / "picture.pdf").read_bytes().startswith(b"%PDF")
    assert view.save("csv") and "#adm1+name" in (tmp_path / "picture.csv").read_text(encoding="utf-8")
    # The post's return cases travelled: by post and by state, in words (the stored states were shown before).
    returns = [view.returns.item(r).text() for r in range(view.returns.count())]
    assert any(line.startswith(f"{demo_hub.POST_A}: ") and "abiertos" in line for line in returns)
    assert "Solicitado: 1" in returns and not any("requested" in line for line in returns)
    assert view.save("returns") and "#affected+returning+open" in (tmp_path / "picture.returns").read_text(
        encoding="utf-8")
    window.grab().save(str(tmp_path / "hub-picture.png"))
    if os.environ.get("MICIC_SCREENSHOTS"):
        for name in ("hub-picture.png", "picture.pdf"):
            shutil.copy(tmp_path / name, Path(os.environ["MICIC_SCREENSHOTS"]) / name)

    dialog = ReviewDialog(window, SyncStore(window.context.store))
    qtbot.addWidget(dialog)
    assert dialog.conflicts.count() == 1 and dialog.values.rowCount() == 2
    both = Vulnerability.OLDER_PERSON.value | Vulnerability.MEDICAL_NEED.value
    uuid = dialog.items[0]["uuid"]
    assert dialog.conflicts.item(0).text().endswith(" · Vulnerabilidades")
    # Each site's value in words; the boxes start with both flags ticked: the officer settles on both.
    assert {dialog.values.item(r, 0).text() for r in range(2)} == {Vulnerability.OLDER_PERSON.label("es"),
                                                                   Vulnerability.MEDICAL_NEED.label("es")}
    assert dialog.answer_value() == both
    dialog.settle_button.click()
    assert dialog.conflicts.count() == 0
    dialog.close()
    view.refresh()
    view.wait()
    assert view.picture.review == 0 and not view.review_button.isEnabled()
    actions.export_for_post(window)

    # Back at the post: the answer arrives, both ends hold the combined value, nothing left to review.
    window.set_store(PostStore.open(paths["a"]))
    actions.import_bundle(window)
    post = window.context.store
    assert post.db.execute("SELECT vulnerabilities & ? FROM nationals WHERE uuid = ?",
                           [both, uuid]).fetchone() == (both,)
    assert SyncStore(post).review() == []
    window.context.store = None
    post.close()
