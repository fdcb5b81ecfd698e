"""The disclosure side of exports and prints at the command line: the export passphrase, the warning for
personal data in clear, recording a print, and `audit disclosures` (what left the post, for whom)."""

import getpass
import os
import sys
from pathlib import Path

from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import MicicError, ValidationError
from micic_planner.core.i18n import _, translate


def export_passphrase(passphrase_file: str | None) -> str:
    """The passphrase of an encrypted export: from a file, MICIC_EXPORT_PASSPHRASE, or asked twice."""
    from micic_planner.core.passphrase import check_new_passphrase

    if passphrase_file:
        try:
            lines = Path(passphrase_file).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeError) as exc:
            raise MicicError(_("The passphrase file cannot be read: {reason}").format(reason=exc),
                             where=passphrase_file, hint=_("Check the path and try again.")) from None
        value = lines[0] if lines else ""
        check_new_passphrase(value)
        return value
    if "MICIC_EXPORT_PASSPHRASE" in os.environ:
        value = os.environ["MICIC_EXPORT_PASSPHRASE"]
        check_new_passphrase(value)
        return value
    if not sys.stdin.isatty():
        raise ValidationError("passphrase", _("An encrypted export needs a passphrase."),
                              hint=_("Give it with --passphrase-file, run the command at a terminal, or export "
                                     "in clear with --no-encrypt."))
    first = getpass.getpass(_("Passphrase for the exported file: "))
    check_new_passphrase(first, getpass.getpass(_("The same passphrase again: ")))
    return first


def warn_in_clear(disclosure, path) -> None:
    """Say on stderr that personal data was written unencrypted, and what that means."""
    if disclosure.personal:
        print(_("Warning: {path} holds personal data of {count} people in clear (not encrypted). Keep it safe, "
                "give it only to whom it is for, and delete it when it is no longer needed; --encrypt protects "
                "it with a passphrase.").format(path=path, count=len(disclosure.people) + len(disclosure.redacted)),
              file=sys.stderr)
        if disclosure.profile == "partner" and disclosure.partner_id is None:
            print(_("Name the partner with --partner, so that the disclosure ledger says who received this list."),
                  file=sys.stderr)


def record_print(store, document: str, fmt: str, path, fields, people=(), everyone: bool = False,
                 copy: int | None = None) -> None:
    """Record a printed or saved list of people (manifest, call list, restricted plan) in the ledger."""
    from micic_planner.storage.disclosures import DisclosureLedger

    DisclosureLedger(store).record_list(document, fmt, path, fields, people, everyone, copy)


def register(audit_commands) -> None:
    p = audit_commands.add_parser("disclosures", help=_("list the exports and prints of names (the disclosure "
                                                        "ledger); with --partner, who was in the lists given to "
                                                        "that partner and which fields"))
    add_post(p, _("post file"))
    p.add_argument("--partner", help=_("only lists given to this partner (name or id), and everyone in them"))
    p.add_argument("--national", help=_("only lists that named this national (id, uuid, passport or consular ID)"))
    p.set_defaults(run=run_disclosures)


def run_disclosures(args) -> int:
    from micic_planner.core.disclosure import DOCUMENTS
    from micic_planner.storage.disclosures import DisclosureLedger
    from micic_planner.storage.store import PostStore

    with PostStore.open(args.db) as store:
        ledger = DisclosureLedger(store)
        entries = ledger.entries(partner=args.partner, national=args.national)
        people = ledger.breach(args.partner, args.national) if args.partner else []
    print("\t".join([_("When (UTC)"), _("Who"), _("What"), _("Format"), _("Profile"), _("People"), _("Partner"),
                     _("File"), _("Fields")]))
    for e in entries:
        fmt = e["format"] + (" " + _("(encrypted)") if e["encrypted"] else "")
        what = translate(DOCUMENTS.get(e["document"], e["kind"]))
        if e["copy_no"] is not None:
            what += " · " + _("copy {n}").format(n=e["copy_no"])
        print("\t".join([e["at"][:19].replace("T", " "), e["user"], what,
                         fmt, e["profile"], str(e["count"]), e["partner_name"], e["file_name"],
                         ", ".join(e["fields"])]))
    print(_("{n} lists left the post.").format(n=len(entries)))
    if args.partner:
        print()
        print(_("People in the lists given to {partner}, with the fields each one's list held:").format(
            partner=args.partner))
        for p in people:
            name = f"{p['family_names']}, {p['given_names']}" if p["id"] is not None else _("(record purged)")
            print("\t".join([str(p["id"] or ""), p["uuid"], name, str(p["lists"]), ", ".join(p["fields"])]))
        print(_("{n} people.").format(n=len(people)))
    return 0
