"""Settings: the language of the window and of printed documents (applies when the program restarts)."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from micic_planner.gui import settings
from micic_planner.gui.locale_support import LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, current: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("The new language applies the next time you start the program. Dates and numbers "
                              "follow the language too."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, current: str) -> str | None:
        """The chosen language code, or None if cancelled."""
        dialog = cls(current, parent)
        return dialog.language.currentData() if dialog.exec() else None

    @classmethod
    def run(cls, parent, current: str) -> bool:
        """Ask, and remember the choice; True if the language changed (a restart applies it)."""
        chosen = cls.ask(parent, current)
        if chosen is None or chosen == current:
            return False
        settings.set_language(chosen)
        return True
