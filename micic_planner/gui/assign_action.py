"""The "Assign assembly points" action: asks first, runs off the GUI thread, is undoable, shows its summary."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCheckBox, QMessageBox, QProgressDialog

from micic_planner.gui.errors import explained
from micic_planner.gui.worker import Worker, run_and_wait


class AssignmentSummaryDialog:
    """Shows what the assignment did; tests replace `ask` to read it."""

    @classmethod
    def ask(cls, parent, text: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Assign", "Assembly points assigned"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        if details:
            box.setDetailedText(details)
        box.exec()


def summary_text(report) -> tuple[str, str]:
    s = report.summary
    lines = [
        " ".join((QCoreApplication.translate("Assign", "Of %Ln national(s),", "", s.nationals),
                  QCoreApplication.translate("Assign", "%Ln with an assembly point; no household was split.", "",
                                             s.assigned)))
    ]
    if s.no_coordinates:
        lines.append(
            QCoreApplication.translate("Assign", "%Ln national(s) without coordinates.", "", s.no_coordinates)
        )
    if s.no_room:
        lines.append(
            QCoreApplication.translate("Assign", "%Ln national(s) found no assembly point with room.", "", s.no_room)
        )
    lines.append(
        QCoreApplication.translate(
            "Assign", "%Ln national(s) farther than {km} km from every assembly point.", "", s.beyond_radius
        ).format(km=f"{s.radius_km:g}")
    )
    unknown = QCoreApplication.translate("Assign", "capacity unknown")
    details = [QCoreApplication.translate("Assign", "Loads:")] + [
        f"  {p.name}: {p.load:,} / {unknown if p.capacity is None else f'{p.capacity:,}'}" for p in report.loads
    ]
    if report.unknown_capacity:
        lines.append(QCoreApplication.translate(
            "Assign", "%Ln assembly point(s) of unknown capacity took nobody; give them a capacity, then assign "
            "again.", "", len(report.unknown_capacity)))
    if report.gaps:
        details += ["", QCoreApplication.translate("Assign", "Farthest from any assembly point:")]
        details += [f"  {g.name} (#{g.id}): {g.nearest_km:.1f} km" for g in report.gaps]
    return "\n".join(lines), "\n".join(details)


class AssignConfirm:
    """Asks before an assignment run, saying how many it moves; tests replace `ask`.

    Returns None (cancelled), or whether to keep the assignments set by hand.
    """

    @classmethod
    def ask(cls, parent, preview) -> bool | None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Assign", "Assign assembly points"),
            confirm_text(preview),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Assign", "Assign"))
        also = None
        if preview.by_hand:
            also = QCheckBox(
                QCoreApplication.translate("Assign", "Also reassign the %Ln national(s) set by hand", "",
                                           preview.by_hand)
            )
            box.setCheckBox(also)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return None
        return not (also is not None and also.isChecked())


def confirm_text(preview) -> str:
    lines = [
        QCoreApplication.translate("Assign", "This gives %Ln person(s) a different assembly point (or none).", "",
                                   preview.moves)
    ]
    if preview.by_hand:
        lines.append(
            QCoreApplication.translate("Assign", "%Ln assignment(s) set by hand will be kept.", "", preview.by_hand)
        )
    lines.append(QCoreApplication.translate("Assign", "You can undo it with Edit ▸ Undo."))
    return "\n".join(lines)


class AssignCommand(QUndoCommand):
    """One assignment run on the undo stack: undo and redo put back every assignment as it was."""

    def __init__(self, context, before, after):
        super().__init__(QCoreApplication.translate("Assign", "Assign assembly points"))
        self.context, self.before, self.after = context, before, after
        self._first = True

    def _restore(self, snapshot) -> None:
        from micic_planner.storage.assignment_store import AssignmentStore

        store = AssignmentStore(self.context.store)
        with explained(None, QCoreApplication.translate("Assign", "Could not restore the assembly points")):
            # A second at 200,000 people: off the GUI thread, behind a dialog that blocks other edits meanwhile.
            changes = _in_worker(
                None,
                QCoreApplication.translate("Assign", "Restoring the assembly points…"),
                lambda: store.restore(snapshot),
            )
            self.context.apply(changes)

    def redo(self) -> None:
        if self._first:  # the run itself wrote it
            self._first = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)


def _in_worker(parent, label: str, job):
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    try:
        return run_and_wait(Worker(lambda progress, cancelled: job(), parent))
    finally:
        dialog.close()


def run_assignment(context, parent, radius_km: float | None = None):
    """Say how many it moves, assign, put the run on the undo stack, show the summary; the report or None."""
    from micic_planner.storage.assignment_store import AssignmentStore

    if context.store is None:
        return None
    assignments = AssignmentStore(context.store)
    report = None
    with explained(parent, QCoreApplication.translate("Assign", "Could not assign assembly points")):
        preview = _in_worker(
            parent,
            QCoreApplication.translate("Assign", "Working out the assembly points…"),
            lambda: assignments.preview(radius_km),
        )
        keep = AssignConfirm.ask(parent, preview)
        if keep is None:
            return None

        def job():
            before = assignments.snapshot()
            done = assignments.assign(radius_km, keep_by_hand=keep)
            return before, done, assignments.snapshot()

        before, report, after = _in_worker(
            parent, QCoreApplication.translate("Assign", "Assigning assembly points…"), job
        )
    if report is None:
        return None
    context.undo_stack.push(AssignCommand(context, before, after))
    context.apply(report.changes)
    AssignmentSummaryDialog.ask(parent, *summary_text(report))
    return report


def assign_assembly_points(window) -> None:
    """Menu action (Post > Assign assembly points)."""
    run_assignment(window.context, window)
