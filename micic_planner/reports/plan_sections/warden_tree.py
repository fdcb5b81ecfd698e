"""The warden tree as a drawing: the crisis cell at the root, one branch per zone with its wardens."""

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from micic_planner.reports.plan_sections.common import PlanContext
from micic_planner.reports.styles import ACCENT, FONT, FONT_BOLD, INK, LIGHT
from micic_planner.reports.text_shaping import fit as fit_text

BOX_H = 40
STEP = 48
PER_DRAWING = 12  # zones per drawing, so a drawing never outgrows a page


def _fit(text: str, font: str, size: float, width: float) -> str:
    return fit_text(text, width, font, size)


def _person(ctx: PlanContext, warden) -> str:
    if warden is None:
        return ctx.t("none appointed")
    if warden.national_id is not None and not ctx.data.restricted:
        return ctx.t("(restricted annex)")
    return " · ".join(x for x in (warden.name, warden.phone, warden.radio and f"{ctx.t('Radio')} {warden.radio}")
                      if x)


def warden_tree(ctx: PlanContext) -> list:
    data, t = ctx.data, ctx.t
    head = data.team[0] if data.team else None
    zones = list(data.zones)
    drawings = []
    for start in range(0, max(1, len(zones)), PER_DRAWING):
        chunk = zones[start:start + PER_DRAWING]
        first = start == 0
        height = (BOX_H + 14 if first else 0) + len(chunk) * STEP + 4
        d = Drawing(ctx.width, height)
        y_top = height
        trunk_x = 18
        if first:
            d.add(Rect(0, y_top - BOX_H, ctx.width * 0.85, BOX_H, fillColor=ACCENT, strokeColor=None))
            d.add(String(8, y_top - 15, t("Crisis cell"), fontName=FONT_BOLD, fontSize=10, fillColor=colors.white))
            who = " · ".join(x for x in (t(head.role), head.name, head.phone) if x) if head else t("no crisis team")
            d.add(String(8, y_top - 30, _fit(who, FONT, 8, ctx.width * 0.85 - 16), fontName=FONT, fontSize=8,
                         fillColor=colors.white))
            y_top -= BOX_H + 14
        if not chunk:
            d.add(String(40, y_top - 20, t("No zone has been defined yet."), fontName=FONT, fontSize=8,
                         fillColor=INK))
        box_x = 40
        box_w = ctx.width - box_x
        for i, zone in enumerate(chunk):
            y = y_top - i * STEP - BOX_H
            d.add(Line(trunk_x, y + BOX_H / 2, box_x, y + BOX_H / 2, strokeColor=INK, strokeWidth=0.8))
            d.add(Rect(box_x, y, box_w, BOX_H, fillColor=LIGHT, strokeColor=INK, strokeWidth=0.6))
            wardens = [w for w in data.wardens if w.zone_id == zone.id]
            main = next((w for w in wardens if not w.is_alternate), None)
            alt = next((w for w in wardens if w.is_alternate), None)
            count = data.figures.by_zone.get(zone.id, 0)
            title = f"{zone.name}  —  {t('{n} nationals').format(n=ctx.number(count))}"
            d.add(String(box_x + 6, y + BOX_H - 12, _fit(title, FONT_BOLD, 8.5, box_w - 12), fontName=FONT_BOLD,
                         fontSize=8.5, fillColor=INK))
            d.add(String(box_x + 6, y + BOX_H - 24, _fit(f"{t('Warden')}: {_person(ctx, main)}", FONT, 8,
                                                          box_w - 12), fontName=FONT, fontSize=8, fillColor=INK))
            d.add(String(box_x + 6, y + BOX_H - 35, _fit(f"{t('Alternate')}: {_person(ctx, alt)}", FONT, 8,
                                                          box_w - 12), fontName=FONT, fontSize=8, fillColor=INK))
        if chunk:
            top = height if first else height
            bottom = y_top - (len(chunk) - 1) * STEP - BOX_H / 2
            d.add(Line(trunk_x, top - (BOX_H if first else 0), trunk_x, bottom, strokeColor=INK, strokeWidth=0.8))
        drawings.append(d)
    return drawings
