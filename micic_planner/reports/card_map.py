"""The small map on a household's card: its assembly point, its home when known, and the way out.

Plain canvas drawing (no outlines: at a few kilometres Natural Earth's borders are wrong), with the
two labels placed by `map_labels.LabelPlacer` so they never print over each other.
"""

import math

from reportlab.lib import colors

from micic_planner.core.household_cards import HouseholdCard
from micic_planner.core.outlines import extent, nice_distance
from micic_planner.core.routes import route_points
from micic_planner.reports.map_labels import LabelPlacer
from micic_planner.reports.map_symbols import GREY, clip_path, fit
from micic_planner.reports.styles import FONT, FONT_BOLD, INK

LAND = colors.HexColor("#f4f4f4")
SIZE = 8


class CardMap:
    def __init__(self, card: HouseholdCard, t):
        self.card, self.t = card, t

    def draw(self, c, x: float, y: float, w: float, h: float) -> None:
        card, t = self.card, self.t
        c.setFillColor(LAND)
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.rect(x, y, w, h, fill=1)
        point = card.point
        if point is None:
            return
        spots = [(point.lat, point.lon)] + ([card.home] if card.home else [])
        west, south, east, north = fit(extent(spots, pad=0.3, min_km=1.5), w / h)
        k = math.cos(math.radians((south + north) / 2))
        scale = w / ((east - west) * k)

        def project(lat, lon):
            return x + (lon - west) * k * scale, y + (lat - south) * scale

        frame = (x, y, x + w, y + h)
        placer = LabelPlacer(frame)
        c.saveState()
        path = c.beginPath()
        path.rect(x, y, w, h)
        c.clipPath(path, stroke=0)  # a route leaving the box is cut at its edge
        for leg, alternate in [(card.route, False), *((a, True) for a in card.alternates)]:
            if leg is None:
                continue
            pts = [project(lat, lon) for lat, lon in route_points(leg.route, leg.origin, leg.destination)]
            c.setStrokeColor(INK)
            c.setLineWidth(1.0 if alternate else 1.8)
            c.setDash(*([4, 2] if alternate else []))
            for piece in clip_path(pts, frame):
                if len(piece) >= 2:
                    c.lines([(*a, *b) for a, b in zip(piece, piece[1:])])
            c.setDash()
        c.restoreState()
        px, py = project(point.lat, point.lon)
        c.setFillColor(GREY)
        c.setStrokeColor(INK)
        c.circle(px, py, 5, fill=1)
        placer.block((px - 6, py - 6, px + 6, py + 6))
        labels = [(px, py, t("Assembly point"), FONT_BOLD, 7)]
        if card.home:
            hx, hy = project(*card.home)
            c.setFillColor(colors.white)
            c.rect(hx - 3.5, hy - 3.5, 7, 7, fill=1)
            placer.block((hx - 4.5, hy - 4.5, hx + 4.5, hy + 4.5))
            labels.append((hx, hy, t("Your home"), FONT, 5.5))
        placer.block((x + w - 14, y + h - 22, x + w, y + h))  # the north mark
        placer.block((x, y, x + 80, y + 14))  # the scale bar
        c.setFillColor(INK)
        for lx, ly, text, font, clearance in labels:
            spot = placer.place(lx, ly, text, font, SIZE, clearance)
            if spot:
                c.setFont(font, SIZE)
                c.drawString(spot[0], spot[1], text)
        c.setFont(FONT_BOLD, SIZE)
        c.drawCentredString(x + w - 8, y + h - 12, t("N"))
        km_per_pt = 111.32 / scale
        km = nice_distance(km_per_pt * w / 4)
        length = km / km_per_pt
        c.setLineWidth(1.5)
        c.line(x + 5, y + 6, x + 5 + length, y + 6)
        c.setFont(FONT, SIZE)
        c.drawString(x + 9 + length, y + 3.5, f"{km:g} km")
