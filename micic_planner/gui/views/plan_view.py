"""Printing the contingency plan: options, generation in a worker with progress and cancel, open and print."""

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.errors import Cancelled, MicicError
from micic_planner.core.i18n import language
from micic_planner.core.security import Action
from micic_planner.gui.errors import ErrorDialog, show_error
from micic_planner.gui.locale_support import LANGUAGES, fmt_float
from micic_planner.gui.plan_printing import print_pdf
from micic_planner.gui.worker import Worker


class PlanFileDialog:
    """Where to save the plan; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, start: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(parent, parent.tr("Save the plan as"), start,
                                                    parent.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else path + ".pdf"


def render_plan(source: tuple, out: Path, lang: str, paper: str, printed, progress, cancelled) -> dict:
    """Read the post over a connection of the worker's own and write the plan; never touches widgets.

    `printed` is the `RestrictedPrint` allowed and logged on the window's store, or None for the plain plan.
    """
    from micic_planner.reports.plan_pdf import PlanRenderer
    from micic_planner.storage.overview_queries import PostReader
    from micic_planner.storage.plan_source import load_plan_data

    started = time.perf_counter()
    store = PostReader(*source)
    try:
        data = load_plan_data(store, restricted=printed is not None, printed=printed)
        pages = PlanRenderer(data, lang, paper, progress=progress, cancelled=cancelled).render(out)
    finally:
        store.close()
    return {"path": out, "pages": pages, "seconds": time.perf_counter() - started}


class PlanView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.worker: Worker | None = None
        self.result: dict | None = None
        self._restricted_print = None  # the `RestrictedPrint` being written, with its copy number
        heading = QLabel(self.tr("Print the contingency plan"))
        heading.setObjectName("heading")
        intro = QLabel(self.tr("The plan gathers the post's team, alert levels, wardens, places, routes and "
                               "partners, with counts of nationals by zone and vulnerability. Names of nationals "
                               "appear only in the restricted annex."))
        intro.setWordWrap(True)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        self.paper = QComboBox()
        # First and chosen: Letter where the host country uses it, A4 elsewhere (core/paper.py).
        self.paper.addItem(self.tr("The host country's paper"), "")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.restricted = QCheckBox(self.tr("Include the restricted annex with the names of nationals"))
        self.restricted.setToolTip(self.tr("Only for the crisis cell: keep printed copies locked away."))
        self.output = QLineEdit()
        self.output.setObjectName("output")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow("", self.restricted)
        form.addRow(self.tr("Save as"), out_row)
        options = QGroupBox(self.tr("Options"))
        options.setLayout(form)
        self.generate_button = QPushButton(self.tr("Generate the plan"))
        self.generate_button.setMinimumHeight(40)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open in the PDF viewer"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_plan)
        for button in (self.open_button, self.print_button):
            button.setEnabled(False)
        actions = QHBoxLayout()
        for button in (self.generate_button, self.cancel_button, self.open_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.sections_button = QPushButton(self.tr("Plan sections…"))
        self.sections_button.setToolTip(self.tr("Population estimate, scenarios, command, job cards, continuity, "
                                                "communications, borders, resources and more"))
        self.sections_button.clicked.connect(self._on_sections_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.sections_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(options)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        context.store_replaced.connect(self._suggest_output)
        self._suggest_output()

    def _on_sections_clicked(self) -> None:
        if self.context.store is not None:
            from micic_planner.gui.plan_sections_dialog import PlanSectionsDialog

            PlanSectionsDialog.ask(self, self.context.store, self.context.apply)

    def _suggest_output(self) -> None:
        store = self.context.store
        # Only a role that may print names is offered the annex of names.
        may = store is None or not hasattr(store, "session") or store.session.can(Action.PRINT_RESTRICTED)
        self.restricted.setEnabled(may)
        if not may:
            self.restricted.setChecked(False)
        if store is not None and store.path is not None:
            self.output.setText(str(Path(store.path).with_name(Path(store.path).stem + self.tr("-plan.pdf"))))
        self.result = None
        for button in (self.open_button, self.print_button):
            button.setEnabled(False)

    def choose_output(self) -> bool:
        path = PlanFileDialog.ask(self, self.output.text())
        if path:
            self.output.setText(path)
        return bool(path)

    def generate(self) -> None:
        store = self.context.store
        if store is None or (self.worker is not None and self.worker.isRunning()):
            return
        if not self.output.text().strip() and not self.choose_output():
            return
        out = Path(self.output.text().strip()).expanduser()
        if store.path is None:
            ErrorDialog.ask(self, self.tr("Save the post first"), self.tr("This post is not in a file yet."))
            return
        printed = None
        if self.restricted.isChecked():
            from micic_planner.storage.plan_source import authorize_restricted_print

            try:
                printed = authorize_restricted_print(store)
            except MicicError as exc:
                show_error(self, exc, self.tr("Could not print the plan"))
                return
        self._restricted_print = printed
        from micic_planner.storage.overview_queries import PostReader

        source = PostReader.source(store)
        args = (source, out, self.language.currentData(), self.paper.currentData(), printed)
        self.worker = Worker(lambda progress, cancelled: render_plan(*args, progress, cancelled), self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_finished)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("Writing the plan…"))
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, result: dict) -> None:
        if self._restricted_print is not None:
            from micic_planner.core.disclosure import ANNEX_FIELDS
            from micic_planner.gui.errors import explained
            from micic_planner.storage.disclosures import DisclosureLedger

            with explained(self, self.tr("Could not print the plan")) as failed:
                DisclosureLedger(self.context.store).record_list("restricted_plan", "pdf", result["path"],
                                                                 ANNEX_FIELDS, everyone=True,
                                                                 copy=self._restricted_print.copy)
            if failed:
                self.status.setText(self.tr("The plan was not kept."))
                return
        self.result = result
        status = self.tr("The plan is ready: {path} ({pages} pages, {seconds} s).").format(
            path=result["path"], pages=result["pages"], seconds=fmt_float(result["seconds"], 1))
        if self._restricted_print is not None:
            status += " " + self.tr("Restricted copy No. {copy}.").format(copy=self._restricted_print.copy)
        self.status.setText(status)
        for button in (self.open_button, self.print_button):
            button.setEnabled(True)

    def _on_failed(self, exc) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
        elif isinstance(exc, MicicError):
            self.status.setText(exc.user_message())
            show_error(self, exc, self.tr("Could not print the plan"))
        else:
            import logging

            logging.getLogger("micic_planner").error("Plan generation failed\n%s", exc)
            self.status.setText(self.tr("The plan could not be written; the details are in the error log."))

    def _on_finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.generate_button.setEnabled(True)

    def wait(self, ms: int = 120_000) -> None:
        """Block until the worker is done and its signals delivered (tests, screenshots)."""
        if self.worker is not None:
            self.worker.wait(ms)
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.processEvents()

    def open_pdf(self) -> None:
        if self.result:
            from micic_planner.gui.open_file import open_in_viewer

            open_in_viewer(self, self.result["path"])

    def print_plan(self) -> None:
        if not self.result:
            return
        try:
            print_pdf(self, Path(self.result["path"]))
        except MicicError as exc:
            show_error(self, exc, self.tr("Could not print"))
