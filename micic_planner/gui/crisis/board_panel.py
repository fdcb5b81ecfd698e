"""The accountability board: counts by zone and by vulnerability against status, bulk updates, call lists."""

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.models import Zone
from micic_planner.core.security import Action
from micic_planner.gui.crisis.models import BoardModel
from micic_planner.gui.crisis.printing import export
from micic_planner.gui.crisis.prompts import ChoicePrompt
from micic_planner.gui.crisis.status_dialog import BulkStatusDialog
from micic_planner.gui.errors import explained
from micic_planner.gui.security.roles import offer
from micic_planner.gui.worker import run_with_progress


class BoardTable(QTableView):
    """A table whose columns are as wide as their text, sharing whatever width is left."""

    def __init__(self, model):
        super().__init__()
        self.setModel(model)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setAlternatingRowColors(True)
        model.modelReset.connect(self.spread)

    def spread(self) -> None:
        self.resizeColumnsToContents()
        columns = self.model().columnCount()
        widths = [self.columnWidth(c) for c in range(columns)]
        extra = self.viewport().width() - sum(widths)
        if columns and extra > 0:
            for c, width in enumerate(widths):
                self.setColumnWidth(c, width + extra // columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.spread()


class BoardPanel(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.summary = QLabel()
        self.summary.setObjectName("board_summary")
        self.summary.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary.setWordWrap(True)
        self.zones_model = BoardModel(self.tr("Total"), self.tr("No zone"), self)
        self.vuln_model = BoardModel(self.tr("All nationals"), self.tr("No zone"), self)
        self.zones_table = BoardTable(self.zones_model)
        self.vuln_table = BoardTable(self.vuln_model)
        self.update_button = QPushButton(self.tr("Update statuses…"))
        self.update_button.clicked.connect(self._on_update_clicked)
        self.calllist_button = QPushButton(self.tr("Call list for a warden…"))
        self.calllist_button.clicked.connect(self._on_calllist_clicked)
        self.elapsed = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.elapsed, 1)
        bar.addWidget(self.update_button)
        bar.addWidget(self.calllist_button)
        zones_box, vuln_box = QWidget(), QWidget()
        zl, vl = QVBoxLayout(zones_box), QVBoxLayout(vuln_box)
        zl.setContentsMargins(0, 0, 0, 0)
        vl.setContentsMargins(0, 0, 0, 0)
        zl.addWidget(QLabel(self.tr("By zone")))
        zl.addWidget(self.zones_table)
        vl.addWidget(QLabel(self.tr("By vulnerability (a person may count under several)")))
        vl.addWidget(self.vuln_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(zones_box)
        split.addWidget(vuln_box)
        split.setSizes([360, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)  # its own line: the headline is never cut by the buttons beside it
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        crises = self.view.crises
        if crises is None:
            return
        start = time.perf_counter()
        board = crises.accountability.board()
        self.elapsed.setText(self.tr("refreshed in {ms} ms").format(ms=int((time.perf_counter() - start) * 1000)))
        names = {z.id: z.name for z in self.view.store.records.list(Zone, order_by="name")}
        self.zones_model.set_board(board, names)
        self.vuln_model.set_board(board, names, by_vulnerability=True)
        total = board.total
        share = f"{board.accounted * 100 / total:.0f} %" if total else "—"
        pending = board.totals.get(AccountabilityStatus.NOT_CONTACTED.value, 0)
        self.summary.setText(self.tr("{accounted:,} of {total:,} nationals accounted for ({share}); "
                                     "{pending:,} not yet contacted").format(
            accounted=board.accounted, total=total, share=share, pending=pending))
        offer(self.update_button, self.view.context, Action.UPDATE_STATUS, self.view.crisis is not None)

    def _on_update_clicked(self) -> None:
        crises = self.view.crises
        zones = self.view.store.records.list(Zone, order_by="name")
        request = BulkStatusDialog.ask(self, zones, crises.accountability.wardens(), crises.accountability)
        if request is None:
            return
        with explained(self, self.tr("Statuses not updated")):
            changes = run_with_progress(self, self.tr("Updating statuses…"),
                                        lambda cancelled: self.apply_request(request, cancelled))
            if changes is not None:
                self.view.apply(changes)

    def apply_request(self, request, cancelled=None):
        """One storage call for what the dialog asked; nothing is written if any key is unknown or on cancel."""
        acc = self.view.crises.accountability
        if request.kind == "zone":
            return acc.set_zone(request.zone_id, request.status, request.source, request.note, request.only,
                                cancelled=cancelled)
        if request.kind == "warden":
            return acc.set_rows(request.rows, request.source, cancelled=cancelled)
        ids, docs = [], []
        for key in request.keys:
            (ids if key.isdigit() else docs).append(key)
        found = acc.resolve_documents(docs)
        unknown = [d for d, hits in found.items() if len(hits) != 1]
        if unknown:
            from micic_planner.core.errors import CrisisError

            raise CrisisError(self.tr("These document numbers match no national, or several: {docs}").format(
                docs=", ".join(unknown[:10])), hint=self.tr("Correct them and try again."))
        ids = [int(i) for i in ids] + [hits[0] for hits in found.values()]
        return acc.set_status(ids, request.status, request.source, request.note, cancelled=cancelled)

    def _on_calllist_clicked(self) -> None:
        crises = self.view.crises
        wardens = crises.accountability.wardens()
        items = [(f"{name} — {zone} ({pending})", wid) for wid, name, _z, zone, pending in wardens]
        warden_id = ChoicePrompt.ask(self, self.tr("Call list"), self.tr("Warden"), items)
        if warden_id is None:
            return
        self.print_calllist(warden_id)

    def print_calllist(self, warden_id: int):
        from micic_planner.core.disclosure import CALL_LIST_FIELDS, printed_fields
        from micic_planner.core.i18n import language
        from micic_planner.interchange.crisis_csv import write_calllist_csv
        from micic_planner.reports.calllist_pdf import CallListRenderer, CallSheet
        from micic_planner.storage.disclosures import DisclosureLedger

        crises = self.view.crises
        _wid, name, _zone_id, zone, phone = crises.accountability.warden(warden_id)
        people = crises.accountability.call_list(warden_id)
        crisis = self.view.crisis
        post = self.view.store.post()
        sheet = CallSheet(post.name if post else "", name, zone, phone, crisis.title if crisis else "",
                          country=post.host_country if post else "")
        lang = language()
        return export(self, self.tr("Save the call list"), f"call-list-{warden_id}.pdf",
                      lambda path: CallListRenderer(lang).render(sheet, people, path),
                      lambda path: write_calllist_csv(path, people), self.view.notify_written,
                      lambda path, fmt: DisclosureLedger(self.view.store).record_list(
                          "call_list", fmt, path, printed_fields(CALL_LIST_FIELDS, fmt), [p["id"] for p in people]))
