"""The post at a glance: who is registered where, how vulnerable, assembly points against capacity, and gaps."""

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.countries import country_name, subdivision_name
from micic_planner.core.models import Post
from micic_planner.core.next_steps import next_steps
from micic_planner.gui.bar_chart import BarChart
from micic_planner.gui.commands import EditRecord, push
from micic_planner.gui.errors import explained
from micic_planner.gui.forms.post_form import PostForm, post_fields, validate_post
from micic_planner.gui.locale_support import collation_key, fmt_date, fmt_int
from micic_planner.gui.next_steps_panel import NextStepsPanel
from micic_planner.gui.worker import Worker
from micic_planner.storage.overview_queries import PostReader, post_figures, zone_names
from micic_planner.storage.setup_counts import table_counts

GAP_ROLE = Qt.ItemDataRole.UserRole


class OverviewView(QScrollArea):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.worker: Worker | None = None
        self.post: Post | None = None
        self.figures = None
        body = QWidget()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)  # a long post name wraps rather than push the page sideways at 1366 px
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.last_exchange = QLabel()  # when the post last exchanged with headquarters (issue 18)
        self.last_exchange.setObjectName("last_exchange")
        self.last_exchange.hide()
        self.edit_post_button = QPushButton(self.tr("Edit post details"))
        self.edit_post_button.clicked.connect(self.edit_post)
        self.state = QLabel(self.tr("Counting…"))
        self.numbers = {key: QLabel("—") for key in ("total", "vulnerable", "households", "unassigned")}
        self.by_zone = BarChart("#2f6f9f")
        self.by_vulnerability = BarChart("#8a5a00")
        self.loads = BarChart("#1b5e20")
        self.next_steps = NextStepsPanel()
        self.next_steps.view_requested.connect(self._on_step_view_requested)
        self.counts: dict[str, int] = {}
        self.gaps = QListWidget()
        self.gaps.setObjectName("gaps")
        self.gaps.setWordWrap(True)
        self.gaps.itemActivated.connect(self._on_gap_activated)
        self.gaps.itemDoubleClicked.connect(self._on_gap_activated)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        titles.addWidget(self.last_exchange)
        head.addLayout(titles, 1)
        head.addWidget(self.edit_post_button, 0, Qt.AlignmentFlag.AlignTop)
        tiles = QHBoxLayout()
        for key, caption in (("total", self.tr("Nationals registered")),
                             ("vulnerable", self.tr("With a vulnerability")),
                             ("households", self.tr("Households")), ("unassigned", self.tr("No assembly point"))):
            box = QGroupBox(caption)
            self.numbers[key].setObjectName("bignumber")
            QVBoxLayout(box).addWidget(self.numbers[key])
            tiles.addWidget(box)
        grid = QGridLayout()
        for i, (caption, chart) in enumerate(((self.tr("Nationals by zone"), self.by_zone),
                                              (self.tr("Nationals by vulnerability"), self.by_vulnerability))):
            box = QGroupBox(caption)
            QVBoxLayout(box).addWidget(chart)
            grid.addWidget(box, 0, i, Qt.AlignmentFlag.AlignTop)
        loads_box = QGroupBox(self.tr("Assembly points: nationals assigned against capacity (line)"))
        QVBoxLayout(loads_box).addWidget(self.loads)
        gaps_box = QGroupBox(self.tr("Gaps in the plan: double-click or press Enter to open the record to fix"))
        QVBoxLayout(gaps_box).addWidget(self.gaps)
        self.gaps.setFixedHeight(190)
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addWidget(self.state)
        layout.addWidget(self.next_steps)
        layout.addLayout(tiles)
        layout.addWidget(gaps_box)
        layout.addLayout(grid)
        layout.addWidget(loads_box)
        layout.addStretch(1)
        context.changed.connect(self._on_changes)
        context.store_replaced.connect(self.refresh)
        self.refresh()

    # -- reading in the background ----------------------------------------------
    def _on_changes(self, _changes) -> None:
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            return
        from micic_planner.gui.sync.last_exchange import show_last_exchange

        show_last_exchange(self.last_exchange, store)
        if store.path is None:
            self._on_figures((*post_figures(store.db, store.session), table_counts(store.db)))
            return
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.succeeded.disconnect()
        reader_of = PostReader.source(store)

        def compute(_progress, _cancelled):
            reader = PostReader(*reader_of)
            try:
                return (*post_figures(reader.db, reader.session), table_counts(reader.db))
            finally:
                reader.close()
        self.state.setText(self.tr("Counting…"))
        self.state.show()
        self.worker = Worker(compute, self)
        self.worker.succeeded.connect(self._on_figures)
        self.worker.failed.connect(lambda exc: self.state.setText(str(exc).splitlines()[0]))
        self.worker.start()

    def wait(self, ms: int = 10_000) -> None:
        """Block until the figures are in (tests and screenshots)."""
        if self.worker is not None:
            self.worker.wait(ms)
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.processEvents()

    def _on_figures(self, result) -> None:
        if self.context.store is None:
            return
        self.post, self.figures, self.counts = result
        self.state.hide()
        if self.post is None:
            self.title.setText(self.tr("This file has no post details yet"))
            self.subtitle.setText(self.tr("Press “Edit post details” to give the post its name, country and city."))
            self.next_steps.hide()
            return
        self._show_post(self.post)
        self._show_figures(self.figures)
        self.next_steps.set_steps(self.post.uuid, next_steps(self.counts, self.figures.gaps))

    def _show_post(self, post: Post) -> None:
        self.title.setText(html.escape(post.name))
        review = post.next_review
        if review is None:
            review_text = "<b style='color:#b00020'>" + html.escape(self.tr("no review date set")) + "</b>"
        elif review < date.today():
            review_text = "<b style='color:#b00020'>" + html.escape(self.tr("review overdue since {date}").format(
                date=fmt_date(review))) + "</b>"
        else:
            review_text = html.escape(self.tr("next review {date}").format(date=fmt_date(review)))
        # Names in the user's language ("México", "Chiapas"), not the ISO codes the file keeps.
        regions = ", ".join(subdivision_name(code) for code in post.jurisdiction) or "—"
        parts = [html.escape(", ".join(x for x in (post.city, country_name(post.host_country)) if x)),
                 html.escape(self.tr("jurisdiction: {regions}").format(regions=regions)),
                 html.escape(self.tr("plan version {version}").format(version=post.plan_version)), review_text]
        if post.is_training:
            parts.append("<b>" + html.escape(self.tr("TRAINING POST: fictional data")) + "</b>")
        self.subtitle.setText(" · ".join(parts))

    def _show_figures(self, fig) -> None:
        self.numbers["total"].setText(fmt_int(fig.total))
        self.numbers["vulnerable"].setText(fmt_int(fig.vulnerable_total))
        self.numbers["households"].setText(fmt_int(sum(fig.by_household_size.values())))
        self.numbers["unassigned"].setText(fmt_int(fig.unassigned))
        names = zone_names(self.context.store.db)
        zones = sorted(((names.get(z, self.tr("No zone")) if z is not None else self.tr("No zone"), n)
                        for z, n in fig.by_zone.items()), key=lambda x: -x[1])
        self.by_zone.set_items(zones or [(self.tr("No nationals yet"), 0)])
        vulns = sorted(((v.label(), n) for v, n in fig.by_vulnerability.items()), key=lambda x: -x[1])
        self.by_vulnerability.set_items(vulns or [(self.tr("None recorded"), 0)])
        loads = sorted(fig.loads, key=lambda load: collation_key(load.place.name))
        self.loads.set_items([(load.place.name, load.assigned) for load in loads] or
                             [(self.tr("No assembly point yet"), 0)],
                             [load.place.capacity or 0 for load in loads],
                             {i for i, load in enumerate(loads) if load.place.capacity and load.assigned
                              > load.place.capacity})
        self.gaps.clear()
        for gap in fig.gaps:
            item = QListWidgetItem("⚠  " + gap.text())
            item.setData(GAP_ROLE, (gap.table, gap.record_id))
            self.gaps.addItem(item)
        if not fig.gaps:
            self.gaps.addItem(QListWidgetItem("✓  " + self.tr("No gaps found: the plan is complete.")))

    # -- acting ----------------------------------------------------------------
    def _on_gap_activated(self, item: QListWidgetItem) -> None:
        target = item.data(GAP_ROLE)
        if not target:
            return
        table, record_id = target
        if table == "post":
            self.edit_post()
            return
        if table == "plan_sections":
            from micic_planner.gui.plan_sections_dialog import PlanSectionsDialog

            PlanSectionsDialog.ask(self, self.context.store, self.context.apply)
            return
        self.context.open_record(table, record_id if record_id is not None else -1)

    def _on_step_view_requested(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_view"):
            window.show_view(key)

    def edit_post(self) -> None:
        from micic_planner.core.security import Action
        from micic_planner.gui.security.roles import may

        if not may(self.context, Action.EDIT_PLAN):
            return
        store = self.context.store
        before = store.post()
        if before is None:
            from micic_planner.gui.post_wizard import NewPostDialog

            NewPostDialog.fill_existing(self, self.context)
            return
        after = PostForm.ask(self, self.tr("Post details"), post_fields(self.tr), before, validate_post)
        if after is None:
            return
        with explained(self, self.tr("Could not save the post details")):
            push(self.context, EditRecord(self.context, before, after, self.tr("Edit post details")))

    def show_record(self, table: str, record_id: int) -> None:
        if table == "post":
            self.edit_post()
