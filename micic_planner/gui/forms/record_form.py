"""A dialog that edits one record from a list of fields; each validation message sits under its field."""

import copy
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from micic_planner.core.errors import ValidationError, ValidationErrors
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.forms.fields import Field, get_value, make_editor, set_value
from micic_planner.gui.forms.geo_assist import GeoAssist, store_near
from micic_planner.gui.place_search import PlaceSearch

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class RecordForm(FittedDialog):
    """Edits a copy of `record`; `result_record()` is the edited copy once accepted.

    The fields (and `extra`, a box a subclass adds below them) scroll; Save and Cancel stay in view.
    """

    def __init__(self, title: str, fields: list[Field], record, validate: Callable | None = None, parent=None,
                 extra: QWidget | None = None, width: int = 600):
        super().__init__(parent, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, width)
        self.setWindowTitle(title)
        self.fields = fields
        self.record = copy.deepcopy(record)
        self.validate = validate
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # A long label puts its field on the next line rather than squeezing every field of the form.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in fields:
            if field.kind == "section":
                heading = QLabel(field.label)
                heading.setObjectName("section")
                heading.setStyleSheet("font-weight: bold; margin-top: 10px;")
                form.addRow(heading)
                continue
            editor = make_editor(field)
            set_value(editor, field, getattr(self.record, field.name))
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            label = field.label + (" *" if field.required else "")
            form.addRow(label, holder)
            self.editors[field.name], self.errors[field.name] = editor, error
        self.geo = None
        if "lat" in self.editors or any(isinstance(e, PlaceSearch) for e in self.editors.values()):
            self.geo = GeoAssist(self, form, store_near(self))
        column = QVBoxLayout(self.body)
        column.addLayout(form)
        if extra is not None:
            column.addWidget(extra)
        column.addStretch(1)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.footer.addWidget(self.general_error)

    def extra_problems(self) -> list[ValidationError]:
        """What a subclass checks beyond the fields (waypoints, a file path), reported with them."""
        return []

    def collect(self):
        """Read every editor into the copy; raise ValidationErrors naming every field at fault at once.

        The record's own rules run even when some field could not be read, so a person sees every
        problem in one round; a field already faulted keeps its first message.
        """
        problems = []
        for field in self.fields:
            if field.kind == "section":
                continue
            try:
                value = get_value(self.editors[field.name], field)
            except ValidationError as exc:
                problems.append(exc)
                continue
            if field.required and value in ("", None):
                problems.append(ValidationError(field.name, self.tr("This field is required.")))
            setattr(self.record, field.name, value)
        problems += self.extra_problems()
        if self.validate:
            try:
                self.validate(self.record)
            except ValidationErrors as exc:
                problems += exc.errors
            except ValidationError as exc:
                problems.append(exc)
        if problems:
            first: dict[str, ValidationError] = {}
            for problem in problems:
                first.setdefault(problem.field, problem)
            raise ValidationErrors(list(first.values()))
        return self.record

    def show_errors(self, by_field: dict[str, str]) -> None:
        leftover = []
        for name, label in self.errors.items():
            label.setVisible(name in by_field)
            label.setText(by_field.get(name, ""))
        for name, message in by_field.items():
            if name not in self.errors:
                leftover.append(message)
        self.general_error.setText("\n".join(leftover))
        self.general_error.setVisible(bool(leftover))
        first = next((n for n in self.errors if n in by_field), None)
        if first:
            self.editors[first].setFocus()

    def accept(self) -> None:
        try:
            self.collect()
        except ValidationErrors as exc:
            self.show_errors({e.field: e.message + (f" {e.hint}" if e.hint else "") for e in exc.errors})
            return
        self.show_errors({})
        super().accept()

    def result_record(self):
        return self.record

    @classmethod
    def ask(cls, parent, title: str, fields: list[Field], record, validate: Callable | None = None):
        """The edited copy of `record`, or None if the user cancelled."""
        dialog = cls(title, fields, record, validate, parent)
        return dialog.result_record() if dialog.exec() == QDialog.DialogCode.Accepted else None
