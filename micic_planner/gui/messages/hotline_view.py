"""The families' hotline: log who asks about whom, find the person in the registry, and make the call-backs."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.changes import changed
from micic_planner.core.i18n import translate
from micic_planner.core.messaging.inquiry import CHANNEL_LABELS, OUTCOME_LABELS, Inquiry
from micic_planner.core.security import Action
from micic_planner.gui.errors import explained
from micic_planner.gui.hinted_edit import hinted
from micic_planner.gui.messages.mail_tabs import table_view
from micic_planner.gui.messages.rows_model import RowsModel
from micic_planner.storage.messaging.hotline_store import HotlineStore


class HotlineView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.caller = QLineEdit()
        self.relationship = QLineEdit()
        hinted(self.relationship, self.tr("mother, brother, employer, partner…"))
        self.contact = QLineEdit()
        self.caller_place = QLineEdit()
        self.channel = QComboBox()
        for key, label in CHANNEL_LABELS.items():
            self.channel.addItem(translate(label), key)
        self.sought = QLineEdit()
        self.find = QPushButton(self.tr("Find"))
        self.find.clicked.connect(self._on_find_clicked)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(120)
        # "López Pérez, Miguel Lorenzo · Tapachula" is how the call-taker tells two namesakes apart: wrapped
        # whole, never scrolled out of sight.
        self.matches.setWordWrap(True)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.not_found = QLabel(self.tr("Not in the registry: it will be logged as not registered."))
        self.not_found.setWordWrap(True)
        self.not_found.hide()
        self.last_place = QLineEdit()
        self.told = QPlainTextEdit()
        self.told.setMaximumHeight(60)
        self.callback = QDoubleSpinBox()
        self.callback.setRange(0, 240)
        self.callback.setValue(4)
        self.callback.setSuffix(self.tr(" hours"))
        self.log = QPushButton(self.tr("Log the inquiry"))
        self.log.clicked.connect(self._on_log_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Who asks"), self.caller)
        form.addRow(self.tr("Relationship"), self.relationship)
        form.addRow(self.tr("How to reach them"), self.contact)
        form.addRow(self.tr("Where they are"), self.caller_place)
        form.addRow(self.tr("Channel"), self.channel)
        sought = QHBoxLayout()
        sought.addWidget(self.sought, 1)
        sought.addWidget(self.find)
        form.addRow(self.tr("Person sought"), sought)
        form.addRow(self.tr("In the registry"), self.matches)
        form.addRow("", self.not_found)
        form.addRow(self.tr("Last known place"), self.last_place)
        form.addRow(self.tr("What they were told"), self.told)
        form.addRow(self.tr("Call back within"), self.callback)
        form.addRow("", self.log)
        new = QGroupBox(self.tr("New inquiry"))
        holder = QVBoxLayout(new)
        holder.addLayout(form)
        holder.addStretch(1)

        self.show_open = QComboBox()
        self.show_open.addItem(self.tr("Open inquiries"), "open")
        self.show_open.addItem(self.tr("Call-backs due"), "due")
        self.show_open.addItem(self.tr("All"), "all")
        self.show_open.currentIndexChanged.connect(self.reload)
        self.model = RowsModel([self.tr("Logged"), self.tr("Who asks"), self.tr("Relationship"), self.tr("Contact"),
                                self.tr("Person sought"), self.tr("Registry"), self.tr("Call back by"),
                                self.tr("Outcome"), self.tr("Person Finder notes")])
        self.table = table_view(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        # What Person Finder said about the person the selected inquiry seeks (notes imported from PFIF files).
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(90)
        self.notes.setPlaceholderText(self.tr("Notes from Person Finder about the person sought appear here once "
                                              "a PFIF file that names them is imported."))
        self.outcome = QComboBox()
        for key, label in OUTCOME_LABELS.items():
            if key:
                self.outcome.addItem(translate(label), key)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("what they were told on the call-back"))
        self.called = QPushButton(self.tr("Called back"))
        self.called.clicked.connect(self._on_called_clicked)
        self.register = QPushButton(self.tr("Add to the registry"))
        self.register.setToolTip(self.tr("Add the person sought, not yet registered, with what the caller knew"))
        self.register.clicked.connect(self._on_register_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_open)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.outcome)
        actions.addWidget(self.called)
        actions.addStretch(1)
        actions.addWidget(self.register)
        right = QWidget()
        column = QVBoxLayout(right)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.notes)
        column.addWidget(self.answer)
        column.addLayout(actions)
        column.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(new)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([540, 780])  # the form's fields hold names and phones, read aloud
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        context.store_replaced.connect(self.reload)
        context.changed.connect(self._on_context_changed)  # a method: dropped when the view is deleted
        self.reload()

    def _on_context_changed(self, changes) -> None:
        if changes.touches("inquiries", "nationals"):
            self.reload()

    def reload(self) -> None:
        store = self.context.store
        if store is None:
            return
        session = store.session
        for widget in (self.log, self.called, self.find):
            widget.setEnabled(session.can(Action.TAKE_CALLS))
        self.register.setEnabled(session.can(Action.EDIT_REGISTRY))
        hotline = HotlineStore(store)
        which = self.show_open.currentData()
        rows = hotline.due() if which == "due" else hotline.inquiries(open_only=which == "open")
        counts = hotline.note_counts([i.id for i in rows]) if session.can(Action.TAKE_CALLS) else {}
        self.model.set_rows([(i.created_at[:16].replace("T", " "), i.caller_name, i.relationship, i.caller_contact,
                              i.sought_name, i.national_id or self.tr("not registered"),
                              i.callback_due[:16].replace("T", " "), translate(OUTCOME_LABELS[i.outcome]),
                              counts.get(i.id, ""))
                             for i in rows], [i.id for i in rows])
        self._on_table_selection_changed()

    def _on_table_selection_changed(self, *_args) -> None:
        inquiry_id = self._selected()
        self.notes.clear()
        if inquiry_id is None or not self.context.store.session.can(Action.TAKE_CALLS):
            return
        notes = HotlineStore(self.context.store).notes(inquiry_id)
        self.notes.setPlainText("\n".join(" · ".join(x for x in (n["at"][:16].replace("T", " "), n["status"],
                                                                   n["author"], n["text"]) if x) for n in notes))

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.keys[rows[0].row()] if rows else None

    def _on_find_clicked(self) -> None:
        self.matches.clear()
        with explained(self, self.tr("Could not search the registry")):
            found = HotlineStore(self.context.store).find_sought(self.sought.text())
            for nid, family, given, place, _status in found:
                item = QListWidgetItem(f"{family}, {given} · {place}")
                item.setData(Qt.ItemDataRole.UserRole, nid)
                self.matches.addItem(item)
            self.not_found.setVisible(not found)
            if len(found) == 1:
                self.matches.setCurrentRow(0)

    def _on_log_clicked(self) -> None:
        item = self.matches.currentItem()
        national = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        due = (datetime.now(UTC) + timedelta(hours=self.callback.value())).strftime("%Y-%m-%dT%H:%M:%SZ")
        inquiry = Inquiry(self.caller.text(), self.sought.text(), self.relationship.text(), self.contact.text(),
                          self.caller_place.text(), self.channel.currentData(), national,
                          self.last_place.text(), self.told.toPlainText(), due)
        with explained(self, self.tr("Could not log the inquiry")):
            inquiry_id = HotlineStore(self.context.store).log(inquiry)
            self.status.setText(self.tr("Inquiry {id} logged.").format(id=inquiry_id))
            for field in (self.caller, self.relationship, self.contact, self.caller_place, self.sought,
                          self.last_place):
                field.clear()
            self.told.clear()
            self.matches.clear()
            self.not_found.hide()
        self.reload()

    def _on_called_clicked(self) -> None:
        inquiry_id = self._selected()
        if inquiry_id is None:
            return
        with explained(self, self.tr("Could not record the call-back")):
            self.context.apply(HotlineStore(self.context.store).called_back(
                inquiry_id, self.outcome.currentData(), self.answer.text()))
            self.answer.clear()
        self.reload()

    def _on_register_clicked(self) -> None:
        inquiry_id = self._selected()
        if inquiry_id is None:
            return
        hotline = HotlineStore(self.context.store)
        inquiry = hotline.get(inquiry_id)
        family, _sep, given = inquiry.sought_name.partition(",")
        if not given:  # "Baltazar Ixcoy Tum": the first word is the given name
            given, _sep, family = inquiry.sought_name.partition(" ")
        with explained(self, self.tr("Could not add the person to the registry")):
            national_id = hotline.register_sought(inquiry_id, given.strip(), family.strip())
            self.context.apply(changed("nationals", "inquiries", count=1, ids=(national_id,)))
            self.status.setText(self.tr("Added to the registry as national {id}.").format(id=national_id))
        self.reload()
