"""`return checklist` and `return self-assessment`: a case's checklist and the office's practice (issue 16.7)."""

import micic_planner.cli.returns as cases  # the shared helpers; a cycle Python resolves at call time
from micic_planner.cli.post_file import add_post
from micic_planner.core.i18n import _


def register(sub) -> None:
    p = sub.add_parser("checklist", help=_("show a case's return checklist by stage, or mark one of its items"))
    add_post(p, then=("case",))
    p.add_argument("case", nargs="?", help=_("case number or id"))
    p.add_argument("--item", help=_("key of the item to mark, as the checklist lists it"))
    p.add_argument("--mark", help=_("done, not-applicable, gap, or clear"))
    p.add_argument("--note", default="", help=_("a note; a gap needs one saying what is missing"))
    p.set_defaults(run=run_checklist)

    p = sub.add_parser("self-assessment", help=_("show or rate the office's return practice against the checklist, "
                                                 "or print it with its gaps first (PDF)"))
    add_post(p)
    p.add_argument("--item", help=_("key of the item to rate"))
    p.add_argument("--mark", help=_("in-place, partly, not-yet, or clear"))
    p.add_argument("--note", default="", help=_("a note on the office's practice"))
    p.add_argument("--pdf", metavar=_("OUT"), help=_("PDF file to write: the gaps first, each with its source"))
    p.add_argument("--lang", dest="report_lang", choices=("es", "en"), help=_("language of the PDF"))
    p.set_defaults(run=run_self_assessment)


def _needs_both(args) -> None:
    from micic_planner.core.errors import ValidationError

    if bool(args.item) != bool(args.mark):
        raise ValidationError("mark", _("--item and --mark go together."),
                              hint=_("Give the item's key and its mark, or neither to see the list."))


def _print_marks(marks) -> None:
    stage = None
    for m in marks:
        if m.item.stage is not stage:
            stage = m.item.stage
            print(stage.label())
        when = f"\t{m.by_user} {m.at[:16].replace('T', ' ')}" if m.mark else ""
        print(f"  {m.item.key}\t{m.mark.label() if m.mark else '—'}\t{m.item.label()}{when}")
        if m.note:
            print(f"    {m.note}")


def run_checklist(args) -> int:
    from micic_planner.core.returns.checklist import case_mark
    from micic_planner.storage.returns.checklist_store import ChecklistStore

    _needs_both(args)
    with cases.open_post(args.db) as store:
        checklist = ChecklistStore(store)
        case_id = cases.find_case(store, args.case)
        if args.item:
            mark = None if args.mark.strip().lower() == "clear" else case_mark(args.mark)
            checklist.set_case_item(case_id, args.item, mark, args.note)
            print(_("The item is marked: {mark}.").format(mark=mark.label() if mark else "—"))
        else:
            _print_marks(checklist.case_checklist(case_id))
    return 0


def run_self_assessment(args) -> int:
    from micic_planner.core.i18n import language
    from micic_planner.core.returns.checklist import practice_mark
    from micic_planner.reports.returns.self_assessment_pdf import SelfAssessmentRenderer, SelfAssessmentSheet
    from micic_planner.storage.returns.checklist_store import ChecklistStore

    _needs_both(args)
    with cases.open_post(args.db) as store:
        checklist = ChecklistStore(store)
        if args.item:
            mark = None if args.mark.strip().lower() == "clear" else practice_mark(args.mark)
            checklist.set_practice(args.item, mark, args.note)
            print(_("The practice is rated: {mark}.").format(mark=mark.label() if mark else "—"))
        if args.pdf:
            post = store.post()
            SelfAssessmentRenderer(args.report_lang or language()).render(
                SelfAssessmentSheet(checklist.practice(), post.name if post else ""), args.pdf)
            print(_("Written: {path}").format(path=args.pdf))
        elif not args.item:
            _print_marks(checklist.practice())
    return 0
