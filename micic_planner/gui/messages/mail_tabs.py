"""The outbox (batches and their states), the inbox (replies proposed as status updates) and the modem's settings."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.i18n import translate
from micic_planner.core.messaging.sending import STATE_LABELS
from micic_planner.core.security import Action
from micic_planner.gui.errors import explained
from micic_planner.gui.messages.rows_model import RowsModel
from micic_planner.gui.worker import run_with_progress
from micic_planner.storage.messaging.inbox_store import InboxStore
from micic_planner.storage.messaging.outbox_store import OutboxStore


def table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class OutboxTab(QWidget):
    def __init__(self, context, resume, parent=None):
        super().__init__(parent)
        self.context = context
        self.resume = resume  # (batch id) -> None: sends what is still queued, in the send tab's worker
        self.model = RowsModel([self.tr("Batch"), self.tr("Queued at"), self.tr("By"), self.tr("Messages"),
                                self.tr("State"), self.tr("Sent"), self.tr("Failed"), self.tr("Unknown"),
                                self.tr("Still queued"), self.tr("No phone")])
        self.table = table_view(self.model)
        self.requeue = QPushButton(self.tr("Queue the unknown ones again"))
        self.requeue.setToolTip(self.tr("Messages interrupted while sending may or may not have left; queue them "
                                        "again only once you know they did not arrive."))
        self.requeue.clicked.connect(self._on_requeue_clicked)
        self.send_rest = QPushButton(self.tr("Send what is still queued"))
        self.send_rest.clicked.connect(self._on_send_rest_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.requeue)
        row.addWidget(self.send_rest)
        layout.addLayout(row)

    def reload(self) -> None:
        batches = OutboxStore(self.context.store).batches()
        self.model.set_rows([(b["id"], b["created_at"][:16].replace("T", " "), b["by_user"], b["count"],
                              translate(STATE_LABELS[b["state"]]), b["states"].get("sent", 0),
                              b["states"].get("failed", 0), b["states"].get("unknown", 0),
                              b["states"].get("queued", 0), b["no_phone"])
                             for b in batches], [b["id"] for b in batches])
        self.requeue.setEnabled(self.context.store.session.can(Action.SEND_MESSAGES))
        self.send_rest.setEnabled(self.context.store.session.can(Action.SEND_MESSAGES))

    def _on_send_rest_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.resume(self.model.keys[rows[0].row()])

    def _on_requeue_clicked(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        with explained(self, self.tr("Could not queue the messages again")):
            for row in rows:
                self.context.apply(OutboxStore(self.context.store).requeue_unknown(self.model.keys[row]))
        self.reload()


class InboxTab(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.show_state = QComboBox()
        for state, label in (("proposed", self.tr("Proposed status updates")), ("unread", self.tr("To read")),
                             ("", self.tr("All"))):
            self.show_state.addItem(label, state)
        self.show_state.currentIndexChanged.connect(self.reload)
        self.read = QPushButton(self.tr("Read the modem"))
        self.read.clicked.connect(self._on_read_clicked)
        self.model = RowsModel([self.tr("Received"), self.tr("Phone"), self.tr("National"), self.tr("Household"),
                                self.tr("Reads as"), self.tr("People"), self.tr("Text"), self.tr("State")])
        self.table = table_view(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.confirm = QPushButton(self.tr("Confirm selected"))
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.confirm_all = QPushButton(self.tr("Confirm all proposed"))
        self.confirm_all.clicked.connect(self._on_confirm_all_clicked)
        self.dismiss = QPushButton(self.tr("Mark read"))
        self.dismiss.clicked.connect(self._on_dismiss_clicked)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_state)
        top.addStretch(1)
        top.addWidget(self.read)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for button in (self.dismiss, self.confirm, self.confirm_all):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

    def reload(self) -> None:
        session = self.context.store.session
        rows = InboxStore(self.context.store).messages(self.show_state.currentData())
        kinds = {"safe": self.tr("safe"), "help": self.tr("needs help"), "stop": self.tr("no more messages"), "": "—"}
        states = {"proposed": self.tr("proposed"), "unread": self.tr("to read"), "applied": self.tr("confirmed"),
                  "dismissed": self.tr("read"), "opted_out": self.tr("opted out")}
        self.model.set_rows([(m["received_at"][:16].replace("T", " "), m["phone"], m["name"] or "—",
                              f"{m['household']} ({m['household_size']})" if m["household"] else "",
                              kinds[m["kind"]], m["people"] or "", m["text"], states[m["state"]]) for m in rows],
                            [m["id"] for m in rows])
        for button in (self.confirm, self.confirm_all, self.dismiss):
            button.setEnabled(session.can(Action.UPDATE_STATUS))
        self.read.setEnabled(session.can(Action.SEND_MESSAGES))

    def _selected(self) -> list[int]:
        return [self.model.keys[i.row()] for i in self.table.selectionModel().selectedRows()]

    def _on_read_clicked(self) -> None:
        from micic_planner.gateway.gammu_engine import GammuEngine

        store = self.context.store
        settings = OutboxStore(store).settings()

        def job(_cancelled):
            engine = GammuEngine.from_settings(settings)
            try:
                messages = engine.read()
                InboxStore(store).receive(messages)
                for message in messages:  # removed from the modem only once stored in the post file
                    engine.delete(message)
                return len(messages)
            finally:
                engine.close()

        with explained(self, self.tr("Could not read the modem")):
            count = run_with_progress(self, self.tr("Reading the modem…"), job)
            self.summary.setText(self.tr("%Ln new message(s) read.", "", count or 0))
        self.reload()

    def _apply(self, ids: list[int]) -> None:
        with explained(self, self.tr("Could not confirm the replies")):
            changes, held = InboxStore(self.context.store).apply(ids)
            self.context.apply(changes)
            text = " ".join((self.tr("%Ln answer(s) confirmed:", "", len(ids)),
                             self.tr("%Ln national(s) changed status.", "", changes.count)))
            if held:
                text += " " + self.tr("%Ln kept a more specific status.", "", held)
            self.summary.setText(text)
        self.reload()

    def _on_confirm_clicked(self) -> None:
        self._apply(self._selected())

    def _on_confirm_all_clicked(self) -> None:
        self._apply([m["id"] for m in InboxStore(self.context.store).messages("proposed", limit=1_000_000)])

    def _on_dismiss_clicked(self) -> None:
        with explained(self, self.tr("Could not mark the replies read")):
            self.context.apply(InboxStore(self.context.store).dismiss(self._selected()))
        self.reload()


class ModemTab(QWidget):
    """Where the post's modem is: Gammu's connection and device, and how many messages a minute it sends."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.connection = QComboBox()
        self.connection.setEditable(True)
        for value, label in (("at", self.tr("GSM modem or phone (AT commands)")),
                             ("at115200", self.tr("GSM modem at 115200 baud")),
                             ("none", self.tr("Simulation: Gammu's dummy driver (training)"))):
            self.connection.addItem(label, value)
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("/dev/ttyUSB0 or COM3; a folder for the simulation"))
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 600)
        self.rate.setSuffix(self.tr(" a minute"))
        self.hotline = QLineEdit()
        self.save = QPushButton(self.tr("Save the settings"))
        self.save.clicked.connect(self._on_save_clicked)
        form = QFormLayout(self)
        form.addRow(self.tr("Connection"), self.connection)
        form.addRow(self.tr("Device"), self.device)
        form.addRow(self.tr("Messages a minute"), self.rate)
        form.addRow(self.tr("24/7 number in messages"), self.hotline)
        form.addRow("", self.save)

    def reload(self) -> None:
        settings = OutboxStore(self.context.store).settings()
        index = self.connection.findData(settings["connection"])
        if index < 0:
            self.connection.setEditText(settings["connection"])
        else:
            self.connection.setCurrentIndex(index)
        self.device.setText(settings["device"])
        self.rate.setValue(settings["per_minute"])
        self.hotline.setText(settings["hotline"])
        self.save.setEnabled(self.context.store.session.can(Action.SEND_MESSAGES))

    def _on_save_clicked(self) -> None:
        connection = self.connection.currentData() if self.connection.currentText() == \
            self.connection.itemText(self.connection.currentIndex()) else self.connection.currentText()
        with explained(self, self.tr("Could not save the settings")):
            self.context.apply(OutboxStore(self.context.store).save_settings(
                connection, self.device.text().strip(), per_minute=self.rate.value(), hotline=self.hotline.text()))
