"""`micic-planner sync`: keys, bundles to and from headquarters, the review queue and the state of exchanges."""

import sys

from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.security import Role
from micic_planner.core.sync.counts_text import import_summary, status_counts
from micic_planner.core.sync.review_text import table_noun


def register(commands) -> None:
    p = commands.add_parser("sync", help=_("exchange encrypted change bundles between posts and headquarters"),
                            description=_("exchange encrypted change bundles between posts and headquarters"))
    sub = p.add_subparsers(dest="sync_command", metavar=_("action"), required=True)
    add = lambda name, text: sub.add_parser(name, help=text, description=text)  # noqa: E731

    q = add("init", _("give this post its sync name, role and keys (once)"))
    add_post(q)
    q.add_argument("--name", required=True, help=_("the site's name as other sites see it"))
    q.add_argument("--headquarters", action="store_true", help=_("this file is headquarters' hub"))
    q.set_defaults(run=run_init)

    q = add("keys", _("write this site's key file for the other site to register"))
    add_post(q, then=("out",))
    q.add_argument("out", nargs="?", help=_("key file to write (a post's holds its secret exchange key)"))
    q.set_defaults(run=run_keys)

    q = add("register", _("register another site from its key file"))
    add_post(q, then=("key_file",))
    q.add_argument("key_file", nargs="?", help=_("the other site's key file"))
    q.add_argument("--reader-role", default="", choices=["", *(r.value for r in Role)], metavar=_("ROLE"),
                   help=_("the role of the people who read that site's copy: a viewer's copy is sent no "
                          "vulnerabilities, migration status or notes (default: a full copy)"))
    q.set_defaults(run=run_register)

    q = add("export", _("write a bundle of the changes a registered site has not seen"))
    add_post(q, then=("site", "out"))
    q.add_argument("site", nargs="?", help=_("the registered site's name or id"))
    q.add_argument("out", nargs="?", help=_("bundle file to write"))
    q.set_defaults(run=run_export)

    q = add("import", _("verify, decrypt and apply a bundle from a registered site"))
    add_post(q, then=("bundle",))
    q.add_argument("bundle", nargs="?", help=_("bundle file to read"))
    q.set_defaults(run=run_import)

    q = add("transfer", _("hand a national over to another post (headquarters): it receives their records "
                          "and edits them from then on"))
    add_post(q)
    q.add_argument("--national", required=True, metavar=_("UUID_OR_NUMBER"),
                   help=_("the national's uuid, or their number in this file"))
    q.add_argument("--to", required=True, metavar=_("POST"), help=_("the registered post's name or id"))
    q.add_argument("--reason", default="", help=_("why, in a few words (kept with the transfer)"))
    q.set_defaults(run=run_transfer)

    q = add("review", _("list the conflicts to settle and the flags of merges, settle a conflict or mark a flag "
                        "as handled"))
    add_post(q)
    q.add_argument("--settle", type=int, metavar=_("N"), help=_("number of the conflict in the list"))
    q.add_argument("--value", help=_("the value to keep; for vulnerabilities their codes separated by commas "
                                     "(older_person,medical_need) or the number; for yes or no, yes or no"))
    q.add_argument("--handle-flag", nargs=3, metavar=(_("TABLE"), _("UUID"), _("KIND")),
                   help=_("mark a merge's flag as handled, named as the list shows it (with --note)"))
    q.add_argument("--note", default="", help=_("what was done about the flag, in a few words"))
    q.add_argument("--handled", action="store_true", help=_("list the flags already handled too"))
    q.set_defaults(run=run_review)

    q = add("status", _("this site's sync state: its clock, changes, waits, conflicts and exchanges"))
    add_post(q)
    q.set_defaults(run=run_status)

    from micic_planner.cli import hub

    hub.register(sub)


def _open(path):
    from micic_planner.storage.store import PostStore
    from micic_planner.storage.sync.sync_store import SyncStore

    store = PostStore.open(path)
    return store, SyncStore(store)


def _need(value, name: str, usage: str) -> None:
    if not value:
        raise ValidationError(name, _("Give the {what}.").format(what=name), hint=usage)


def run_init(args) -> int:
    store, sync = _open(args.db)
    with store:
        state = sync.init(args.name, args.headquarters)
    print(_("Sync set up: {name} ({site}).").format(name=state["name"], site=state["site"]))
    return 0


def run_keys(args) -> int:
    _need(args.out, "out", "micic-planner sync keys FILE OUT")
    store, sync = _open(args.db)
    with store:
        data = sync.export_keys(args.out)
    print(_("Key file written to {path}.").format(path=args.out))
    if data["exchange_key"]:
        print(_("It holds this post's secret exchange key: hand it to headquarters in person, never by e-mail."))
    return 0


def run_register(args) -> int:
    _need(args.key_file, "key_file", "micic-planner sync register FILE KEY_FILE")
    store, sync = _open(args.db)
    with store:
        site = sync.register(args.key_file, args.reader_role)
    print(_("Registered {name} ({site}).").format(name=site["name"], site=site["site"]))
    if site["reader_role"]:
        print(_("Its copy is read as {role}: it is sent only what that role may see.").format(
            role=Role(site["reader_role"]).label()))
    return 0


