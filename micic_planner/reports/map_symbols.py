"""What every printed map draws the same way: its symbols, line samples and the geometry of fitting and clipping.

Every layer differs by line pattern or shape as well as colour, so a map still reads when it is
printed or photocopied in black and white.
"""

import math

from reportlab.graphics.shapes import Circle, Group, Line, Polygon, Rect
from reportlab.lib import colors

from micic_planner.core.enums import PlaceKind
from micic_planner.reports.styles import INK, RESTRICTED

GREY = colors.HexColor("#555555")


def fit(box, aspect: float) -> tuple[float, float, float, float]:
    """Widen the box to the frame's aspect, so the outlines fill the frame."""
    west, south, east, north = box
    k = math.cos(math.radians((south + north) / 2))
    span_x, span_y = (east - west) * k, north - south
    if span_x / span_y < aspect:
        grow = (span_y * aspect / k - (east - west)) / 2
        return west - grow, south, east + grow, north
    grow = (span_x / aspect - span_y) / 2
    return west, south - grow, east, north + grow


def clip_path(pts, frame) -> list[list[tuple[float, float]]]:
    """The pieces of a polyline inside a (x0, y0, x1, y1) frame (Liang-Barsky on each segment)."""
    x0, y0, x1, y1 = frame
    pieces: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for a, b in zip(pts, pts[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        t0, t1 = 0.0, 1.0
        for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
            if p == 0:
                if q < 0:
                    t0, t1 = 1.0, 0.0
            elif p < 0:
                t0 = max(t0, q / p)
            else:
                t1 = min(t1, q / p)
        if t0 > t1:
            if current:
                pieces.append(current)
                current = []
            continue
        start = (a[0] + t0 * dx, a[1] + t0 * dy)
        end = (a[0] + t1 * dx, a[1] + t1 * dy)
        if not current or current[-1] != start:
            if current:
                pieces.append(current)
            current = [start]
        current.append(end)
        if t1 < 1.0:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces


def along(pts, step):
    """Points every `step` along a polyline, and at least its middle."""
    lengths = [math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    total = sum(lengths)
    marks = [total / 2] if total < 2 * step else [step * (i + 0.5) for i in range(int(total // step))]
    out = []
    for m in marks:
        for i, seg in enumerate(lengths):
            if m <= seg and seg > 0:
                t = m / seg
                out.append((pts[i][0] + t * (pts[i + 1][0] - pts[i][0]), pts[i][1] + t * (pts[i + 1][1] - pts[i][1])))
                break
            m -= seg
    return out


def cross(x, y, r, colour) -> Group:
    return Group(Line(x - r, y - r, x + r, y + r, strokeColor=colour, strokeWidth=1.4),
                 Line(x - r, y + r, x + r, y - r, strokeColor=colour, strokeWidth=1.4))


def assembly_symbol(x, y, capacity, load, biggest) -> Group:
    g = Group()
    if capacity:
        outer = 4 + 6 * math.sqrt(capacity / biggest)
        ratio = load / capacity
        inner = outer * math.sqrt(min(ratio, 1.0))
        g.add(Circle(x, y, outer, fillColor=colors.white, strokeColor=INK, strokeWidth=2.2 if ratio > 1 else 0.8))
        if inner > 0:
            g.add(Circle(x, y, inner, fillColor=GREY, strokeColor=None))
        if ratio > 1:  # over capacity: a second ring, legible without colour
            g.add(Circle(x, y, outer + 2.5, fillColor=None, strokeColor=RESTRICTED, strokeWidth=0.8))
    else:
        g.add(Circle(x, y, 5, fillColor=GREY, strokeColor=INK, strokeWidth=0.8))
    return g


def kind_symbol(kind, x, y, r=4.0):
    if kind == PlaceKind.SHELTER:
        return Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colors.white, strokeColor=INK, strokeWidth=0.9)
    if kind == PlaceKind.SAFE_HAVEN:
        return Polygon([x, y + r + 1, x - r - 1, y - r, x + r + 1, y - r], fillColor=colors.white, strokeColor=INK,
                       strokeWidth=0.9)
    return Polygon([x, y + r + 1, x + r + 1, y, x, y - r - 1, x - r - 1, y], fillColor=INK, strokeColor=INK,
                   strokeWidth=0.5)


def line_sample(alternate: bool, closed: bool) -> Group:
    colour = RESTRICTED if closed else INK
    g = Group(Line(-8, 0, 8, 0, strokeColor=colour, strokeWidth=1.1 if alternate else 1.8,
                   strokeDashArray=[5, 3] if alternate else None))
    if closed:
        g.add(cross(0, 0, 3.5, colour))
    return g


def inside_ring(point, ring) -> bool:
    """Whether a point lies inside a polygon (even-odd rule)."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside
