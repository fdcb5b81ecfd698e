"""Annex D, restricted: every national by zone, each zone from a new page, one measured grid per page so
thousands of pages stay fast."""

import math
from itertools import islice

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from micic_planner.core.enums import Vulnerability
from micic_planner.reports.plan_sections.common import PlanContext
from micic_planner.reports.sheet_grid import LEADING, PAD_Y, SheetColumns, SheetGrid, SheetRows
from micic_planner.reports.styles import FONT_BOLD, INK

ROW_H = 2 * LEADING + 2 * PAD_Y  # a typical row: a name and its household, or two documents
HEADER_H = 2 * LEADING + 2 * PAD_Y
# The zone is the title of each page (a page break per zone), so the row has room for the address.
COLUMNS = ("No.", "Family names, given names / household", "Passport / consular ID", "Telephones", "Address",
           "Vulnerability", "Assembly point")
WIDTHS = (8, 50, 28, 27, 44, 20, 26)
CODES = (0, 2, 3)  # never wrapped: the row number, documents and phones
# The longest document and phone the columns must hold whole, at 8 pt.
SAMPLE = ["99999", "", "TAP-0000-0000000", "+000 0000 000000", "", "", ""]
BAND = 20  # room for the red "restricted" band at the top of each annex page
ZONE_H = 16  # the zone's name over each page's grid


def rows_per_page(frame_height: float) -> int:
    """About how many nationals a page holds: rows are as tall as their longest cell, so this is an estimate."""
    return int((frame_height - BAND - HEADER_H - 2) // ROW_H)


def annex_pages(count: int, per_page: int) -> int:
    return math.ceil(count / per_page) if count else 0


class ZoneTitle(Flowable):
    """The zone a page of the annex lists, in bold over its grid."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, aw, ah):
        return aw, ZONE_H

    def draw(self):
        self.canv.setFillColor(INK)
        self.canv.setFont(FONT_BOLD, 10)
        self.canv.drawString(0, 5, self.text)


class AnnexFeed(Flowable):
    """Stands at the end of the story; the document swaps it for the next page of the annex until rows run out.

    Each page is a `SheetGrid` (8 pt, names and households wrapped, documents and phones whole), filled
    by measured height, so thousands of pages stay fast and nothing is cut.
    """

    def __init__(self, ctx: PlanContext, rows, per_page: int, room: float):
        super().__init__()
        self.ctx, self.rows, self.per_page, self.room = ctx, iter(rows), per_page, room
        self.number = 0
        self.pending: list[tuple[str, list[str]]] = []  # (zone, cells)
        self.zone_started: str | None = None
        self.labels = {m: m.label(ctx.lang) for m in Vulnerability.members()}
        self.header = [ctx.t(c) for c in COLUMNS]
        self.widths = SheetColumns(self.header, list(WIDTHS), CODES, ctx.width).widths([SAMPLE])

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        return None

    def next_flowables(self) -> list:
        """[PageBreak, ZoneTitle, SheetGrid] for the next page, or nothing when every row has been placed.

        A page holds one zone only, so each zone's pages can be handed to its wardens on their own.
        """
        want = self.per_page * 2 - len(self.pending)
        for r in islice(self.rows, max(0, want)):
            self.number += 1
            self.pending.append((r.zone, self._cells(r)))
        if not self.pending:
            return []
        zone = self.pending[0][0]
        same = next((k for k, (z, _cells) in enumerate(self.pending) if z != zone), len(self.pending))
        measured = SheetRows(self.header, [cells for _z, cells in self.pending[:same]], self.widths)
        span = measured.pages(self.room - ZONE_H)[0]
        self.pending = self.pending[len(span):]
        title = f"{self.ctx.t('Zone')}: {zone or self.ctx.t('No zone')}"
        if self.zone_started == zone:
            title += f" ({self.ctx.t('continued')})"
        self.zone_started = zone
        return [PageBreak(), ZoneTitle(title), SheetGrid(measured, span)]

    def _cells(self, r) -> list[str]:
        flags = ", ".join(self.labels[m] for m in self.labels if r.vulnerabilities & m)
        name = f"{r.family_names}, {r.given_names}"
        return [str(self.number), f"{name}\n{r.household}" if r.household else name,
                "\n".join(x for x in (r.passport_no, r.consular_id) if x) or "—",
                "\n".join(x for x in (r.phone, r.phone2) if x) or "—", r.address or "—", flags,
                r.assembly_point or "—"]


def names_annex(ctx: PlanContext, per_page: int, with_rows: bool = True, room: float = 0.0) -> list:
    """The first page of the annex (heading, handling rules, counts by zone) and the feed of name pages."""
    data, t = ctx.data, ctx.t
    story = [NextPageTemplate("annex"), PageBreak(),
             ctx.heading("Annex D. Nationals by zone (restricted)", level=2),
             ctx.p("This annex holds personal data. It is printed only for the crisis cell, numbered, kept under "
                   "lock and shredded when the crisis ends. Do not copy it or send it to anyone outside the "
                   "distribution list."),
             ctx.pf("{n} nationals, sorted by zone and then by family name; each zone starts on a new page.",
                    n=ctx.number(data.annex_count))]
    rows = [[z.name, ctx.number(data.figures.by_zone.get(z.id, 0))] for z in data.zones]
    if data.figures.by_zone.get(None):
        rows.append([t("No zone"), ctx.number(data.figures.by_zone[None])])
    story.append(ctx.table(["Zone", "Nationals"], rows, [120, 50], numeric=(1,)))
    story.append(ctx.p("A dash means the record has no value in that column.", "Note"))
    if with_rows and data.annex_rows is not None:
        story.append(AnnexFeed(ctx, data.annex_rows(), per_page, room))
    return story

