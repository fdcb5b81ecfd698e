"""The post's message texts per phase, hazard and language, with placeholders and the SMS count of the
longest text once filled for the current list."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.core.errors import MicicError
from micic_planner.core.i18n import translate
from micic_planner.core.messaging.placeholders import PLACEHOLDERS, check_template, longest_segments, missing_values
from micic_planner.core.security import Action
from micic_planner.core.sms_length import sms_segments
from micic_planner.gui.errors import explained
from micic_planner.storage.messaging.outbox_store import OutboxStore


class TemplatesTab(QWidget):
    saved = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.sample_values: list = []  # the fill values of the last list built, for the SMS count
        self.phase = QComboBox()
        for p in AlertPhase:
            self.phase.addItem(f"{p.value}. {p.label()}", p.value)
        self.hazard = QComboBox()
        self.hazard.addItem(self.tr("All hazards"), "")
        for h in Hazard:
            self.hazard.addItem(h.label(), h.value)
        self.lang = QComboBox()
        self.new_lang = QLineEdit()
        self.new_lang.setPlaceholderText(self.tr("code, e.g. mam"))
        self.new_lang.setMaximumWidth(170)
        self.add_lang = QPushButton(self.tr("Add language"))
        self.add_lang.clicked.connect(self._on_add_lang_clicked)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("No text in this language yet. Write it, or leave it empty: nationals "
                                             "who speak it get the Spanish text."))
        self.placeholder = QComboBox()
        for key, label in PLACEHOLDERS.items():
            self.placeholder.addItem(f"{{{key}}} · {translate(label)}", key)
        self.insert = QPushButton(self.tr("Insert"))
        self.insert.clicked.connect(self._on_insert_clicked)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.save = QPushButton(self.tr("Save text"))
        self.save.clicked.connect(self._on_save_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Hazard"), self.hazard)
        langs = QHBoxLayout()
        langs.addWidget(self.lang, 1)
        langs.addWidget(self.new_lang)
        langs.addWidget(self.add_lang)
        form.addRow(self.tr("Language"), langs)
        places = QHBoxLayout()
        places.addWidget(self.placeholder, 1)
        places.addWidget(self.insert)
        form.addRow(self.tr("Placeholder"), places)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        for combo in (self.phase, self.hazard, self.lang):
            combo.currentIndexChanged.connect(self._load_text)
        self.text.textChanged.connect(self.update_count)

    def reload(self) -> None:
        store = self.context.store
        editable = store.session.can(Action.EDIT_PLAN)
        for widget in (self.save, self.add_lang, self.new_lang, self.insert):
            widget.setEnabled(editable)
        self.text.setReadOnly(not editable)
        current = self.lang.currentData()
        self.lang.blockSignals(True)
        self.lang.clear()
        for code in OutboxStore(store).template_languages() or ["es"]:
            self.lang.addItem(_language_label(code), code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(current)))
        self.lang.blockSignals(False)
        self._load_text()

    def texts(self) -> dict[str, str]:
        """The message of the chosen phase and hazard in every language the post has it in."""
        return dict(OutboxStore(self.context.store).templates(self.phase.currentData(), self.hazard.currentData()))

    def _load_text(self) -> None:
        store = self.context.store
        if store is None or self.lang.currentData() is None:
            return
        texts = dict(OutboxStore(store).templates(self.phase.currentData(), self.hazard.currentData()))
        self.text.setPlainText(texts.get(self.lang.currentData(), ""))

    def update_count(self) -> None:
        text = self.text.toPlainText()
        try:
            check_template(text)
        except MicicError as exc:
            self.count.setText(exc.message)
            self.preview.clear()
            return
        segments, longest = longest_segments(text, self.sample_values)
        count = self.tr("{segments} SMS for the longest text once filled ({chars} characters).").format(
            segments=segments, chars=len(longest))
        if not sms_segments(longest)[1]:
            count += " " + self.tr("Letters outside the GSM alphabet (á, í, ó, ú…) leave 70 characters per SMS.")
        for name, households in missing_values(text, self.sample_values).items():
            count += " " + self.tr("%Ln household(s) of the list without {placeholder}: their text says nothing "
                                   "there.", "", households).format(placeholder=translate(PLACEHOLDERS[name]).lower())
        self.count.setText(count)
        self.preview.setText(self.tr("Longest: {text}").format(text=longest))

    def _on_insert_clicked(self) -> None:
        self.text.insertPlainText("{" + self.placeholder.currentData() + "}")

    def _on_add_lang_clicked(self) -> None:
        code = self.new_lang.text().strip().lower()
        if code and self.lang.findData(code) < 0:
            self.lang.addItem(_language_label(code), code)
        if code:
            self.lang.setCurrentIndex(self.lang.findData(code))
            self.new_lang.clear()

    def _on_save_clicked(self) -> None:
        with explained(self, self.tr("Could not save the text")):
            changes = OutboxStore(self.context.store).save_template(
                self.phase.currentData(), self.hazard.currentData(), self.lang.currentData(),
                self.text.toPlainText())
            self.context.apply(changes)
            self.saved.emit()


def _language_label(code: str) -> str:
    """"Mam (mam)": an officer picks a language by its name, and still sees the code the texts are filed under."""
    from micic_planner.core.i18n import language
    from micic_planner.reports.languages import language_name

    name = language_name(code, language())
    return code if name == code else f"{name} ({code})"
