"""The disclosure ledger for the administrator: which lists left the post, with what fields, for whom, and
after a partner is breached, who was in the lists given to that partner and which of their fields."""

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidget

from micic_planner.core.disclosure import DOCUMENTS
from micic_planner.core.i18n import translate
from micic_planner.gui.errors import explained
from micic_planner.gui.security.tables import _fill, _ListDialog


class DisclosuresDialog(_ListDialog):
    """Every export and print of names, newest first, filtered by partner or by national."""

    def __init__(self, parent, store):
        from micic_planner.storage.disclosures import DisclosureLedger

        super().__init__(parent, self.tr("Disclosure ledger"))
        self.resize(980, 620)
        self.ledger = DisclosureLedger(store)
        self.partner = QComboBox()
        self.partner.addItem(self.tr("All lists"), None)
        for pid, name in self.ledger.partners():
            self.partner.addItem(name, pid)
        self.national = QLineEdit()
        self.national.setPlaceholderText(self.tr("national's id, passport or consular ID"))
        self.buttons.addWidget(QLabel(self.tr("Given to:")))
        self.buttons.addWidget(self.partner)
        self.buttons.addWidget(QLabel(self.tr("Naming:")))
        self.buttons.addWidget(self.national)
        self.button(self.tr("Show"), self.refresh)
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.people = QTableWidget()
        self.people.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.layout_.insertWidget(self.layout_.count() - 1, self.people_label)
        self.layout_.insertWidget(self.layout_.count() - 1, self.people)
        self.partner.currentIndexChanged.connect(self.refresh)
        self.entries: list[dict] = []
        self.breached: list[dict] = []
        self.refresh()

    def refresh(self, *_args) -> None:
        partner = self.partner.currentData()
        national = self.national.text().strip() or None
        with explained(self, self.tr("Could not read the disclosure ledger")):
            self.entries = self.ledger.entries(partner=partner, national=national)
            self.breached = self.ledger.breach(partner, national) if partner is not None else []
        _fill(self.table, [self.tr("When (UTC)"), self.tr("User"), self.tr("What"), self.tr("Format"),
                           self.tr("Profile"), self.tr("People"), self.tr("Partner"), self.tr("File"),
                           self.tr("Fields")],
              [[e["at"][:19].replace("T", " "), e["user"], translate(DOCUMENTS.get(e["document"], e["kind"])),
                e["format"] + (" 🔒" if e["encrypted"] else ""), e["profile"], e["count"], e["partner_name"],
                e["file_name"], ", ".join(e["fields"])] for e in self.entries])
        self.people.setVisible(partner is not None)
        self.people_label.setVisible(partner is not None)
        if partner is None:
            return
        self.people_label.setText(self.tr("In the lists given to {partner}, with these fields: %Ln person(s).", "",
                                          len(self.breached)).format(partner=self.partner.currentText()))
        _fill(self.people, [self.tr("Id"), self.tr("Family names"), self.tr("Given names"), self.tr("Lists"),
                            self.tr("First given"), self.tr("Last given"), self.tr("Fields")],
              [[p["id"] or "", p["family_names"] or self.tr("(record purged)"), p["given_names"] or "", p["lists"],
                p["first"][:10], p["last"][:10], ", ".join(p["fields"])] for p in self.breached])


def show_disclosures(window, store) -> None:
    """Open the ledger; refuses before the dialog opens when the role may not read the audit."""
    from micic_planner.core.security import Action

    store.session.require(Action.VIEW_AUDIT)
    DisclosuresDialog(window, store).exec()
