"""Partners from the command line: import the contact cards of a phone or mail program."""

from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import MicicError
from micic_planner.core.i18n import _


def register(commands) -> None:
    p = commands.add_parser("partners", help=_("import partners from contact cards"))
    sub = p.add_subparsers(dest="partners_command", metavar=_("action"), required=True)
    q = sub.add_parser("import-vcard", help=_("add or update partners from a vCard file (2.1, 3.0 or 4.0), with a "
                                              "report per card; a partner already known by name or phone is "
                                              "updated, not doubled"))
    add_post(q, then=("file",))
    q.add_argument("file", nargs="?", help=_("the .vcf file"))
    q.add_argument("--dry-run", action="store_true", help=_("report what would change, without changing anything"))
    q.set_defaults(run=run_import_vcard)


def run_import_vcard(args) -> int:
    from micic_planner.core.partner_import import merge_cards, report_lines
    from micic_planner.interchange.vcard_reader import read_vcard_file
    from micic_planner.storage.partner_cards import PartnerCards
    from micic_planner.storage.store import PostStore

    if not args.file:
        raise MicicError(_("Name the vCard file to import."), hint=_("micic-planner partners import-vcard FILE "
                                                                     "--db POST"))
    read = read_vcard_file(args.file)
    with PostStore.open(args.db) as store:
        cards = PartnerCards(store)
        result = merge_cards(read.contacts, cards.partners(), cards.host_region(), cards.warden_uuids())
        if not args.dry_run:
            cards.apply(result)
    for line in report_lines(result, read.notes, read.refused):
        print(line)
    if args.dry_run:
        print(_("Dry run: nothing was changed."))
    return 0
