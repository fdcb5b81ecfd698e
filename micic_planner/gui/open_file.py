"""Opening a written file (a PDF) in the program the system chose for it, and saying so when there is none."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from micic_planner.gui.errors import ErrorDialog


def open_in_viewer(parent, path) -> bool:
    """Open `path` in the system's viewer; when none opens it, tell the user where the file is and what to do."""
    path = Path(path)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    ErrorDialog.ask(parent, Q.translate("OpenFile", "No PDF viewer"), Q.translate(
        "OpenFile", "No program on this computer opens PDF files, so the file was not shown. It is saved at:\n"
        "{path}\n\nInstall a PDF viewer (such as SumatraPDF, Okular or Evince), or copy the file to a computer "
        "that has one to read and print it.").format(path=path))
    return False
