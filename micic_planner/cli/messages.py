"""Messages and the hotline from the command line: lists, sending through Gammu, the inbox, and inquiries."""

import getpass
import sys
from datetime import UTC, datetime, timedelta

from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import MessagingError
from micic_planner.core.i18n import _, counted
from micic_planner.core.messaging.inquiry import CHANNELS, OUTCOMES


def register(commands) -> None:
    p = commands.add_parser("message", help=_("send SMS to nationals through a modem and read their replies"))
    sub = p.add_subparsers(dest="message_command", metavar=_("action"), required=True)
    q = sub.add_parser("list", help=_("count who a message would reach; optionally write the list for a "
                                      "bulk-SMS provider"))
    add_post(q)
    _criteria_options(q)
    q.add_argument("--csv", metavar=_("FILE"), help=_("write phone and filled text for a bulk-SMS provider "
                                                      "(only those who consented to share)"))
    q.add_argument("--phase", type=int, choices=(1, 2, 3, 4), help=_("the phase of the post's text (with --csv)"))
    q.add_argument("--hazard", default="", help=_("the hazard of the template (with --phase)"))
    q.add_argument("--text", help=_("the message in Spanish; placeholders such as {assembly_point} are filled "
                                    "per recipient"))
    q.set_defaults(run=run_list)
    q = sub.add_parser("send", help=_("queue a message for a list and send it through the modem, or resume a batch"))
    add_post(q)
    _criteria_options(q)
    what = q.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", help=_("the message in Spanish; placeholders such as {assembly_point} are filled "
                                       "per recipient"))
    what.add_argument("--phase", type=int, choices=(1, 2, 3, 4), help=_("send the post's template for this phase"))
    what.add_argument("--resume", type=int, metavar=_("BATCH"), help=_("send what is still queued in a batch"))
    q.add_argument("--hazard", default="", help=_("the hazard of the template (with --phase)"))
    q.add_argument("--also", action="append", default=[], metavar=_("LANG=TEXT"),
                   help=_("the same message in another language, e.g. mam=… (repeatable)"))
    _engine_options(q)
    q.set_defaults(run=run_send)
    q = sub.add_parser("inbox", help=_("read replies from the modem and list the inbox"))
    add_post(q)
    _engine_options(q)
    q.add_argument("--no-read", action="store_true", help=_("list the inbox without reading the modem"))
    q.set_defaults(run=run_inbox)
    q = sub.add_parser("apply", help=_("confirm proposed replies as status updates (source: SMS reply)"))
    add_post(q)
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help=_("every proposed reply"))
    which.add_argument("--id", type=int, action="append", help=_("an inbox id (repeatable)"))
    q.set_defaults(run=run_apply)

    p = commands.add_parser("inquiry", help=_("the families' hotline: log inquiries about a person and call-backs"))
    sub = p.add_subparsers(dest="inquiry_command", metavar=_("action"), required=True)
    q = sub.add_parser("add", help=_("log a call or message asking about someone"))
    add_post(q)
    q.add_argument("--caller", required=True, help=_("who is asking"))
    q.add_argument("--relationship", default="", help=_("their relationship to the person sought, e.g. mother"))
    q.add_argument("--contact", default="", help=_("how to reach them (phone or address)"))
    q.add_argument("--caller-place", default="", help=_("where the caller is"))
    q.add_argument("--sought", required=True, help=_("the name of the person sought"))
    q.add_argument("--national", type=int, help=_("the registry id of the person sought, if known"))
    q.add_argument("--last-place", default="", help=_("where the person sought was last known to be"))
    q.add_argument("--told", default="", help=_("what the caller was told"))
    q.add_argument("--callback-hours", type=float, help=_("call back within this many hours"))
    q.add_argument("--channel", default="call", choices=CHANNELS, help=_("how the inquiry came in"))
    q.set_defaults(run=run_inquiry_add)
    q = sub.add_parser("done", help=_("record the call-back of an inquiry and how it ends"))
    add_post(q, then=("inquiry",))
    q.add_argument("inquiry", nargs="?", type=int, help=_("the inquiry's id (see `inquiry list`)"))
    q.add_argument("--outcome", required=True, choices=[o for o in OUTCOMES if o], help=_("how the inquiry ends"))
    q.add_argument("--told", default="", help=_("what the caller was told on the call-back"))
    q.set_defaults(run=run_inquiry_done)
    q = sub.add_parser("pfif", help=_("write the open inquiries about people not in the registry as PFIF 1.4 "
                                      "for Person Finder"))
    add_post(q)
    q.add_argument("--out", required=True, metavar=_("FILE"), help=_("FILE.xml"))
    q.set_defaults(run=run_inquiry_pfif)
    q = sub.add_parser("notes", help=_("show what Person Finder's notes, imported with `import`, say about the person "
                                       "an inquiry seeks"))
    add_post(q, then=("inquiry",))
    q.add_argument("inquiry", nargs="?", type=int, help=_("the inquiry's id (see `inquiry list`)"))
    q.set_defaults(run=run_inquiry_notes)
    q = sub.add_parser("list", help=_("list the inquiries, newest first"))
    add_post(q)
    q.add_argument("--open", action="store_true", help=_("only those without an outcome"))
    q.set_defaults(run=run_inquiry_list)
    q = sub.add_parser("due", help=_("the call-backs whose time has come"))
    add_post(q)
    q.set_defaults(run=run_inquiry_due)


