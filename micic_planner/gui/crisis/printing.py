"""Writing a crisis printout or CSV chosen by the person, PDFs rendered off the GUI thread."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from micic_planner.gui.crisis.prompts import SaveAs
from micic_planner.gui.errors import show_error, unexpected
from micic_planner.gui.worker import Worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrisisPrinting", text)


def export(owner, title: str, name: str, write_pdf, write_csv=None, done=None, record=None) -> Worker | None:
    """Ask where to save; write a CSV at once, or render the PDF in a worker. `write_pdf(path)` must not
    touch the post file or any widget: the caller reads the data first. `record(path, fmt)`, for a list
    of people, enters the written file in the disclosure ledger (on the GUI thread, before `done`)."""
    filters = "PDF (*.pdf)" + (";;CSV (*.csv)" if write_csv else "")
    path = SaveAs.ask(owner, title, name, filters)
    if not path:
        return None

    def finish(path: str, fmt: str) -> None:
        from micic_planner.gui.errors import explained

        with explained(owner, _tr("Could not print")) as failed:
            if record is not None:
                record(path, fmt)
        if done and not failed:
            done(path)

    if write_csv is not None and Path(path).suffix.lower() == ".csv":
        from micic_planner.gui.errors import explained

        with explained(owner, _tr("Could not print")) as failed:
            write_csv(path)
        if not failed:
            finish(path, "csv")
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
    worker.succeeded.connect(lambda written: finish(written, "pdf"))
    worker.start()
    return worker
