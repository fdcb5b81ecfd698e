"""Accountability over time as a line chart, drawn to read on a black-and-white printer (solid and dashed)."""

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from micic_planner.reports.plan_sections.charts import nice_step
from micic_planner.reports.styles import FONT, INK

HEIGHT = 150
LEGEND_H = 16


def accountability_chart(labels: list[str], accounted: list[int], not_accounted: list[int], legend: tuple[str, str],
                         width: float) -> Drawing:
    """Two lines over the sampled moments: people accounted for (solid) and not yet (dashed)."""
    drawing = Drawing(width, HEIGHT + LEGEND_H)
    chart = HorizontalLineChart()
    chart.x, chart.y = 36, 28
    chart.width, chart.height = width - 48, HEIGHT - 36
    chart.data = [accounted, not_accounted]
    chart.joinedLines = 1
    top = max([*accounted, *not_accounted, 1])
    step = nice_step(top)
    chart.valueAxis.valueMin, chart.valueAxis.valueStep = 0, step
    chart.valueAxis.valueMax = step * -(-top // step)
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = FONT, 8
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = 1, colors.HexColor("#dddddd")
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 8
    # Time labels under a crowded axis are tilted, never shrunk below 8 pt.
    chart.categoryAxis.labels.angle = 30 if len(labels) > 7 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 7 else "n"
    for i, dash in enumerate((None, (4, 3))):
        chart.lines[i].strokeColor = INK
        chart.lines[i].strokeWidth = 1.4
        chart.lines[i].strokeDashArray = dash
    drawing.add(chart)
    y = HEIGHT + 4
    x = chart.x
    for text, dash in zip(legend, (None, (4, 3))):
        drawing.add(Line(x, y + 3, x + 22, y + 3, strokeColor=INK, strokeWidth=1.4, strokeDashArray=dash))
        drawing.add(String(x + 26, y, text, fontName=FONT, fontSize=8, fillColor=INK))
        x += 40 + len(text) * 5
    return drawing
