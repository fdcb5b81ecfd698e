"""The Sync menu's entries: each a few lines over `SyncStore`; the store refuses what the role may not do.

Bundles are written and read in a worker behind a progress dialog with Cancel (a bundle of 100,000 changes
takes seconds, a large post's first consolidation a minute): the window keeps painting, and a cancel rolls
the job back whole. The window-modal dialog keeps the person from working on the post meanwhile.
"""

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QFileDialog, QMessageBox

from micic_planner.core.changes import changed
from micic_planner.core.errors import StorageError, SyncError
from micic_planner.core.sync.counts_text import import_summary
from micic_planner.core.sync.registry import TABLES
from micic_planner.gui.worker import run_with_progress
from micic_planner.storage.sync.sync_store import SyncStore


class BundlePath:
    """Where a bundle is written or read from; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, save: bool, suggested: str = "") -> str | None:
        title = Q.translate("Sync", "Export for headquarters") if save else Q.translate("Sync", "Import a bundle")
        pattern = Q.translate("Sync", "Change bundles (*.micicsync);;All files (*)")
        path, _ = (QFileDialog.getSaveFileName(parent, title, suggested, pattern) if save
                   else QFileDialog.getOpenFileName(parent, title, "", pattern))
        return path or None


class Info:
    @classmethod
    def ask(cls, parent, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


def in_worker(window, label: str, job):
    """Run `job(progress, cancelled)` off the GUI thread behind a progress dialog; None when cancelled.

    The bar stops one short of full until the job returns: a progress dialog at its maximum closes itself,
    and the window must stay behind it while the job commits.
    """
    return run_with_progress(window, label, lambda progress, cancelled: job(
        lambda done, total: progress(min(done, max(total - 1, 0)), total), cancelled), counts=True)


def _sync(window) -> SyncStore:
    if window.context.store is None:
        raise StorageError(Q.translate("Sync", "Open a post first."))
    return SyncStore(window.context.store)


def export_for_headquarters(window) -> None:
    sync = _sync(window)
    hqs = [s for s in sync.status()["sites"] if s["role"] == "hq"]
    if not hqs:
        raise SyncError(Q.translate("Sync", "Headquarters is not registered in this post."), hint=Q.translate(
            "Sync", "Register headquarters' key file first (micic-planner sync register)."))
    path = BundlePath.ask(window, True, f"{sync.status()['name'] or 'post'}.micicsync")
    if path:
        _export(window, sync, hqs[0]["site"], path, Q.translate("Sync", "Export for headquarters"))


def _export(window, sync: SyncStore, peer: str, path: str, title: str) -> None:
    result = in_worker(window, Q.translate("Sync", "Writing the bundle…"),
                       lambda progress, cancelled: sync.export(peer, path, progress=progress, cancelled=cancelled))
    Info.ask(window, title, Q.translate("Sync", "The export was cancelled; no bundle was written.") if result is None
             else Q.translate("Sync", "%n change(s) written.", "", result["changes"]))


def import_bundle(window) -> None:
    sync = _sync(window)
    path = BundlePath.ask(window, False)
    if path:
        r = in_worker(window, Q.translate("Sync", "Importing the bundle…"), lambda progress, cancelled:
                      sync.import_bundle(path, progress=progress, cancelled=cancelled))
        if r is None:
            Info.ask(window, Q.translate("Sync", "Import a bundle"), Q.translate(
                "Sync", "The import was cancelled; nothing was changed. The same bundle can be imported again "
                "later."))
            return
        # Whatever a bundle may carry (the sync registry's tables) is refreshed: crises and seats too.
        window.context.apply(changed(*(t.name for t in TABLES), count=r["applied"]))
        Info.ask(window, Q.translate("Sync", "Import a bundle"), import_summary(r))


def review_conflicts(window) -> None:
    from micic_planner.gui.sync.review_dialog import ReviewDialog

    ReviewDialog(window, _sync(window)).exec()
    window.context.apply(changed("nationals"))


class PostChoice:
    """Which registered post a headquarters bundle is for; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, names: list[str]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getItem(parent, Q.translate("Sync", "Export for a post"),
                                        Q.translate("Sync", "Post:"), names, 0, False)
        return name if ok else None


def export_for_post(window) -> None:
    """Headquarters writes a bundle for one post: the answers it settled, the post's records, shared data."""
    sync = _sync(window)
    posts = [s for s in sync.status()["sites"] if s["role"] == "post"]
    if sync.status()["role"] != "hq" or not posts:
        raise SyncError(Q.translate("Sync", "This file is not headquarters, or no post is registered in it."),
                        hint=Q.translate("Sync", "A post exports with Sync ▸ Export for headquarters…"))
    name = PostChoice.ask(window, [s["name"] or s["site"] for s in posts])
    if not name:
        return
    path = BundlePath.ask(window, True, f"{name}.micicsync")
    if path:
        _export(window, sync, name, path, Q.translate("Sync", "Export for a post"))
