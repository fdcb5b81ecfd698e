"""The Messages view: the post's texts, a list and its sending, the outbox, the inbox, and the modem."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from micic_planner.gui.messages.mail_tabs import InboxTab, ModemTab, OutboxTab
from micic_planner.gui.messages.send_tab import SendTab
from micic_planner.gui.messages.templates_tab import TemplatesTab


class MessagesView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.templates = TemplatesTab(context)
        self.sending = SendTab(context, self.templates.texts)
        self.outbox = OutboxTab(context, self.sending.resume)
        self.inbox = InboxTab(context)
        self.modem = ModemTab(context)
        self.tabs.addTab(self.templates, self.tr("Texts"))
        self.tabs.addTab(self.sending, self.tr("List and send"))
        self.tabs.addTab(self.outbox, self.tr("Outbox"))
        self.tabs.addTab(self.inbox, self.tr("Inbox"))
        self.tabs.addTab(self.modem, self.tr("Modem"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.sending.list_built.connect(self._on_list_built)
        self.sending.sent.connect(self.outbox.reload)
        context.store_replaced.connect(self.reload)
        context.changed.connect(self._on_context_changed)
        self.reload()

    @property
    def worker(self):
        """The send in progress, if any (the window waits for it on close)."""
        return self.sending.worker

    def reload(self) -> None:
        if self.context.store is None:
            return
        for tab in (self.templates, self.sending, self.outbox, self.inbox, self.modem):
            tab.reload()

    def _on_context_changed(self, changes) -> None:
        """A write elsewhere (statuses, zones, texts): refresh what shows it, never while a batch is sending."""
        if self.context.store is None or self.sending.worker is not None:
            return
        if changes.touches("inbox", "nationals", "status_events"):
            self.inbox.reload()
        if changes.touches("outbox", "message_batches"):
            self.outbox.reload()
        if changes.touches("zones", "movements"):
            self.sending.reload()

    def _on_list_built(self, found) -> None:
        self.templates.sample_values = list({r.values for r in found.recipients})
        self.templates.update_count()
