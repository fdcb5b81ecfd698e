"""The dialogs of Import vCard… (Partners) and Import HXL figures… (Zones): the file to read, and what it would do."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPlainTextEdit, QVBoxLayout

from micic_planner.gui.fitted_dialog import FittedDialog


class VcardReport(FittedDialog):
    """The per-card report before anything is written; Import writes every card's change at once."""

    def __init__(self, parent, summary: str, lines: list[str], can_import: bool):
        buttons = (QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel if can_import
                   else QDialogButtonBox.StandardButton.Close)
        super().__init__(parent, buttons, width=620, height=420)
        self.setWindowTitle(self.tr("Import vCard"))
        if can_import:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit("\n".join(lines))
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(240)
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)

    @classmethod
    def ask(cls, parent, summary: str, lines: list[str], can_import: bool) -> bool:
        return bool(cls(parent, summary, lines, can_import).exec()) and can_import


class VcardFileChooser:
    """The file to import; tests replace `ask`."""

    @classmethod
    def ask(cls, parent) -> str:
        title = QCoreApplication.translate("VcardFileChooser", "Import partners from a vCard file")
        path, _filter = QFileDialog.getOpenFileName(parent, title, "",
                                                    "vCard (*.vcf *.vcard);;* (*)")
        return path


class FiguresReport(VcardReport):
    """What an HXL dataset would give each zone, before anything is kept."""

    def __init__(self, parent, summary: str, lines: list[str], can_import: bool):
        super().__init__(parent, summary, lines, can_import)
        self.setWindowTitle(self.tr("Import HXL figures"))


class FiguresFileChooser:
    """The HXL dataset to read; tests replace `ask`."""

    @classmethod
    def ask(cls, parent) -> str:
        title = QCoreApplication.translate("FiguresFileChooser", "Import other organisations' counts per zone (HXL)")
        path, _filter = QFileDialog.getOpenFileName(parent, title, "", "HXL (*.csv *.xlsx);;* (*)")
        return path
