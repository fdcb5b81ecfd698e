"""Crisis mode from the command line: the crisis itself, bulk status updates, manifests, call lists, report."""

import getpass
from pathlib import Path

from micic_planner.cli.disclosure import record_print
from micic_planner.cli.post_file import add_post
from micic_planner.core.disclosure import CALL_LIST_FIELDS, MANIFEST_FIELDS, printed_fields
from micic_planner.core.errors import CrisisError, ImportFileError
from micic_planner.core.i18n import _, counted, language

SOURCES = ("phone", "warden", "partner", "walk_in")


def register(commands) -> None:
    p = commands.add_parser("crisis", help=_("open, raise, lower, close and list crises"))
    sub = p.add_subparsers(dest="crisis_command", metavar=_("action"), required=True)
    q = sub.add_parser("open", help=_("open a crisis (only one may be open at a time)"))
    add_post(q, _("post file"))
    q.add_argument("--title", required=True, help=_("name of the crisis, e.g. 'Hurricane Eta'"))
    q.add_argument("--hazard", required=True, help=_("hurricane, earthquake, volcano, flood, civil_unrest or "
                                                     "armed_conflict"))
    q.add_argument("--zone", type=int, action="append", default=[], help=_("id of an affected zone (repeatable)"))
    q.add_argument("--level", type=int, default=1, choices=(1, 2, 3, 4), help=_("alert level to start at"))
    q.add_argument("--keep-statuses", action="store_true",
                   help=_("keep the nationals' statuses instead of starting from 'not yet contacted'"))
    q.set_defaults(run=run_open)
    q = sub.add_parser("level", help=_("raise or lower the open crisis's alert level"))
    add_post(q, _("post file"))
    q.add_argument("level", type=int, choices=(1, 2, 3, 4), help=_("the MICIC phase, 1 to 4"))
    q.add_argument("--reason", default="", help=_("why, for the timeline"))
    q.set_defaults(run=run_level)
    q = sub.add_parser("close", help=_("close the open crisis; its record is kept"))
    add_post(q, _("post file"))
    q.add_argument("--note", default="", help=_("closing note"))
    q.set_defaults(run=run_close)
    q = sub.add_parser("lessons", help=_("record the lessons learned from a crisis, printed in its after-action "
                                         "report"))
    add_post(q, _("post file"))
    q.add_argument("--crisis", type=int, required=True, help=_("crisis id (see `crisis list`)"))
    source = q.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help=_("the lessons; a blank line starts a new paragraph"))
    source.add_argument("--file", help=_("a UTF-8 text file with the lessons"))
    q.set_defaults(run=run_lessons)
    q = sub.add_parser("list", help=_("list the crises of the post"))
    add_post(q, _("post file"))
    q.set_defaults(run=run_list)

    p = commands.add_parser("status", help=_("bulk accountability update from a CSV of ids or document numbers"))
    add_post(p, _("post file"))
    p.add_argument("--csv", required=True, help=_("CSV with columns id or document, status, and optionally note"))
    p.add_argument("--source", default="warden", choices=SOURCES, help=_("where the news came from"))
    p.set_defaults(run=run_status)

    p = commands.add_parser("manifest", help=_("print a movement's passenger manifest (PDF) or the carrier's CSV"))
    add_post(p, _("post file"))
    p.add_argument("--movement", type=int, required=True, help=_("movement id"))
    p.add_argument("--out", required=True, help=_("FILE.pdf or FILE.csv"))
    p.add_argument("--paper", choices=("a4", "letter"),
                   help=_("paper size (default: the paper of the post's host country)"))
    p.set_defaults(run=run_manifest)

    p = commands.add_parser("calllist", help=_("print a warden's list of nationals not yet contacted (PDF or CSV)"))
    add_post(p, _("post file"))
    p.add_argument("--warden", type=int, required=True, help=_("warden id"))
    p.add_argument("--out", required=True, help=_("FILE.pdf or FILE.csv"))
    p.add_argument("--paper", choices=("a4", "letter"),
                   help=_("paper size (default: the paper of the post's host country)"))
    p.set_defaults(run=run_calllist)

    p = commands.add_parser("report", help=_("print the after-action report of a crisis (PDF)"))
    add_post(p, _("post file"))
    p.add_argument("--crisis", type=int, required=True, help=_("crisis id (see `crisis list`)"))
    p.add_argument("--out", required=True, help=_("FILE.pdf"))
    p.add_argument("--paper", choices=("a4", "letter"),
                   help=_("paper size (default: the paper of the post's host country)"))
    p.set_defaults(run=run_report)


