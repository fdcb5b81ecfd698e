"""The demo post: a fictional training post built on the fly into the user's data folder, with a progress dialog."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QProgressDialog

from micic_planner.core.errors import MicicError
from micic_planner.core.security import Action
from micic_planner.gui.settings import data_dir
from micic_planner.gui.worker import Worker, run_and_wait

DEMO_NATIONALS = 2000


def demo_path() -> Path:
    return data_dir() / "demo-post.micic"


def build_demo_file(path: Path, nationals: int | None = None, progress=None, cancelled=None) -> Path:
    """Write the demo post into a temporary file, then move it into place, so a half-built demo never opens."""
    from micic_planner.storage.assignment_store import AssignmentStore
    from micic_planner.storage.bulk_load import publish
    from micic_planner.storage.demo_writer import write_demo
    from micic_planner.storage.store import PostStore

    nationals = DEMO_NATIONALS if nationals is None else nationals
    partial = path.with_suffix(".partial")
    _remove(partial)
    try:
        store = PostStore.open(partial, create=True)
        try:
            # scratch: nobody sees the .partial file, which is deleted if anything fails
            write_demo(store, nationals=nationals, seed=1, scratch=True,
                       progress=(lambda *args: progress(*_done_total(args, nationals))) if progress else None)
            AssignmentStore(store).assign()  # so the demo's overview and plan show real assembly-point loads
            mark_training(store)
        finally:
            store.close()
        if cancelled is None or not cancelled():
            publish(partial, path)
    finally:
        _remove(partial)
    return path


def _remove(partial: Path) -> None:
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)


def mark_training(store) -> None:
    """The demo holds invented people: mark it a training post, which the window shows as not encrypted."""
    post = store.post()
    if post is not None and not post.is_training:
        post.is_training = True
        store.save_post(post)


def _mark_existing(path: Path) -> None:
    """A demo built by an earlier version was not marked as training; mark it before it opens."""
    from micic_planner.storage.encryption import file_kind
    from micic_planner.storage.store import PostStore

    if file_kind(path) != "plain":
        return
    try:
        with PostStore.open(path) as store:
            if store.session.can(Action.EDIT_PLAN):
                mark_training(store)
    except MicicError:
        return  # a demo with accounts asks for a sign-in: the window's own opening handles it


def _done_total(args, nationals: int) -> tuple[int, int]:
    """Progress reports may give (done) or (done, total)."""
    done = int(args[0]) if args else 0
    total = int(args[1]) if len(args) > 1 else nationals
    return done, max(total, 1)


def ensure_demo(parent) -> Path | None:
    """The demo post file, built now if it does not exist yet; None if the user cancelled."""
    path = demo_path()
    if path.exists():
        _mark_existing(path)
        return path
    dialog = QProgressDialog(Q.translate("Demo", "Building the demo post (fictional nationals, places and routes)…"),
                             Q.translate("Demo", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(Q.translate("Demo", "Demo post"))
    dialog.setMinimumDuration(0)
    worker = Worker(lambda progress, cancelled: build_demo_file(path, progress=progress, cancelled=cancelled), parent)
    worker.progressed.connect(lambda done, total: dialog.setValue(int(100 * done / total)))
    dialog.canceled.connect(worker.cancel)
    try:
        run_and_wait(worker)
    finally:
        cancelled = worker.is_cancelled()
        dialog.canceled.disconnect(worker.cancel)  # closing a progress dialog emits canceled
        dialog.close()
    return path if path.exists() and not cancelled else None
