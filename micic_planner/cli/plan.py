"""The `plan` command: print the post's contingency plan to PDF."""

from micic_planner.cli.post_file import add_post
from micic_planner.core import i18n
from micic_planner.core.i18n import _


def register(commands) -> None:
    p = commands.add_parser("plan", help=_("print the post's contingency plan to a PDF file"))
    add_post(p, _("post file"))
    p.add_argument("--out", required=True, help=_("PDF file to write"))
    p.add_argument("--lang", dest="plan_lang", choices=i18n.SUPPORTED,
                   help=_("language of the plan (default: your language)"))
    p.add_argument("--paper", choices=("a4", "letter"),
                   help=_("paper size (default: the paper of the post's host country)"))
    p.add_argument("--restricted", action="store_true",
                   help=_("add the restricted annex with the names of the nationals"))
    p.set_defaults(run=run_plan)


def run_plan(args) -> int:
    from micic_planner.reports.plan_pdf import PlanRenderer
    from micic_planner.storage.plan_source import load_plan_data
    from micic_planner.storage.store import PostStore

    with PostStore.open(args.db) as store:
        data = load_plan_data(store, restricted=args.restricted)
        renderer = PlanRenderer(data, lang=args.plan_lang or i18n.language(), paper=args.paper)
        pages = renderer.render(args.out)
        if args.restricted:
            from micic_planner.cli.disclosure import record_print
            from micic_planner.core.disclosure import ANNEX_FIELDS

            record_print(store, "restricted_plan", "pdf", args.out, ANNEX_FIELDS, everyone=True, copy=data.copy)
    print(_("{path}: {pages} pages in {seconds:.1f} s.").format(path=args.out, pages=pages,
                                                               seconds=renderer.seconds))
    if args.restricted:
        print(_("Restricted copy No. {copy}, recorded in the disclosure ledger.").format(copy=data.copy))
    return 0
