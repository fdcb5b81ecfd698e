"""Writing a crisis printout or CSV chosen by the person, PDFs rendered off the GUI thread."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from micic_planner.gui.crisis.prompts import SaveAs
from micic_planner.gui.errors import show_error, unexpected
from micic_planner.gui.worker import Worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrisisPrinting", text)


def export(owner, title: str, name: str, write_pdf, write_csv=None, done=None) -> Worker | None:
    """Ask where to save; write a CSV at once, or render the PDF in a worker. `write_pdf(path)` must not
    touch the post file or any widget: the caller reads the data first."""
    filters = "PDF (*.pdf)" + (";;CSV (*.csv)" if write_csv else "")
    path = SaveAs.ask(owner, title, name, filters)
    if not path:
        return None
    if write_csv is not None and Path(path).suffix.lower() == ".csv":
        write_csv(path)
        if done:
            done(path)
        return None
    if Path(path).suffix.lower() != ".pdf":
        path += ".pdf"
    def job(_progress, _cancelled):
        write_pdf(path)
        return path

    worker = Worker(job, owner)
    owner._print_worker = worker  # kept alive until it ends

    def failed(exc):
        from micic_planner.core.errors import MicicError

        if isinstance(exc, MicicError):
            show_error(owner, exc, _tr("Could not print"))
        else:
            unexpected(type(exc), exc, exc.__traceback__)

    worker.failed.connect(failed)
    if done:
        worker.succeeded.connect(done)
    worker.start()
    return worker
