"""Long work off the GUI thread: a function run in a QThread that reports progress and can be cancelled.

The function never touches widgets; it gets `progress(done, total)` and `cancelled()` and returns a value
that `finished` carries back to the GUI thread.
"""

import traceback

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from micic_planner.core.errors import Cancelled, MicicError


class Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # a MicicError, or a RuntimeError carrying the traceback of anything else

    def __init__(self, function, parent=None):
        super().__init__(parent)
        self.function = function
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        try:
            result = self.function(self.progressed.emit, self.is_cancelled)
        except MicicError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread, which logs it
            from micic_planner.storage.faults import explain, is_fault

            # A full disk or a locked file met by a long job is explained like any other storage fault.
            self.failed.emit(explain(None, exc) if is_fault(exc) else RuntimeError(f"{exc}\n{traceback.format_exc()}"))
        else:
            self.succeeded.emit(result)


def run_and_wait(worker: Worker):
    """Start `worker`, keep the window painting until it ends, and return its result.

    Its failure is raised here, in the GUI thread: a MicicError as it is, anything else as a
    RuntimeError carrying the worker's traceback.
    """
    outcome: dict = {}
    loop = QEventLoop()
    worker.succeeded.connect(lambda result: outcome.setdefault("result", result))
    worker.failed.connect(lambda exc: outcome.setdefault("error", exc))
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    if "error" in outcome:
        error = outcome["error"]
        raise error if isinstance(error, MicicError) else RuntimeError(str(error))
    return outcome.get("result")


def _moved(dialog: QProgressDialog, label: str, done: int, total: int) -> None:
    """The bar at `done` of `total`; once all is counted, a busy bar saying the file is being written."""
    if total and done >= total:
        dialog.setRange(0, 0)
        dialog.setLabelText(label + "\n" + QCoreApplication.translate("Worker", "Writing to the file…"))
    else:
        dialog.setRange(0, total)
        dialog.setValue(min(done, total))


def run_with_progress(parent, label: str, function, counts: bool = False):
    """Run `function(cancelled)` in a worker behind a progress dialog with Cancel; None if cancelled.

    With `counts`, the function is `function(progress, cancelled)` and its `progress(done, total)` moves
    the bar. The dialog appears only if the work lasts (400 ms), so a quick update does not flash a window.
    """
    parent = parent if isinstance(parent, QWidget) else None  # a test's stand-in window is no widget
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setValue(0)  # starts its 400 ms timer: a QProgressDialog given no value never shows itself
    # Reaching the maximum would reset and hide the dialog while the job still writes its last part.
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    worker = Worker(function if counts else (lambda _progress, cancelled: function(cancelled)), parent)
    if counts:
        worker.progressed.connect(lambda done, total: _moved(dialog, label, done, total))
    dialog.canceled.connect(worker.cancel)
    try:
        return run_and_wait(worker)
    except Cancelled:
        return None
    finally:
        dialog.canceled.disconnect(worker.cancel)  # closing a progress dialog emits canceled
        dialog.close()
        dialog.deleteLater()
