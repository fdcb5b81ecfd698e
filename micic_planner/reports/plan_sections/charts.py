"""Bar charts for the profile of nationals, drawn to read well on a black-and-white printer."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from micic_planner.reports.styles import FONT, FONT_BOLD, INK

BAR = colors.HexColor("#3a3a3a")  # dark grey: solid on any printer, black value labels stay legible beside it


def nice_step(top: float) -> float:
    """A whole step (1, 2, 5, 10, 20, 50...) giving about five grid lines up to `top`."""
    step = 1
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step *= factor
            if top / step <= 6:
                break
    return step


def bar_chart(title: str, items: list[tuple[str, int]], width: float, labels: list | None = None) -> Drawing:
    """Horizontal bars, one per (label, value), with the value (or `labels[i]` when given) at the end of each bar."""
    # Labels are never cut: the label column widens up to 45 % of the drawing, then a label wraps.
    label_width = min(max((stringWidth(label, FONT, 8) for label, _v in items), default=0) + 10, width * 0.45)
    names = [wrap_label(label, label_width - 10) for label, _v in items]
    bar_h = 13 if all("\n" not in n for n in names) else 21
    head = 16 if title else 4
    height = max(1, len(items)) * bar_h + 18 + head
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - 11, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 14
    chart.width, chart.height = width - label_width - 40, height - 18 - head
    # reportlab draws the first category at the bottom; reverse so the list reads top-down.
    values = [v for _label, v in items][::-1] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = names[::-1] or [""]
    chart.categoryAxis.labels.leading = 9.5
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = INK
    chart.valueAxis.valueMin = 0
    step = nice_step(max(values) or 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (int((max(values) or 1) * 1.1 / step) + 1)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
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
    if labels and any(labels):
        # A suppressed count ("< 5") has no bar; its label says why. Reversed like the values.
        chart.barLabelArray = [[lab if lab else f"{v:,.0f}" for lab, (_n, v) in zip(labels, items)][::-1]]
        chart.barLabelFormat = "values"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def wrap_label(text: str, width: float) -> str:
    """`text` broken between words into lines of at most `width` points at 8 pt."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", FONT, 8) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)
