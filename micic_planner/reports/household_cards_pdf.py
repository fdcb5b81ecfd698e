"""Household evacuation cards: two half-page cards per sheet, each in its household's language.

Drawn straight on the canvas (no paragraph layout) so that a post's ten thousand households print in
seconds; every text is wrapped to its column by measure, and a phone is drawn whole on one line.
"""

import itertools
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

from micic_planner.core.atomic_output import write_atomically
from micic_planner.core.errors import Cancelled
from micic_planner.core.household_cards import BRING, HouseholdCard
from micic_planner.core.i18n import Translator
from micic_planner.core.paper import paper_for
from micic_planner.core.phone_display import display_phone
from micic_planner.core.routes import format_hours
from micic_planner.reports.card_map import CardMap
from micic_planner.reports.sheet_grid import stringWidth, wrap_text
from micic_planner.reports.styles import FONT, FONT_BOLD, INK, MARGIN, PAPER, RULE, SHADE, register_fonts

SIZE, LEADING = 9, 11
HEAD = 8.5  # a block's heading
PAD = 10
QR_SIDE = 64
GAP = 6  # between a block and the next
QR_MASK = 2  # see draw_qr


class HouseholdCardRenderer:
    """Cards for `cards` on the post's paper; `render` returns the number of pages."""

    def __init__(self, post_name: str, post_phone: str = "", country: str = "", paper: str | None = None):
        register_fonts()
        self.post_name, self.post_phone = post_name, display_phone(post_phone) if post_phone else ""
        self.pagesize = PAPER[paper_for(country, paper)]
        self.translators = {lang: Translator(lang) for lang in ("es", "en")}

    def render(self, cards: list[HouseholdCard], out: str | Path,
               progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> int:
        """Write the cards to `out` (renamed into place only when whole); the pages written."""
        return write_atomically(out, lambda part: self._write(part, cards, progress, cancelled))

    def _write(self, path, cards, progress, cancelled) -> int:
        width, height = self.pagesize
        canvas = Canvas(str(path), pagesize=self.pagesize, pageCompression=1)
        canvas.setTitle(self.translators["es"]("Household evacuation cards") + f" · {self.post_name}")
        canvas.setAuthor("MICIC Planner")
        card_w, card_h = width - 2 * MARGIN, (height - 2 * MARGIN - 2 * PAD) / 2
        pages, waiting = 0, False  # `waiting`: the sheet holds a top card and has room for one more
        for i, card in enumerate(cards):
            if cancelled and cancelled():
                raise Cancelled(self.translators["en"]("Printing the cards was cancelled; no file was written."))
            if not self._fits(card, card_w, card_h):
                # A household too large for half a sheet gets a whole one: its card is never cut.
                if waiting:
                    canvas.showPage()
                    pages += 1
                self._card(canvas, card, MARGIN, MARGIN, card_w, height - 2 * MARGIN)
                canvas.showPage()
                pages, waiting = pages + 1, False
            elif not waiting:
                self._card(canvas, card, MARGIN, height - MARGIN - card_h, card_w, card_h)
                self._cut_line(canvas, width, height)
                waiting = True
            else:
                self._card(canvas, card, MARGIN, MARGIN, card_w, card_h)
                canvas.showPage()
                pages, waiting = pages + 1, False
            if progress and (i % 20 == 0 or i == len(cards) - 1):
                progress(i + 1, len(cards))
        if waiting or not pages:
            canvas.showPage()
            pages += 1
        canvas.save()
        return pages

    def _fits(self, card: HouseholdCard, w: float, h: float) -> bool:
        t = self.translators[card.lang]
        room = h - 38 - 2 * PAD
        return _height(self._left_lines(card, t, w * 0.58 - 2 * PAD, room)) <= room

    def _cut_line(self, c, width, height) -> None:
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.setDash(3, 3)
        c.line(MARGIN, height / 2, width - MARGIN, height / 2)
        c.setDash()

    # -- one card ----------------------------------------------------------------------------
    def _card(self, c, card: HouseholdCard, x: float, y: float, w: float, h: float) -> None:
        t = self.translators[card.lang]
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(x, y, w, h)
        c.setFillColor(SHADE)
        c.rect(x, y + h - 38, w, 38, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 13)
        c.drawString(x + PAD, y + h - 18, t("Household evacuation card"))
        c.setFont(FONT_BOLD, 10)
        zone = f"   {t('Zone')}: {card.zone}" if card.zone else ""
        c.drawString(x + PAD, y + h - 32, f"{t('Household')}: {card.key}")
        c.setFont(FONT, 8)
        right_w = w * 0.42
        for n, line in enumerate(wrap_text(self.post_name, right_w - PAD, FONT, 8)[:2]):
            c.drawRightString(x + w - PAD, y + h - 15 - 9.5 * n, line)
        if zone:
            c.setFont(FONT, 9)
            c.drawString(x + PAD + stringWidth(f"{t('Household')}: {card.key}", FONT_BOLD, 10), y + h - 32, zone)
        left_w = w - right_w - 2 * PAD
        self._draw_lines(c, self._left_lines(card, t, left_w, h - 38 - 2 * PAD), x + PAD, y + h - 38 - PAD)
        self._right(c, card, t, x + w - right_w, y + h - 38 - PAD, right_w - PAD, h - 38 - 2 * PAD)

    def _left_lines(self, card: HouseholdCard, t, width, room) -> list:
        """The lines of the card's left column: who, where, how, whom to call."""
        point = card.point
        blocks = [(t("Members of the household"), [(m, FONT) for m in card.members])]
        where = [(point.name, FONT_BOLD)] + [(a, FONT) for a in (point.address,) if a] if point else \
            [(t("No assembly point yet: ask your warden."), FONT)]
        blocks.append((t("Your assembly point"), where))
        blocks.append((t("Routes out"), self._routes(card, t)))
        warden = [(card.warden or t("No warden yet: call the consulate."), FONT)]
        if card.warden_phone:
            warden.append((display_phone(card.warden_phone), FONT_BOLD))
        blocks.append((t("Your warden"), warden))
        lines = self._lines(blocks, width)
        if _height(lines) > room:
            # A large household: its names in two columns, so the card still holds everything.
            blocks[0] = (blocks[0][0], _two_columns(card.members, width))
            lines = self._lines(blocks, width)
        return lines

    def _routes(self, card: HouseholdCard, t) -> list:
        if card.route is None:
            return [(t("No route recorded from this point yet."), FONT)]
        out = []
        for leg, label in [(card.route, t("Primary route")), *((a, t("Alternate route")) for a in card.alternates)]:
            to = leg.destination.name if leg.destination else "?"
            out.append((f"{label}: {leg.route.name}", FONT_BOLD if leg is card.route else FONT))
            # Non-breaking spaces keep "28.7 km · 38 min" whole when the line wraps.
            trip = f"{leg.km:,.1f} km · {format_hours(leg.hours)}".replace(" ", "\u00a0")
            out.append((f"→ {to} {trip}", FONT))
        return out

    def _lines(self, blocks, width) -> list:
        """(text, font, size, gap before) for every line of `blocks`, wrapped to `width`."""
        lines = []
        for heading, items in blocks:
            lines.append((heading.upper(), FONT_BOLD, HEAD, GAP if lines else 0))
            for text, font in items:
                if isinstance(text, tuple):  # two names side by side
                    lines.append((text, font, SIZE, 0))
                    continue
                lines += [(part, font, SIZE, 0) for part in wrap_text(text, width, font, SIZE)]
        return lines

    def _draw_lines(self, c, lines, x, top) -> None:
        y = top
        c.setFillColor(INK)
        for text, font, size, gap in lines:
            y -= LEADING + gap
            c.setFont(font, size)
            if isinstance(text, tuple):
                c.drawString(x, y, text[0])
                c.drawString(x + text[2], y, text[1])
            else:
                c.drawString(x, y, text)

    def _right(self, c, card: HouseholdCard, t, x, top, width, room) -> None:
        map_h = min(width * 0.72, room - QR_SIDE - 100)
        CardMap(card, t).draw(c, x, top - map_h, width, map_h)
        y = top - map_h - GAP
        draw_qr(c, QrCodeWidget(card.key, barLevel="M"), x - 4, y - QR_SIDE, QR_SIDE)
        text_x, text_w = x + QR_SIDE + 4, width - QR_SIDE - 4
        lines = [(t("Consulate, 24 hours"), FONT_BOLD, HEAD, 0), (self.post_phone or "—", FONT_BOLD, 10, 0)]
        lines += [(part, FONT, 8, 0) for part in wrap_text(t("Show this code at the assembly point."), text_w, FONT, 8)]
        self._draw_lines(c, lines, text_x, y)
        bring = [(t("What to bring"), [(t(item), FONT) for item in BRING])]
        self._draw_lines(c, self._lines(bring, width), x, y - QR_SIDE - 2)


def draw_qr(c, widget: QrCodeWidget, x: float, y: float, side: float) -> None:
    """The widget's code as one filled path, a run of dark modules per rectangle: reportlab's own drawing
    makes a shape per run and encodes the code twice, which took four fifths of the time of a card.

    Every mask pattern gives a valid code; `make()` tries all eight to pick the one with the fewest
    look-alike blocks, which cost two thirds of a card. A short key reads well under any mask, so one
    fixed mask is used.
    """
    qr = widget.qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(False, QR_MASK)
    border = widget.barBorder
    count = qr.getModuleCount()
    box = side / (count + 2 * border)
    path = c.beginPath()
    for r, row in enumerate(qr.modules):
        col = 0
        for dark, run in itertools.groupby(row):
            n = len(list(run))
            if dark:
                path.rect(x + (col + border) * box, y + side - (r + border + 1) * box, n * box, box)
            col += n
    c.setFillColor(INK)
    c.drawPath(path, stroke=0, fill=1)


def _height(lines) -> float:
    return sum(LEADING + gap for _text, _font, _size, gap in lines)


def _two_columns(names: list[str], width: float) -> list:
    """Names paired on lines (left, right, x of the right one), each shortened to its column by wrapping first."""
    half = (len(names) + 1) // 2
    col = width / 2
    left = [p for name in names[:half] for p in wrap_text(name, col - 4, FONT, SIZE)]
    right = [p for name in names[half:] for p in wrap_text(name, col - 4, FONT, SIZE)]
    rows = []
    for i in range(max(len(left), len(right))):
        rows.append(((left[i] if i < len(left) else "", right[i] if i < len(right) else "", col), FONT))
    return rows
