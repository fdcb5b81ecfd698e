"""The `exercise` commands: run a workshop scenario on a sandbox post and print its after-action report."""

from datetime import UTC, datetime

from micic_planner.cli.post_file import add_post
from micic_planner.core import i18n
from micic_planner.core.i18n import _


def register(commands) -> None:
    ex = commands.add_parser("exercise", help=_("workshop exercises on a sandbox post"))
    sub = ex.add_subparsers(dest="exercise_command", metavar=_("command"), required=True)

    p = sub.add_parser("list", help=_("list the exercise scenarios"))
    p.set_defaults(run=run_list)

    p = sub.add_parser("start", help=_("create a sandbox (training post) and start a scenario on it"))
    p.add_argument("scenario", help=_("scenario id, as `exercise list` shows it"))
    add_post(p, _("new sandbox file to create (never the real post file)"))
    p.add_argument("--from", dest="source", help=_("real post file to copy into the sandbox (read only)"))
    p.add_argument("--facilitator", default="", help=_("name of the facilitator"))
    p.add_argument("--team", default="", help=_("name of the team (country, cell)"))
    p.add_argument("--scale", type=float, default=1.0, help=_("exercise minutes per real minute (default 1)"))
    p.set_defaults(run=run_start)

    p = sub.add_parser("status", help=_("show the clock, release injects that are due, list what comes next"))
    add_post(p, _("sandbox file"))
    p.set_defaults(run=run_status)

    p = sub.add_parser("release", help=_("release an inject now, by hand"))
    add_post(p, _("sandbox file"))
    p.add_argument("--inject", required=True, help=_("inject number or key"))
    p.set_defaults(run=run_release)

    p = sub.add_parser("log", help=_("record what the team did, with the time"))
    add_post(p, _("sandbox file"))
    p.add_argument("--text", required=True, help=_("what the team did"))
    p.add_argument("--role", default="", help=_("who did it (role in the cell)"))
    p.add_argument("--expected", default="", help=_("key of the expected action this answers"))
    p.set_defaults(run=run_log)

    p = sub.add_parser("pause", help=_("stop the exercise clock: no inject comes due until it resumes"))
    add_post(p, _("sandbox file"))
    p.set_defaults(run=run_pause)

    p = sub.add_parser("resume", help=_("start the exercise clock again from the minute it was paused at"))
    add_post(p, _("sandbox file"))
    p.set_defaults(run=run_resume)

    p = sub.add_parser("end", help=_("end the running exercise"))
    add_post(p, _("sandbox file"))
    p.set_defaults(run=run_end)

    p = sub.add_parser("report", help=_("print the after-action report of the latest run to a PDF file"))
    add_post(p, _("sandbox file"))
    p.add_argument("--out", required=True, help=_("PDF file to write"))
    p.add_argument("--lang", dest="report_lang", choices=i18n.SUPPORTED, help=_("language of the report"))
    p.set_defaults(run=run_report)


def run_list(args) -> int:
    from micic_planner.core.exercise import list_scenarios

    lang = i18n.language()
    for s in list_scenarios():
        print(f"{s.id}\t{s.title(lang)}\t" + _("{injects} injects, {actions} expected actions, {minutes} min").format(
            injects=len(s.injects), actions=len(s.expected), minutes=s.duration_minutes))
    return 0


def _open(path):
    from micic_planner.core.exercise import find_scenario
    from micic_planner.storage.exercise_store import ExerciseError, ExerciseStore
    from micic_planner.storage.store import PostStore

    store = PostStore.open(path)
    exercises = ExerciseStore(store)
    run = exercises.current()
    if run is None:
        store.close()
        raise ExerciseError(_("No exercise is running in this file."), where=str(path),
                            hint=_("Start one with: micic-planner exercise start SCENARIO --db SANDBOX.db"))
    return store, exercises, run, find_scenario(run.scenario_id)


def _print_injects(injects, lang) -> None:
    for inject in injects:
        print(f"[{inject.number}] +{inject.minute} min  {inject.text(lang)}")


def run_start(args) -> int:
    from micic_planner.core.exercise import find_scenario
    from micic_planner.storage.exercise_store import ExerciseStore
    from micic_planner.storage.scenario_writer import create_sandbox

    scenario = find_scenario(args.scenario)
    lang = i18n.language()
    with create_sandbox(args.db, scenario, source=args.source) as store:
        exercises = ExerciseStore(store)
        run = exercises.start(scenario, facilitator=args.facilitator, team=args.team, time_scale=args.scale)
        due = exercises.release_due(run, scenario)
        print(_("Exercise \u201c{title}\u201d started on the sandbox {path} ({count} nationals).").format(
            title=scenario.title(lang), path=args.db, count=store.nationals.count()))
    _print_injects(due, lang)
    return 0


