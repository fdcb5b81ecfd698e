"""Headquarters' country picture: nationals and accountability by post and zone, returns, gaps, the review queue.

Shown in the sidebar only when the open file is headquarters' hub (`sync init --headquarters`).
"""

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from micic_planner.core.i18n import language
from micic_planner.core.sync.picture import days_since, returns_line, state_label
from micic_planner.gui.errors import explained
from micic_planner.gui.worker import Worker
from micic_planner.storage.sync.hub_store import HubStore


class PicturePath:
    """Where the summary PDF or the HXL figures go; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, kind: str) -> str | None:
        pattern = "PDF (*.pdf)" if kind == "pdf" else "HXL CSV (*.csv)"
        name = {"pdf": "country-picture.pdf", "csv": "country-picture.csv", "returns": "returns-by-post.csv"}[kind]
        path, _filter = QFileDialog.getSaveFileName(parent, Q.translate("PictureView", "Save as"), name, pattern)
        return path or None


class PictureView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.picture = None
        self.worker = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Post and zone"), self.tr("Nationals"),
                                              self.tr("Accounted for"), self.tr("Not accounted for"),
                                              self.tr("Last exchange")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.gaps = QListWidget()
        self.gaps.setWordWrap(True)
        # A list, like the gaps: it scrolls when every post has cases (a label was cut at 1366×768).
        self.returns = QListWidget()
        self.returns.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review conflicts…"))
        self.review_button.clicked.connect(self._on_review_clicked)
        self.print_button = QPushButton(self.tr("Print for the ministry…"))
        self.print_button.clicked.connect(lambda: self.save("pdf"))
        self.hxl_button = QPushButton(self.tr("Export HXL figures…"))
        self.hxl_button.clicked.connect(lambda: self.save("csv"))
        self.returns_button = QPushButton(self.tr("Export returns by post (HXL)…"))
        self.returns_button.clicked.connect(lambda: self.save("returns"))
        buttons = QHBoxLayout()
        for b in (self.review_button, self.print_button, self.hxl_button, self.returns_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # The table of posts and zones gets the whole width; gaps and returns go under it.
        side_widget = QWidget()
        side_widget.setMaximumHeight(190)
        side = QHBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 0, 0)
        gaps_box = QGroupBox(self.tr("Gaps by post"))
        QVBoxLayout(gaps_box).addWidget(self.gaps)
        returns_box = QGroupBox(self.tr("Returns"))
        QVBoxLayout(returns_box).addWidget(self.returns)
        side.addWidget(gaps_box, 2)
        side.addWidget(returns_box, 1)
        body = QVBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)
        # A method, not a lambda: Qt drops the connection when the view is deleted (a worker's event loop runs
        # the deferred deletes of the views a file change replaced, before the import's refresh).
        context.changed.connect(self._on_context_changed)
        context.store_replaced.connect(self.refresh)
        self.refresh()

    def _on_context_changed(self, _changes) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Work the picture out on a worker thread with its own reading connection (seconds at a million
        nationals); a file in memory (tests) is read here."""
        store = self.context.store
        if store is None:
            return
        with explained(self) as failed:
            source = HubStore(store).picture_source()
        if failed:
            return
        if source is None:
            with explained(self):
                self._on_picture(HubStore(store).picture())
            return
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.succeeded.disconnect()

        def compute(_progress, _cancelled):
            from micic_planner.storage.overview_queries import PostReader
            from micic_planner.storage.sync.picture_source import country_picture

            reader = PostReader(*source)
            try:
                return country_picture(reader.db)
            finally:
                reader.close()
        self.summary.setText(self.tr("Counting…"))
        self.worker = Worker(compute, self)
        self.worker.succeeded.connect(self._on_picture)
        self.worker.failed.connect(lambda exc: self.summary.setText(str(exc).splitlines()[0]))
        self.worker.start()

    def wait(self, ms: int = 30_000) -> None:
        """Block until the picture is in (tests and screenshots)."""
        if self.worker is not None:
            self.worker.wait(ms)
            QCoreApplication.processEvents()

    def _on_picture(self, picture) -> None:
        if self.context.store is None or picture is None:
            return
        self.picture = p = picture
        self.heading.setText(self.tr("Country picture: {hq}").format(hq=html.escape(p.name)))
        share = f"{100 * p.accounted / p.total:.0f}" if p.total else "0"
        posts = self.tr("%n post(s)", "", sum(x.role == "post" for x in p.posts))  # "1 representación"
        self.summary.setText(self.tr("{posts}, {total} nationals, {accounted} accounted for ({share} %). "
                                     "Conflicting edits waiting for review: {review}.").format(
            posts=posts, total=f"{p.total:,}", accounted=f"{p.accounted:,}", share=share, review=p.review))
        self.review_button.setEnabled(p.review > 0)
        rows = []
        for post in p.posts:
            days = days_since(post.last_at, p.today)
            when = self.tr("headquarters") if post.role == "hq" else self.tr("never") if days is None else \
                self.tr("today") if days == 0 else self.tr("%n days ago", "", days)
            rows.append((post.name, post.total, post.accounted, post.total - post.accounted, when, True))
            rows += [("    " + (z.name or self.tr("No zone")), z.total, z.accounted, z.total - z.accounted, "", False)
                     for z in post.zones]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:5]):
                item = QTableWidgetItem(f"{value:,}" if isinstance(value, int) else value)
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                font = item.font()
                font.setBold(row[5])
                item.setFont(font)
                self.table.setItem(r, c, item)
        self.gaps.clear()
        for name, gap in p.gaps:
            self.gaps.addItem(f"{name}: {gap.text(language())}")
        if not p.gaps:
            self.gaps.addItem(self.tr("No gaps found."))
        self.returns.clear()
        self.returns.addItems(self._return_lines(p))

    def _return_lines(self, p) -> list[str]:
        """Every post's cases by group (they travel since m040), then all of them by state, in words."""
        lines = [] if p.returns_synced else [self.tr("Return cases do not travel between posts and headquarters "
                                                     "yet: the counts below are headquarters' own cases only.")]
        for post in p.posts:
            if post.returns:
                lines.append(returns_line(post, language()))
        lines += [f"{state_label(state, language())}: {n:,}" for state, n in sorted(p.returns.items())]
        return lines or [self.tr("No return cases.")]

    def save(self, kind: str) -> str | None:
        """Print the summary (pdf), export the figures (csv) or the returns by post (returns); the path written."""
        path = PicturePath.ask(self, kind)
        if not path or self.picture is None:
            return None
        hub = HubStore(self.context.store)
        with explained(self) as failed:
            if kind == "pdf":
                from micic_planner.reports.hub_picture_pdf import PictureRenderer

                PictureRenderer(language()).render(self.picture, hub.threshold(), path)
                hub.exported("picture_pdf", path)
            elif kind == "returns":
                from micic_planner.interchange.hub_hxl import write_returns_hxl

                hub.exported("returns_hxl", path, write_returns_hxl(path, self.picture, language(), hub.threshold()))
            else:
                from micic_planner.interchange.hub_hxl import write_picture_hxl

                hub.exported("picture_hxl", path, write_picture_hxl(path, self.picture, language(), hub.threshold()))
        return None if failed else path

    def _on_review_clicked(self) -> None:
        from micic_planner.gui.sync.actions import review_conflicts

        review_conflicts(self.window())
        self.refresh()
