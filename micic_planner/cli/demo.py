"""The `demo` command (build the fictional demo post) and `templates check` (validate `plans/`)."""

import argparse
import sys
import time
from pathlib import Path

from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import MicicError
from micic_planner.core.i18n import _, counted


def _table_labels() -> dict[str, str]:
    return {"zones": _("Zones"), "wardens": _("Wardens"), "places": _("Places"), "routes": _("Routes"),
            "partners": _("Partners"), "team": _("Crisis team"), "hazards": _("Hazards"),
            "alert_actions": _("Alert-matrix lines"), "message_templates": _("Message templates"),
            "nationals": _("Nationals")}


def register(commands) -> None:
    p = commands.add_parser("demo", help=_("build the demo post: a fictional consulate in Tapachula, Chiapas"),
                            description=_("Build a fictional Guatemalan consulate in Tapachula, Chiapas, with real "
                                          "places and hazards and fictional nationals. The same seed gives the "
                                          "same post."))
    add_post(p, _("post file to create"))
    p.add_argument("--nationals", type=_count, default=2000, metavar="N",
                   help=_("number of fictional nationals (default 2,000)"))
    p.add_argument("--seed", type=int, default=1, metavar="S", help=_("seed of the random generator (default 1)"))
    p.add_argument("--force", action="store_true", help=_("replace the file if it exists"))
    p.add_argument("--no-assign", action="store_true",
                   help=_("leave nationals without an assembly point (by default each gets the nearest with room)"))
    p.set_defaults(run=run_demo)

    t = commands.add_parser("templates", help=_("work with the plan templates in plans/"))
    actions = t.add_subparsers(dest="templates_command", metavar=_("action"), required=True)
    check = actions.add_parser("check", help=_("check the plan templates and list every error with its file and "
                                               "line"))
    check.add_argument("--dir", help=_("folder of the templates (default: the program's plans/ folder)"))
    check.set_defaults(run=run_templates_check)


def _count(text: str) -> int:
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{value}” is not a whole number.").format(value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("The number of nationals cannot be negative."))
    return value


def run_demo(args) -> int:
    from micic_planner.storage.bulk_load import publish
    from micic_planner.storage.demo_writer import write_demo
    from micic_planner.storage.store import PostStore

    path = Path(args.db)
    if path.exists() and not args.force:
        raise MicicError(_("The file already exists; the demo was not written."), where=str(path),
                         hint=_("Choose another file name, or add --force to replace it."))
    # Built under a temporary name and moved into place, so an interrupted run leaves no half-built post.
    partial = path.with_name(path.name + ".partial")
    _remove(partial)
    started = time.perf_counter()
    rows_in = _RowsIn(args.nationals, _progress(args.nationals))
    try:
        with PostStore.open(partial, create=True) as store:
            # scratch: nobody sees the .partial file, which is deleted if anything fails
            write_demo(store, nationals=args.nationals, seed=args.seed, progress=rows_in, scratch=True)
            seconds = time.perf_counter() - started
            counts = {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _table_labels()}
            assigned = None if args.no_assign else _assign(store)
        if args.force:
            _remove(path)
        publish(partial, path)
    finally:
        _remove(partial)
    print(_("{path}: demo post written in {seconds:.1f} s.").format(path=path, seconds=seconds))
    print(_("It is a training post: fictional people only, not encrypted, never for real data."))
    for table, label in _table_labels().items():
        print(f"  {label:<24} {counts[table]:>12,}")
    print(_("{rate:,.0f} nationals per second.").format(rate=counts["nationals"] / max(seconds, 1e-9)))
    if rows_in.at is not None:
        rows_seconds = rows_in.at - started
        print(_("Rows written in {rows:.1f} s ({rate:,.0f} per second); indexes and search index built in "
                "{rest:.1f} s.").format(rows=rows_seconds, rate=counts["nationals"] / max(rows_seconds, 1e-9),
                                        rest=seconds - rows_seconds))
    if assigned is not None:
        print(_("Assembly points assigned to {count:,} nationals in {seconds:.1f} s.").format(
            count=assigned[0], seconds=assigned[1]))
    return 0


def _assign(store) -> tuple[int, float]:
    """Give the demo's nationals their assembly points, so its overview and plan show real loads."""
    from micic_planner.storage.assignment_store import AssignmentStore

    started = time.perf_counter()
    report = AssignmentStore(store).assign()
    return report.summary.assigned, time.perf_counter() - started


def run_templates_check(args) -> int:
    from micic_planner.core.paths import plans_path
    from micic_planner.core.plan_templates import check_plan_templates, load_plan_templates

    folder = Path(args.dir) if args.dir else plans_path()
    errors = check_plan_templates(folder)
    for error in errors:
        print(f"{error.path}:{error.line}: {error.message}", file=sys.stderr)
    if errors:
        print(counted("{count} errors in the plan templates.",
                      "{count} error in the plan templates.", count=len(errors)), file=sys.stderr)
        return 1
    templates = load_plan_templates(folder)
    print(_("{folder}: the plan templates are correct: {actions} alert-matrix lines, {items} checklist items, "
            "{messages} messages.").format(folder=folder, actions=len(templates.actions),
                                           items=len(templates.checklists), messages=len(templates.messages)))
    return 0


def _progress(total: int):
    if not total or not sys.stderr.isatty():
        return None
    label = _("Nationals written")

    def show(done: int) -> None:
        print(f"\r{label}: {done:,} / {total:,}", end="\n" if done >= total else "", file=sys.stderr)
    return show


class _RowsIn:
    """A progress callback that notes when the last row went in (the indexes are built after it)."""

    def __init__(self, total: int, show=None):
        self.total, self.show, self.at = total, show, None

    def __call__(self, done: int) -> None:
        if self.at is None and self.total and done >= self.total:
            self.at = time.perf_counter()
        if self.show:
            self.show(done)


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
