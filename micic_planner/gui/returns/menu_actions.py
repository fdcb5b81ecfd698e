"""The Return view's menu action: return cases for the nationals selected in the Nationals view (issue 16.9)."""

from PySide6.QtCore import QCoreApplication

from micic_planner.core.errors import ValidationError
from micic_planner.gui.errors import explained


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReturnActions", text)


def cases_from_selection(window) -> None:
    """After a crisis: the evacuated or repatriated nationals chosen in the registry become cases, households whole."""
    from micic_planner.storage.returns.case_store import ReturnStore

    view = window.views.get("nationals")
    ids = view.selected_ids() if view is not None else []
    with explained(window, _tr("Could not open the cases")):
        if not ids:
            raise ValidationError("nationals", _tr("No national is selected."),
                                  hint=_tr("Select them in the Nationals view, then try again."))
        window.context.apply(ReturnStore(window.context.store).from_nationals(ids))
        window.show_view("returns")
