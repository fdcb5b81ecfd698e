"""The Overview's "Next steps": what to fill next in the post, each with a button to the view that does it."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from micic_planner.core.next_steps import Step
from micic_planner.gui import settings

DONE_STYLE = "color: #1b5e20;"
PENDING_STYLE = "font-weight: 600;"


def _hidden_key(post_uuid: str) -> str:
    return f"next_steps_hidden/{post_uuid}"


class NextStepsPanel(QWidget):
    """A ticked list of steps; hidden per post once the officer says so, and shown again on request."""

    view_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.post_uuid = ""
        self.steps: list[Step] = []
        self.buttons: dict[str, QPushButton] = {}
        self.box = QGroupBox(self.tr("Next steps: what to fill in next"))
        self.box.setObjectName("next_steps")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.summary = QLabel()
        self.hide_button = QPushButton(self.tr("Hide the next steps"))
        self.hide_button.clicked.connect(lambda: self.set_hidden(True))
        foot = QHBoxLayout()
        foot.addWidget(self.summary, 1)
        foot.addWidget(self.hide_button)
        inner = QVBoxLayout(self.box)
        inner.addLayout(self.grid)
        inner.addLayout(foot)
        self.show_button = QPushButton(self.tr("Show the next steps"))
        self.show_button.setObjectName("show_next_steps")
        self.show_button.clicked.connect(lambda: self.set_hidden(False))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.box)
        column.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_button.hide()
        self.hide()  # until the post's steps are known (a file with no post yet has none)

    def set_steps(self, post_uuid: str, steps: list[Step]) -> None:
        self.post_uuid, self.steps = post_uuid, steps
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.buttons.clear()
        for row, step in enumerate(steps):
            mark = QLabel("✓" if step.done else "○")
            mark.setStyleSheet(DONE_STYLE if step.done else PENDING_STYLE)
            text = QLabel(step.text())
            text.setWordWrap(True)
            text.setStyleSheet(DONE_STYLE if step.done else "")
            button = QPushButton(self.tr("Open the view") if step.done else self.tr("Do it now"))
            button.setObjectName(f"step_{step.key}")
            button.clicked.connect(lambda _checked=False, view=step.view: self.view_requested.emit(view))
            self.buttons[step.key] = button
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(text, row, 1)
            self.grid.addWidget(button, row, 2)
        done = sum(step.done for step in steps)
        self.summary.setText(self.tr("{done} of {total} done").format(done=done, total=len(steps)))
        self.set_hidden(bool(settings.settings().value(_hidden_key(post_uuid), False, type=bool)), remember=False)
        self.show()

    def set_hidden(self, hidden: bool, remember: bool = True) -> None:
        if remember and self.post_uuid:
            settings.settings().setValue(_hidden_key(self.post_uuid), hidden)
        self.box.setVisible(not hidden)
        self.show_button.setVisible(hidden)

    def is_hidden(self) -> bool:
        return not self.box.isVisibleTo(self)
