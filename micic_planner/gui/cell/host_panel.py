"""Crisis ▸ Serve this post to the crisis cell…: the address, fingerprint and join code, and who is connected."""

import socket
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from micic_planner.core.changes import changed
from micic_planner.gui.fitted_dialog import FittedDialog

# An officer who has not exchanged for this long is shown as not connected (they exchange every second).
CONNECTED_SECONDS = 5


def lan_address() -> str:
    """This laptop's address on the LAN, found without sending anything (a UDP socket is only pointed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
            return s.getsockname()[0]
        except OSError:
            return "127.0.0.1"


class HostPanel(FittedDialog):
    def __init__(self, host, context, parent=None):
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Close, width=640)
        self.setWindowTitle(self.tr("Crisis cell: serving this post"))
        self.host = host
        self.context = context
        self._applied = host.applied
        layout = QVBoxLayout(self.body)
        form = QFormLayout()
        address = QLabel(f"https://{lan_address()}:{host.port}")
        self.fingerprint = QLabel(host.fingerprint)
        self.code = QLabel(host.code)
        for label in (address, self.fingerprint, self.code):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.code.setStyleSheet("font-size: 20pt; font-weight: 600;")
        form.addRow(self.tr("Address for the officers:"), address)
        form.addRow(self.tr("Certificate fingerprint (SHA-256):"), self.fingerprint)
        form.addRow(self.tr("Join code:"), self.code)
        layout.addLayout(form)
        explanation = QLabel(self.tr("Officers read the address and the code from this screen, and compare the "
                                     "fingerprint with the one their laptop shows. Closing this window stops "
                                     "serving; their copies keep working and catch up when you serve again."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Officer"), self.tr("Role"), self.tr("Connection"),
                                              self.tr("Last exchange"), self.tr("Changes received")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(1000)
        self.finished.connect(self._on_finished)
        if context is not None:
            context.changed.connect(self._on_context_changed)
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        officers = self.host.connected()
        self.table.setRowCount(len(officers))
        now = time.time()
        for row, o in enumerate(officers):
            online = bool(o.last_sync) and now - o.last_sync < CONNECTED_SECONDS
            if not o.last_sync:
                when = self.tr("not yet")
            else:
                when = self.tr("{time} ({seconds} s ago)").format(
                    time=time.strftime("%H:%M:%S", time.localtime(o.last_sync)), seconds=int(now - o.last_sync))
            state = self.tr("connected") if online else self.tr("not connected")
            for col, text in enumerate((o.user, o.role.label(), state, when, str(o.saves))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setForeground(QColor("#2e7d32" if online else "#c62828"))
                self.table.setItem(row, col, item)
        if self.host.applied != self._applied and self.context is not None:
            self._applied = self.host.applied
            self.context.apply(changed("nationals", "status_events"))  # the views show what officers saved

    def _on_context_changed(self, _changes) -> None:
        self.host.announce()  # a save made in this window reaches the officers at once

    def _on_finished(self, _result) -> None:
        if self.context is not None:
            self.context.changed.disconnect(self._on_context_changed)
        self.timer.stop()
        self.host.stop()
        self.host.store.close()
