"""The Reintegration Sustainability Survey of a returnee: answers and scores at each follow-up visit, the spread
per programme and municipality, and what the survey's sources confirm.

Scores are never guessed: while `plans/reintegration_survey.json` leaves weights or the formula unconfirmed,
each visit says "score: not computed" and which values are missing (core/returns/sustainability.py).
"""

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.errors import MicicError
from micic_planner.core.i18n import translate
from micic_planner.core.returns.sustainability import Survey, program_survey, score_text, survey_status
from micic_planner.core.security import Action
from micic_planner.gui.errors import explained
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.security.roles import offer
from micic_planner.storage.returns.survey_store import SurveyStore


def survey_line(store, case_id: int) -> str:
    """The case's survey in one line of the Return view: visits with answers and the latest score."""
    try:
        visits = SurveyStore(store, program_survey()).visits(case_id)
    except MicicError as exc:  # a malformed survey file must not hide the case; the dialog explains it
        return QCoreApplication.translate("SustainabilityDialog", "Sustainability survey: {error}").format(
            error=exc.message)
    if not visits:
        return ""
    surveyed = [v for v in visits if v.answers]
    latest = (surveyed or visits)[-1]
    text = QCoreApplication.translate("SustainabilityDialog", "Sustainability survey: {n} of {all} visits answered; "
                                      "{score}")
    return text.format(n=len(surveyed), all=len(visits), score=score_text(latest.score))


