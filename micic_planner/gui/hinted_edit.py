"""One-line fields whose grey hint is always read whole.

A hint such as "madre, hermano, empleador, pareja…" is how a call-taker at 3 a.m. knows what to type; a layout
squeezed to 1366 pixels used to cut it to "madre, herm". The field's minimum width now follows its hint.
"""

from PySide6.QtWidgets import QLineEdit, QStyle


def hinted(edit: QLineEdit, hint: str) -> QLineEdit:
    """Give `edit` the grey `hint` and a minimum width that shows it whole; return `edit`."""
    edit.setPlaceholderText(hint)
    margins = edit.textMargins()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    # Qt keeps 2 pixels of its own on each side of the text, inside the frame.
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(hint) + margins.left() + margins.right() + 2 * frame
                         + 6)
    return edit
