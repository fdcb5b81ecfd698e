"""The `return` commands: return cases without a window (list, show, advance, handover, report)."""

import os
import sys
from pathlib import Path

from micic_planner.cli import return_checklist
from micic_planner.cli import returns_home as home
from micic_planner.cli import returns_survey as survey
from micic_planner.cli.post_file import add_post
from micic_planner.core.i18n import _, counted


def register(commands) -> None:
    ret = commands.add_parser("return", help=_("assisted voluntary return cases and their handover"))
    sub = ret.add_subparsers(dest="return_command", metavar=_("command"), required=True)

    p = sub.add_parser("list", help=_("list return cases, newest request first"))
    add_post(p)
    p.add_argument("--state", help=_("only cases in this state (requested, assessed, approved…)"))
    p.add_argument("--programme", default="", help=_("only cases of this funding programme"))
    p.add_argument("--limit", type=int, default=100, help=_("how many cases to list (default 100)"))
    p.set_defaults(run=run_list)

    p = sub.add_parser("show", help=_("show a case file: people, safeguards, timeline and next steps (audited)"))
    add_post(p, then=("case",))
    p.add_argument("case", nargs="?", help=_("case number (RET-2026-00001) or id"))
    p.set_defaults(run=run_show)

    p = sub.add_parser("advance", help=_("take a case to its next state, if every safeguard allows it"))
    add_post(p, then=("case", "state"))
    p.add_argument("case", nargs="?", help=_("case number or id"))
    p.add_argument("state", nargs="?", help=_("the state to reach (assessed, approved, departed…)"))
    p.add_argument("--note", default="", help=_("a note for the timeline"))
    p.set_defaults(run=run_advance)

    p = sub.add_parser("document", help=_("record the emergency travel document a person of a case travels on"))
    add_post(p, then=("case",))
    p.add_argument("case", nargs="?", help=_("case number or id"))
    p.add_argument("--national", required=True, type=int, help=_("the national's id"))
    p.add_argument("--number", required=True, help=_("number of the document issued"))
    p.set_defaults(run=run_document)

    p = sub.add_parser("goal", help=_("add a goal to a returnee's reintegration plan (receiving office)"))
    add_post(p, then=("case",))
    p.add_argument("case", nargs="?", help=_("case number or id"))
    p.add_argument("--dimension", required=True, choices=("economic", "social", "psychosocial"),
                   help=_("dimension of the goal"))
    p.add_argument("--text", required=True, help=_("the goal, as agreed with the returnee"))
    p.set_defaults(run=home.run_goal)

    p = sub.add_parser("refer", help=_("refer a returnee to a service, with their consent (receiving office)"))
    add_post(p, then=("case",))
    p.add_argument("case", nargs="?", help=_("case number or id"))
    p.add_argument("--service", required=True, help=_("the service referred to"))
    p.add_argument("--dimension", required=True, choices=("economic", "social", "psychosocial"),
                   help=_("dimension the service serves"))
    p.add_argument("--share", default="name", help=_("fields the service is given (name, phone, municipality, "
                                                     "languages, needs)"))
    p.add_argument("--consent", action="store_true", help=_("the returnee consents to the referral"))
    p.set_defaults(run=home.run_refer)

    p = sub.add_parser("referral", help=_("move a referral to its next state (accepted, delivered, declined)"))
    add_post(p, then=("referral", "state"))
    p.add_argument("referral", nargs="?", help=_("referral id, as `return show` lists it"))
    p.add_argument("state", nargs="?", help=_("accepted, delivered or declined"))
    p.add_argument("--outcome", default="", help=_("what the service gave (needed for delivered)"))
    p.set_defaults(run=home.run_referral)

    p = sub.add_parser("follow-up", help=_("record a follow-up visit as done"))
    add_post(p, then=("visit",))
    p.add_argument("visit", nargs="?", help=_("follow-up id, as `return show` lists it"))
    p.add_argument("--notes", default="", help=_("what the visit found"))
    p.set_defaults(run=home.run_follow_up)

    survey.register(sub)

    p = sub.add_parser("print", help=_("print a case's voluntariness declaration or its restricted case file (PDF)"))
    add_post(p, then=("case",))
    p.add_argument("case", nargs="?", help=_("case number or id"))
    p.add_argument("--document", choices=("declaration", "case-file"), default="declaration",
                   help=_("what to print (default: the declaration)"))
    p.add_argument("--out", required=True, help=_("PDF file to write"))
    p.add_argument("--lang", dest="report_lang", choices=("es", "en"),
                   help=_("language (default: the person's, for the declaration)"))
    p.set_defaults(run=run_print)

    p = sub.add_parser("arrivals", help=_("print the advance notice of arrivals for the receiving office (PDF)"))
    add_post(p)
    p.add_argument("--office", default="", help=_("only the arrivals for this receiving office"))
    p.add_argument("--out", required=True, help=_("PDF file to write"))
    p.add_argument("--lang", dest="report_lang", choices=("es", "en"), help=_("language of the notice"))
    p.set_defaults(run=run_arrivals)

    p = sub.add_parser("report", help=_("print the aggregate, anonymised return figures (PDF, or HXL with .csv)"))
    add_post(p)
    p.add_argument("--out", required=True, help=_("PDF file, or CSV file for HXL figures"))
    p.add_argument("--lang", dest="report_lang", choices=("es", "en"), help=_("language of the report"))
    p.set_defaults(run=run_report)

    p = sub.add_parser("directory-export", help=_("write the directory of programmes and services (CSV, or HXL)"))
    add_post(p)
    p.add_argument("--out", required=True, help=_("CSV file to write"))
    p.add_argument("--hxl", action="store_true", help=_("add the HXL hashtag row"))
    p.set_defaults(run=home.run_directory_export)

    p = sub.add_parser("directory-import", help=_("add or update programmes and services from a directory CSV"))
    add_post(p, then=("file",))
    p.add_argument("file", nargs="?", help=_("directory CSV file"))
    p.set_defaults(run=home.run_directory_import)

    p = sub.add_parser("directory-print", help=_("print the referral directory: services by municipality, "
                                                 "then programmes (PDF)"))
    add_post(p)
    p.add_argument("--out", required=True, help=_("PDF file to write"))
    p.add_argument("--lang", dest="report_lang", choices=("es", "en"), help=_("language of the directory"))
    p.set_defaults(run=home.run_directory_print)

    p = sub.add_parser("referral-letter", help=_("print the letter of a referral to its service, with only the "
                                                 "fields the returnee agreed to share (PDF)"))
    add_post(p, then=("referral",))
    p.add_argument("referral", nargs="?", help=_("referral id, as `return show` lists it"))
    p.add_argument("--out", required=True, help=_("PDF file to write"))
    p.add_argument("--lang", dest="report_lang", choices=("es", "en"), help=_("language of the letter"))
    p.set_defaults(run=home.run_referral_letter)

    p = sub.add_parser("handover-export", help=_("write chosen cases to an encrypted file for the receiving office"))
    add_post(p)
    p.add_argument("--cases", required=True, help=_("case numbers or ids, separated by commas"))
    p.add_argument("--out", required=True, help=_("handover file to write"))
    p.add_argument("--passphrase-file", help=_("read the passphrase agreed with the other office from the first "
                                               "line of this file (or set MICIC_EXPORT_PASSPHRASE)"))
    p.set_defaults(run=run_handover_export)

    p = sub.add_parser("handover-import", help=_("take the cases of a handover file into this post"))
    add_post(p, then=("file",))
    p.add_argument("file", nargs="?", help=_("handover file the other office sent"))
    p.add_argument("--passphrase-file", help=_("read the passphrase from the first line of this file "
                                               "(or set MICIC_EXPORT_PASSPHRASE)"))
    p.set_defaults(run=run_handover_import)
    return_checklist.register(sub)


