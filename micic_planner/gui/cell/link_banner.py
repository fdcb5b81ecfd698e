"""An officer's copy in the window: the link to the host runs on its own connection, and a banner says when
the laptop works offline."""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from micic_planner.core.changes import changed


class LinkBanner(QObject):
    state = Signal(dict)  # from the link's thread; delivered in the window's thread

    def __init__(self, window, link):
        super().__init__(window)
        self.window = window
        self.link = link
        self.label = QLabel()
        self.label.setObjectName("cell_banner")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.hide()
        window.centralWidget().layout().insertWidget(0, self.label)
        self.state.connect(self._on_link_state)
        link.on_state = self.state.emit
        window.context.store_replaced.connect(self.stop)
        window.context.changed.connect(lambda _changes: link.nudge())  # a save goes out at once

    def _on_link_state(self, state: dict) -> None:
        if state["online"]:
            self.label.setStyleSheet("QLabel#cell_banner { background: #2e7d32; color: white; padding: 4px; }")
            self.label.setText(self.tr("Crisis cell: connected to the host; last exchange {at} (UTC).").format(
                at=(state["last_sync"] or "")[11:19]))
            if state["result"] and state["result"].get("applied"):
                self.window.context.apply(changed("nationals", "status_events"))
        else:
            self.label.setStyleSheet("QLabel#cell_banner { background: #c62828; color: white; font-weight: 600; "
                                     "padding: 6px; }")
            self.label.setText(self.tr("WORKING OFFLINE — the crisis cell's host cannot be reached. Keep working: "
                                       "your changes stay on this laptop and go to the host when the link returns. "
                                       "Last exchange: {at} (UTC).").format(at=(state["last_sync"] or "—")[11:19]
                                                                             or "—"))
        self.label.show()

    def stop(self) -> None:
        self.link.stop()
        self.link.store.close()
        self.label.hide()