def run_status(args) -> int:
    store, exercises, run, scenario = _open(args.db)
    lang = i18n.language()
    with store:
        due = exercises.release_due(run, scenario)
        now = datetime.now(UTC)
        released = exercises.releases(run)
        print(_("Exercise minute {minute:.0f} of {total}.").format(minute=run.minute_at(now),
                                                                   total=scenario.duration_minutes))
        if run.paused:
            print(_("The clock is paused: run `exercise resume` to start it again."))
        if due:
            print(_("Released now:"))
            _print_injects(due, lang)
        upcoming = [i for i in scenario.injects if i.key not in released]
        if upcoming:
            print(_("Still to come:"))
            _print_injects(upcoming, lang)
        score = exercises.score(run, scenario, now)
        print(_("Expected actions done: {done} of {total}.").format(
            done=sum(1 for r in score.results if r.done_at), total=len(score.results)))
    return 0


def run_release(args) -> int:
    from micic_planner.storage.exercise_store import ExerciseError

    store, exercises, run, scenario = _open(args.db)
    with store:
        try:
            inject = scenario.inject(int(args.inject) if args.inject.isdigit() else args.inject)
        except KeyError:
            raise ExerciseError(_("This scenario has no inject {ref}.").format(ref=args.inject),
                                hint=_("Run `exercise status` to see the injects.")) from None
        exercises.release(run, scenario, inject)
    _print_injects([inject], i18n.language())
    return 0


def run_log(args) -> int:
    from micic_planner.storage.exercise_store import ExerciseError

    store, exercises, run, scenario = _open(args.db)
    with store:
        if args.expected and args.expected not in {e.key for e in scenario.expected}:
            raise ExerciseError(_("This scenario has no expected action \u201c{key}\u201d.").format(key=args.expected),
                                hint=", ".join(e.key for e in scenario.expected))
        exercises.log_action(run, args.text, role=args.role, expected_key=args.expected)
        minute = run.minute_at(datetime.now(UTC))
    print(_("Recorded at exercise minute {minute:.0f}.").format(minute=minute))
    return 0


def run_pause(args) -> int:
    store, exercises, run, _scenario = _open(args.db)
    with store:
        was_paused = run.paused
        exercises.pause(run)
        minute = run.minute_at(datetime.now(UTC))
    if was_paused:
        print(_("The exercise clock was already paused, at minute {minute:.0f}.").format(minute=minute))
    else:
        print(_("The exercise clock is paused at minute {minute:.0f}. Start it again with: "
                "micic-planner exercise resume --db {path}").format(minute=minute, path=args.db))
    return 0


def run_resume(args) -> int:
    store, exercises, run, _scenario = _open(args.db)
    with store:
        was_paused = run.paused
        exercises.resume(run)
        minute = run.minute_at(datetime.now(UTC))
    if was_paused:
        print(_("The exercise clock runs again from minute {minute:.0f}.").format(minute=minute))
    else:
        print(_("The exercise clock was not paused; it is at minute {minute:.0f}.").format(minute=minute))
    return 0


def run_end(args) -> int:
    store, exercises, run, _scenario = _open(args.db)
    with store:
        exercises.end(run)
    print(_("The exercise has ended. Print the report with: micic-planner exercise report --db {path} --out "
            "REPORT.pdf").format(path=args.db))
    return 0


def run_report(args) -> int:
    from micic_planner.core.exercise import find_scenario
    from micic_planner.reports.exercise_report_pdf import ExerciseReportRenderer
    from micic_planner.storage.exercise_store import ExerciseStore
    from micic_planner.storage.store import PostStore

    with PostStore.open(args.db) as store:
        exercises = ExerciseStore(store)
        run = exercises.latest()
        review = exercises.review(run, find_scenario(run.scenario_id))
    ExerciseReportRenderer(args.report_lang or i18n.language()).render(review, args.out)
    score = review.score
    print(_("{path}: {on_time} of {total} expected actions on time.").format(
        path=args.out, on_time=score.count("on_time"), total=len(score.results)))
    return 0
