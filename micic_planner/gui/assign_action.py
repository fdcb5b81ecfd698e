"""The "Assign assembly points" action: runs the assignment off the GUI thread and shows its summary."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from micic_planner.gui.errors import explained
from micic_planner.gui.worker import Worker, run_and_wait


def _tr(text: str) -> str:
    return QCoreApplication.translate("Assign", text)


class AssignmentSummaryDialog:
    """Shows what the assignment did; tests replace `ask` to read it."""

    @classmethod
    def ask(cls, parent, text: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Assembly points assigned"), text,
                          QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()


def summary_text(report) -> tuple[str, str]:
    s = report.summary
    lines = [_tr("{assigned} of {total} nationals have an assembly point; no household was split.").format(
        assigned=f"{s.assigned:,}", total=f"{s.nationals:,}")]
    if s.no_coordinates:
        lines.append(_tr("{count} nationals have no coordinates.").format(count=f"{s.no_coordinates:,}"))
    if s.no_room:
        lines.append(_tr("{count} nationals found no assembly point with room.").format(count=f"{s.no_room:,}"))
    lines.append(_tr("{count} nationals live farther than {km} km from every assembly point.").format(
        count=f"{s.beyond_radius:,}", km=f"{s.radius_km:g}"))
    details = [_tr("Loads:")] + [f"  {p.name}: {p.load:,} / {p.capacity or '∞'}" for p in report.loads]
    if report.gaps:
        details += ["", _tr("Farthest from any assembly point:")]
        details += [f"  {g.name} (#{g.id}): {g.nearest_km:.1f} km" for g in report.gaps]
    return "\n".join(lines), "\n".join(details)


def run_assignment(context, parent, radius_km: float | None = None):
    """Assign every national, announce the change, show the summary; returns the report or None."""
    from micic_planner.storage.assignment_store import AssignmentStore

    if context.store is None:
        return None
    dialog = QProgressDialog(_tr("Assigning assembly points…"), "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    worker = Worker(lambda progress, cancelled: AssignmentStore(context.store).assign(radius_km), parent)
    report = None
    with explained(parent, _tr("Could not assign assembly points")):
        try:
            report = run_and_wait(worker)
        finally:
            dialog.close()
    if report is None:
        return None
    context.apply(report.changes)
    AssignmentSummaryDialog.ask(parent, *summary_text(report))
    return report


def assign_assembly_points(window) -> None:
    """Menu action (Post > Assign assembly points)."""
    run_assignment(window.context, window)
