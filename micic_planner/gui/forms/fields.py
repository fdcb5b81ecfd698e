"""Field editors for record forms: text, numbers, dates typed the user's way, choices, yes/no."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from micic_planner.core.errors import ValidationError
from micic_planner.core.phone_display import display_phone, typed_phone
from micic_planner.core.team_roles import role_code
from micic_planner.core.validation import parse_date
from micic_planner.gui.country_picker import RegionList
from micic_planner.gui.locale_support import fmt_date
from micic_planner.gui.place_search import PlaceSearch


class FlagsEditor(QWidget):
    """Check boxes for an IntFlag, in two columns."""

    def __init__(self, enum):
        super().__init__()
        self.enum = enum
        self.boxes = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, member in enumerate(enum.members()):
            box = QCheckBox(member.label())
            box.setProperty("flag", int(member))
            grid.addWidget(box, i // 2, i % 2)
            self.boxes.append(box)

    def value(self):
        flags = 0
        for box in self.boxes:
            if box.isChecked():
                flags |= box.property("flag")
        return self.enum(flags)

    def set_value(self, value) -> None:
        for box in self.boxes:
            box.setChecked(bool(int(value or 0) & box.property("flag")))


@dataclass
class Field:
    name: str  # attribute of the record
    label: str  # already translated
    kind: str = "text"  # text, phone, place, multiline, int, float, optfloat, bool, date, enum, choice, role, flags,
    # regions (ISO 3166-2 codes ticked by name), section
    enum: type | None = None
    choices: Callable[[], list[tuple]] | None = None  # () -> [(value, label)], for "choice"
    required: bool = False
    minimum: float = 0
    maximum: float = 1_000_000
    decimals: int = 6
    hint: str = ""  # placeholder text
    readonly: bool = False  # shown, never typed: the storage sets it (a record's expiry)


def date_text(value: date | None) -> str:
    """A date as the user writes it: 31/03/2024 in Spanish, 2024-03-31 in English."""
    if value is None:
        return ""
    # Spanish: the window's one pattern (locale_support.fmt_date); English keeps ISO, which the parser reads
    # unambiguously where the US short form (3/4/2024) would not be.
    return fmt_date(value) if QLocale().language() == QLocale.Language.Spanish else value.isoformat()


def make_editor(field: Field):
    if field.kind == "section":
        widget = QLabel()
        widget.setObjectName(field.name)
        return widget
    if field.kind == "flags":
        widget = FlagsEditor(field.enum)
        widget.setObjectName(field.name)
        return widget
    if field.kind == "regions":
        widget = RegionList()
        widget.setObjectName(field.name)
        return widget
    if field.kind == "multiline":
        widget = QPlainTextEdit()
        widget.setFixedHeight(70)
        widget.setTabChangesFocus(True)
    elif field.kind == "int":
        widget = QSpinBox()
        widget.setRange(int(field.minimum), int(field.maximum))
        widget.setGroupSeparatorShown(True)
    elif field.kind == "optint":
        # One step below the minimum stands for "not known", shown as a word, read back as None.
        widget = QSpinBox()
        widget.setRange(int(field.minimum) - 1, int(field.maximum))
        widget.setGroupSeparatorShown(True)
        widget.setSpecialValueText(QCoreApplication.translate("Fields", "unknown"))
    elif field.kind == "float":
        widget = QDoubleSpinBox()
        widget.setRange(field.minimum, field.maximum)
        widget.setDecimals(field.decimals)
    elif field.kind == "bool":
        widget = QCheckBox()
    elif field.kind in ("enum", "choice"):
        widget = QComboBox()
        items = [(m, m.label()) for m in field.enum] if field.kind == "enum" else field.choices()
        for value, label in items:
            widget.addItem(label, value)
    elif field.kind == "role":
        # A crisis-team role: one of the standard roles, translated, or the post's own typed in.
        widget = QComboBox()
        widget.setEditable(True)
        widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, label in field.choices():
            widget.addItem(label, code)
        widget.setCurrentIndex(-1)
    elif field.kind == "place":
        widget = PlaceSearch()  # a town typed freely, or chosen from the gazetteer with its coordinates
    else:
        widget = QLineEdit()
        if field.kind == "date":
            widget.setPlaceholderText("dd/mm/aaaa" if QLocale().language() == QLocale.Language.Spanish
                                      else "yyyy-mm-dd")
    if field.hint and isinstance(widget, QLineEdit):
        widget.setPlaceholderText(field.hint)
    if field.readonly and isinstance(widget, QLineEdit):
        widget.setReadOnly(True)
    widget.setObjectName(field.name)
    return widget


def set_value(widget, field: Field, value) -> None:
    if field.kind == "section":
        return
    if field.kind in ("flags", "regions"):
        widget.set_value(value)
    elif field.kind == "list":
        widget.setText(", ".join(value or []))
    elif field.kind == "optfloat":
        widget.setText("" if value is None else f"{float(value):.6f}")
    elif field.kind == "multiline":
        widget.setPlainText(value or "")
    elif field.kind == "int":
        widget.setValue(int(value or 0))
    elif field.kind == "optint":
        widget.setValue(widget.minimum() if value is None else int(value))
    elif field.kind == "float":
        widget.setValue(float(value or 0))
    elif field.kind == "bool":
        widget.setChecked(bool(value))
    elif field.kind in ("enum", "choice"):
        index = widget.findData(value)
        widget.setCurrentIndex(max(index, 0))
    elif field.kind == "role":
        index = widget.findData(value) if value else -1
        widget.setCurrentIndex(index)
        if index < 0:
            widget.setEditText(value or "")
    elif field.kind == "date":
        widget.setText(date_text(value))
    elif field.kind == "phone":
        widget.setText(display_phone(value))
    else:
        widget.setText("" if value is None else str(value))


def get_value(widget, field: Field):
    """The typed value; a date that cannot be read raises core ValidationError naming the field."""
    if field.kind in ("flags", "regions"):
        return widget.value()
    if field.kind == "list":
        return [part.strip().upper() for part in widget.text().split(",") if part.strip()]
    if field.kind == "optfloat":
        text = widget.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise ValidationError(field.name, QCoreApplication.translate(
                "Fields", "“{value}” is not a number.").format(value=widget.text())) from None
    if field.kind == "multiline":
        return widget.toPlainText().strip()
    if field.kind == "phone":
        return typed_phone(widget.text())
    if field.kind == "int":
        return widget.value()
    if field.kind == "optint":
        return None if widget.value() == widget.minimum() else widget.value()
    if field.kind == "float":
        return widget.value()
    if field.kind == "bool":
        return widget.isChecked()
    if field.kind in ("enum", "choice"):
        return widget.currentData()
    if field.kind == "role":
        text = widget.currentText().strip()
        index = widget.findText(text)
        return widget.itemData(index) if index >= 0 else role_code(text)
    if field.kind == "date":
        return parse_date(widget.text(), field.name)
    return widget.text().strip()