def _criteria_options(q) -> None:
    q.add_argument("--zone", type=int, action="append", default=[], help=_("a zone id (repeatable)"))
    q.add_argument("--status", action="append", default=[], help=_("an accountability status, e.g. not_contacted "
                                                                   "(repeatable)"))
    q.add_argument("--language", action="append", default=[], help=_("a language code, e.g. mam (repeatable)"))
    q.add_argument("--vulnerability", action="append", default=[], help=_("a vulnerability, e.g. older_person "
                                                                          "(repeatable)"))
    q.add_argument("--household", action="append", default=[], help=_("a household key (repeatable)"))
    q.add_argument("--movement", type=int, help=_("the people on a movement's manifest"))
    q.add_argument("--national", type=int, action="append", default=[], help=_("a national's id (repeatable)"))


def _engine_options(q) -> None:
    q.add_argument("--dummy", metavar=_("FOLDER"), help=_("use Gammu's dummy driver in this folder instead of the "
                                                          "post's modem (drills and training)"))


def _criteria(args):
    from micic_planner.core.enums import AccountabilityStatus, Vulnerability
    from micic_planner.core.messaging.recipients import Criteria

    try:
        statuses = tuple(AccountabilityStatus(s).value for s in args.status)
        flags = int(Vulnerability.from_codes(args.vulnerability))
    except (ValueError, KeyError) as exc:
        raise MessagingError(_("Unknown status or vulnerability: {value}").format(value=exc)) from None
    return Criteria(tuple(args.zone), statuses, tuple(args.language), flags, tuple(args.household), args.movement,
                    tuple(args.national))


def _open(path):
    from micic_planner.storage.store import PostStore

    store = PostStore.open(path)
    store.user_name = store.user_name or getpass.getuser()
    return store


def _engine(args, outbox):
    from micic_planner.gateway.gammu_engine import GammuEngine

    return GammuEngine.dummy(args.dummy) if args.dummy else GammuEngine.from_settings(outbox.settings())


def _print_list(found) -> None:
    print(counted("{count} messages to {people} nationals.",
                  "{count} message to {people} nationals.", count=found.count, people=found.people))
    if found.no_phone:
        print(counted("{count} nationals in households with no phone: print the list for the wardens to visit.",
                      "{count} national in a household with no phone: print the list for the wardens to visit.",
                      count=len(found.no_phone)))
    if found.withheld:
        print(counted("{count} protected nationals are left out of bulk messages: contact them in person.",
                      "{count} protected national is left out of bulk messages: contact them in person.",
                      count=len(found.withheld)))
    if found.opted_out:
        print(counted("{count} phones asked for no more messages.",
                      "{count} phone asked for no more messages.", count=found.opted_out))


