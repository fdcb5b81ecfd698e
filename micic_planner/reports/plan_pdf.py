"""The printed contingency plan: `PlanRenderer(data).render(path)`."""

import io
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer

from micic_planner.core.errors import Cancelled, StorageError
from micic_planner.core.i18n import Translator
from micic_planner.core.paper import paper_for
from micic_planner.core.plan_data import PlanData
from micic_planner.reports.flow import keep_headings
from micic_planner.reports.page import PageInfo, canvas_maker, draw_restricted_band
from micic_planner.reports.plan_sections import annexes, operations, organisation, places, profile
from micic_planner.reports.plan_sections.annex_names import BAND, AnnexFeed, annex_pages, names_annex, rows_per_page
from micic_planner.reports.plan_sections.common import Heading, PlanContext
from micic_planner.reports.plan_sections.front import contents, copy_line, cover, document_control
from micic_planner.reports.plan_sections.partners import partners
from micic_planner.reports.styles import MARGIN, PAPER, register_fonts

SECTIONS = (document_control, profile.hazards, profile.profile, organisation.crisis_team,
            organisation.alert_matrix, organisation.communication, places.assembly_points, places.routes,
            partners, operations.logistics, operations.relief, operations.data_protection, operations.quality,
            annexes.contact_sheet, annexes.checklists, annexes.forms)


class _PlanDoc(BaseDocTemplate):
    """Records where each heading falls, feeds the names annex a page at a time, reports progress."""

    def __init__(self, target, pagesize, on_page: Callable[[int], None], restricted_text: str, **kw):
        super().__init__(target, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN, **kw)
        width, height = pagesize
        main = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="main")
        annex = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - BAND, id="annex",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("main", [main]),
            PageTemplate("annex", [annex], onPage=lambda canv, _doc: draw_restricted_band(canv, restricted_text)),
        ])
        self.on_page = on_page
        self.heading_pages: dict[str, int] = {}

    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading):
            self.heading_pages[flowable.toc_key] = self.page
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.toc_key, level=flowable.toc_level - 1)

    def filterFlowables(self, flowables):
        if flowables and isinstance(flowables[0], AnnexFeed):
            feed = flowables[0]
            following = feed.next_flowables()
            # Keep the list non-empty: reportlab reads flowables[0] right after this hook.
            flowables[0:1] = [*following, feed] if following else [Spacer(0, 0)]

    def afterPage(self):
        self.on_page(self.page)


class PlanRenderer:
    """Lays out the plan from `PlanData` in Spanish or English, on A4 or Letter."""

    def __init__(self, data: PlanData, lang: str = "es", paper: str | None = None,
                 progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None):
        register_fonts()
        self.data, self.lang = data, lang
        # Letter in the Americas that use it, A4 elsewhere, unless the user chose (`core.paper`).
        self.paper = paper_for(data.post.host_country, paper)
        self.pagesize = PAPER[self.paper]
        self.progress, self.cancelled = progress, cancelled
        self.t = Translator(lang)
        self.pages = 0
        self.seconds = 0.0
        width, height = self.pagesize
        self.per_page = rows_per_page(height - 2 * MARGIN)

    def render(self, path: str | Path) -> int:
        """Write the plan to `path` (through a temporary file, so a cancel leaves nothing half-written); pages."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=".plan-", suffix=".pdf", dir=path.parent if path.parent.exists() else None)
        os.close(fd)
        try:
            with open(tmp, "wb") as f:
                self._build(f)
            os.replace(tmp, path)
        except OSError as exc:
            raise StorageError(self.t("The plan cannot be written: {detail}").format(detail=exc.strerror),
                               where=str(path), hint=self.t("Choose a folder you may write to.")) from exc
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return self.pages

    def render_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self._build(buffer)
        return buffer.getvalue()

    # -- layout ----------------------------------------------------------------------------
    def _context(self) -> PlanContext:
        width = self.pagesize[0] - 2 * MARGIN - 12  # the main frame's default padding, 6 pt each side
        ctx = PlanContext(self.data, self.lang, width)
        ctx.height = self.pagesize[1] - 2 * MARGIN - 12  # a map page sizes its map to what the page leaves
        return ctx

    def _story(self, ctx: PlanContext, pages: dict, with_rows: bool) -> list:
        ctx.pages = pages
        body = []
        for section in SECTIONS:
            body += section(ctx)
        while body and isinstance(body[-1], PageBreak):
            body.pop()  # a break at the very end would leave a blank last page
        if self.data.restricted:
            annex_ctx = PlanContext(self.data, self.lang, self.pagesize[0] - 2 * MARGIN)
            annex_ctx.toc = ctx.toc
            room = self.pagesize[1] - 2 * MARGIN - BAND - 2  # the annex frame, which has no padding
            body += names_annex(annex_ctx, self.per_page, with_rows, room)
        return keep_headings(cover(ctx) + contents(ctx, list(ctx.toc)) + body)

    def _page_info(self, ctx: PlanContext) -> PageInfo:
        post, t = self.data.post, self.t
        footer = t("Printed on {date}").format(date=ctx.date(self.data.today))
        if self.data.restricted:
            footer = f"{copy_line(ctx)} · {footer}"  # a page found loose still says whose copy it is
        return PageInfo(left_header=f"{post.name} · {ctx.country(post.host_country)}",
                        right_header=t("Contingency plan, version {v}").format(v=post.plan_version),
                        footer=footer,
                        marking=ctx.marking(), page_label=t("Page {page} of {pages}"), cover=True,
                        watermark=self.data.watermark)

    def _check(self, done: int, total: int) -> None:
        if self.cancelled and self.cancelled():
            raise Cancelled(self.t("Printing the plan was cancelled; no file was written."))
        if self.progress and total:
            self.progress(done, total)

    def _build(self, target) -> None:
        start = time.perf_counter()
        # The annex starts each zone on a new page.
        extra = (sum(annex_pages(n, self.per_page) for n in self.data.figures.by_zone.values())
                 if self.data.restricted else 0)
        # First pass: where each heading falls, for the contents; the names annex adds whole pages after it.
        first_ctx = self._context()
        first = _PlanDoc(io.BytesIO(), self.pagesize, lambda page: self._check(0, 0), "")
        first.build(self._story(first_ctx, {}, with_rows=False), canvasmaker=Canvas)
        total = first.page + extra
        ctx = self._context()
        restricted = self.t("RESTRICTED · ANNEX OF NAMES · DO NOT COPY")
        doc = _PlanDoc(target, self.pagesize, lambda page: self._check(page, total), restricted,
                       title=self.t("Contingency plan") + f" · {self.data.post.name}", author=self.data.post.name,
                       subject=ctx.marking(), lang=self.lang)
        doc.build(self._story(ctx, first.heading_pages, with_rows=True), canvasmaker=canvas_maker(self._page_info(ctx)))
        self.pages = doc.page
        self.seconds = time.perf_counter() - start