def _table(headers: list[str], stretch: int = -1) -> QTableWidget:
    """A read-only table whose `stretch` column (the last by default) takes the room the others leave."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    stretch = stretch % len(headers)
    for column in range(len(headers)):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                                      else QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(120)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SustainabilityDialog(FittedDialog):
    def __init__(self, context, case_id: int, number: str, survey: Survey, parent=None):
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Close, width=900, height=600)
        self.context = context
        self.case_id = case_id
        self.survey = survey
        self.store = SurveyStore(context.store, survey)
        self.setWindowTitle(self.tr("Sustainability of case {number}").format(number=number))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_visits(), self.tr("Scores over the follow-ups"))
        self.tabs.addTab(self._build_spread(), self.tr("Per programme and municipality"))
        self.tabs.addTab(self._build_sources(), self.tr("The survey and its sources"))
        QVBoxLayout(self.body).addWidget(self.tabs)
        self.refresh()
        self.fit()

    # -- building ----------------------------------------------------------------
    def _build_visits(self) -> QWidget:
        page = QWidget()
        self.status = _wrapped(survey_status(self.survey))
        self.visits = _table([self.tr("Due"), self.tr("Done on"), self.tr("Answers given"), self.tr("Score")])
        self.visits.itemSelectionChanged.connect(self._on_visit_selection_changed)
        self.answers_box = QGroupBox(self.tr("Answers at the chosen visit"))
        form = QFormLayout(self.answers_box)
        self.answer_fields: dict[int, QComboBox] = {}
        for indicator in self.survey.askable():
            box = QComboBox()
            box.addItem("—", None)
            for answer in indicator.answers:
                box.addItem(answer, answer)
            box.setToolTip(indicator.indicator)
            label = _wrapped(f"{indicator.number}. {indicator.question}")
            form.addRow(label, box)
            self.answer_fields[indicator.number] = box
        self.record_button = QPushButton(self.tr("Record the answers"))
        self.record_button.clicked.connect(self._on_record_clicked)
        form.addRow(self.record_button)
        self.nothing_to_ask = _wrapped(self.tr(
            "No indicator of the survey is confirmed yet, so no answer can be recorded. A trainer completes "
            "plans/reintegration_survey.json from the Reintegration Handbook, Annex 4, each value with its "
            "source; the visits then ask it here."))
        self.nothing_to_ask.setObjectName("nothing_to_ask")
        self.answers_box.setVisible(bool(self.answer_fields))
        self.nothing_to_ask.setVisible(not self.answer_fields)
        box = QVBoxLayout(page)
        box.addWidget(self.status)
        box.addWidget(self.nothing_to_ask)
        box.addWidget(self.visits, 1)
        box.addWidget(self.answers_box)
        return page

    def _build_spread(self) -> QWidget:
        page = QWidget()
        self.spread = _table([self.tr("Programme"), self.tr("Municipality"), self.tr("Returned cases"),
                              self.tr("Visits done"), self.tr("Visits with survey"), self.tr("Scores")], stretch=0)
        self.spread_note = _wrapped()
        box = QVBoxLayout(page)
        box.addWidget(_wrapped(self.tr("Returned cases, counted by the programme that paid and the municipality "
                                       "they returned to. No person is named.")))
        box.addWidget(self.spread, 1)
        box.addWidget(self.spread_note)
        return page

    def _build_sources(self) -> QWidget:
        page = QWidget()
        items = "".join(f"<li><b>{escape(translate(fact['what']))}</b>: {escape(_value(fact['value']))}<br>"
                        f"<small>{escape(self._cite(fact['source']))}</small></li>" for fact in self.survey.facts)
        self.sources = _wrapped(f"<ul>{items}</ul>")
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(page)
        box.addWidget(_wrapped(self.tr("What the sources confirm about {instrument}. Anything else is marked "
                                       "“unconfirmed” in plans/reintegration_survey.json and is never guessed.")
                               .format(instrument=translate(self.survey.instrument))))
        box.addWidget(_wrapped(survey_status(self.survey)))
        # The facts and their citations are long: they scroll in their tab rather than make the dialog tall.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.sources)
        box.addWidget(scroll, 1)
        return page

    def _cite(self, key: str) -> str:
        source = self.survey.sources.get(key, {})
        return f"{source.get('section', key)} — {source.get('url', '')}"

    # -- reading -----------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.visits.currentRow()
        self.visit_rows = self.store.visits(self.case_id)
        _fill(self.visits, [[str(v.due_on), str(v.done_on or "—"),
                             self.tr("{n} of {all}").format(n=len(v.answers), all=len(self.survey.askable())),
                             score_text(v.score)] for v in self.visit_rows])
        if self.visit_rows:
            self.visits.selectRow(keep if 0 <= keep < len(self.visit_rows) else
                                  next((i for i, v in enumerate(self.visit_rows) if v.done_on is None), 0))
        rows = self.store.spread()
        not_scored = self.tr("not computed")
        _fill(self.spread, [[r.programme or "—", r.municipality or "—", str(r.cases), str(r.visits_done),
                             str(r.surveys), not_scored] for r in rows])
        self.spread_note.setText(score_text(self.survey.score({})))
        self._on_visit_selection_changed()

    def _on_visit_selection_changed(self) -> None:
        row = self.visits.currentRow()
        chosen = self.visit_rows[row] if 0 <= row < len(self.visit_rows) else None
        for number, box in self.answer_fields.items():
            answer = chosen.answers.get(number) if chosen else None
            box.setCurrentIndex(max(0, box.findData(answer)) if answer else 0)
        offer(self.record_button, self.context, Action.RECEIVE_RETURNS, chosen is not None)

    # -- acting ------------------------------------------------------------------
    def _on_record_clicked(self) -> None:
        row = self.visits.currentRow()
        if not 0 <= row < len(self.visit_rows):
            return
        answers = {n: box.currentData() for n, box in self.answer_fields.items() if box.currentData()}
        visit = self.visit_rows[row].follow_up_id
        with explained(self, self.tr("Could not record the answers")):
            self.context.apply(self.store.record(visit, answers))
        self.refresh()

    @classmethod
    def ask(cls, parent, context, case_id: int, number: str) -> None:
        survey = None
        with explained(parent, QCoreApplication.translate("SustainabilityDialog", "Could not open the survey")):
            survey = program_survey()
        if survey is not None:
            cls(context, case_id, number, survey, parent).exec()


def _value(value) -> str:
    """A confirmed value in the reader's language: the facts' English is translated in the rss catalogue."""
    return ", ".join(translate(str(v)) for v in value) if isinstance(value, list) else translate(str(value))
