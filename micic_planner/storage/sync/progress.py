"""Progress and cancel for the long sync jobs (a bundle applied, a post consolidated, a bundle written).

The jobs take two optional callables from their front: `progress(done, total)` and `cancelled()`.
A cancel is noticed only between chunks of work and raises `Cancelled`; the job's one transaction is
then rolled back (or its partial file removed), so nothing is half-written and it can be run again.
"""

from collections.abc import Callable

from micic_planner.core.errors import Cancelled
from micic_planner.core.i18n import _

Progress = Callable[[int, int], None] | None
Stop = Callable[[], bool] | None


def stopped_import() -> Cancelled:
    return Cancelled(_("The import of the bundle was cancelled; nothing was changed."),
                     hint=_("Import the same bundle again when there is time: it is applied whole."))


def stopped_export() -> Cancelled:
    return Cancelled(_("The export was cancelled; no bundle was written."))


def checkpoint(progress: Progress, cancelled: Stop, done: int, total: int, stop=stopped_import) -> None:
    """Raise `stop()` when the person cancelled; else report `done` of `total`."""
    if cancelled is not None and cancelled():
        raise stop()
    if progress is not None:
        progress(done, total)


class Steps:
    """A job counted in steps: each call is one more step done, with a cancel check before it is told."""

    def __init__(self, progress: Progress, cancelled: Stop, total: int, stop=stopped_import):
        self.progress, self.cancelled, self.total, self.stop = progress, cancelled, total, stop
        self.done = 0

    def __call__(self) -> None:
        self.done = min(self.done + 1, self.total)
        checkpoint(self.progress, self.cancelled, self.done, self.total, self.stop)
