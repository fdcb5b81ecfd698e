"""Build a list, see who it reaches and who it leaves for the wardens, then send it in a worker that can pause."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.enums import AccountabilityStatus, Vulnerability
from micic_planner.core.i18n import translate
from micic_planner.core.messaging.recipients import Criteria
from micic_planner.core.messaging.sending import STATE_LABELS, send_batch
from micic_planner.core.models import Zone
from micic_planner.core.security import Action
from micic_planner.gui.errors import explained, show_error
from micic_planner.gui.worker import Worker, run_with_progress
from micic_planner.storage.messaging.outbox_store import OutboxStore


class SendTab(QWidget):
    list_built = Signal(object)  # the RecipientList
    sent = Signal()

    def __init__(self, context, texts, parent=None):
        super().__init__(parent)
        self.context = context
        self.texts = texts  # () -> {lang: text} of the message chosen in the templates tab
        self.found = None
        self.worker: Worker | None = None
        self._pause = False
        self.zone = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for s in AccountabilityStatus:
            self.status.addItem(s.label(), s.value)
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("any; or codes such as mam, quc"))
        self.vulnerability = QComboBox()
        self.vulnerability.addItem(self.tr("Any"), 0)
        for flag in Vulnerability.members():
            self.vulnerability.addItem(flag.label(), int(flag))
        self.household = QLineEdit()
        self.household.setPlaceholderText(self.tr("any; or household keys, separated by commas"))
        self.movement = QComboBox()
        self.selection = QLineEdit()
        self.selection.setPlaceholderText(self.tr("any; or the ids of chosen nationals, separated by commas"))
        self.build = QPushButton(self.tr("Build the list"))
        self.build.clicked.connect(self._on_build_clicked)
        self.summary = QLabel(self.tr("Choose who to message, then build the list to see how many it reaches."))
        self.summary.setWordWrap(True)
        self.export = QPushButton(self.tr("CSV for a bulk-SMS provider…"))
        self.export.clicked.connect(self._on_export_clicked)
        self.script = QPushButton(self.tr("Call script for the warden…"))
        self.script.setToolTip(self.tr("The list and the message as a call script for the zone's warden (PDF), "
                                       "with the households to visit"))
        self.script.clicked.connect(self._on_script_clicked)
        self.send = QPushButton(self.tr("Send"))
        self.send.clicked.connect(self._on_send_clicked)
        self.pause = QPushButton(self.tr("Pause"))
        self.pause.clicked.connect(self._on_pause_clicked)
        self.cancel = QPushButton(self.tr("Cancel the batch"))
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m sent"))
        form = QFormLayout()
        form.addRow(self.tr("Zone"), self.zone)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Languages"), self.language)
        form.addRow(self.tr("Vulnerability"), self.vulnerability)
        form.addRow(self.tr("Households"), self.household)
        form.addRow(self.tr("Movement"), self.movement)
        form.addRow(self.tr("Chosen nationals"), self.selection)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.build)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        for button in (self.export, self.script, self.send, self.pause, self.cancel):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._set_running(False)

    def reload(self) -> None:
        current = self.zone.currentData()
        self.zone.clear()
        self.zone.addItem(self.tr("Every zone"), None)
        for zone in self.context.store.records.list(Zone, order_by="name"):
            self.zone.addItem(zone.name, zone.id)
        self.zone.setCurrentIndex(max(0, self.zone.findData(current)))
        from micic_planner.storage.crisis_store import CrisisStore

        crises = CrisisStore(self.context.store)
        current = self.movement.currentData()
        self.movement.clear()
        self.movement.addItem(self.tr("Any"), None)
        crisis_id = crises.current_id()
        for movement in crises.movements.list(crisis_id) if crisis_id is not None else []:
            self.movement.addItem(movement.name, movement.id)
        self.movement.setCurrentIndex(max(0, self.movement.findData(current)))
        self._set_running(self.worker is not None)

    def criteria(self) -> Criteria:
        split = lambda text: tuple(t.strip() for t in text.split(",") if t.strip())
        zone, status = self.zone.currentData(), self.status.currentData()
        return Criteria(zone_ids=(zone,) if zone is not None else (), statuses=(status,) if status else (),
                        languages=split(self.language.text()), vulnerabilities=self.vulnerability.currentData(),
                        households=split(self.household.text()), movement_id=self.movement.currentData(),
                        national_ids=tuple(int(i) for i in split(self.selection.text()) if i.isdigit()))

    def _set_running(self, running: bool) -> None:
        may_send = self.context.store is not None and self.context.store.session.can(Action.SEND_MESSAGES)
        self.send.setEnabled(not running and may_send and bool(self.found and self.found.count))
        self.send.setToolTip("" if may_send else self.tr("Your role may not send message batches."))
        self.build.setEnabled(not running)
        self.export.setEnabled(not running and bool(self.found and self.found.count))
        self.script.setEnabled(not running and self.found is not None and self.zone.currentData() is not None)
        self.pause.setEnabled(running)
        self.cancel.setEnabled(running)

    def _on_build_clicked(self) -> None:
        outbox, criteria = OutboxStore(self.context.store), self.criteria()
        with explained(self, self.tr("Could not build the list")):
            # A list of 100,000 takes about a second: off the GUI thread, so the window keeps painting.
            found = run_with_progress(self, self.tr("Building the list…"),
                                      lambda _cancelled: outbox.recipients(criteria))
            if found is None:
                return
            self.found = f = found
            # One count per part, each in its own plural form.
            self.summary.setText(" ".join((
                self.tr("%Ln message(s)", "", f.count),
                self.tr("to %Ln national(s) (one per phone of a household).", "", f.people),
                self.tr("%Ln in households with no phone, for the wardens to visit.", "", len(f.no_phone)),
                self.tr("%Ln protected, to contact in person.", "", len(f.withheld)),
                self.tr("%Ln phone(s) asked for no more messages.", "", f.opted_out))))
            self.list_built.emit(f)
        self._set_running(False)

    def _on_export_clicked(self) -> None:
        from micic_planner.interchange.csv_writer import write_csv

        path, _filter = QFileDialog.getSaveFileName(self, self.tr("CSV for a bulk-SMS provider"),
                                                    str(Path.home() / "mensajes.csv"), "CSV (*.csv)")
        if not path:
            return
        with explained(self, self.tr("Could not write the list")):
            rows, left_out = OutboxStore(self.context.store).provider_list(self.found, self.texts())
            write_csv(path, ["phone", "text"], rows)
            self.result.setText(" ".join((self.tr("%Ln message(s) written for the provider;", "", len(rows)),
                                          self.tr("%Ln left out (no consent to share).", "", left_out))))

    def _on_script_clicked(self) -> None:
        from micic_planner.core.disclosure import CALL_LIST_FIELDS, printed_fields
        from micic_planner.core.i18n import language
        from micic_planner.core.messaging.placeholders import PLACEHOLDERS, FillValues, fill
        from micic_planner.gui.crisis.printing import export
        from micic_planner.reports.calllist_pdf import CallListRenderer, CallSheet
        from micic_planner.storage.crisis_store import CrisisStore
        from micic_planner.storage.disclosures import DisclosureLedger

        store = self.context.store
        with explained(self, self.tr("Could not print the call script")) as failed:
            crises = CrisisStore(store)
            wardens = [w for w in crises.accountability.wardens() if w[2] == self.zone.currentData()]
            warden = crises.accountability.warden(wardens[0][0]) if wardens else (None, "", None,
                                                                                     self.zone.currentText(), "")
            ids = sorted({i for r in self.found.recipients for i in r.national_ids} | set(self.found.no_phone))
            people = crises.accountability.call_rows(ids)
            mark = lambda key: f"[{translate(PLACEHOLDERS[key])}]"  # noqa: E731 - filled on the call
            values = FillValues(mark("assembly_point"), warden[1], warden[4], OutboxStore(store).settings()["hotline"],
                                mark("household"))
            texts = self.texts()
            script = fill(texts.get("es") or next(iter(texts.values()), ""), values)
            post = store.post()
            crisis = crises.current()
            sheet = CallSheet(post.name if post else "", warden[1], warden[3], warden[4],
                              crisis.title if crisis else "", country=post.host_country if post else "")
        if failed:
            return
        lang = language()
        export(self, self.tr("Save the call script"), "guion-de-llamada.pdf",
               lambda path: CallListRenderer(lang).render(sheet, people, path, script=script),
               record=lambda path, fmt: DisclosureLedger(store).record_list(
                   "call_list", fmt, path, printed_fields(CALL_LIST_FIELDS, fmt), [p["id"] for p in people]))

    def _on_send_clicked(self) -> None:

        outbox = OutboxStore(self.context.store)
        with explained(self, self.tr("Could not send")) as failed:
            batch = outbox.queue(self.criteria(), self.texts(), recipients=self.found)
        if not failed:
            self.found = None  # the list is queued: sending it again needs building it again, on purpose
            self.summary.setText(self.tr("Batch {id} queued; see it in the outbox.").format(id=batch))
            self.resume(batch)

    def resume(self, batch: int) -> None:
        """Send what is still queued in `batch`: a new one, or one paused, interrupted or closed mid-way."""
        from micic_planner.gateway.gammu_engine import GammuEngine

        outbox = OutboxStore(self.context.store)
        settings = outbox.settings()
        self._pause = False
        per_minute = 0 if settings["connection"] == "none" else settings["per_minute"]

        def job(progress, cancelled):
            engine = GammuEngine.from_settings(settings)
            try:
                return send_batch(outbox, engine, batch, per_minute=per_minute, progress=progress,
                                  cancelled=cancelled, paused=lambda: self._pause)
            finally:
                engine.close()

        self.start(job)

    def start(self, job) -> None:
        """Run a send job in the worker; the window keeps painting and the buttons pause or cancel it."""
        self.worker = Worker(job, self)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.succeeded.connect(self._on_worker_succeeded)
        self.worker.failed.connect(lambda exc: show_error(self, exc, self.tr("Could not send")))
        self.worker.finished.connect(self._on_worker_finished)
        self._set_running(True)
        self.worker.start()

    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_worker_succeeded(self, report) -> None:
        self.result.setText(" ".join((
            self.tr("%Ln sent,", "", report.sent), self.tr("%Ln failed;", "", report.failed),
            self.tr("batch {state}.").format(state=translate(STATE_LABELS[report.state.value]).lower()))))

    def _on_worker_finished(self) -> None:
        self.worker = None
        self._set_running(False)
        self.sent.emit()

    def _on_pause_clicked(self) -> None:
        self._pause = True

    def _on_cancel_clicked(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
