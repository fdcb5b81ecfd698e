"""The crisis timeline, latest first, the lessons learned, and the after-action report."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from micic_planner.gui.crisis.models import Column, RowsModel
from micic_planner.gui.crisis.printing import export
from micic_planner.gui.crisis.prompts import LongTextPrompt
from micic_planner.gui.errors import explained
from micic_planner.gui.locale_support import fmt_timestamp

SHOWN = 2000


class TimelinePanel(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.model = RowsModel([
            Column(self.tr("When"), lambda line: fmt_timestamp(line.at)),
            Column(self.tr("Level"), lambda line: line.phase or ""),
            Column(self.tr("Kind"), lambda line: line.kind.label()),
            Column(self.tr("What"), lambda line: line.text()),
            Column(self.tr("By"), lambda line: line.by_user)], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.report_button = QPushButton(self.tr("After-action report…"))
        self.report_button.clicked.connect(self.print_report)
        self.lessons_button = QPushButton(self.tr("Lessons learned…"))
        self.lessons_button.setToolTip(self.tr("What worked, what did not and what the plan must change; printed "
                                               "in the after-action report."))
        self.lessons_button.clicked.connect(self._on_lessons_clicked)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Every action of the crisis, latest first")), 1)
        bar.addWidget(self.lessons_button)
        bar.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        crisis = self.view.shown
        lines = self.view.crises.timeline(crisis.id, SHOWN) if crisis else []
        self.model.set_rows(reversed(lines))
        self.table.resizeColumnsToContents()
        self.report_button.setEnabled(crisis is not None)
        self.lessons_button.setEnabled(crisis is not None)

    def _on_lessons_clicked(self) -> None:
        crisis = self.view.shown
        if crisis is None:
            return
        text = LongTextPrompt.ask(self, self.tr("Lessons learned"),
                                  self.tr("Lessons learned from {title} (a blank line starts a new paragraph):")
                                  .format(title=crisis.title), crisis.lessons)
        if text is None:
            return
        with explained(self, self.tr("Lessons not recorded")):
            self.view.apply(self.view.crises.set_lessons(crisis.id, text))

    def print_report(self):
        crisis = self.view.shown
        if crisis is None:
            return None
        from micic_planner.core.i18n import language
        from micic_planner.core.local_time import zone_of_post
        from micic_planner.reports.after_action_pdf import AfterActionRenderer
        from micic_planner.storage.after_action_source import load_after_action

        lang = language()
        review = load_after_action(self.view.crises, crisis.id, lang)
        post = self.view.store.post()
        renderer = AfterActionRenderer(lang, post.paper if post else None, post.host_country if post else "",
                                       zone_of_post(post))
        name = self.tr("after-action-{id}.pdf").format(id=crisis.id)
        return export(self, self.tr("Save the after-action report"), name,
                      lambda path: renderer.render(review, post.name if post else "", path),
                      None, self.view.notify_written)
