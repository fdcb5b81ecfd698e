"""Bar charts for the profile of nationals, drawn to read well on a black-and-white printer."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from micic_planner.reports.styles import FONT, FONT_BOLD, INK

BAR = colors.HexColor("#3a3a3a")  # dark grey: solid on any printer, black value labels stay legible beside it
LABEL_WIDTH = 175


def nice_step(top: float) -> float:
    """A whole step (1, 2, 5, 10, 20, 50...) giving about five grid lines up to `top`."""
    step = 1
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step *= factor
            if top / step <= 6:
                break
    return step


def bar_chart(title: str, items: list[tuple[str, int]], width: float) -> Drawing:
    """Horizontal bars, one per (label, value), with the value printed at the end of each bar."""
    bar_h = 13
    head = 16 if title else 4
    height = max(1, len(items)) * bar_h + 18 + head
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - 11, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 14
    chart.width, chart.height = width - LABEL_WIDTH - 40, height - 18 - head
    # reportlab draws the first category at the bottom; reverse so the list reads top-down.
    values = [v for _label, v in items][::-1] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [shorten(label, 34) for label, _v in items][::-1] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = INK
    chart.valueAxis.valueMin = 0
    step = nice_step(max(values) or 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (int((max(values) or 1) * 1.1 / step) + 1)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = INK
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#cfcfcf")
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.3
    chart.barWidth = 8
    chart.barLabelFormat = lambda v: f"{v:,.0f}"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
