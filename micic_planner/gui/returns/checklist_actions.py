"""The Return view's checklist buttons: the chosen case's checklist, and the office's self-assessment.

`install` adds them to the view's button grids, so the view itself needs one line for the whole feature.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QPushButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReturnChecklist", text)


def _grid(widget) -> QGridLayout:
    """The grid of buttons at the foot of one of the view's panels."""
    layout = widget.layout()
    return next(layout.itemAt(i).layout() for i in reversed(range(layout.count()))
                if isinstance(layout.itemAt(i).layout(), QGridLayout))


def install(view) -> None:
    view.checklist_button = QPushButton(_tr("Checklist…"))
    view.checklist_button.setObjectName("checklist_button")
    view.checklist_button.setToolTip(_tr("The case's checklist for a safe and dignified return, stage by stage"))
    view.checklist_button.clicked.connect(lambda: open_checklist(view))
    grid = _grid(view.case_page)
    grid.addWidget(view.checklist_button, grid.rowCount(), 0)
    view.self_assessment_button = QPushButton(_tr("Self-assessment…"))
    view.self_assessment_button.setObjectName("self_assessment_button")
    view.self_assessment_button.setToolTip(_tr("Rate this office's return practice against the checklist, and "
                                               "print it with its gaps"))
    view.self_assessment_button.clicked.connect(lambda: open_self_assessment(view))
    grid = _grid(view.new_button.parentWidget())
    grid.addWidget(view.self_assessment_button, 1, 2)
    # Who may read cases sees them: the view hides its whole panel from any other role, buttons included,
    # and the dialogs offer each mark to the role whose work it is.


def open_checklist(view) -> None:
    from micic_planner.gui.returns.checklist_dialog import CaseChecklistDialog

    if view.case_id is not None:
        CaseChecklistDialog.ask(view, view.context, view.case_id, view.case.number)


def open_self_assessment(view) -> None:
    from micic_planner.gui.returns.checklist_dialog import SelfAssessmentDialog

    SelfAssessmentDialog.ask(view, view.context)