def run_list(args) -> int:
    from micic_planner.storage.messaging.outbox_store import OutboxStore

    store = _open(args.db)
    with store:
        outbox = OutboxStore(store)
        found = outbox.recipients(_criteria(args))
        _print_list(found)
        if args.csv:
            from micic_planner.interchange.csv_writer import write_csv

            texts = dict(outbox.templates(args.phase, args.hazard)) if args.phase else {"es": args.text or ""}
            rows, left_out = outbox.provider_list(found, texts)
            write_csv(args.csv, ["phone", "text"], rows)
            print(counted("{count} messages written for the provider; {left} left out (no consent to share).",
                          "{count} message written for the provider; {left} left out (no consent to share).",
                          count=len(rows), left=left_out))
    return 0


def run_send(args) -> int:
    from micic_planner.core.messaging.sending import send_batch
    from micic_planner.storage.messaging.outbox_store import OutboxStore

    store = _open(args.db)
    with store:
        outbox = OutboxStore(store)
        batch = args.resume
        if batch is None:
            texts = dict(outbox.templates(args.phase, args.hazard)) if args.phase else {"es": args.text}
            for pair in args.also:
                lang, _sep, text = pair.partition("=")
                texts[lang.strip()] = text
            found = outbox.recipients(_criteria(args))
            _print_list(found)
            batch = outbox.queue(_criteria(args), texts, args.phase, args.hazard, recipients=found)
            print(_("Batch {id} queued.").format(id=batch))
        engine = _engine(args, outbox)
        # A counter on a terminal; a log or a pipe gets only the result, not 10,000 rewritten lines.
        tty = sys.stdout.isatty()
        try:
            report = send_batch(outbox, engine, batch, per_minute=0 if args.dummy else outbox.settings()["per_minute"],
                                progress=(lambda done, total: print(f"\r{done}/{total}", end="", flush=True))
                                if tty else None)
        finally:
            engine.close()
        if tty:
            print()
    print(_("Batch {id}: {sent} sent, {failed} failed.").format(id=batch, sent=report.sent, failed=report.failed))
    if report.recovered:
        print(counted("{count} messages were interrupted while sending last time: they are marked unknown and were not "
                      "sent again.",
                      "{count} message was interrupted while sending last time: it is marked unknown and was not "
                      "sent again.", count=report.recovered))
    return 0


def run_inbox(args) -> int:
    from micic_planner.storage.messaging.inbox_store import InboxStore
    from micic_planner.storage.messaging.outbox_store import OutboxStore

    store = _open(args.db)
    with store:
        inbox = InboxStore(store)
        if not args.no_read:
            engine = _engine(args, OutboxStore(store))
            try:
                messages = engine.read()
                inbox.receive(messages)
                for message in messages:  # deleted from the modem only once stored in the post file
                    engine.delete(message)
            finally:
                engine.close()
        rows = inbox.messages()
    for m in rows:
        what = {"safe": _("safe"), "help": _("needs help"), "stop": _("no more messages")}.get(m["kind"], "")
        print("\t".join([str(m["id"]), m["received_at"][:16], m["phone"], m["name"] or "—", m["state"], what,
                         m["text"]]))
    if not rows:
        print(_("The inbox is empty."))
    return 0


def run_apply(args) -> int:
    from micic_planner.storage.messaging.inbox_store import InboxStore

    store = _open(args.db)
    with store:
        inbox = InboxStore(store)
        ids = [m["id"] for m in inbox.messages("proposed", limit=1_000_000)] if args.all else args.id
        changes, held = inbox.apply(ids)
    print(_("{replies} replies confirmed: {count} nationals changed status.").format(replies=len(ids),
                                                                                   count=changes.count))
    if held:
        print(counted("{count} kept a more specific status (for example injured over safe).",
                      "{count} kept a more specific status (for example injured over safe).", count=held))
    return 0


