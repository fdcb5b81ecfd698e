"""Annex D, restricted: every national by zone, one fixed-size table per page so thousands of pages stay fast."""

import math
from itertools import islice

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Table, TableStyle

from micic_planner.core.enums import Vulnerability
from micic_planner.reports.plan_sections.common import PlanContext, scale_widths
from micic_planner.reports.styles import FONT, FONT_BOLD, INK, RULE, SHADE
from micic_planner.reports.text_shaping import fit as fit_text

FONT_SIZE = 6.8
ROW_H = 19.5  # two lines of 6.8 pt text and padding
HEADER_H = 13
COLUMNS = ("No.", "Family names, given names / household", "Passport / consular ID", "Telephones",
           "Vulnerability", "Zone", "Assembly point")
WIDTHS = (8, 50, 28, 27, 30, 22, 25)
BAND = 20  # room for the red "restricted" band at the top of each annex page


def rows_per_page(frame_height: float) -> int:
    return int((frame_height - BAND - HEADER_H - 2) // ROW_H)


def annex_pages(count: int, per_page: int) -> int:
    return math.ceil(count / per_page) if count else 0


def fit(text: str, width: float, font: str = FONT) -> str:
    """`text` cut with an ellipsis to fit `width` points at the annex's size."""
    return fit_text(text, width, font, FONT_SIZE)


def two_lines(words: list[str], width: float) -> str:
    """Join `words` with commas over at most two lines of `width` points."""
    first = ""
    for i, word in enumerate(words):
        candidate = f"{first}, {word}" if first else word
        if stringWidth(candidate, FONT, FONT_SIZE) > width and first:
            return f"{first},\n{fit(', '.join(words[i:]), width)}"
        first = candidate
    return fit(first, width)


class AnnexFeed(Flowable):
    """Stands at the end of the story; the document swaps it for the next page of the annex until rows run out."""

    def __init__(self, ctx: PlanContext, rows, per_page: int):
        super().__init__()
        self.ctx, self.rows, self.per_page = ctx, iter(rows), per_page
        self.number = 0
        self.widths = scale_widths(list(WIDTHS), ctx.width)
        self.pad = 3
        flags = Vulnerability.members()
        self.labels = {m: m.label(ctx.lang) for m in flags}
        self.header = [ctx.t(c) for c in COLUMNS]

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        return None

    def next_flowables(self) -> list:
        """[PageBreak, Table] for the next page, or nothing when every row has been placed."""
        chunk = list(islice(self.rows, self.per_page))
        if not chunk:
            return []
        return [PageBreak(), self._table(chunk)]

    def _table(self, chunk) -> Table:
        w = [x - 2 * self.pad for x in self.widths]
        body = [self.header_cells()]
        style = [("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
                 ("LEADING", (0, 0), (-1, -1), FONT_SIZE + 1.4), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), self.pad),
                 ("RIGHTPADDING", (0, 0), (-1, -1), self.pad), ("TOPPADDING", (0, 0), (-1, -1), 2),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                 ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK), ("ALIGN", (0, 1), (0, -1), "RIGHT")]
        previous_zone = None
        for i, r in enumerate(chunk, 1):
            self.number += 1
            flags = [self.labels[m] for m in self.labels if r.vulnerabilities & m]
            name = fit(f"{r.family_names}, {r.given_names}", w[1], FONT_BOLD)
            body.append([
                str(self.number),
                f"{name}\n{fit(r.household, w[1])}" if r.household else name,
                "\n".join(fit(x, w[2]) for x in (r.passport_no, r.consular_id) if x) or "—",
                "\n".join(fit(x, w[3]) for x in (r.phone, r.phone2) if x) or "—",
                two_lines(flags, w[4]) if flags else "",
                fit(r.zone, w[5]) or "—", fit(r.assembly_point, w[6]) or "—"])
            if previous_zone is not None and r.zone != previous_zone:
                style.append(("LINEABOVE", (0, i), (-1, i), 1, INK))
            previous_zone = r.zone
        style.append(("FONTNAME", (1, 1), (1, -1), FONT_BOLD))
        table = Table(body, colWidths=self.widths, rowHeights=[HEADER_H] + [ROW_H] * len(chunk), hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    def header_cells(self) -> list[str]:
        return [fit(h.split(" / ")[0], w - 2 * self.pad, FONT_BOLD) for h, w in zip(self.header, self.widths)]


def names_annex(ctx: PlanContext, per_page: int, with_rows: bool = True) -> list:
    """The first page of the annex (heading, handling rules, counts by zone) and the feed of name pages."""
    data, t = ctx.data, ctx.t
    story = [NextPageTemplate("annex"), PageBreak(),
             ctx.heading("Annex D. Nationals by zone (restricted)", level=2),
             ctx.p("This annex holds personal data. It is printed only for the crisis cell, numbered, kept under "
                   "lock and shredded when the crisis ends. Do not copy it or send it to anyone outside the "
                   "distribution list."),
             ctx.pf("{n} nationals, sorted by zone and then by family name, {per} to a page.",
                    n=ctx.number(data.annex_count), per=per_page)]
    rows = [[z.name, ctx.number(data.figures.by_zone.get(z.id, 0))] for z in data.zones]
    if data.figures.by_zone.get(None):
        rows.append([t("No zone"), ctx.number(data.figures.by_zone[None])])
    story.append(ctx.table(["Zone", "Nationals"], rows, [120, 50], numeric=(1,)))
    story.append(ctx.p("A dash means the record has no value in that column.", "Note"))
    if with_rows and data.annex_rows is not None:
        story.append(AnnexFeed(ctx, data.annex_rows(), per_page))
    return story

