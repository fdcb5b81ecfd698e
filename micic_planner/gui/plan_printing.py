"""Sending a finished PDF to a printer chosen in the system print dialog."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from micic_planner.core.errors import MicicError


class PrintChoice:
    """The printer and copies; tests replace `ask`."""

    @classmethod
    def ask(cls, parent) -> tuple[str, int] | None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, parent)
        if not dialog.exec():
            return None
        return printer.printerName(), printer.copyCount()


def print_pdf(parent, path: Path) -> bool:
    """Print `path` on the chosen printer; False if the user cancelled."""
    choice = PrintChoice.ask(parent)
    if choice is None:
        return False
    printer, copies = choice
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # noqa: S606 - the system's own PDF handler prints
        return True
    lp = shutil.which("lp")
    if lp is None:
        raise MicicError(Q.translate("Printing", "No print service (CUPS) was found on this computer."),
                         where=str(path),
                         hint=Q.translate("Printing", "Open the plan in the PDF viewer and print it from there."))
    command = [lp, "-n", str(max(1, copies))] + (["-d", printer] if printer else []) + [str(path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        detail = done.stderr.strip()
        raise MicicError(Q.translate("Printing", "The printer refused the plan: {detail}").format(detail=detail),
                         where=printer,
                         hint=Q.translate("Printing", "Check the printer, or print from the PDF viewer."))
    return True