def _open(path):
    from micic_planner.storage.crisis_store import CrisisStore
    from micic_planner.storage.store import PostStore

    store = PostStore.open(path)
    store.user_name = store.user_name or getpass.getuser()
    return store, CrisisStore(store)


def _post_name(store) -> str:
    post = store.post()
    return post.name if post else ""


def _kind(out: str, allowed=(".pdf", ".csv")) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in allowed:
        raise ImportFileError(_("The output must end in {kinds}.").format(kinds=" or ".join(allowed)), where=out)
    return suffix


def run_open(args) -> int:
    from micic_planner.core.enums import AlertPhase, Hazard

    try:
        hazard = Hazard(args.hazard)
    except ValueError as exc:
        raise CrisisError(_("Unknown hazard '{value}'.").format(value=args.hazard),
                          hint=", ".join(h.value for h in Hazard)) from exc
    store, crises = _open(args.db)
    with store:
        crisis = crises.open(args.title, hazard, args.zone, AlertPhase(args.level),
                             reset_statuses=not args.keep_statuses)
    print(_("Crisis {id} opened: {title}, alert level {level}.").format(id=crisis.id, title=crisis.title,
                                                                       level=args.level))
    return 0


def run_level(args) -> int:
    from micic_planner.core.enums import AlertPhase

    store, crises = _open(args.db)
    with store:
        crises.set_level(AlertPhase(args.level), args.reason)
        crisis = crises.current()
    print(_("Alert level of {title}: {level} ({label}).").format(
        title=crisis.title, level=args.level, label=AlertPhase(args.level).label()))
    return 0


def run_close(args) -> int:
    store, crises = _open(args.db)
    with store:
        crisis = crises.current()
        crises.close(args.note)
    print(_("Crisis {id} closed: {title}.").format(id=crisis.id if crisis else "",
                                                   title=crisis.title if crisis else ""))
    return 0


def run_lessons(args) -> int:
    from pathlib import Path

    from micic_planner.core.errors import MicicError

    text = args.text
    if args.file:
        try:
            text = Path(args.file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeError) as exc:
            raise MicicError(_("The lessons file cannot be read: {reason}").format(reason=exc), where=args.file,
                             hint=_("Give a UTF-8 text file.")) from None
    store, crises = _open(args.db)
    with store:
        crises.set_lessons(args.crisis, text)
    print(_("Lessons of crisis {id} recorded.").format(id=args.crisis))
    return 0


def run_list(args) -> int:
    store, crises = _open(args.db)
    with store:
        rows = crises.list()
    if not rows:
        print(_("No crisis has been opened in this post file."))
    for c in rows:
        state = _("open") if c.is_open else _("closed {at}").format(at=c.closed_at[:16])
        print(f"{c.id}\t{c.started_at[:16]}\t{c.hazard.label()}\t{_('level')} {c.phase.value}\t{state}\t{c.title}")
    return 0


