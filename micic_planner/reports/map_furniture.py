"""The map's furniture: north arrow, scale bar and legend, apart from what the map shows."""

from reportlab.graphics.shapes import Group, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from micic_planner.core.enums import PlaceKind
from micic_planner.core.outlines import CREDIT, nice_distance
from micic_planner.reports.map_symbols import GREY, assembly_symbol, kind_symbol, line_sample
from micic_planner.reports.styles import FONT, FONT_BOLD, INK

ZONE_FILL = colors.Color(0.12, 0.31, 0.47, alpha=0.07)
LEGEND_HEIGHT = 70


class MapFurniture:
    """Drawn around a PlanMap; reads its translator `t` and the scale its projection chose."""

    def _north(self, x, y) -> Group:
        g = Group()
        g.add(Polygon([x, y + 16, x - 5, y, x, y + 4, x + 5, y], fillColor=INK, strokeColor=INK, strokeWidth=0.5))
        g.add(String(x, y - 9, self.t("N"), fontName=FONT_BOLD, fontSize=8, fillColor=INK, textAnchor="middle"))
        return g

    def _scale(self, box, width, project) -> Group:
        km_per_pt = 111.32 / self._scale_pt_per_deg
        km = nice_distance(km_per_pt * width / 5)
        length = km / km_per_pt
        x, y = getattr(self, "_scale_x", 10), LEGEND_HEIGHT + 10
        g = Group()
        g.add(Rect(x - 4, y - 4, length + 40, 16, fillColor=colors.white, strokeColor=None))
        half = length / 2
        g.add(Rect(x, y, half, 3, fillColor=INK, strokeColor=INK, strokeWidth=0.5))
        g.add(Rect(x + half, y, half, 3, fillColor=colors.white, strokeColor=INK, strokeWidth=0.5))
        g.add(String(x + length + 4, y, f"{km:g} km", fontName=FONT, fontSize=8, fillColor=INK))
        return g

    def _legend(self, width) -> Group:
        t = self.t
        g = Group()
        col = width / 2
        items = [
            (assembly_symbol(0, 0, 30, 20, 100), t("Assembly point: ring = capacity, filled = assigned")),
            (kind_symbol(PlaceKind.SHELTER, 0, 0), t("Shelter")),
            (kind_symbol(PlaceKind.SAFE_HAVEN, 0, 0), t("Safe haven")),
            (kind_symbol(PlaceKind.BORDER_CROSSING, 0, 0), t("Border crossing, airport or port")),
            (line_sample(False, False), t("Primary route")),
            (line_sample(True, False), t("Alternate route (dashed)")),
            (line_sample(False, True), t("Closed route (crossed)")),
            (Polygon([-7, -4, 7, -4, 7, 4, -7, 4], fillColor=ZONE_FILL, strokeColor=GREY, strokeWidth=0.9,
                     strokeDashArray=[1, 2]), t("Zone (dotted outline)")),
        ]
        first = max(stringWidth(text, FONT, 8) for _symbol, text in items[:4])
        col = max(col, first + 40)  # a long first column pushes the second along rather than into it
        for i, (symbol, text) in enumerate(items):
            cx, cy = 12 + col * (i // 4), LEGEND_HEIGHT - 12 - 13 * (i % 4)
            holder = Group(symbol)
            holder.translate(cx, cy)
            g.add(holder)
            g.add(String(cx + 14, cy - 2.5, text, fontName=FONT, fontSize=8, fillColor=INK))
        g.add(String(width, 2, f"{t(CREDIT)} · {t('Place names: GeoNames (CC BY 4.0)')}", fontName=FONT,
                     fontSize=8, fillColor=GREY, textAnchor="end"))
        return g
