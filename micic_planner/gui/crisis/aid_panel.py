"""Emergency travel documents issued and assistance given during the crisis."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from micic_planner.core.models import Partner
from micic_planner.core.security import Action
from micic_planner.gui.crisis.dialogs import AssistanceDialog, DocumentDialog
from micic_planner.gui.crisis.models import Column, RowsModel
from micic_planner.gui.errors import explained
from micic_planner.gui.locale_support import by_name, fmt_date
from micic_planner.gui.security.roles import offer


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    return view


class AidPanel(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.documents = RowsModel([
            Column(self.tr("Number"), lambda r: r[0].number), Column(self.tr("Document"), lambda r: r[0].kind.label()),
            Column(self.tr("National"), lambda r: r[1]),
            Column(self.tr("Date issued"), lambda r: fmt_date(r[0].issued_on)),
            Column(self.tr("By"), lambda r: r[0].by_user), Column(self.tr("Note"), lambda r: r[0].notes)], self)
        self.assistance = RowsModel([
            Column(self.tr("Assistance"), lambda r: r[0].kind.label()), Column(self.tr("National"), lambda r: r[1]),
            Column(self.tr("Partner"), lambda r: self._partners.get(r[0].partner_id, self.tr("(the post itself)"))),
            Column(self.tr("Date"), lambda r: fmt_date(r[0].given_on)), Column(self.tr("By"), lambda r: r[0].by_user),
            Column(self.tr("Note"), lambda r: r[0].notes)], self)
        self._partners: dict = {}
        self.issue_button = QPushButton(self.tr("Issue a travel document…"))
        self.issue_button.clicked.connect(self._on_issue)
        self.give_button = QPushButton(self.tr("Record assistance…"))
        self.give_button.clicked.connect(self._on_give)
        layout = QVBoxLayout(self)
        for label, model, button in ((self.tr("Emergency travel documents issued"), self.documents, self.issue_button),
                                     (self.tr("Assistance given"), self.assistance, self.give_button)):
            bar = QHBoxLayout()
            bar.addWidget(QLabel(label), 1)
            bar.addWidget(button)
            layout.addLayout(bar)
            table = _table(model)
            model.modelReset.connect(table.resizeColumnsToContents)
            layout.addWidget(table, 1)

    def refresh(self) -> None:
        crisis = self.view.shown
        store = self.view.store  # None once the post is closed
        self._partners = {p.id: p.name for p in store.records.list(Partner, order_by="name")} if store else {}
        self.documents.set_rows(self.view.crises.aid.documents(crisis.id) if crisis else [])
        self.assistance.set_rows(self.view.crises.aid.assistance(crisis.id) if crisis else [])
        for button in (self.issue_button, self.give_button):
            offer(button, self.view.context, Action.GIVE_AID, self.view.crisis is not None)

    def _on_issue(self) -> None:
        crises = self.view.crises
        doc = DocumentDialog.ask(self, self.view.store, self.view.crisis.id, crises.aid.next_number)
        if doc is not None:
            with explained(self, self.tr("Document not recorded")):
                self.view.apply(crises.aid.issue(doc))

    def _on_give(self) -> None:
        partners = by_name(self.view.store.records.list(Partner))
        aid = AssistanceDialog.ask(self, self.view.store, self.view.crisis.id, partners)
        if aid is not None:
            with explained(self, self.tr("Assistance not recorded")):
                self.view.apply(self.view.crises.aid.give(aid))
