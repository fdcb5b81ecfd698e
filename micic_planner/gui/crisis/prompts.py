"""Small questions the crisis view asks: a line of text, a file to save, a choice; tests replace `ask`."""

from PySide6.QtWidgets import QFileDialog, QInputDialog


class TextPrompt:
    """A line of text, or None if cancelled."""

    @classmethod
    def ask(cls, parent, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None


class LongTextPrompt:
    """Several lines of text (paragraphs), or None if cancelled."""

    @classmethod
    def ask(cls, parent, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
        return value if ok else None


class ChoicePrompt:
    """One of `items` (label, value), or None if cancelled."""

    @classmethod
    def ask(cls, parent, title: str, label: str, items: list[tuple[str, object]]):
        if not items:
            return None
        labels = [text for text, _value in items]
        value, ok = QInputDialog.getItem(parent, title, label, labels, 0, False)
        return dict(items)[value] if ok else None


class SaveAs:
    """A path to write, or None if cancelled; `filters` such as "PDF (*.pdf);;CSV (*.csv)"."""

    @classmethod
    def ask(cls, parent, title: str, name: str, filters: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(parent, title, name, filters)
        return path or None
