"""The selected national at a glance: how to reach them, where they are, their household and status history."""

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from micic_planner.core.enums import AccountabilityStatus, Vulnerability
from micic_planner.core.errors import NotFoundError
from micic_planner.core.households import age_on
from micic_planner.core.phone_display import display_phone
from micic_planner.core.validation import document_expired
from micic_planner.gui import status_style
from micic_planner.gui.locale_support import fmt_date
from micic_planner.storage.overview_queries import place_names, zone_names


class NationalCard(QScrollArea):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.label = QLabel()
        self.label.setObjectName("card")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMargin(10)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setMinimumWidth(260)
        self.show_national(None)

    def show_national(self, national_id: int | None) -> None:
        if national_id is None:
            self.label.setText("<p style='color:#666'>" + html.escape(self.tr(
                "Select a national to see how to reach them, their household and their status history.")) + "</p>")
            return
        store = self.context.store
        try:
            n = store.nationals.get(national_id)
        except NotFoundError:
            self.show_national(None)
            return
        today = date.today()
        esc = html.escape
        age = age_on(n.birth_date, today)
        lines = [f"<h2 style='margin:0'>{esc(n.full_name)}</h2>"]
        if n.birth_date:
            lines.append(esc(self.tr("Born {date} ({age} years)").format(date=fmt_date(n.birth_date), age=age)))
        lines.append(f"<p>{status_style.rich_label(n.status)}</p>")
        flags = [v.label() for v in Vulnerability.members() if n.vulnerabilities & v]
        if flags and store.session.visible("vulnerabilities"):
            lines.append("<p><b>" + esc(self.tr("Vulnerabilities")) + ":</b> " + esc(", ".join(flags)) + "</p>")
        rows = [(self.tr("Phone"), esc(display_phone(n.phone))),
                (self.tr("Second phone"), esc(display_phone(n.phone2))), (self.tr("E-mail"), n.email),
                (self.tr("Address"), ", ".join(x for x in (n.address, n.place) if x)),
                (self.tr("Zone"), zone_names(store.db).get(n.zone_id, "")),
                (self.tr("Assembly point"), place_names(store.db).get(n.assembly_point_id, "")),
                (self.tr("Passport"), self._document(n.passport_no, n.passport_expiry, today)),
                (self.tr("Consular ID"), self._document(n.consular_id, n.consular_id_expiry, today)),
                (self.tr("Emergency contact"),
                 " ".join(x for x in (n.emergency_contact, display_phone(n.emergency_phone)) if x))]
        lines.append("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{esc(k)}</td><td>{v}</td></tr>"
            for k, v in rows if v) + "</table>")
        members = [m for m in store.nationals.household_members(n.household) if m.id != n.id]
        if n.household:
            lines.append("<p><b>" + esc(self.tr("Household {key}").format(key=n.household)) + "</b><br>" + (
                "<br>".join(esc(m.full_name) for m in members) or esc(self.tr("no other member"))) + "</p>")
        history = store.nationals.status_history(n.id)
        if history:
            lines.append("<p><b>" + esc(self.tr("Status history")) + "</b><br>" + "<br>".join(
                esc(f"{h['at'][:16].replace('T', ' ')} · {AccountabilityStatus(h['status']).label()}"
                    + (f" · {h['by_user']}" if h["by_user"] else "")) for h in history[-8:]) + "</p>")
        self.label.setText("".join(lines))

    def _document(self, number: str, expiry, today) -> str:
        if not number:
            return ""
        text = html.escape(number)
        if expiry:
            when = html.escape(fmt_date(expiry))
            if document_expired(expiry, today):
                return f"{text} <b style='color:#b00020'>" + html.escape(self.tr("expired {date}")).format(
                    date=when) + "</b>"
            text += " " + html.escape(self.tr("until {date}")).format(date=when)
        return text