def open_post(path):
    from micic_planner.storage.store import PostStore

    return PostStore.open(path)


def find_case(store, text: str | None) -> int:
    from micic_planner.core.errors import NotFoundError

    text = (text or "").strip()
    row = store.db.execute("SELECT id FROM return_cases WHERE number = ? COLLATE NOCASE OR id = ?",
                           [text, int(text) if text.isdigit() else -1]).fetchone()
    if row is None:
        raise NotFoundError(_("No return case is numbered {case}.").format(case=text or "?"),
                            hint=_("List the cases with: micic-planner return list --db POST"))
    return row[0]


def number(text: str | None) -> int:
    from micic_planner.core.errors import ValidationError

    if not (text or "").strip().isdigit():
        raise ValidationError("id", _("Not an id: {text}.").format(text=text or "?"),
                              hint=_("Use the number in brackets that `return show` lists."))
    return int(text)


def _state(text: str | None):
    from micic_planner.core.errors import ValidationError
    from micic_planner.core.returns.case import CaseState

    try:
        return CaseState((text or "").strip().lower())
    except ValueError:
        raise ValidationError("state", _("Unknown state: {state}.").format(state=text), hint=_(
            "Use one of: {states}.").format(states=", ".join(s.value for s in CaseState))) from None


def run_list(args) -> int:
    from micic_planner.core.returns.case import Profile
    from micic_planner.core.returns.listing import CaseFilter
    from micic_planner.storage.returns.case_store import ReturnStore

    with open_post(args.db) as store:
        returns = ReturnStore(store)
        flt = CaseFilter(state=_state(args.state) if args.state else None, programme=args.programme)
        print(counted("{count} cases", "{count} case", count=returns.count(flt)))
        for row in returns.page(flt, 0, args.limit):
            profile = ", ".join(p.label() for p in Profile.members() if row.profile & p)
            print("\t".join((row.number, row.state.label(), row.name, str(row.people), profile, row.programme,
                             row.requested_on)))
    return 0


