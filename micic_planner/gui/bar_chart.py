"""A plain horizontal bar chart: a label, a bar and its number per line, readable at a glance."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from micic_planner.gui.locale_support import fmt_int


class BarChart(QWidget):
    def __init__(self, colour: str = "#2f6f9f", parent=None):
        super().__init__(parent)
        self.colour = QColor(colour)
        self.items: list[tuple[str, int, bool]] = []  # label, value, highlighted
        self.limit: list[int] = []  # optional capacity per item, drawn as a tick
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: list[tuple[str, int]], limits: list[int] | None = None,
                  highlight: set[int] | None = None) -> None:
        highlight = highlight or set()
        self.items = [(label, value, i in highlight) for i, (label, value) in enumerate(items)]
        self.limit = list(limits or [])
        self._fit_height()
        self.update()

    def _label_width(self) -> int:
        widest = max((self.fontMetrics().horizontalAdvance(i[0]) for i in self.items), default=0)
        return min(self.width() // 2, widest + 12)

    def _wraps(self) -> bool:
        """Whether a label is wider than its column: then every line holds two lines of text, never a cut name."""
        metrics = self.fontMetrics()
        room = self._label_width() - 8
        return any(metrics.horizontalAdvance(i[0]) > room for i in self.items)

    def _line(self) -> int:
        return self.fontMetrics().height() * (2 if self._wraps() else 1) + 10

    def _fit_height(self) -> None:
        self.setFixedHeight(max(1, len(self.items)) * self._line() + 8)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.items)) * self._line() + 8)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = self._line()
        label_w = self._label_width()
        number_w = max((metrics.horizontalAdvance(fmt_int(i[1])) for i in self.items), default=0) + 12
        top = max([v for _l, v, _h in self.items] + self.limit + [1])
        span = max(10, self.width() - label_w - number_w - 8)
        for row, (label, value, hot) in enumerate(self.items):
            y = 4 + row * line
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QRectF(0, y, label_w - 8, line), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, label)
            width = span * value / top
            bar = metrics.height() + 2  # as thick as one line of text, even on a two-line row
            colour = QColor("#b00020") if hot else self.colour
            painter.fillRect(QRectF(label_w, y + (line - bar) / 2, width, bar), colour)
            if row < len(self.limit) and self.limit[row]:
                x = label_w + span * self.limit[row] / top
                painter.setPen(QColor("#222"))
                painter.drawLine(int(x), y + 1, int(x), y + line - 1)
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QRectF(label_w + width + 6, y, number_w + 40, line), Qt.AlignmentFlag.AlignVCenter,
                             fmt_int(value) + (f" / {fmt_int(self.limit[row])}" if row < len(self.limit)
                                               and self.limit[row] else ""))
        painter.end()