def run_inquiry_add(args) -> int:
    from micic_planner.core.messaging.inquiry import Inquiry
    from micic_planner.storage.messaging.hotline_store import HotlineStore

    due = ""
    if args.callback_hours is not None:
        due = (datetime.now(UTC) + timedelta(hours=args.callback_hours)).strftime("%Y-%m-%dT%H:%M:%SZ")
    store = _open(args.db)
    with store:
        hotline = HotlineStore(store)
        national = args.national
        matches = [] if national else hotline.find_sought(args.sought, limit=5)
        if len(matches) == 1:
            national = matches[0][0]
        inquiry = Inquiry(args.caller, args.sought, args.relationship, args.contact, args.caller_place,
                          args.channel, national_id=national, last_known_place=args.last_place, told=args.told,
                          callback_due=due)
        inquiry_id = hotline.log(inquiry)
    print(_("Inquiry {id} logged.").format(id=inquiry_id))
    if national:
        print(_("The person sought is national {id} in the registry.").format(id=national))
    elif matches:
        print(_("Several nationals may be the person sought:"))
        for row in matches:
            print(f"  {row[0]}\t{row[1]}, {row[2]}\t{row[3]}")
    else:
        print(_("The person sought is not in the registry; recorded as not registered."))
    return 0


def _print_inquiries(rows) -> None:
    for i in rows:
        print("\t".join([str(i.id), i.created_at[:16], i.caller_name, i.relationship, i.caller_contact,
                         i.sought_name, str(i.national_id or "—"), i.callback_due[:16], i.outcome or _("open")]))


def run_inquiry_list(args) -> int:
    from micic_planner.storage.messaging.hotline_store import HotlineStore

    store = _open(args.db)
    with store:
        rows = HotlineStore(store).inquiries(open_only=args.open)
    _print_inquiries(rows)
    if not rows:
        print(_("No inquiry has been logged."))
    return 0


def run_inquiry_due(args) -> int:
    from micic_planner.storage.messaging.hotline_store import HotlineStore

    store = _open(args.db)
    with store:
        rows = HotlineStore(store).due()
    _print_inquiries(rows)
    if not rows:
        print(_("No call-back is due."))
    return 0


def run_inquiry_done(args) -> int:
    from micic_planner.storage.messaging.hotline_store import HotlineStore

    if args.inquiry is None:
        raise MessagingError(_("Which inquiry? Give its id (see `inquiry list`)."))
    store = _open(args.db)
    with store:
        HotlineStore(store).called_back(args.inquiry, args.outcome, args.told)
    print(_("Inquiry {id} called back.").format(id=args.inquiry))
    return 0


def run_inquiry_notes(args) -> int:
    from micic_planner.storage.messaging.hotline_store import HotlineStore

    if args.inquiry is None:
        raise MessagingError(_("Which inquiry? Give its id (see `inquiry list`)."))
    store = _open(args.db)
    with store:
        hotline = HotlineStore(store)
        hotline.get(args.inquiry)  # an unknown id says so, rather than "no notes"
        notes = hotline.notes(args.inquiry)
    for note in notes:
        print(" · ".join(x for x in (note["at"][:16].replace("T", " "), note["status"], note["author"], note["text"],
                                     note["file_name"]) if x))
    if not notes:
        print(_("No note has come back about this person."))
    return 0


def run_inquiry_pfif(args) -> int:
    from micic_planner.core.messaging.inquiry_notes import pfif_domain
    from micic_planner.interchange.pfif import write_pfif
    from micic_planner.interchange.pfif_inquiries import inquiry_persons
    from micic_planner.storage.mapping import utc_now
    from micic_planner.storage.messaging.hotline_store import HotlineStore

    store = _open(args.db)
    with store:
        inquiries = HotlineStore(store).for_person_finder()
        post = store.post()
    stamp = utc_now()[:19] + "Z"
    count = write_pfif(args.out, inquiry_persons(inquiries, pfif_domain(post.uuid if post else None),
                                                 post.name if post else "", stamp))
    print(counted("{count} people sought written for Person Finder.",
                  "{count} person sought written for Person Finder.", count=count))
    return 0
