"""Movements and manifests: plan a bus, flight or boat, fill it, edit it, mark boarding and arrival, print."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.crisis import Movement
from micic_planner.core.enums import PlaceKind
from micic_planner.core.i18n import translate
from micic_planner.core.models import Place
from micic_planner.core.security import Action
from micic_planner.gui.crisis.dialogs import MovementDialog
from micic_planner.gui.crisis.models import Column, RowsModel
from micic_planner.gui.crisis.printing import export
from micic_planner.gui.crisis.prompts import TextPrompt
from micic_planner.gui.errors import Confirm, explained
from micic_planner.gui.locale_support import by_name, fmt_int, fmt_timestamp
from micic_planner.gui.security.roles import offer
from micic_planner.reports.crisis_common import needs_text


class MovementsPanel(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_a: self.refresh_manifest())
        self.model = RowsModel([
            Column(self.tr("No."), lambda p: p["position"]),
            Column(self.tr("Name"), lambda p: f"{p['family_names']}, {p['given_names']}"),
            Column(self.tr("Born"), lambda p: p["birth_date"] or ""),
            Column(self.tr("Document no."), lambda p: p["passport_no"] or p["consular_id"] or ""),
            Column(self.tr("Household"), lambda p: p["household"] or ""),
            Column(self.tr("Needs"), lambda p: needs_text(p["vulnerabilities"] or 0, translate)),
            Column(self.tr("Boarded"), lambda p: "✔ " + p["boarded_at"][11:16] if p["boarded_at"] else ""),
            Column(self.tr("Arrived"), lambda p: "✔ " + p["arrived_at"][11:16] if p["arrived_at"] else ""),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.info = QLabel()
        buttons = {}
        for key, text, slot in (
                ("new", self.tr("New movement…"), self._on_new), ("edit", self.tr("Edit…"), self._on_edit),
                ("delete", self.tr("Delete"), self._on_delete),
                ("fill", self.tr("Fill from assembly point"), self._on_fill),
                ("add", self.tr("Add people…"), self._on_add), ("remove", self.tr("Remove selected"), self._on_remove),
                ("board", self.tr("Mark boarded"), lambda: self._on_mark(False)),
                ("arrive", self.tr("Mark arrived"), lambda: self._on_mark(True)),
                ("print", self.tr("Manifest PDF / CSV…"), self.print_manifest)):
            buttons[key] = QPushButton(text)
            buttons[key].clicked.connect(slot)
        self.buttons = buttons
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Movements")))
        left.addWidget(self.list, 1)
        grid = QGridLayout()
        for i, key in enumerate(("new", "edit", "delete")):
            grid.addWidget(buttons[key], i // 3, i % 3)
        left.addLayout(grid)
        right = QVBoxLayout()
        right.addWidget(self.info)
        right.addWidget(self.table, 1)
        # Two rows of three: six buttons in one row are cut at 1366 px, in Spanish most of all.
        bar = QGridLayout()
        for i, key in enumerate(("fill", "add", "remove", "board", "arrive", "print")):
            bar.addWidget(buttons[key], i // 3, i % 3)
        right.addLayout(bar)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

    # -- reading -------------------------------------------------------------
    def movement_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def refresh(self) -> None:
        crisis = self.view.shown
        current = self.movement_id()
        self.list.blockSignals(True)
        self.list.clear()
        if crisis is not None:
            for m in self.view.crises.movements.list(crisis.id):
                used = self.view.crises.movements.count(m.id)
                item = QListWidgetItem(f"{m.name} ({m.mode.label()}) — {used}/{m.seats}")
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.list.addItem(item)
                if m.id == current:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        writable = self.view.crisis is not None
        for key, button in self.buttons.items():
            offer(button, self.view.context, Action.MANAGE_MOVEMENTS, writable or key == "print")
        self.refresh_manifest()

    def refresh_manifest(self) -> None:
        mid = self.movement_id()
        if mid is None:
            self.model.set_rows([])
            self.info.setText(self.tr("No movement yet. Plan one with “New movement…”."))
            return
        m = self.view.crises.movements.get(mid)
        passengers = self.view.crises.movements.passengers(mid)
        boarded = sum(1 for p in passengers if p["boarded_at"])
        self.info.setText(self.tr("{name}: to {dest}, departs {when}; {n} of {seats} seats taken, {b} boarded").format(
            name=m.name, dest=m.destination or "—", when=fmt_timestamp(m.departs_at, seconds=False) or "—",
            n=len(passengers), seats=m.seats, b=boarded))
        self.model.set_rows(passengers)
        if len(passengers) <= 500:  # measuring every row of a long list would stall the window
            self.table.resizeColumnsToContents()

    def selected_ids(self) -> list[int]:
        return [self.model.rows[i.row()]["id"] for i in self.table.selectionModel().selectedRows()]

    # -- writing -------------------------------------------------------------
    def _points(self):
        return by_name(self.view.store.records.list(Place, "kind = ?", [PlaceKind.ASSEMBLY_POINT.value]))

    def _on_new(self) -> None:
        crisis = self.view.crisis
        movement = MovementDialog.ask(self, Movement(crisis.id, self.tr("Bus {n}").format(
            n=self.list.count() + 1), seats=45), self._points())
        if movement is not None:
            with explained(self, self.tr("Movement not saved")):
                self.view.apply(self.view.crises.movements.save(movement))

    def _on_edit(self) -> None:
        if self.movement_id() is None:
            return
        movement = MovementDialog.ask(self, self.view.crises.movements.get(self.movement_id()), self._points())
        if movement is not None:
            with explained(self, self.tr("Movement not saved")):
                self.view.apply(self.view.crises.movements.save(movement))

    def _on_delete(self) -> None:
        mid = self.movement_id()
        if mid is not None and Confirm.ask(self, self.tr("Delete movement"),
                                           self.tr("Delete this movement and its manifest?")):
            with explained(self):
                self.view.apply(self.view.crises.movements.delete(mid))

    def _on_fill(self) -> None:
        mid = self.movement_id()
        if mid is None:
            return
        with explained(self, self.tr("Manifest not filled")):
            plan = self.view.crises.movements.autofill(mid)
            waiting = sum(len(g) for g in plan.left + plan.too_big)
            message = self.tr("%Ln person(s) added; still waiting at the assembly point: {w}.", "",
                              len(plan.seated)).format(w=fmt_int(waiting))
            if plan.held:
                names = ", ".join(c.name for c in plan.held[:5]) + ("…" if len(plan.held) > 5 else "")
                message += " " + self.tr("Left out, missing or deceased: {n} ({names}).").format(
                    n=len(plan.held), names=names)
            self.view.notify(message)
            self.view.apply_tables("manifest_entries", "crisis_log")

    def _on_add(self) -> None:
        mid = self.movement_id()
        text = TextPrompt.ask(self, self.tr("Add people"), self.tr("Ids or document numbers, separated by spaces "
                                                                   "(their households come too)")) if mid else None
        if not text:
            return
        keys = text.replace(",", " ").split()
        with explained(self, self.tr("People not added")):
            found = self.view.crises.accountability.resolve_documents([k for k in keys if not k.isdigit()])
            ids = [int(k) for k in keys if k.isdigit()] + [h[0] for h in found.values() if len(h) == 1]
            self.view.apply(self.view.crises.movements.add(mid, ids))

    def _on_remove(self) -> None:
        ids = self.selected_ids()
        if ids:
            with explained(self):
                self.view.apply(self.view.crises.movements.remove(self.movement_id(), ids))

    def _on_mark(self, arrived: bool) -> None:
        ids = self.selected_ids()
        if ids:
            with explained(self):
                self.view.apply(self.view.crises.movements.mark(self.movement_id(), ids, arrived))

    def print_manifest(self):
        mid = self.movement_id()
        if mid is None:
            return None
        from micic_planner.core.disclosure import MANIFEST_FIELDS, printed_fields
        from micic_planner.core.i18n import language
        from micic_planner.interchange.crisis_csv import write_manifest_csv
        from micic_planner.reports.manifest_pdf import ManifestRenderer, ManifestSheet
        from micic_planner.storage.disclosures import DisclosureLedger

        crises = self.view.crises
        m = crises.movements.get(mid)
        passengers = crises.movements.manifest(mid)
        origin = self.view.store.records.get(Place, m.origin_id).name if m.origin_id else ""
        post = self.view.store.post()
        sheet = ManifestSheet(m, post.name if post else "", origin, crises.get(m.crisis_id).title,
                              country=post.host_country if post else "",
                              crosses_border=crises.movements.crosses_border(m))
        lang = language()
        return export(self, self.tr("Save the manifest"), self.tr("manifest-{id}.pdf").format(id=mid),
                      lambda path: ManifestRenderer(lang, post.paper if post else None).render(sheet, passengers, path),
                      lambda path: write_manifest_csv(path, passengers), self.view.notify_written,
                      lambda path, fmt: DisclosureLedger(self.view.store).record_list(
                          "manifest", fmt, path, printed_fields(MANIFEST_FIELDS, fmt), [p["id"] for p in passengers]))