def run_transfer(args) -> int:
    store, sync = _open(args.db)
    with store:
        moved = sync.transfer(args.national, args.to, args.reason)
    print(_("{name} handed over from {old} to {new}: the next bundle for {new} carries their records.").format(
        name=moved["name"] or moved["national"], old=moved["from"], new=moved["to"]))
    return 0


def run_export(args) -> int:
    _need(args.site, "site", "micic-planner sync export FILE SITE OUT")
    _need(args.out, "out", "micic-planner sync export FILE SITE OUT")
    store, sync = _open(args.db)
    with store:
        result = sync.export(args.site, args.out)
    print(_("{n} changes written to {path} ({size} bytes).").format(n=result["changes"], path=args.out,
                                                                     size=result["bytes"]))
    return 0


def _progress():
    """On a terminal, the import's progress on stderr as `demo` shows its own (one line, rewritten)."""
    if not sys.stderr.isatty():
        return None
    label = _("Importing the bundle")

    def show(done: int, total: int) -> None:
        print(f"\r{label}: {done:,} / {total:,}", end="\n" if done >= total else "", file=sys.stderr)
    return show


def run_import(args) -> int:
    _need(args.bundle, "bundle", "micic-planner sync import FILE BUNDLE")
    store, sync = _open(args.db)
    with store:
        r = sync.import_bundle(args.bundle, progress=_progress())
    print(import_summary(r))
    return 0


def _answer(item: dict, value: str | None):
    """The value to write for a conflict, read from what was typed: flag codes, yes or no, digits or text."""
    from micic_planner.core.enums import Vulnerability
    from micic_planner.core.sync.review_text import BOOLEAN, FLAGS

    if value is None:
        return None
    if item["kind"] == FLAGS and not value.strip().isdigit():
        try:
            return Vulnerability.from_codes(value.split(",")).value
        except KeyError:
            raise ValidationError("value", _("{value} is not a vulnerability code.").format(value=value),
                                  hint=", ".join(m.name.lower() for m in Vulnerability.members())) from None
    if item["kind"] == BOOLEAN and value.strip().lower() in ("yes", "no", "sí", "si"):
        return 0 if value.strip().lower() == "no" else 1
    if value.lstrip("-").isdigit() and any(isinstance(v["value"], int) for v in item["values"]):
        return int(value)
    return value


def run_review(args) -> int:
    from micic_planner.core.sync.review_text import when_text

    store, sync = _open(args.db)
    with store:
        if args.handle_flag:
            table, uuid, kind = args.handle_flag
            sync.settle_flag(table, uuid, kind, args.note)
            print(_("Flag {kind} on {table} {uuid} marked as handled.").format(kind=kind, table=table, uuid=uuid))
            return 0
        items = sync.review()
        if args.settle is not None:
            if not 1 <= args.settle <= len(items):
                raise ValidationError("settle", _("There is no conflict number {n}.").format(n=args.settle))
            item = items[args.settle - 1]
            sync.settle(item["table"], item["uuid"], item["field"], _answer(item, args.value))
            print(_("Conflict {n} settled.").format(n=args.settle))
            return 0
        flags = sync.flags(include_handled=args.handled)
    if not items:
        print(_("No conflicts to review."))
    for n, item in enumerate(items, 1):
        print(f"{n}. {item['label']} · {item['field_label']}  ({table_noun(item['table'])} {item['uuid']})")
        for v in item["values"]:
            print(f"     {v['text']}\t{v['site']}\t{v['user'] or '-'}\t{when_text(v['at'])}")
    if flags:  # seats and document numbers: one authority each, what a merge found is shown, never dropped
        print(_("Flagged by a merge:"))
        for flag in flags:
            print(f"  - {flag['text']} · {flag['label']} ({when_text(flag['since'])})")
            print(f"    {flag['table']} {flag['uuid']} {flag['kind']}")
            if flag["handled_at"]:
                print("    " + _("handled by {who}, {when}: {note}").format(
                    who=flag["handled_by"] or "-", when=when_text(flag["handled_at"]), note=flag["note"]))
        if any(f["handled_at"] is None for f in flags):
            print(_("Mark one as handled: micic-planner sync review FILE --handle-flag TABLE UUID KIND --note TEXT"))
    return 0


def run_status(args) -> int:
    store, sync = _open(args.db)
    with store:
        s = sync.status()
    print(_("Site {name} ({site}), {role}; clock {clock}.").format(
        name=s["name"] or "-", site=s["site"], role=_("headquarters") if s["role"] == "hq" else _("post"),
        clock=s["clock"]))
    print(status_counts(s))
    if not s["ready"]:
        print(_("Sync is not set up in this post yet: run 'sync init'."))
    for site in s["sites"]:
        print(_("  {name} ({role}): last exchange {at}").format(
            name=site["name"] or site["site"], role=site["role"], at=site["last_at"] or _("never")))
    return 0