def run_status(args) -> int:
    from micic_planner.core.crisis import StatusSource
    from micic_planner.interchange.crisis_csv import read_status_csv

    rows = read_status_csv(args.csv)
    store, crises = _open(args.db)
    with store:
        found = crises.accountability.resolve_documents(sorted({r.document for r in rows if r.national_id is None}))
        problems, resolved = [], []
        for r in rows:
            if r.national_id is not None:
                resolved.append((r.national_id, r.status, r.note))
            elif len(found[r.document]) != 1:
                what = _("no national has it") if not found[r.document] else _("several nationals have it")
                problems.append(_("line {line}: document {doc}: {what}").format(line=r.line, doc=r.document, what=what))
            else:
                resolved.append((found[r.document][0], r.status, r.note))
        if problems:
            raise ImportFileError("; ".join(problems[:10]), where=args.csv,
                                  hint=_("Correct these lines; nothing was changed."))
        changes, held = crises.accountability.set_file_rows(resolved, StatusSource(args.source))
    print(_("{changed} of {rows} nationals changed status.").format(changed=changes.count, rows=len(resolved)))
    if held:
        print(counted("{count} kept a newer or more specific status (for example injured over safe); change those "
                      "by hand if the file is right: {ids}",
                      "{count} kept a newer or more specific status (for example injured over safe); change it by "
                      "hand if the file is right: {ids}", count=len(held),
                      ids=", ".join(str(r[0]) for r in held[:20])))
    return 0


def run_manifest(args) -> int:
    kind = _kind(args.out)
    store, crises = _open(args.db)
    with store:
        movement = crises.movements.get(args.movement)
        passengers = crises.movements.manifest(movement.id)
        if kind == ".csv":
            from micic_planner.interchange.crisis_csv import write_manifest_csv

            write_manifest_csv(args.out, passengers)
        else:
            from micic_planner.core.models import Place
            from micic_planner.reports.manifest_pdf import ManifestRenderer, ManifestSheet

            origin = store.records.get(Place, movement.origin_id).name if movement.origin_id else ""
            sheet = ManifestSheet(movement, _post_name(store), origin, crises.get(movement.crisis_id).title,
                                  country=_host_country(store),
                                  crosses_border=crises.movements.crosses_border(movement))
            ManifestRenderer(language(), _paper(store, args)).render(sheet, passengers, args.out)
        fmt = kind[1:]
        record_print(store, "manifest", fmt, args.out, printed_fields(MANIFEST_FIELDS, fmt),
                     [p["id"] for p in passengers])
    print(_("Manifest of {name}: {count} people written to {path}.").format(
        name=movement.name, count=len(passengers), path=args.out))
    return 0


def run_calllist(args) -> int:
    kind = _kind(args.out)
    store, crises = _open(args.db)
    with store:
        _wid, name, _zone_id, zone, phone = crises.accountability.warden(args.warden)
        people = crises.accountability.call_list(args.warden)
        if kind == ".csv":
            from micic_planner.interchange.crisis_csv import write_calllist_csv

            write_calllist_csv(args.out, people)
        else:
            from micic_planner.reports.calllist_pdf import CallListRenderer, CallSheet

            crisis = crises.current()
            sheet = CallSheet(_post_name(store), name, zone, phone, crisis.title if crisis else "",
                              country=_host_country(store))
            CallListRenderer(language(), _paper(store, args)).render(sheet, people, args.out)
        fmt = kind[1:]
        record_print(store, "call_list", fmt, args.out, printed_fields(CALL_LIST_FIELDS, fmt),
                     [p["id"] for p in people])
    print(_("Call list of {name}: {count} nationals not yet contacted, written to {path}.").format(
        name=name, count=len(people), path=args.out))
    return 0


def run_report(args) -> int:
    _kind(args.out, (".pdf",))
    from micic_planner.core.local_time import zone_of_post
    from micic_planner.reports.after_action_pdf import AfterActionRenderer
    from micic_planner.storage.after_action_source import load_after_action

    store, crises = _open(args.db)
    with store:
        review = load_after_action(crises, args.crisis, language())
        zone = zone_of_post(store.post())
        AfterActionRenderer(language(), _paper(store, args), _host_country(store), zone).render(
            review, _post_name(store), args.out)
    print(_("After-action report of {title} written to {path}.").format(title=review.crisis.title, path=args.out))
    return 0


def _paper(store, args) -> str | None:
    """--paper when given, else the paper chosen for the post ("" leaves it to the host country)."""
    post = store.post()
    return args.paper or (post.paper if post else None)


def _host_country(store) -> str:
    post = store.post()
    return post.host_country if post else ""