def run_show(args) -> int:
    from micic_planner.storage.returns.case_store import ReturnStore

    with open_post(args.db) as store:
        returns = ReturnStore(store)
        case_id = find_case(store, args.case)
        case, members, steps = returns.case_file(case_id)
        print(f"{case.number}\t{case.state.label()}")
        for m in members:
            print("  " + m.name + (f"\t{_('travel document')} {m.etd_number}" if m.etd_number else ""))
        print(_("Timeline:"))
        for step in steps:
            print(f"  {step.at[:16].replace('T', ' ')}\t{step.state.label()}\t{step.by_user}\t{step.note}")
        print(_("Next steps:"))
        for state, blockers in returns.steps_ahead(case_id):
            print(f"  {state.value}\t" + (_("blocked") if blockers else _("possible")))
            for b in blockers:
                print(f"    - {b.message} {b.hint}")
        home.print_plan(store, case_id)
        home.print_proposals(store, case_id)
    return 0



def run_advance(args) -> int:
    from micic_planner.storage.returns.case_store import ReturnStore

    with open_post(args.db) as store:
        returns = ReturnStore(store)
        case_id = find_case(store, args.case)
        state = _state(args.state)
        returns.advance(case_id, state, args.note)
        print(_("The case is now: {state}.").format(state=state.label()))
    return 0


def run_document(args) -> int:
    from micic_planner.storage.returns.case_store import ReturnStore

    with open_post(args.db) as store:
        ReturnStore(store).set_travel_document(find_case(store, args.case), args.national, args.number)
        print(_("The travel document is recorded."))
    return 0


def _import_passphrase(passphrase_file: str | None) -> str:
    import getpass

    from micic_planner.core.errors import ValidationError

    if passphrase_file:
        lines = Path(passphrase_file).read_text(encoding="utf-8-sig").splitlines()
        return lines[0] if lines else ""
    if "MICIC_EXPORT_PASSPHRASE" in os.environ:
        return os.environ["MICIC_EXPORT_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise ValidationError("passphrase", _("A handover file needs its passphrase."),
                              hint=_("Give it with --passphrase-file, or run the command at a terminal."))
    return getpass.getpass(_("Passphrase of the handover file: "))


