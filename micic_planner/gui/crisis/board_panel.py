"""The accountability board as a dashboard: large figures per status, counts by zone and vulnerability.

Every count opens the list of the people behind it in the Nationals view (read there in pages).
"""

from PySide6.QtCore import QRect, Qt
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
from micic_planner.core.filters import NO_ZONE
from micic_planner.core.models import Zone
from micic_planner.core.security import Action
from micic_planner.gui.crisis.models import AFFECTED_MARK, TOTAL, BoardModel
from micic_planner.gui.crisis.printing import export
from micic_planner.gui.crisis.prompts import ChoicePrompt
from micic_planner.gui.crisis.status_dialog import BulkStatusDialog
from micic_planner.gui.crisis.status_tiles import StatusTiles
from micic_planner.gui.errors import explained
from micic_planner.gui.locale_support import collation_key, fmt_int
from micic_planner.gui.security.roles import offer
from micic_planner.gui.worker import run_with_progress

ROW_HEADER_WIDTH = 190  # zone names wrap inside it, leaving the width to the status columns


class BoardTable(QTableView):
    """A table that shares the view's width among its columns: it never scrolls sideways."""

    def __init__(self, model):
        super().__init__()
        self.setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Status names wrap onto a second line rather than being cut in narrow columns.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(header.fontMetrics().height() * 3)
        # Zone names wrap within a third of the width, leaving the rest to the status columns.
        rows = self.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        rows.setMaximumWidth(ROW_HEADER_WIDTH)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model.modelReset.connect(self.fit_rows)

    def fit_rows(self) -> None:
        """Each row as tall as its zone name wrapped in the row header (Qt measures it unwrapped)."""
        rows = self.verticalHeader()
        metrics = rows.fontMetrics()
        width = ROW_HEADER_WIDTH - 12
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        for row in range(self.model().rowCount()):
            text = str(self.model().headerData(row, Qt.Orientation.Vertical) or "")
            height = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
            rows.resizeSection(row, max(height, metrics.height()) + 8)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Double-click a count to list the people behind it"))


class BoardPanel(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.summary = QLabel()
        self.summary.setObjectName("board_summary")
        self.summary.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.summary.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setObjectName("board_pending")
        self.pending.setWordWrap(True)
        self.affected = QLabel()
        self.affected.setObjectName("board_affected")
        self.affected.setWordWrap(True)
        self.affected.setStyleSheet("background: #fff3cd; padding: 4px;")
        self.tiles = StatusTiles(self)
        self.tiles.clicked.connect(lambda status: self.drill(status=status))
        self.zones_model = BoardModel(self.tr("Total"), self.tr("No zone"), self)
        self.vuln_model = BoardModel(self.tr("All nationals"), self.tr("No zone"), self, self.tr("Total"))
        self.zones_table = BoardTable(self.zones_model)
        self.vuln_table = BoardTable(self.vuln_model)
        self.zones_table.doubleClicked.connect(self._on_zone_cell_activated)
        self.vuln_table.doubleClicked.connect(self._on_vulnerability_cell_activated)
        self.update_button = QPushButton(self.tr("Update statuses…"))
        self.update_button.clicked.connect(self._on_update_clicked)
        self.calllist_button = QPushButton(self.tr("Call list for a warden…"))
        self.calllist_button.clicked.connect(self._on_calllist_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.pending, 1)
        bar.addWidget(self.update_button)
        bar.addWidget(self.calllist_button)
        zones_box, vuln_box = QWidget(), QWidget()
        zl, vl = QVBoxLayout(zones_box), QVBoxLayout(vuln_box)
        zl.setContentsMargins(0, 0, 0, 0)
        vl.setContentsMargins(0, 0, 0, 0)
        zl.addWidget(QLabel(self.tr("By zone")))
        zl.addWidget(self.zones_table)
        vuln_title = QLabel(self.tr("By vulnerability (a person may count under several)"))
        vuln_title.setWordWrap(True)
        vl.addWidget(vuln_title)
        vl.addWidget(self.vuln_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(zones_box)
        split.addWidget(vuln_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)  # its own line: the headline is never cut by the buttons beside it
        layout.addWidget(self.tiles)
        layout.addWidget(self.affected)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        crises = self.view.crises
        if crises is None:
            return
        board = crises.accountability.board()
        names = {z.id: z.name for z in self.view.store.records.list(Zone, order_by="name")}
        crisis = self.view.shown
        affected = set(crisis.zones) if crisis is not None else set()
        self.zones_model.set_board(board, names, highlighted=affected)
        self.vuln_model.set_board(board, names, by_vulnerability=True)
        self.tiles.set_counts(board.totals)
        total = board.total
        share = f"{board.accounted * 100 / total:.0f} %" if total else "—"
        self.summary.setText(self.tr("{accounted} of {total} nationals accounted for ({share})").format(
            accounted=fmt_int(board.accounted), total=fmt_int(total), share=share))
        pending = board.totals.get(AccountabilityStatus.NOT_CONTACTED.value, 0)
        self.pending.setText(self.tr("{pending} not yet contacted").format(pending=fmt_int(pending)))
        if affected:
            zones = sorted((names.get(z, str(z)) for z in affected), key=collation_key)
            self.affected.setText(self.tr("{mark} Affected zones: {zones}").format(
                mark=AFFECTED_MARK, zones=", ".join(zones)))
        else:
            self.affected.setText(self.tr("Affected zones: the whole jurisdiction"))
        self.affected.setVisible(crisis is not None)
        offer(self.update_button, self.view.context, Action.UPDATE_STATUS, self.view.crisis is not None)

    # -- drill-down ------------------------------------------------------------
    def _on_zone_cell_activated(self, index) -> None:
        key, status = self.zones_model.cell(index)
        zone = None if key == TOTAL else (NO_ZONE if key is None else key)
        self.drill(zone_id=zone, status=status)

    def _on_vulnerability_cell_activated(self, index) -> None:
        key, status = self.vuln_model.cell(index)
        self.drill(status=status, vulnerability=0 if key == TOTAL else int(key))

    def drill(self, zone_id: int | None = None, status: AccountabilityStatus | None = None,
              vulnerability: int = 0) -> None:
        """Open the Nationals view on the people behind a count."""
        window = self.window()
        nationals = window.show_view("nationals") if hasattr(window, "show_view") else None
        if nationals is not None:
            nationals.show_filtered(zone_id, status, vulnerability)

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
        return export(self, self.tr("Save the call list"), self.tr("call-list-{id}.pdf").format(id=warden_id),
                      lambda path: CallListRenderer(lang, post.paper if post else None).render(sheet, people, path),
                      lambda path: write_calllist_csv(path, people), self.view.notify_written,
                      lambda path, fmt: DisclosureLedger(self.view.store).record_list(
                          "call_list", fmt, path, printed_fields(CALL_LIST_FIELDS, fmt), [p["id"] for p in people]))
