"""The registry of nationals: search as you type, filters, a paged table and the selected person's card."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.enums import AccountabilityStatus, Vulnerability
from micic_planner.core.filters import NO_ZONE, NationalFilter
from micic_planner.core.models import National
from micic_planner.core.security import Action
from micic_planner.gui import status_style
from micic_planner.gui.commands import AddRecord, DeleteRecords, EditMany, EditRecord, push
from micic_planner.gui.errors import Confirm, explained
from micic_planner.gui.forms.national_form import NationalForm, national_fields
from micic_planner.gui.hinted_edit import hinted
from micic_planner.gui.locale_support import collation_key, fmt_int
from micic_planner.gui.models.nationals_model import COLUMNS, ID_ROLE, NationalsTableModel
from micic_planner.gui.security.roles import may
from micic_planner.gui.views.national_card import NationalCard
from micic_planner.storage.overview_queries import zone_names

SHARED = ("address", "place", "lat", "lon", "zone_id", "assembly_point_id")  # what a household shares


class NationalsView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = NationalsTableModel(context.store, self)
        self.heading = QLabel(self.tr("Nationals"))
        self.heading.setObjectName("heading")
        self.count_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name or passport, accents not needed (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(34)
        self.search.textChanged.connect(self.apply_filter)
        self.zone = QComboBox()
        self.vulnerability = QComboBox()
        self.vulnerability.addItem(self.tr("Any vulnerability or none"), 0)
        self.vulnerability.addItem(self.tr("Any vulnerability"), int(sum(Vulnerability.members())))
        for member in Vulnerability.members():
            self.vulnerability.addItem(member.label(), int(member))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in AccountabilityStatus:
            self.status.addItem(status_style.icon(status), status.label(), status)
        self.documents = QComboBox()
        self.documents.addItem(self.tr("Any documents"), None)
        self.documents.addItem(self.tr("Document expired"), 0)
        self.documents.addItem(self.tr("Expires within 3 months"), 91)
        self.documents.addItem(self.tr("Expires within 6 months"), 183)
        self.household = hinted(QLineEdit(), self.tr("Household"))
        self.household.setMaximumWidth(max(140, self.household.minimumWidth()))
        for combo in (self.zone, self.vulnerability, self.status, self.documents):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.household.textChanged.connect(self.apply_filter)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Fixed row heights: Qt never measures a million rows to lay out the scroll bar.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 150, 80, 165, 110, 140, 150, 130, 180)):
            header.resizeSection(column, width)
        # A phone is read aloud on a call: its column fits a grouped number in the window's own font
        # ("+52 962 123 4567" was cut to "+52 962 123 …" at 11 pt), the table scrolls sideways instead.
        phone = [key for key, _title, _sort in COLUMNS].index("phone")
        header.resizeSection(phone, max(header.sectionSize(phone), self.table.fontMetrics().horizontalAdvance(
            "+52 999 999 9999") + 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit_selected, Qt.ShortcutContext.WidgetShortcut)
        self.card = NationalCard(context, self)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a national (Ctrl+N)"))
        self.add_member_button = QPushButton(self.tr("Add to household"))
        self.add_member_button.setToolTip(self.tr("Add a person to the selected national's household"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.cards_button = QPushButton(self.tr("Household cards…"))
        self.cards_button.setToolTip(self.tr("Print the evacuation cards of the selected nationals' households"))
        self.cards_button.clicked.connect(self._on_cards_clicked)
        self.cards_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_record)
        self.add_member_button.clicked.connect(self.add_household_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        for button in (self.add_button, self.add_member_button, self.edit_button, self.delete_button,
                       self.cards_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for widget in (self.zone, self.vulnerability, self.status, self.documents, self.household, self.clear_button):
            filters.addWidget(widget)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.card)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        context.changed.connect(self._on_changes)
        context.store_replaced.connect(self._on_store_replaced)
        self._fill_zones()
        self._apply_role()
        self._update_state()

    def _apply_role(self) -> None:
        """Hide the columns, the filter and the buttons the signed-in role may not use."""
        session = getattr(self.context.store, "session", None)
        for column, (key, _header, _sort) in enumerate(COLUMNS):
            self.table.setColumnHidden(column, session is not None and not session.visible(key))
        sees = session is None or session.visible("vulnerabilities")
        if not sees:
            self.vulnerability.setCurrentIndex(0)
        self.vulnerability.setVisible(sees)
        editable = may(self.context, Action.EDIT_REGISTRY)
        for button in (self.add_button, self.add_member_button, self.edit_button, self.delete_button):
            button.setVisible(editable)

    # -- filters -----------------------------------------------------------------
    def _fill_zones(self) -> None:
        names = zone_names(self.context.store.db) if self.context.store is not None else {}
        self.model.set_zone_names(names)
        current = self.zone.currentData()
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItem(self.tr("All zones"), None)
        for zone_id, name in sorted(names.items(), key=lambda z: collation_key(z[1])):
            self.zone.addItem(name, zone_id)
        self.zone.addItem(self.tr("No zone"), NO_ZONE)
        self.zone.setCurrentIndex(max(0, self.zone.findData(current)))
        self.zone.blockSignals(False)

    def current_filter(self) -> NationalFilter:
        days = self.documents.currentData()
        return NationalFilter(
            text=self.search.text(), zone_id=self.zone.currentData(),
            vulnerability=self.vulnerability.currentData() or 0, status=self.status.currentData(),
            household=self.household.text().strip(),
            documents_expiring_before=None if days is None else date.today() + timedelta(days=days))

    def apply_filter(self, *_args) -> None:
        self.model.set_filter(self.current_filter())
        self._update_state()

    def clear_filters(self) -> None:
        for widget in (self.search, self.household):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.zone, self.vulnerability, self.status, self.documents):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filter()

    def show_filtered(self, zone_id: int | None = None, status: AccountabilityStatus | None = None,
                      vulnerability: int = 0) -> None:
        """The people behind a count of the crisis board: the filters set, read in pages like any list."""
        self.clear_filters()
        for combo, value in ((self.zone, zone_id), (self.status, status), (self.vulnerability, vulnerability)):
            at = combo.findData(value)
            if at < 0 and value is not None:
                combo.addItem(str(value), value)  # a flag combination the box does not list
                at = combo.count() - 1
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, at))
            combo.blockSignals(False)
        self.apply_filter()

    def _update_state(self) -> None:
        shown = self.model.rowCount()
        filtered = not self.model.filter.is_empty()
        if self.model.more:
            self.count_label.setText(self.tr("(the first %Ln match(es): keep typing to narrow the search)", "",
                                             shown))
        elif filtered:  # Qt's plural forms: "1 coincide", never "1 coinciden"
            self.count_label.setText(self.tr("(%Ln match(es) for the search and filters)", "", shown))
        else:
            self.count_label.setText(f"({fmt_int(shown)})")
        if self.model.error:
            self.empty.setText(self.model.error)
        elif shown == 0 and filtered:
            self.empty.setText(self.tr("No national matches. Check the spelling, or press “Clear filters”."))
        elif shown == 0:
            self.empty.setText(self.tr("The registry is empty. Press “Add” (Ctrl+N) to register a national, "
                                       "or import a list from File ▸ Import."))
        self.empty.setVisible(shown == 0 or bool(self.model.error))
        self._on_selection_changed()

    # -- selection ---------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return [self.model.data(i, ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def _on_cards_clicked(self) -> None:
        from micic_planner.gui.card_printing import print_cards

        ids = self.selected_ids()
        if ids:
            print_cards(self, self.context, national_ids=ids)

    def _on_selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        for button in (self.edit_button, self.delete_button, self.add_member_button):
            button.setEnabled(bool(ids))
        self.cards_button.setEnabled(bool(ids) and may(self.context, Action.VIEW_REGISTRY))
        self.card.show_national(ids[0] if len(ids) == 1 else None)

    def show_record(self, table: str, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            person = self.context.store.nationals.get(record_id)
            self.clear_filters()
            self.search.setText(person.passport_no or f"{person.family_names} {person.given_names}")
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- writing -----------------------------------------------------------------
    def _ask(self, record: National, title: str) -> National | None:
        NationalForm.store = self.context.store
        NationalForm.region = self.context.host_region()
        return NationalForm.ask(self, title, national_fields(self.tr, self.context.store.db), record)

    def add_record(self, template: National | None = None) -> None:
        if not may(self.context, Action.EDIT_REGISTRY):
            return
        record = self._ask(template or National("", ""), self.tr("Add a national"))
        if record is None:
            return
        with explained(self, self.tr("Could not add the national")):
            push(self.context, AddRecord(self.context, record, self.tr("Add {name}").format(name=record.full_name)))
            self.show_record("nationals", record.id)

    def add_household_member(self) -> None:
        if not may(self.context, Action.EDIT_REGISTRY):
            return
        ids = self.selected_ids()
        if not ids:
            return
        head = self.context.store.nationals.get(ids[0])
        if not head.household:
            from micic_planner.storage.overview_queries import new_household_key

            head_after = self.context.store.nationals.get(ids[0])
            head_after.household = new_household_key(self.context.store.db)
            with explained(self, self.tr("Could not create the household")):
                push(self.context, EditRecord(self.context, head, head_after, self.tr("New household for {name}")
                                              .format(name=head.full_name)))
            head = head_after
        member = National("", head.family_names, household=head.household,
                          **{name: getattr(head, name) for name in SHARED})
        self.add_record(member)

    def edit_selected(self) -> None:
        if not may(self.context, Action.EDIT_REGISTRY):
            return
        ids = self.selected_ids()
        if not ids:
            return
        before = None
        with explained(self, self.tr("Could not open the record")):
            before = self.context.store.nationals.get(ids[0])
        if before is None:
            return
        after = self._ask(before, self.tr("Edit: {name}").format(name=before.full_name))
        if after is None:
            return
        pairs = [(before, after)]
        moved = [n for n in SHARED if getattr(before, n) != getattr(after, n)]
        others = [m for m in self.context.store.nationals.household_members(after.household)
                  if m.id != after.id] if after.household else []
        if moved and others and Confirm.ask(self, self.tr("Household"), self.tr(
                "{name} shares a household with %Ln other person(s). Give them the same address, zone and "
                "assembly point, so the household stays together?", "", len(others)).format(name=after.full_name)):
            for member in others:
                changed = National(**{**member.__dict__, **{n: getattr(after, n) for n in SHARED}})
                pairs.append((member, changed))
        text = self.tr("Edit {name}").format(name=after.full_name)
        with explained(self, self.tr("Could not save the national")):
            command = EditRecord(self.context, before, after, text) if len(pairs) == 1 else \
                EditMany(self.context, pairs, text)
            push(self.context, command)

    def delete_selected(self) -> None:
        if not may(self.context, Action.EDIT_REGISTRY):
            return
        ids = self.selected_ids()
        if not ids:
            return
        first = self.context.store.nationals.get(ids[0])
        what = first.full_name if len(ids) == 1 else self.tr("{count} nationals").format(count=fmt_int(len(ids)))
        if not Confirm.ask(self, self.tr("Delete"), self.tr(
                "Delete {what} from the registry?\n\nYou can undo this with Ctrl+Z.").format(what=what)):
            return
        with explained(self, self.tr("Could not delete")):
            push(self.context, DeleteRecords(self.context, National, ids, self.tr("Delete {what}").format(what=what)))

    # -- keeping in step -----------------------------------------------------------
    def _on_changes(self, changes) -> None:
        if changes.touches("zones"):
            self._fill_zones()
        if changes.touches("nationals", "zones", "places"):
            keep = self.selected_ids()
            self.model.refresh()
            self._update_state()
            if keep:
                row = self.model.row_of(keep[0])
                if row >= 0:
                    self.table.selectRow(row)

    def _on_store_replaced(self) -> None:
        self.model.set_store(self.context.store)
        self._fill_zones()
        self._apply_role()
        self.clear_filters()