def run_handover_export(args) -> int:
    from micic_planner.cli.disclosure import export_passphrase
    from micic_planner.core.security import Action
    from micic_planner.interchange.return_handover import write_handover
    from micic_planner.storage.returns.handover import ReturnHandover

    with open_post(args.db) as store:
        # The role first: someone who may not hand over is told so before being asked for a passphrase.
        store.session.require(Action.HANDOVER_RETURNS)
        ids = [find_case(store, part) for part in args.cases.split(",") if part.strip()]
        passphrase = export_passphrase(args.passphrase_file)
        payload = ReturnHandover(store).outgoing(ids)
        write_handover(payload, args.out, passphrase)
        print(counted("{count} cases written to {path}, encrypted (AES-256 zip). Send the passphrase by another way "
                      "than the file.",
                      "{count} case written to {path}, encrypted (AES-256 zip). Send the passphrase by another way "
                      "than the file.", count=len(payload["cases"]), path=args.out))
    return 0


def run_handover_import(args) -> int:
    from micic_planner.core.security import Action
    from micic_planner.interchange.return_handover import read_handover
    from micic_planner.storage.returns.handover import ReturnHandover

    with open_post(args.db) as store:
        store.session.require(Action.HANDOVER_RETURNS)
        payload = read_handover(args.file, _import_passphrase(args.passphrase_file))
        result = ReturnHandover(store).incoming(payload)
        print(counted("{count} cases taken in from {origin}.", "{count} case taken in from {origin}.",
                      count=result.count, origin=payload.get("from", "")))
    return 0


def run_print(args) -> int:
    from micic_planner.core.i18n import language
    from micic_planner.core.returns.declaration import declaration_language
    from micic_planner.reports.returns.case_file_pdf import CaseFileRenderer, CaseFileSheet
    from micic_planner.reports.returns.declaration_pdf import DeclarationRenderer, DeclarationSheet
    from micic_planner.storage.returns.case_store import ReturnStore

    with open_post(args.db) as store:
        returns = ReturnStore(store)
        case_id = find_case(store, args.case)
        post = store.post()
        name = post.name if post else ""
        if args.document == "case-file":
            case, members, steps, grant = returns.case_file_print(case_id)
            CaseFileRenderer(args.report_lang or language()).render(
                CaseFileSheet(case, members, steps, name, grant.user, grant.copy), args.out)
        else:
            case, members, _steps = returns.case_file(case_id)
            lang, own = declaration_language(returns.languages(case_id), args.report_lang or "es")
            DeclarationRenderer(lang).render(DeclarationSheet(case, members, name, own), args.out)
        print(_("Written: {path}").format(path=args.out))
    return 0


def run_report(args) -> int:
    from micic_planner.core.i18n import language
    from micic_planner.interchange.return_figures_hxl import write_return_hxl
    from micic_planner.reports.returns.aggregate_pdf import AggregateRenderer, AggregateSheet, cell_label
    from micic_planner.storage.returns.figures_source import ReturnFiguresSource

    lang = args.report_lang or language()
    with open_post(args.db) as store:
        figures = ReturnFiguresSource(store).figures()
        post = store.post()
        threshold = post.small_count_threshold if post else 5
        if args.out.lower().endswith(".csv"):
            write_return_hxl(args.out, figures, threshold, lang, cell_label)
        else:
            AggregateRenderer(lang).render(AggregateSheet(figures, post.name if post else "", threshold), args.out)
        print(_("Written: {path}").format(path=args.out))
    return 0






def run_arrivals(args) -> int:
    from micic_planner.core.i18n import language
    from micic_planner.reports.returns.arrivals_pdf import ArrivalsRenderer, ArrivalsSheet
    from micic_planner.storage.returns.case_store import ReturnStore

    with open_post(args.db) as store:
        cases, grant = ReturnStore(store).arrivals(args.office)
        post = store.post()
        ArrivalsRenderer(args.report_lang or language()).render(
            ArrivalsSheet(cases, post.name if post else "", args.office, grant.user, grant.copy), args.out)
        print(counted("{count} cases in the notice, written to {path}.",
                      "{count} case in the notice, written to {path}.", count=len(cases), path=args.out))
    return 0
