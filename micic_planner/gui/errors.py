"""How failures reach the user: explained errors in a dialog, unexpected ones logged to a file and shown once."""

import logging
import sys
import traceback
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QMessageBox

from micic_planner.core.errors import MicicError

log = logging.getLogger("micic_planner")
_state = {"shown": False, "log_path": None}



class ErrorDialog:
    """A modal message; tests replace `ask` to read what would be shown."""

    @classmethod
    def ask(cls, parent, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()


class Confirm:
    """A yes/no question, No by default; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def show_error(parent, exc: MicicError, title: str = "") -> None:
    """Show what went wrong and what to do; nothing was written (storage writes are atomic)."""
    ErrorDialog.ask(parent, title or Q.translate("Errors", "Could not finish"),
                    exc.user_message() + "\n\n" + Q.translate("Errors", "Nothing was changed in the post file."))


@contextmanager
def explained(parent, title: str = ""):
    """Run a user action; a MicicError becomes a dialog instead of a crash. Yields a list that
    holds the error if one happened, so the caller can keep a form open."""
    failed: list[MicicError] = []
    try:
        yield failed
    except MicicError as exc:
        failed.append(exc)
        show_error(parent, exc, title)
    except Exception as exc:
        from micic_planner.storage.faults import explain, is_fault

        if not is_fault(exc):
            raise
        error = explain(None, exc)
        failed.append(error)
        show_error(parent, error, title)


def install_excepthook(log_path) -> None:
    """Log any unexpected exception to `log_path`, tell the user once, keep running."""
    _state["log_path"] = str(log_path)
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    sys.excepthook = unexpected


def unexpected(exc_type, exc, tb) -> None:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error\n%s", text)
    from micic_planner.storage.faults import explain, is_fault

    if is_fault(exc):  # a full disk, a locked or read-only file: a plain message, not "unexpected"
        exc = explain(None, exc)
    if isinstance(exc, MicicError):
        show_error(None, exc)
        return
    if _state["shown"]:
        return
    _state["shown"] = True
    ErrorDialog.ask(None, Q.translate("Errors", "Unexpected error"),
                    Q.translate("Errors", "Something went wrong that the program did not expect. Your data is "
                        "safe: every change is saved whole or not at all.\n\nThe details were written to {path}. "
                        "Please send that file to your support contact. You can keep working.").format(
                        path=_state["log_path"] or Q.translate("Errors", "the error log")), text)
